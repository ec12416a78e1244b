"""``arsip serve``: a local web search page and JSON API over the same search as the CLI."""
