"""arsip's ingest stage: bytes on disk to clean, normalized documents.

The shared vocabulary (documents, run options and reports) is named here but imported on
first use, so that search can use ``arsip.ingest.dates``, ``arsip.ingest.terms`` or
``arsip.ingest.errors`` without loading what it does not need. The pipeline itself
(``read_files``, ``read_documents``, ``ingest_bytes``) loads BeautifulSoup, ftfy and
charset-normalizer: import it from :mod:`arsip.ingest.pipeline`.
"""

from importlib import import_module

_SHARED = {
    "RECORD_VERSION": "document", "Document": "document", "FileFailure": "document", "Problem": "document",
    "Repair": "document", "Term": "document", "FileResult": "results", "IngestOptions": "results", "IngestReport": "results",
}

__all__ = sorted(_SHARED)


def __getattr__(name: str):
    if name not in _SHARED:
        raise AttributeError(f"module 'arsip.ingest' has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_SHARED[name]}"), name)
