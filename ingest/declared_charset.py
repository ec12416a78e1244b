"""The character encoding an HTML page, or an XML file, declares: found as a browser, or
an XML processor, finds it.

The HTML Standard's encoding sniffing, for a file (no HTTP header): a byte-order mark
first (see :mod:`.decode`), then the first 1024 bytes are prescanned for a ``<meta
charset="…">`` or a ``<meta http-equiv="Content-Type" content="text/html; charset=…">``
(comments, and other tags with their attribute values, are stepped over), and when
there is none, an XML declaration's ``encoding`` (``<?xml version="1.0"
encoding="ISO-8859-1"?>``) counts. An XHTML file (``.xhtml``, which browsers read as XML)
declares its encoding only in its XML declaration.

A label is read through the Encoding Standard's list of labels (webencodings): ``latin1``,
``iso-8859-1`` and ``us-ascii`` mean windows-1252, ``gb2312`` means GBK, a UTF-16 label in
an ASCII-compatible page means UTF-8 and ``x-user-defined`` windows-1252, as the Standard
says; a label it does not know, and its "replacement" encoding (a security measure, not
text), are ignored.

An XML file that arsip reads as XML (a feed, a WordPress, Blogger or Tumblr export)
declares its encoding in its XML declaration only, read as an XML processor reads it (XML
1.0, Appendix F) through the same labels (:func:`xml_declared_charset`): there a UTF-16
label means UTF-16, the UTF-32 labels the Encoding Standard does not have (``utf-32``,
``ucs-4``) mean UTF-32, another name of a character set that XML processors take (through
iconv) and Python decodes (``IBM850``, ``latin-1``) means that character set, read as the
Encoding Standard reads it where it has it, and a label no encoding has is kept as a
declaration arsip cannot decode (:attr:`Declaration.known` false), so that reading the
file can say so.
"""

from __future__ import annotations

import codecs
import dataclasses
import re
from dataclasses import dataclass

import webencodings

#: How much of a page the prescan reads (what the HTML Standard encourages browsers to read).
PRESCAN_BYTES = 1024
#: XML's whitespace (its ``S``).
XML_SPACE = " \t\r\n"
_SPACE = frozenset(b"\t\n\x0c\r ")
_SPACE_OR_SLASH = _SPACE | {ord("/")}
_SPACE_OR_END = _SPACE | {ord(">")}
_QUOTES = frozenset(b"\"'")
_LETTERS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_UTF_16 = ("utf-16le", "utf-16be")
#: The UTF-32 labels XML processors know (XML 1.0, Appendix F) and the Encoding Standard
#: does not (the byte order is the file's: see :mod:`.decode`).
_UTF_32 = frozenset(("utf-32", "utf-32le", "utf-32be", "ucs-4", "iso-10646-ucs-4", "csucs4"))
#: Python codecs that decode text but are no character set a file can be written in.
_NOT_CHARSETS = frozenset(("unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined", "charmap"))


@dataclass(frozen=True)
class Declaration:
    """An encoding a page declares."""

    #: The label as the page writes it (lower case): ``iso-8859-1``.
    label: str
    #: The Encoding Standard's name for it: ``windows-1252``.
    encoding: str
    #: The Python codec that decodes it: ``cp1252``.
    codec: str

    @property
    def known(self) -> bool:
        """False for a label no encoding has (in an XML declaration: see :func:`xml_declared_charset`)."""
        return bool(self.codec)

    def __str__(self) -> str:
        return self.label if self.label == self.encoding or not self.known else f"{self.label} (that is, {self.encoding})"


def declared_charset(data: bytes, *, xml: bool = False) -> Declaration | None:
    """The encoding the start of ``data`` declares (None: none, or one no browser knows);
    with ``xml`` (an XHTML file), only its XML declaration counts."""
    head = data[:PRESCAN_BYTES]
    found = None if xml else _prescan(head)
    return found or _xml_declaration(head)


def xml_declared_charset(head: str) -> Declaration | None:
    """The encoding the XML declaration at the start of ``head`` (the start of an XML file's
    text, decoded as its first bytes show: UTF-8, UTF-16 or UTF-32) names, as an XML
    processor reads it (None: no declaration, or one without ``encoding``); a label no
    encoding has is a declaration that is not :attr:`~Declaration.known`. Whitespace
    before the declaration (blank lines a WordPress plugin or theme printed before a feed
    or export; XML allows none) is passed over, as feed readers pass over it."""
    label = _xml_declaration_label(head.lstrip("\ufeff").lstrip(XML_SPACE)[:PRESCAN_BYTES].encode("ascii", "replace"))
    if label is None:
        return None
    text = label.decode("ascii").lower()
    if text in _UTF_32:
        return Declaration(text, "utf-32", "utf-32")
    return _encoding(label, xml=True) or _charset_python_has(text) or Declaration(text, "", "")


def _charset_python_has(label: str) -> Declaration | None:
    """A label the Encoding Standard does not have that names a character set Python
    decodes (``ibm850`` → cp850), read as the Encoding Standard reads that character set
    where it has it (``latin-1`` → windows-1252, as ``latin1``); None for any other, and
    for one in which the declaration could not have been read as it was (EBCDIC)."""
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if not info._is_text_encoding or info.name in _NOT_CHARSETS:  # base64, rot13; punycode
        return None
    wide = info.name.startswith(("utf-16", "utf-32"))  # the first bytes, not the declaration, show these
    if not wide and b"<?xml encoding=".decode(info.name, "replace") != "<?xml encoding=":
        return None
    standard = _encoding(info.name.encode("ascii"), xml=True)
    return dataclasses.replace(standard, label=label) if standard else Declaration(label, info.name, info.name)


def _encoding(label: bytes, *, xml: bool = False) -> Declaration | None:
    """The Encoding Standard's "get an encoding", less what a page can't mean by it (with
    ``xml``, what an XML file can: a UTF-16 label there means UTF-16, in the file's byte order)."""
    text = label.decode("latin-1").strip("\t\n\x0c\r ").lower()
    found = webencodings.lookup(text)
    if found is None or found.name == "replacement":
        return None
    if found.name in _UTF_16 and xml:
        return Declaration(text, "utf-16", "utf-16")
    if found.name in _UTF_16:  # the page is ASCII-compatible, or this would not have been read
        found = webencodings.lookup("utf-8")
    elif found.name == "x-user-defined":
        found = webencodings.lookup("windows-1252")
    return Declaration(text, found.name, found.codec_info.name)


def _prescan(b: bytes) -> Declaration | None:
    """The HTML Standard's "prescan a byte stream to determine its encoding"."""
    position, end = 0, len(b)
    while True:
        position = b.find(b"<", position)
        if position < 0 or position + 1 >= end:
            return None
        following = b[position + 1]
        if b.startswith(b"<!--", position):
            close = b.find(b"-->", position + 2)  # ``<!-->`` closes itself
            if close < 0:
                return None
            position = close + 2
        elif b[position + 1:position + 5].lower() == b"meta" and position + 5 < end and b[position + 5] in _SPACE_OR_SLASH:
            found, position = _meta(b, position + 5)
            if position is None:
                return None
            if found is not None:
                return found
        elif following in _LETTERS or (following == ord("/") and position + 2 < end and b[position + 2] in _LETTERS):
            while position < end and b[position] not in _SPACE_OR_END:
                position += 1
            while True:  # step over the tag's attributes (a ``>`` in a quoted value is not its end)
                attribute, position = _attribute(b, position)
                if attribute is None:
                    break
            if position is None:
                return None
        elif following in b"!/?":
            position = b.find(b">", position + 2)
            if position < 0:
                return None
        position += 1


def _meta(b: bytes, position: int) -> tuple[Declaration | None, int | None]:
    """The encoding one ``<meta>`` declares (its attributes start at ``position``), and
    where its attributes end (None: the bytes ran out)."""
    names: set[str] = set()
    got_pragma, need_pragma, charset = False, None, None
    while True:
        attribute, position = _attribute(b, position)
        if attribute is None:
            break
        name, value = attribute
        if name in names:
            continue
        names.add(name)
        if name == "http-equiv":
            got_pragma = value == b"content-type"
        elif name == "content" and charset is None:
            charset = _charset_in_content(value)
            need_pragma = True if charset is not None else need_pragma
        elif name == "charset":
            charset, need_pragma = _encoding(value), False
    if position is None or need_pragma is None or (need_pragma and not got_pragma):
        return None, position
    return charset, position


def _attribute(b: bytes, position: int) -> tuple[tuple[str, bytes] | None, int | None]:
    """The HTML Standard's "get an attribute" while prescanning: the attribute at
    ``position`` (its name, and its value in lower case) and where it ends; no attribute
    at a ``>``; the position is None when the bytes ran out."""
    end = len(b)
    while position < end and b[position] in _SPACE_OR_SLASH:
        position += 1
    if position >= end:
        return None, None
    if b[position] == ord(">"):
        return None, position
    start = position
    while True:  # the name
        byte = b[position]
        if byte == ord("=") and position > start:
            name = b[start:position].decode("latin-1").lower()
            position += 1
            break
        if byte in _SPACE or byte in b"/>":
            name = b[start:position].decode("latin-1").lower()
            while position < end and b[position] in _SPACE:
                position += 1
            if position >= end:
                return None, None
            if b[position] != ord("="):
                return (name, b""), position
            position += 1
            break
        position += 1
        if position >= end:
            return None, None
    while position < end and b[position] in _SPACE:  # the value
        position += 1
    if position >= end:
        return None, None
    if b[position] in _QUOTES:
        close = b.find(b[position:position + 1], position + 1)
        if close < 0:
            return None, None
        return (name, b[position + 1:close].lower()), close + 1
    if b[position] == ord(">"):
        return (name, b""), position
    start = position
    while position < end and b[position] not in _SPACE_OR_END:
        position += 1
    if position >= end:
        return None, None
    return (name, b[start:position].lower()), position


def _charset_in_content(content: bytes) -> Declaration | None:
    """The HTML Standard's "extracting a character encoding from a meta element": the
    ``charset=`` of a ``content="text/html; charset=iso-8859-1"``."""
    position = 0
    while True:
        position = content.find(b"charset", position)
        if position < 0:
            return None
        position += len(b"charset")
        while position < len(content) and content[position] in _SPACE:
            position += 1
        if content[position:position + 1] == b"=":
            break
    position += 1
    while position < len(content) and content[position] in _SPACE:
        position += 1
    if position >= len(content):
        return None
    if content[position] in _QUOTES:
        close = content.find(content[position:position + 1], position + 1)
        return _encoding(content[position + 1:close]) if close >= 0 else None
    start = position
    while position < len(content) and content[position] not in _SPACE and content[position] != ord(";"):
        position += 1
    return _encoding(content[start:position])


def _xml_declaration(b: bytes) -> Declaration | None:
    """The HTML Standard's "get an XML encoding": the encoding of an XML declaration that
    opens the page (``<?xml version="1.0" encoding="ISO-8859-1"?>``)."""
    label = _xml_declaration_label(b)
    return _encoding(label) if label is not None else None


def _xml_declaration_label(b: bytes) -> bytes | None:
    """The ``encoding`` label of an XML declaration that opens ``b`` (None: none)."""
    if not b.startswith(b"<?xml"):
        return None
    close = b.find(b">")
    declaration = b[:close] if close >= 0 else b""
    position = declaration.find(b"encoding")
    if position < 0:
        return None
    position += len(b"encoding")
    while position < len(declaration) and declaration[position] <= 0x20:
        position += 1
    if declaration[position:position + 1] != b"=":
        return None
    position += 1
    while position < len(declaration) and declaration[position] <= 0x20:
        position += 1
    if position >= len(declaration) or declaration[position] not in _QUOTES:
        return None
    end = declaration.find(declaration[position:position + 1], position + 1)
    label = declaration[position + 1:end] if end >= 0 else b""
    if not label or any(byte <= 0x20 for byte in label):
        return None
    return label


def declare_utf8(text: str, declared: Declaration, *, xml: bool = False) -> str | None:
    """``text`` of a page that declared ``declared``, about to be written as UTF-8, with
    its declarations (``charset=…`` in a ``<meta>``, an XML declaration's ``encoding``)
    in the first 1024 characters saying ``utf-8``: left as they were, they would make
    browsers, and arsip, read the converted page wrongly. With ``xml`` (a file read as
    XML, whose content may say ``charset=`` as text), only its XML declaration. None
    when the declaration is not written in a form this finds (``charset=" latin1 "``)."""
    label = re.escape(declared.label)
    where = r"""<\?xml\b[^>]*?\bencoding\s*=\s*["']""" if xml else r"""\bcharset\s*=\s*["']?|<\?xml\b[^>]*?\bencoding\s*=\s*["']"""
    declaration = re.compile(rf"""({where}){label}(?=["'\s;/>])""", re.I)
    head, found = declaration.subn(r"\g<1>utf-8", text[:PRESCAN_BYTES])
    return head + text[PRESCAN_BYTES:] if found else None
