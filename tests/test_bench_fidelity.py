"""bench/fidelity.py reads any folder: Markdown and reStructuredText bodies are compared
with their texts, and markup left in a text is counted by kind."""

from __future__ import annotations

import sys

import pytest

from bench import fidelity

from .test_sites import SITES


def _report(folder, monkeypatch, capsys) -> str:
    monkeypatch.setattr(sys, "argv", ["fidelity.py", str(folder)])
    fidelity.main()
    return capsys.readouterr().out


@pytest.mark.parametrize("site, documents", [("pelican-rst", 2), ("sphinx", 3), ("hugo-yaml", None)])
def test_every_body_of_a_site_is_compared(site, documents, monkeypatch, capsys):
    """A reST page (its docinfo left out, as its reader does) and a Markdown page are
    compared alike; each of these sites keeps its words."""
    report = _report(SITES / site, monkeypatch, capsys)
    compared = next(line for line in report.splitlines() if line.startswith("Markdown and reST documents keeping"))
    kept, total = compared.split(": ")[1].split(" (")[0].split(" of ")
    assert kept == total
    if documents is not None:
        assert int(total) == documents
    assert "documents converted conservatively, in whole or in part (a 'text' problem says so): 0" in report


def test_markup_left_in_a_text_is_counted_and_named(tmp_path, monkeypatch, capsys):
    (tmp_path / "catatan.md").write_text(
        "---\ntitle: Catatan rapat\n---\n\nWarga menyepakati jadwal kerja bakti.\n\n"
        "```\n[caption id=\"foto-1\"]Kerja bakti[/caption]\n```\n",
        encoding="utf-8",
    )
    report = _report(tmp_path, monkeypatch, capsys)
    assert "documents: 1 " in report
    shortcode = next(line for line in report.splitlines() if line.strip().startswith("WordPress shortcode"))
    assert shortcode.split()[2] == "1" and "e.g. catatan.md" in shortcode
    fence = next(line for line in report.splitlines() if line.strip().startswith("fence"))
    assert fence.split()[1] == "0"
