"""MkDocs: its ``mkdocs.yml``, its text extensions and its syntax in a page."""
