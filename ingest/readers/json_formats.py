"""The JSON export formats (Ghost's), recognised by their content, declared apart from their
readers: :mod:`.ghost` loads only when a Ghost export is read.

Other ``.json`` files are a site's code, configuration or data (``package.json``, a search
index): they are skipped as such, recognised from the start of their bytes alone, so a large
one is never decoded whole.
"""

from __future__ import annotations

import re

from ..formats import SITE_CONFIGURATION
from . import Reader, read_with

#: How a Ghost export starts: ``{"db":[{"meta"`` (or ``"data"``) as Ghost's admin downloads it,
#: or ``{"meta":{…}, "data"`` / ``{"data":{…}`` without the ``db`` wrapper.
_GHOST_DB = re.compile(r'\s*\{\s*"db"\s*:\s*\[\s*\{\s*"(?:meta|data)"\s*:')
_GHOST_BARE = re.compile(r'\s*\{\s*"(?:meta|data)"\s*:\s*\{')
#: What the start of an export without the wrapper must also show: Ghost's export stamp or its posts.
_GHOST_SIGNS = re.compile(r'"exported_on"\s*:|"posts"\s*:\s*\[')
#: Why a ``.json`` file that is not an export is skipped (as other site code and configuration are).
NOT_AN_EXPORT = SITE_CONFIGURATION


def is_ghost(head: str) -> bool:
    """True when the start of a file is a Ghost export (the whole file is checked when read)."""
    return bool(_GHOST_DB.match(head) or (_GHOST_BARE.match(head) and _GHOST_SIGNS.search(head)))


GHOST = Reader("ghost", read_with("ghost"), extensions=frozenset((".json",)), sniff=is_ghost, extension_says="sniff", generator="html")
#: Extensions whose files are read only when their start sniffs as one of these formats.
SNIFFED_EXTENSIONS = {".json": NOT_AN_EXPORT}
#: Why a built site's search index is skipped: the text of its pages again, for the search
#: box's script.
SEARCH_INDEX = "not a document: a built site's search index (its pages' text again, for its search box)"
#: The names search indexes are written under: MkDocs' ``search/search_index.json``, the
#: ``search.json`` of Jekyll's search templates (Just the Docs, Chirpy, Simple-Jekyll-Search),
#: lunr's ``search-index.json`` and ``lunr-index.json``, Sphinx's ``searchindex.json``.
_SEARCH_INDEX_NAMES = frozenset(("search_index.json", "search-index.json", "searchindex.json", "search.json", "lunr-index.json"))
#: Hugo's ``index.json`` as its search templates write it (PaperMod's, for Fuse.js): a list
#: of objects, one a page (``content``, ``permalink``, ``title`` …).
_HUGO_SEARCH_INDEX = re.compile(r"\s*\[\s*\{")


def search_index_reason(name: str, head: str) -> str | None:
    """:data:`SEARCH_INDEX` when the ``.json`` file ``name`` whose text starts with ``head``
    is a built site's search index, else None."""
    lowered = name.lower()
    if lowered in _SEARCH_INDEX_NAMES or (lowered == "index.json" and _HUGO_SEARCH_INDEX.match(head)):
        return SEARCH_INDEX
    return None
