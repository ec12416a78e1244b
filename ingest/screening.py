"""Documents that are not indexed by default: drafts, generated list pages, non-documents.

Each gets a reason, counted in the run's summary. ``--include-drafts`` keeps drafts (with
``draft: true`` in the record), and so the pages their generator does not publish yet or
any more (see :mod:`.sites.publishing`); ``--include-all`` keeps list pages and non-documents.
"""

from __future__ import annotations

import re

from .document import Document

DRAFT = "draft"
#: A WordPress post with a password: its visitors see only a form asking for it.
PASSWORD_PROTECTED = "password-protected"
LIST_PAGE = "generated list page"
#: A page written by hand that is only a list of links to its site's pages (a home page).
LINK_LIST_PAGE = "not a document: a list of links to the site's pages"
FILE_LIST = "not a document: list of paths, file names or numbers"
PLACEHOLDER_TITLE = "not a document: placeholder title"
#: A title of tags with no words outside them (``<h1>``, ``<div class="x"></div>``).
MARKUP_TITLE = "not a document: markup as title"
#: A list page has fewer words of prose than this.
LIST_PAGE_WORDS = 20
#: A plain-text file is a file list when at least this share of its lines are paths,
#: file names or numbers (over at least :data:`FILE_LIST_MIN_LINES` lines).
FILE_LIST_SHARE = 0.6
FILE_LIST_MIN_LINES = 5

_PLACEHOLDER = re.compile(r"%%\s*[\w.-]+\s*%%|^\{\{.*\}\}$|^\{%.*%\}$|^\$\{[\w.]+\}$", re.S)
_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_PATH = r"[\w~.$-]*[/\\][^\s]*"
_PATH_LINE = re.compile(
    r"^(?:" + _PATH + r"(?:[ \t]+(?:" + _PATH + r"|\d{3}!?))*"  # a path, or a redirect (paths, a status: MDN's _redirects.txt)
    r"|[\w().,+-]+\.[A-Za-z0-9]{1,5}"  # a file name
    r"|[\d\s.,:/+-]+)$"  # numbers
)
_ARCHIVE_LAYOUTS = frozenset(("category", "categories", "tag", "tags", "archive", "archives", "list", "taxonomy", "term", "kategori"))
#: The pages of friends' links of Hexo's themes, which the theme fills from the site's data:
#: Butterfly's ``type: link`` (``source/_data/link.yml``), Fluid's ``links``, Volantis' ``friends``.
_HEXO_LINK_PAGES = frozenset(("link", "links", "friends"))
#: What separates the words of a layout's name (``all-archives``, ``tag_index``).
_LAYOUT_WORDS = re.compile(r"[-_\s]+")
_ARCHIVE_FOLDERS = frozenset(("category", "categories", "tag", "tags", "kategori", "label"))


def skip_reason(
    document: Document, body: str, include_drafts: bool, include_all: bool, listing: str | None = None, unpublished: str | None = None
) -> str | None:
    """Why ``document`` is not indexed under these options, or None to index it; ``listing``:
    why its reader found it is a page listing other pages (:data:`LIST_PAGE`,
    :data:`LINK_LIST_PAGE`), None when it did not; ``unpublished``: why its generator
    does not publish it now (a draft too: kept with ``include_drafts``, marked draft)."""
    if unpublished and not document.draft:
        document.draft = True
        if not include_drafts:
            return unpublished
    elif document.draft and not include_drafts:
        return PASSWORD_PROTECTED if document.fields.get("password_protected") is True else DRAFT
    if include_all:
        return None
    if listing:
        return listing
    if _is_list_page(document, body):
        return LIST_PAGE
    if document.format == "text" and is_file_list(body):
        return FILE_LIST
    title = document.title.strip()
    if _PLACEHOLDER.search(title):
        return PLACEHOLDER_TITLE
    if _MARKUP.search(title) and not re.search(r"\w", _MARKUP.sub("", title)):
        return MARKUP_TITLE
    return None


def is_file_list(text: str) -> bool:
    """True when most lines of ``text`` are paths, file names or numbers."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < FILE_LIST_MIN_LINES:
        return False
    return sum(bool(_PATH_LINE.match(line)) for line in lines) >= FILE_LIST_SHARE * len(lines)


def few_words(text: str) -> bool:
    """True when ``text`` has fewer words than a page of its own (:data:`LIST_PAGE_WORDS`)."""
    return len(text.split(maxsplit=LIST_PAGE_WORDS)) < LIST_PAGE_WORDS  # counts no further than needed


def _is_list_page(document: Document, body: str) -> bool:
    if not few_words(body):
        return False
    path = document.id.split("#", 1)[0].split("!/")[-1]
    name = path.rsplit("/", 1)[-1]
    if name.startswith("_index.") or (document.generator == "quarto" and document.fields.get("listing") not in (None, False, "", [], {})):
        return True  # (Quarto lists the posts its ``listing:`` names on the page)
    layout = document.fields.get("layout") or document.fields.get("type")
    if isinstance(layout, str) and not _ARCHIVE_LAYOUTS.isdisjoint(_LAYOUT_WORDS.split(layout.strip().lower())):
        return True  # (``tags``, and Hexo Tranquilpeak's ``all-archives``, ``all-tags``)
    if document.generator == "hexo" and isinstance(layout, str) and layout.strip().lower() in _HEXO_LINK_PAGES:
        return True
    folders = {part.lower() for part in path.split("/")[:-1]}
    return bool(folders & _ARCHIVE_FOLDERS)
