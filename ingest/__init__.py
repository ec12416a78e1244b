"""arsip's ingest stage: bytes on disk to clean, normalized documents."""

from .document import RECORD_VERSION, Document, FileFailure, Problem, Repair, Term
from .pipeline import IngestOptions, IngestReport, ingest_bytes, read_documents

__all__ = [
    "RECORD_VERSION",
    "Document",
    "FileFailure",
    "IngestOptions",
    "IngestReport",
    "Problem",
    "Repair",
    "Term",
    "ingest_bytes",
    "read_documents",
]
