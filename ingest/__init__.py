"""arsip's ingest stage: bytes on disk to clean, normalized documents.

This package holds only the light vocabulary every stage shares (documents, run options
and reports), so that search can use ``arsip.ingest.dates`` or ``arsip.ingest.terms``
without loading the pipeline. The pipeline itself (``read_files``, ``read_documents``,
``ingest_bytes``) loads BeautifulSoup, ftfy and charset-normalizer: import it from
:mod:`arsip.ingest.pipeline`.
"""

from .document import RECORD_VERSION, Document, FileFailure, Problem, Repair, Term
from .results import FileResult, IngestOptions, IngestReport

__all__ = ["RECORD_VERSION", "Document", "FileFailure", "FileResult", "IngestOptions", "IngestReport", "Problem", "Repair", "Term"]
