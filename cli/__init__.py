"""arsip's command-line interface: thin click commands over the ingest and index libraries."""
