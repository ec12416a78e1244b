"""The formats of marked-up pages besides Markdown (Jupyter notebooks, reStructuredText,
AsciiDoc, Org, HTML, plain text): how their files are recognised and which generator they
record, declared apart from their readers.

The readers (:mod:`.notebook`, :mod:`.rst`, :mod:`.asciidoc`, :mod:`.org`, :mod:`.html`,
:mod:`.text`) load their converters (the AsciiDoc and Org ones, the reST helpers, the
main-content finder of HTML pages); each is imported when the first file of its format is
read, so a run over a folder of Markdown never loads them.
"""

from __future__ import annotations

import re
from typing import Callable

from . import Reader, read_with

#: What may come before an HTML page's doctype or ``<html>``: an XML declaration (an XHTML
#: page's ``<?xml version="1.0" encoding="UTF-8"?>``) and comments (a CMS's note), with white space.
_PROLOGUE = re.compile(r"\s*(?:(?:<\?xml\b[^>]*\?>|<!--.*?-->)\s*)*", re.S)


def _generator_of(own: str, writers: tuple[str, ...]) -> Callable[[str], str]:
    """What a file of a format records as its generator: its root's when that is one of
    ``writers`` (the generators that build pages from the format), else ``own``."""
    return lambda root_generator: root_generator if root_generator in writers else own


def notebook_generator(root_generator: str) -> str:
    """The generator a notebook records: Quarto's outside any site, else its root's."""
    return "quarto" if root_generator == "markdown" else root_generator


def looks_like_html(head: str) -> bool:
    """True when a file's text starts like an HTML page: its doctype or ``<html>`` first, after
    an XML declaration and comments, if any (a page a crawler saved without an extension,
    ``wget`` without ``--adjust-extension``, is told so)."""
    start = head.lstrip()[:15].lower()
    if not start.startswith(("<?xml", "<!--")):  # (no prologue: the test below on the start itself)
        return start.startswith(("<!doctype html", "<html"))
    return head[_PROLOGUE.match(head).end() :][:15].lower().startswith(("<!doctype html", "<html"))


NOTEBOOK = Reader("notebook", read_with("notebook"), extensions=frozenset((".ipynb",)), record_generator=notebook_generator)
RST = Reader("rst", read_with("rst"), extensions=frozenset((".rst", ".rest")), record_generator=_generator_of("rst", ("pelican", "nikola", "docs", "hugo")))
ASCIIDOC = Reader("asciidoc", read_with("asciidoc"), extensions=frozenset((".adoc", ".asciidoc", ".asc")), record_generator=_generator_of("asciidoc", ("hugo", "jekyll", "antora")))
ORG = Reader("org", read_with("org"), extensions=frozenset((".org",)), record_generator=_generator_of("org", ("hugo",)))
HTML = Reader("html", read_with("html"), extensions=frozenset((".html", ".htm", ".xhtml")), sniff=looks_like_html, declares_charset="html")
TEXT = Reader("text", read_with("text"), extensions=frozenset((".txt", ".text")), extension_says="hint", entities_are_damage=True)
