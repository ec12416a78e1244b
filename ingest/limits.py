"""Limits shared by ingest and the command line (kept free of heavy imports)."""

#: Files larger than this are refused unless the limit is raised (``--max-size``).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
