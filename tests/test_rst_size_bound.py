"""A reStructuredText file over :data:`~arsip.ingest.readers.rst.MAX_CHARS` characters is read
conservatively, every word kept, with a problem naming its size and the bound; one under it
is read by docutils (1 MB of paragraphs takes docutils about half a second)."""

from __future__ import annotations

import re

from arsip.ingest.readers import SourceFile
from arsip.ingest.readers.rst import MAX_CHARS, read

TITLE = "Laporan Gotong Royong\n=====================\n\n"
PARAGRAPH = "Warga Desa Sukamaju bergotong royong memperbaiki saluran irigasi sawah *sebelum* musim tanam tiba.\n\n"


def _read(source: str):
    (document,) = read(source, SourceFile("laporan.rst", "laporan.rst", "laporan.rst", "rst"))
    return document


def _page(size: int) -> str:
    """A page of ``size`` characters: a title, paragraphs, and a word of ``x`` to fill it."""
    body = PARAGRAPH * ((size - len(TITLE)) // len(PARAGRAPH))
    return TITLE + body + "x" * (size - len(TITLE) - len(body))


def test_a_page_over_the_bound_keeps_every_word_and_says_why():
    source = _page(MAX_CHARS + 1)
    document = _read(source)
    assert [problem.reason for problem in document.problems] == [f"{MAX_CHARS + 1:,} characters: over the {MAX_CHARS:,} read as reStructuredText; read conservatively (markup stripped, every word kept)"]
    assert len(re.findall(r"\w+", document.text)) == len(re.findall(r"\w+", source))
    assert "*" not in document.text and "=====" not in document.text


def test_a_page_at_the_bound_is_read_by_docutils():
    document = _read(_page(MAX_CHARS))
    assert document.problems == [] and document.title == "Laporan Gotong Royong"
    assert document.text.count("sawah sebelum musim") == (MAX_CHARS - len(TITLE)) // len(PARAGRAPH)
