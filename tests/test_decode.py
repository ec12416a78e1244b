"""Bytes to text: BOMs, UTF-16, legacy code pages, mixed encodings, binary content."""

import codecs

import pytest

from arsip.ingest.decode import NotText, decode_bytes

TEXT = "Pertanyaan–pertanyaan “buruh” di kafé\nbaris dua\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8 (BOM)"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le (BOM)"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be (BOM)"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_unicode_encodings(data, encoding):
    decoded = decode_bytes(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


def test_line_endings_become_lf():
    assert decode_bytes(b"a\r\nb\rc\n").text == "a\nb\nc\n"


def test_cp1252_file_is_detected():
    decoded = decode_bytes(TEXT.encode("cp1252"))
    assert decoded.text == TEXT
    assert decoded.encoding == "cp1252"
    assert decoded.legacy_lines == 1


def test_mixed_encodings_in_one_file_come_out_whole():
    data = "baris “utf-8” – benar\n".encode("utf-8") + "baris “cp1252” – lama\n".encode("cp1252")
    decoded = decode_bytes(data)
    assert decoded.text == "baris “utf-8” – benar\nbaris “cp1252” – lama\n"
    assert decoded.encoding == "utf-8+cp1252"


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
        (b"teks\x00\x01\x02\x03 biner\xff\xfe\x00\x00\x00", "NUL bytes"),
    ],
)
def test_binary_content_is_refused(data, reason):
    with pytest.raises(NotText, match=reason):
        decode_bytes(data)
