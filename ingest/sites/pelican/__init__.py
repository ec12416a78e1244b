"""Pelican: its settings files and where it publishes an article or a page."""
