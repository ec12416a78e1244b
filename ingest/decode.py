"""Bytes on disk to text: BOMs, UTF-16, legacy encodings, line endings, binary content."""

from __future__ import annotations

import codecs
import re
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import charset_normalizer

if TYPE_CHECKING:
    from .declared_charset import Declaration


class NotText(ValueError):
    """The bytes are not text (binary content, or no encoding fits)."""


#: How many byte values a problem names by example.
_EXAMPLES = 3


@dataclass
class UndefinedBytes:
    """Bytes of a file that its declared code page does not define, read as browsers read
    them (see :func:`_as_browsers_read`): how many, and where the first few values first were."""

    count: int = 0
    #: Each of the first few byte values: the line number, that line's bytes and the offset in them.
    first: dict[int, tuple[int, bytes, int]] = field(default_factory=dict)
    #: The number and bytes of the line being decoded.
    line: tuple[int, bytes] = (0, b"")

    def add(self, offset: int, byte: int) -> None:
        """Count ``byte``, read at ``offset`` of the line being decoded."""
        self.count += 1
        if byte not in self.first and len(self.first) < _EXAMPLES:
            self.first[byte] = (*self.line, offset)

    def describe(self, declared: Declaration) -> str:
        """What a file that ``declared`` its code page says of these bytes: ``declared
        windows-1252: 1 byte(s) that it does not define read as browsers read them: 81 at
        line 3, column 40 (as U+0081)``, for each byte value named."""
        said = []
        for byte, (number, raw, offset) in self.first.items():
            column = len(raw[:offset].decode(declared.codec, _AS_BROWSERS)) + 1
            char = raw[offset:offset + 1].decode(declared.codec, _AS_BROWSERS)
            said.append(f"{byte:02x} at line {number}, column {column} (as {char if char.isprintable() else f'U+{ord(char):04X}'})")
        return f"declared {declared}: {self.count} byte(s) that it does not define read as browsers read them: {'; '.join(said)}"


@dataclass
class DecodedText:
    """Text decoded from bytes, and how it was decoded."""

    text: str
    encoding: str
    #: Lines that were not valid UTF-8 and were decoded with ``encoding`` instead.
    legacy_lines: int = 0
    #: What a document read from these bytes records as an ``encoding`` problem (None:
    #: nothing): lines whose code page had to be guessed, or a declared encoding that the
    #: bytes contradict (naming both).
    problem: str | None = None
    #: The encoding the file declares, when it was decoded with it given (whether or not
    #: the bytes bore it out).
    declared: Declaration | None = None
    #: Bytes the declared code page does not define, read as browsers read them (None: none).
    undefined: UndefinedBytes | None = None


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: The start of ``<?xml`` in UTF-32 and UTF-16 without a byte-order mark (XML 1.0, Appendix F).
_WIDE_XML = (
    (b"<\x00\x00\x00", "utf-32-le"), (b"\x00\x00\x00<", "utf-32-be"), (b"<\x00?\x00", "utf-16-le"), (b"\x00<\x00?", "utf-16-be"),
)

_MAGIC = (
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"RIFF", "RIFF media"),
    (b"\x7fELF", "executable"),
)

#: Legacy code pages plausible for Indonesian (Latin-script) web content.
LEGACY_ENCODINGS = ["cp1252", "iso8859_15", "latin_1", "mac_roman", "cp850"]

#: The encoding forms that are not ASCII-compatible.
_WIDE_FORMS = ("utf-16", "utf-32")

_NEWLINES = re.compile(r"\r\n?")

#: The codecs error handler that reads bytes as browsers do where Python's codecs refuse them.
_AS_BROWSERS = "arsip-as-browsers"
#: Where :func:`_as_browsers_read` counts the bytes it reads, while a declared code page decodes.
_READ_AS_BROWSERS: ContextVar[UndefinedBytes | None] = ContextVar("_READ_AS_BROWSERS", default=None)


def _as_browsers_read(error: UnicodeError) -> tuple[str, int]:
    """A byte that Python's codec refuses read as the WHATWG Encoding Standard's decoder
    (a browser's) reads it: in a single-byte code page, a byte from 80 to 9F that it does
    not define (windows-1252: 81, 8D, 8F, 90, 9D) is the C1 control of the same value, as
    the Standard's index maps it; in GBK and GB18030, the byte 80 is "€". Any other error
    is raised again: the Standard does not define that byte either."""
    if isinstance(error, UnicodeDecodeError):
        byte = error.object[error.start]
        read = chr(byte) if error.encoding == "charmap" and 0x80 <= byte <= 0x9F else None
        if byte == 0x80 and error.encoding in ("gbk", "gb18030"):
            read = "\u20ac"
        if read is not None:
            undefined = _READ_AS_BROWSERS.get()
            if undefined is not None:
                undefined.add(error.start, byte)
            return read, error.start + 1
    raise error


codecs.register_error(_AS_BROWSERS, _as_browsers_read)


def sniff_binary(data: bytes) -> str | None:
    """Name the binary type of ``data`` when it is clearly not text, else None."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """Recognise BOM-less UTF-16 by the NUL bytes of ASCII characters."""
    if len(head) < 4:
        return None
    even_nuls = head[0::2].count(0) / len(head[0::2])
    odd_nuls = head[1::2].count(0) / len(head[1::2])
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def detect_legacy_encoding(data: bytes) -> str:
    """Name the legacy code page of non-UTF-8 bytes (charset-normalizer)."""
    best = charset_normalizer.from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None:
        raise NotText("no text encoding fits these bytes")
    return best.encoding


def decode_bytes(data: bytes, *, keep_newlines: bool = False, declared: Declaration | None = None) -> DecodedText:
    """Decode ``data`` to text with LF line endings (as they are, with ``keep_newlines``).

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are decoded directly; BOM-less
    UTF-16 is recognised by its NUL pattern. Bytes that are not valid UTF-8 are decoded
    line by line: valid lines as UTF-8, the others in the legacy code page that
    charset-normalizer detects for them (so a file of mixed encodings comes out whole).
    The encoding a page ``declared`` (see :mod:`.declared_charset`) is that code page
    when its bytes bear it out; a BOM, and bytes that are valid UTF-8, win over it. A
    declared UTF-16 or UTF-32 (in an XML declaration) must be what the first bytes show; a
    declared label no encoding has decodes as if nothing were declared. Either is said in
    the ``problem``. Raises :class:`NotText` for binary content.
    """
    decoded = _decode(data, declared)
    decoded.declared = declared
    if not keep_newlines and "\r" in decoded.text:  # without a CR there is nothing to replace
        decoded.text = _NEWLINES.sub("\n", decoded.text)
    return decoded


def split_bom(data: bytes) -> tuple[bytes, bytes]:
    """The byte-order mark of ``data`` (or b"") and the bytes after it."""
    for bom, _ in _BOMS:
        if data.startswith(bom):
            return bom, data[len(bom):]
    return b"", data


def _decode(data: bytes, declared: Declaration | None) -> DecodedText:
    binary = sniff_binary(data)
    if binary:
        raise NotText(f"binary content ({binary})")
    if declared and not declared.known:
        return _as_undeclared(data, f"declared {declared}, not an encoding arsip can read")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            decoded = _decode_whole(data[len(bom):], encoding, label=f"{encoding} (BOM)")
            if declared and _form(declared.codec) != _form(encoding):
                decoded.problem = f"declared {declared}, but the file starts with a {encoding} byte-order mark: read as {encoding}"
            return decoded
    if b"\x00" in data:
        wide = next((encoding for start, encoding in _WIDE_XML if data.startswith(start)), None) or _utf16_without_bom(data[:4096])
        if not wide:
            raise NotText("binary content (NUL bytes)")
        decoded = _decode_whole(data, wide, label=wide)
        if declared and _form(declared.codec) != _form(wide):
            decoded.problem = f"declared {declared}, but the bytes are {wide}: read as {wide}"
        return decoded
    if declared and _form(declared.codec) in _WIDE_FORMS:  # but the bytes are ASCII-compatible
        return _as_undeclared(data, f"declared {declared}, but the bytes are not {_form(declared.codec).upper()}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_legacy(data, declared)
    decoded = DecodedText(text, "utf-8")
    if declared and declared.codec != "utf-8" and not text.isascii():
        decoded.problem = f"declared {declared}, but the bytes are UTF-8: read as UTF-8"
    return decoded


def _form(codec: str) -> str:
    """The Unicode encoding form of a Python codec (``utf-16`` for ``utf-16-le``), or the
    codec itself: a byte-order mark, or the first bytes, give its byte order."""
    return codec[:6] if codec.startswith(_WIDE_FORMS) else codec


def _as_undeclared(data: bytes, reason: str) -> DecodedText:
    """``data`` decoded as if nothing were declared, for ``reason``: the problem says it,
    and how the bytes were read."""
    decoded = _decode(data, None)
    decoded.problem = f"{reason}; {decoded.problem}" if decoded.problem else f"{reason}: read as {decoded.encoding}"
    return decoded


def _decode_legacy(data: bytes, declared: Declaration | None) -> DecodedText:
    """Bytes that are not valid UTF-8: their lines that are not in the code page
    ``declared``, when it is one (else the one detected)."""
    if declared is None or declared.codec == "utf-8":
        decoded = _decode_mixed(data)
        lines = f"{decoded.legacy_lines} line(s)"
        decoded.problem = f"declared {declared}, but {lines} are not valid UTF-8: decoded as {decoded.encoding}" if declared else f"not valid UTF-8: {lines} decoded as {decoded.encoding}"
        return decoded
    try:
        decoded = _decode_mixed(data, declared.codec)
    except UnicodeDecodeError as error:
        decoded = _decode_mixed(data)
        wrong = error.object[error.start:error.end].hex(" ")
        decoded.problem = f"declared {declared}, but the bytes are not {declared.encoding} ({wrong} is not): decoded as {decoded.encoding}"
        return decoded
    decoded.encoding += " (declared)"
    said = [f"declared {declared}, but some lines are UTF-8: decoded as {decoded.encoding}"] if decoded.encoding.startswith("utf-8+") else []
    if decoded.undefined:
        said.append(decoded.undefined.describe(declared))
    decoded.problem = "; ".join(said) or None
    return decoded


def _decode_whole(data: bytes, encoding: str, label: str) -> DecodedText:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise NotText(f"invalid {encoding} at byte {error.start}") from None
    if "\x00" in text:
        raise NotText("binary content (NUL characters)")
    return DecodedText(text, label)


def _decode_mixed(data: bytes, codec: str | None = None) -> DecodedText:
    """``data`` line by line: lines that are valid UTF-8 as UTF-8, the others in ``codec``
    (as browsers read it, :func:`_as_browsers_read`, else strictly: raises
    UnicodeDecodeError) or, without it, the code page detected for them."""
    lines = data.splitlines(keepends=True)
    invalid = []
    decoded: list[str | None] = []
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            decoded.append(None)
            invalid.append(line)
    encoding = codec or detect_legacy_encoding(b"".join(invalid))
    undefined = UndefinedBytes()
    text_lines = [
        line if line is not None else _legacy_line(raw, number, encoding, undefined) if codec else raw.decode(encoding, errors="replace")
        for number, (line, raw) in enumerate(zip(decoded, lines), start=1)
    ]
    mixed = any(line is not None and not line.isascii() for line in decoded)
    label = f"utf-8+{encoding}" if mixed else encoding
    return DecodedText("".join(text_lines), label, legacy_lines=len(invalid), undefined=undefined if undefined.count else None)


def _legacy_line(raw: bytes, number: int, codec: str, undefined: UndefinedBytes) -> str:
    """Line ``number`` of a file, ``raw``, in the code page ``codec`` as browsers read it:
    the bytes it does not define that browsers read are counted in ``undefined``."""
    undefined.line = (number, raw)
    token = _READ_AS_BROWSERS.set(undefined)
    try:
        return raw.decode(codec, _AS_BROWSERS)
    finally:
        _READ_AS_BROWSERS.reset(token)
