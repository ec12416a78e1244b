"""Org documents to plain text, as Org's HTML export shows them, and ox-hugo's one-file blogs."""
