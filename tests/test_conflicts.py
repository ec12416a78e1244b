"""A file saved in the middle of a merge: both sides of each conflict are kept, the
marker lines are not text, and the document says so."""

from __future__ import annotations

from arsip.ingest.conflicts import without_conflict_markers
from arsip.ingest.pipeline import ingest_bytes

POST = """---
title: Musyawarah Desa
date: 2021-04-12
---
Warga berkumpul di balai desa.

<<<<<<< HEAD
Rapat dipimpin oleh kepala desa.
||||||| merged common ancestors
Rapat dipimpin oleh sekretaris.
=======
Rapat dipimpin oleh ketua BPD.
>>>>>>> perbaikan-notulen

Judul Bagian
=======

Anggaran disepakati bersama.
"""


def test_both_sides_are_kept_and_the_markers_are_not_text():
    result = ingest_bytes(POST.encode("utf-8"), "_posts/2021-04-12-musyawarah.md", "_posts/2021-04-12-musyawarah.md", generator="jekyll")
    document = result.documents[0]
    assert document.text == (
        "Warga berkumpul di balai desa.\n\nRapat dipimpin oleh kepala desa.\n\nRapat dipimpin oleh sekretaris.\n\n"
        "Rapat dipimpin oleh ketua BPD.\n\nJudul Bagian\n\nAnggaran disepakati bersama."
    )
    assert [(problem.field, problem.reason.split(":")[0]) for problem in document.problems] == [("text", "1 unresolved merge conflict(s) (line 7)")]


def test_a_file_without_a_complete_conflict_is_left_as_it_is():
    for text in ("Judul\n=======\n\nIsi.\n", "<<<<<<< HEAD\nsatu sisi saja\n", "<<<<<<< HEAD\na\n=======\nb\n"):
        assert without_conflict_markers(text).text == text
        assert without_conflict_markers(text).lines == ()


def test_marker_lines_keep_their_length_so_positions_stay():
    text = "a\r\n<<<<<<< HEAD\r\nb\r\n=======\r\nc\r\n>>>>>>> lain\r\nd"
    blanked = without_conflict_markers(text)
    assert blanked.lines == (2,)
    assert [len(line) for line in blanked.text.split("\n")] == [len(line) for line in text.split("\n")]
    assert blanked.text.split("\n")[1] == " " * 12 + "\r"


def test_of_many_openers_the_last_opens_the_conflict():
    text = "<<<<<<< HEAD\n" * 1000 + "=======\n>>>>>>> x\n"
    blanked = without_conflict_markers(text)
    assert blanked.lines == (1000,)
    assert blanked.text.count("<<<<<<<") == 999
