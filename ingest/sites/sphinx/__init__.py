"""Sphinx: a project's pages and the targets of its cross-references."""
