"""The readers arsip has, in the order their content sniffs are tried, and format detection.

Every format but Markdown is declared apart from its reader (:mod:`.markup_formats`,
:mod:`.xml_formats`, :mod:`.json_formats`): a reader is imported only when a file of its format
is read."""

from __future__ import annotations

import json
import re

from ..declared_charset import declared_charset, xml_declared_charset
from ..decode import DecodedText, decode_bytes
from ..formats import SITE_CONFIGURATION, extension
from . import Reader, markdown
from .json_formats import GHOST, SNIFFED_EXTENSIONS, search_index_reason
from .markup_formats import ASCIIDOC, HTML, NOTEBOOK, ORG, RST, TEXT
from .xml_formats import BLOGGER, FEED, SITEMAP, TUMBLR, WXR, is_sitemap

#: Every reader. A file's extension picks its reader (unless it only hints); otherwise the
#: first reader whose sniff matches the file's first characters reads it.
READERS: tuple[Reader, ...] = (
    markdown.READER, NOTEBOOK, RST, ASCIIDOC, ORG, WXR, BLOGGER, TUMBLR, FEED, GHOST, HTML, TEXT,
)
_BY_NAME = {reader.name: reader for reader in READERS}
#: How much of a file's text its format is recognised by.
SNIFF_CHARS = 4096


def reader_named(name: str) -> Reader:
    """The reader of format ``name`` ("markdown", "notebook", "rst", "asciidoc", "org", "wxr", "blogger", "tumblr", "feed", "ghost", "html", "text")."""
    return _BY_NAME[name]


#: PHP code: a crawler (wget, HTTrack) keeps a PHP site's page under its own name
#: (``profil.php``), but what it saved is the HTML the server made, with no PHP left in it;
#: a ``.php`` file with PHP in it (a theme's template too, HTML around its PHP) is the site's code.
_PHP_CODE = re.compile(rb"<\?(?:php\b|=)", re.I)
#: How a JSON document starts (after a byte order mark and white space): an object or a list.
_JSON_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*[{\[]")
#: Why a page that holds JSON is not read: a crawler saves a site's API answers under a
#: page's name (wget keeps WordPress's ``/wp-json/`` and ``/wp-json/wp/v2/posts/`` as
#: ``index.html``); their posts are the site's pages, read from those.
JSON_PAGE = "not a document: JSON data saved as a page (a site's API answer a crawler kept, such as WordPress's wp-json/)"


def detect_reader(name: str, head: str) -> Reader | None:
    """The reader for a file named ``name`` whose text starts with ``head``, or None."""
    ext = extension(name)
    owners = [reader for reader in READERS if ext in reader.extensions]
    owner = owners[0] if owners else None
    if owner is HTML and FEED.sniff(head):  # a feed saved under a page's name: wget saves WordPress's /feed/ as feed/index.html
        return FEED
    if owner is not None and owner.extension_says == "sure":
        return owner
    if owner is not None and owner.extension_says == "sniff":  # several formats may share it (.xml)
        return next((reader for reader in owners if reader.sniff(head)), None)
    return next((reader for reader in READERS if reader.sniff(head)), owner)


def unread_reason(data: bytes, name: str) -> str | None:
    """Why the file ``name`` whose bytes are ``data`` is skipped unread: a file of an
    extension read only when its content is one of arsip's formats (a ``.json`` that is not
    a Ghost export: site code, configuration or data), judged from its first bytes alone;
    a ``.php`` file that is not a page a crawler saved (:data:`_PHP_CODE`); a page that
    holds JSON (:func:`_is_json`); a sitemap (``.xml``) and a built site's search index
    (``.json``, see :func:`~.json_formats.search_index_reason`), each counted as what it is."""
    ext = extension(name)
    if ext in HTML.extensions and _JSON_START.match(data) and _is_json(data):
        return JSON_PAGE
    if ext == ".xml":
        start = data[: SNIFF_CHARS * 4]  # (a start without either name holds no sitemap's root element)
        return SITEMAP if (b"urlset" in start or b"sitemapindex" in start) and is_sitemap(_head(data)) else None
    reason = SNIFFED_EXTENSIONS.get(ext)
    if reason is None and ext != ".php":
        return None
    head = _head(data)
    reader = detect_reader(name, head)
    if ext == ".php":
        return None if reader in (HTML, FEED) and not _PHP_CODE.search(data) else SITE_CONFIGURATION
    return None if reader is not None else search_index_reason(name, head) or reason


def _head(data: bytes) -> str:
    """The first :data:`SNIFF_CHARS` characters of ``data``, decoded as UTF-8 (enough to sniff a format by)."""
    return data[: SNIFF_CHARS * 4].decode("utf-8", "replace").lstrip("\ufeff")[:SNIFF_CHARS]


def _is_json(data: bytes) -> bool:
    """Whether ``data`` is a JSON document (in UTF-8, as JSON is sent)."""
    try:
        json.loads(data.decode("utf-8-sig"))
    except ValueError:  # UnicodeDecodeError and JSONDecodeError among them
        return False
    return True


def decode_file(data: bytes, name: str, *, keep_newlines: bool = False) -> tuple[DecodedText, Reader | None]:
    """The text of the file ``name`` whose bytes are ``data`` (see
    :func:`~..decode.decode_bytes`), and its reader (None: no format of arsip's). A file of
    a format that declares its encoding (an HTML page, an XML export) is decoded as it
    declares, where the bytes bear that out. Raises :class:`~..decode.NotText` for binary
    content."""
    decoded = decode_bytes(data, keep_newlines=keep_newlines)
    head = decoded.text.lstrip("\ufeff")[:SNIFF_CHARS]
    reader = detect_reader(name, head)
    if reader is not None and reader.declares_charset:
        if reader.declares_charset == "xml":  # read in the encoding form the first bytes show
            declared = xml_declared_charset(head)
        else:
            declared = declared_charset(data, xml=extension(name) == ".xhtml")
        if declared is not None and (declared.codec != "utf-8" or decoded.encoding != "utf-8"):
            decoded = decode_bytes(data, keep_newlines=keep_newlines, declared=declared)
    return decoded, reader
