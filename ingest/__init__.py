"""arsip's ingest stage: bytes on disk to clean, normalized documents.

Names are imported on first use, so a light submodule (``ingest.dates``, ``ingest.terms``)
can be used without loading the whole pipeline (BeautifulSoup, ftfy, charset-normalizer).
"""

from importlib import import_module

_EXPORTS = {
    "RECORD_VERSION": "document",
    "Document": "document",
    "FileFailure": "document",
    "Problem": "document",
    "Repair": "document",
    "Term": "document",
    "FileResult": "pipeline",
    "IngestOptions": "pipeline",
    "IngestReport": "pipeline",
    "ingest_bytes": "pipeline",
    "read_documents": "pipeline",
    "read_files": "pipeline",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'ingest' has no attribute {name!r}")
    return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
