"""Several pages of a Docusaurus or Jekyll site published at one address.

Docusaurus routes each doc, blog post and page of its site to an address (see
:mod:`.sites.javascript.docs_sites`); two files routed to the same one — a doc whose front
matter ``slug: /x`` is another doc's route, a doc given a versioned doc's address, a page
and a doc — are one route with two pages: ``docusaurus build`` warns "Duplicate routes
found" and the built site serves one of them, whichever its router meets first. Each such
document keeps its url and gets a ``url`` problem naming the other files at its address.
So in a Jekyll site: two files written to one place (``index.md`` beside ``index.html``,
two pages or posts with one ``permalink``) make ``jekyll build`` warn "Conflict: The
following destination is shared by multiple files", and the written file is one of them.

The pages compared are the documents of the run's ``mdx`` generator with a url (Docusaurus'
docs, blog and pages; Starlight and Astro pages read as MDX, whose content collections
likewise refuse two entries at one slug) and those of its ``jekyll`` generator with a url
(the site's ``_config.yml`` gives its ``url``). Two pages share an address only within one input
root. A file holding such a page is held back until its input root has been read (in a
:class:`~.duplicates.Spool`, so a large site waits on disk), then released with its problems.

``arsip index`` compares the pages it reads in one run: a file unchanged since the index
was last built is not read again, so it is not compared, and its record keeps the
problems it was given then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from .document import Document, Problem
from .duplicates import Spool

if TYPE_CHECKING:
    from .results import FileResult

#: The generators whose pages are compared (see the module's docstring), with what their build says of two pages at one address.
WARNINGS = {"mdx": "Docusaurus warns of duplicate routes", "jekyll": "Jekyll warns of a destination shared by multiple files"}


def routed_address(document: Document) -> str | None:
    """The address a site's routes give ``document``, when it is one of the pages compared; else None."""
    return document.url if document.generator in WARNINGS and document.url else None


class SharedAddresses:
    """The routed pages of one input root read so far, held until it is read: the places of
    the pages at each address, and the results holding them."""

    def __init__(self) -> None:
        self.places: dict[str, list[str]] = {}
        self.spool = Spool()

    def hold(self, result: FileResult) -> bool:
        """True when ``result`` holds a routed page, which is counted and waits for the rest
        of the input root (see :meth:`release`)."""
        addresses = [(routed_address(document), document.id) for document in result.documents]
        if not any(address for address, _ in addresses):
            return False
        for address, document_id in addresses:
            if address is not None:
                self.places.setdefault(address, []).append(document_id)
        self.spool.add(result)
        return True

    def release(self) -> Iterator[FileResult]:
        """The held results, each page that shares its address with others given a problem naming them."""
        try:
            for result in self.spool:
                for document in result.documents:
                    self._settle(document)
                yield result
        finally:
            self.spool.close()

    def _settle(self, document: Document) -> None:
        address = routed_address(document)
        others = [place for place in self.places.get(address or "", ()) if place != document.id]
        if others:
            named = ", ".join(others)
            document.problems.append(
                Problem("url", f"published at the same address as {named}: the site builds one page there ({WARNINGS[document.generator]}), which of them is not known")
            )
