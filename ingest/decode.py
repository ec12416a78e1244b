"""Bytes on disk to text: BOMs, UTF-16, legacy encodings, line endings, binary content."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer


class NotText(ValueError):
    """The bytes are not text (binary content, or no encoding fits)."""


@dataclass
class DecodedText:
    """Text decoded from bytes, and how it was decoded."""

    text: str
    encoding: str
    #: Lines that were not valid UTF-8 and were decoded with ``encoding`` instead.
    legacy_lines: int = 0


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
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

_NEWLINES = re.compile(r"\r\n?")


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


def decode_bytes(data: bytes, *, keep_newlines: bool = False) -> DecodedText:
    """Decode ``data`` to text with LF line endings (as they are, with ``keep_newlines``).

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are decoded directly; BOM-less
    UTF-16 is recognised by its NUL pattern. Bytes that are not valid UTF-8 are decoded
    line by line: valid lines as UTF-8, the others in the legacy code page that
    charset-normalizer detects for them (so a file of mixed encodings comes out whole).
    Raises :class:`NotText` for binary content.
    """
    decoded = _decode(data)
    if not keep_newlines and "\r" in decoded.text:  # without a CR there is nothing to replace
        decoded.text = _NEWLINES.sub("\n", decoded.text)
    return decoded


def split_bom(data: bytes) -> tuple[bytes, bytes]:
    """The byte-order mark of ``data`` (or b"") and the bytes after it."""
    for bom, _ in _BOMS:
        if data.startswith(bom):
            return bom, data[len(bom):]
    return b"", data


def _decode(data: bytes) -> DecodedText:
    binary = sniff_binary(data)
    if binary:
        raise NotText(f"binary content ({binary})")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_whole(data[len(bom):], encoding, label=f"{encoding} (BOM)")
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data[:4096])
        if utf16:
            return _decode_whole(data, utf16, label=utf16)
        raise NotText("binary content (NUL bytes)")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return _decode_mixed(data)


def _decode_whole(data: bytes, encoding: str, label: str) -> DecodedText:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise NotText(f"invalid {encoding} at byte {error.start}") from None
    if "\x00" in text:
        raise NotText("binary content (NUL characters)")
    return DecodedText(text, label)


def _decode_mixed(data: bytes) -> DecodedText:
    lines = data.splitlines(keepends=True)
    invalid = []
    decoded: list[str | None] = []
    for line in lines:
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            decoded.append(None)
            invalid.append(line)
    encoding = detect_legacy_encoding(b"".join(invalid))
    text_lines = [
        line if line is not None else raw.decode(encoding, errors="replace")
        for line, raw in zip(decoded, lines)
    ]
    mixed = any(line is not None and not line.isascii() for line in decoded)
    label = f"utf-8+{encoding}" if mixed else encoding
    return DecodedText("".join(text_lines), label, legacy_lines=len(invalid))
