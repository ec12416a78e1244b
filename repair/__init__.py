"""arsip's repair stage: fixing encoding damage in the source files themselves.

Ingest never writes a file; this stage does, only when asked (``arsip repair --write``).
It reuses ingest's decoding, file discovery, text repair and atomic writes
(``arsip.ingest``), and nothing of the index.
"""
