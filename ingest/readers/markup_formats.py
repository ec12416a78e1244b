"""The formats of marked-up pages besides Markdown (Jupyter notebooks, reStructuredText,
AsciiDoc, Org, HTML, plain text): how their files are recognised and which generator they
record, declared apart from their readers.

The readers (:mod:`.notebook`, :mod:`.rst`, :mod:`.asciidoc`, :mod:`.org`, :mod:`.html`,
:mod:`.text`) load their converters (the AsciiDoc and Org ones, the reST helpers, the
main-content finder of HTML pages); each is imported when the first file of its format is
read, so a run over a folder of Markdown never loads them.
"""

from __future__ import annotations

from . import Reader, read_with

#: The generators that write reStructuredText; elsewhere a reST file's generator is ``rst``.
RST_GENERATORS = frozenset(("pelican", "docs"))
#: The generators that write AsciiDoc pages; elsewhere an AsciiDoc file's generator is ``asciidoc``.
ASCIIDOC_GENERATORS = frozenset(("hugo", "jekyll", "antora"))
#: The generators that build pages from Org files; elsewhere an Org file's generator is ``org``.
ORG_GENERATORS = frozenset(("hugo",))


def notebook_generator(root_generator: str) -> str:
    """The generator a notebook records: Quarto's outside any site, else its root's."""
    return "quarto" if root_generator == "markdown" else root_generator


def rst_generator(root_generator: str) -> str:
    """The generator a reST file records: its root's when that writes reST (Pelican, Sphinx
    ``docs``), else ``rst``."""
    return root_generator if root_generator in RST_GENERATORS else "rst"


def asciidoc_generator(root_generator: str) -> str:
    """The generator an AsciiDoc file records: its root's when that builds AsciiDoc pages
    (Hugo, Jekyll with jekyll-asciidoc, Antora), else ``asciidoc``."""
    return root_generator if root_generator in ASCIIDOC_GENERATORS else "asciidoc"


def org_generator(root_generator: str) -> str:
    """The generator an Org file records: its root's when that builds pages from Org
    (Hugo), else ``org``."""
    return root_generator if root_generator in ORG_GENERATORS else "org"


def looks_like_html(head: str) -> bool:
    """True when a file's text starts like an HTML page."""
    return head.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))


NOTEBOOK = Reader("notebook", read_with("notebook"), extensions=frozenset((".ipynb",)), record_generator=notebook_generator)
RST = Reader("rst", read_with("rst"), extensions=frozenset((".rst", ".rest")), record_generator=rst_generator)
ASCIIDOC = Reader("asciidoc", read_with("asciidoc"), extensions=frozenset((".adoc", ".asciidoc", ".asc")), record_generator=asciidoc_generator)
ORG = Reader("org", read_with("org"), extensions=frozenset((".org",)), record_generator=org_generator)
HTML = Reader("html", read_with("html"), extensions=frozenset((".html", ".htm", ".xhtml")), sniff=looks_like_html, declares_charset="html")
TEXT = Reader("text", read_with("text"), extensions=frozenset((".txt", ".text")), extension_says="hint", entities_are_damage=True)
