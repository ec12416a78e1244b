"""Pelican and MkDocs render Markdown with Python-Markdown: its ``#`` headings need no space
(``###Langkah awal``) and lose the ``#`` marks that end them, and Pelican's default ``extra``
makes attribute lists (``{target="_blank"}``) markup, as the built pages show (checked
against Python-Markdown 3 and a real Pelican build)."""

import pytest

from arsip.ingest.pipeline import read_documents
from arsip.ingest.sites.python_markdown import codehilite_headers, hash_headings


@pytest.mark.parametrize(
    "source, expected",
    [
        ("###Langkah awal\nIsi.", "### Langkah awal\nIsi."),
        ("##CIDR##", "## CIDR"),
        ("## Kontroversi systemd ##", "## Kontroversi systemd"),
        ("# Belajar C#", "# Belajar C"),  # Python-Markdown drops every closing #
        ("Paragraf\n##Sela\nlanjutan", "Paragraf\n\n## Sela\nlanjutan"),  # a block of its own
        ("<br />\n###Rincian", "<br />\n\n### Rincian"),
        ("> ##Kutipan", "> ## Kutipan"),
        ("```\n#include <stdio.h>\n```", "```\n#include <stdio.h>\n```"),  # code stays
        ("<pre>\n#define NILAI 1\n</pre>\n##Akhir", "<pre>\n#define NILAI 1\n</pre>\n\n## Akhir"),
        ("    #komentar kode", "    #komentar kode"),
        ("Tanpa judul di sini.", "Tanpa judul di sini."),
    ],
)
def test_hash_headings_as_python_markdown_reads_them(source, expected):
    assert hash_headings(source) == expected


PELICAN_POST = """Title: Reset router tanpa kabel konsol
Date: 2016-04-04 22:12
Category: How-to
Slug: reset-router

Router kantor desa tidak bisa diakses lewat jaringan.

###Tentang router
Router ini memakai [VyOS](http://vyos.net/){target="_blank"} dan unduhan di <http://contoh.id/iso/>{:target="_blank"} saja.

<br />
##Langkah reset##

    ##bukan judul, ini kode
"""


def _pelican_document(tmp_path, text: str):
    """The one document of a Pelican site whose one article is ``text``."""
    (tmp_path / "pelicanconf.py").write_text("SITEURL = 'https://contoh.id'\nDEFAULT_LANG = 'id'\n", encoding="utf-8")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "artikel.md").write_text(text, encoding="utf-8")
    [document] = read_documents([str(tmp_path)])
    return document


def test_pelican_markdown_headings_and_attribute_lists_are_not_text(tmp_path):
    document = _pelican_document(tmp_path, PELICAN_POST)
    assert document.generator == "pelican"
    assert "\nTentang router\n" in document.text and "\nLangkah reset\n" in document.text
    assert "Router ini memakai VyOS dan unduhan di http://contoh.id/iso/ saja." in document.text
    assert "##bukan judul, ini kode" in document.text  # code as written
    assert "#T" not in document.text and "#L" not in document.text and "target" not in document.text


def test_mkdocs_markdown_headings(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: Panduan\nsite_url: https://contoh.id/\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Panduan\n\n##Bagian pertama\nIsi bagian.\n", encoding="utf-8")
    [document] = read_documents([str(tmp_path)])
    assert document.text == "Panduan\n\nBagian pertama\n\nIsi bagian."


@pytest.mark.parametrize(
    "source, expected",
    [
        ("Contoh:\n\n    :::python\n    nilai = 1", "Contoh:\n\n    nilai = 1"),
        ("Contoh:\n\n    #!bash\n    ls -l", "Contoh:\n\n    ls -l"),
        ("Contoh:\n\n    #!/bin/bash\n    ls -l", "Contoh:\n\n    #!/bin/bash\n    ls -l"),  # with a path it stays
        ("```\n\n    :::python\n```", "```\n\n    :::python\n```"),  # a fence's lines stay
        ("Contoh:\n\n    nilai = 1\n    :::python", "Contoh:\n\n    nilai = 1\n    :::python"),  # only the first line
    ],
)
def test_codehilite_language_lines_as_pelican_shows_them(source, expected):
    assert codehilite_headers(source) == expected


def test_a_pelican_code_block_starts_without_its_language_line(tmp_path):
    document = _pelican_document(tmp_path, "Title: Properti tersimpan\nDate: 2014-06-12\n\nContoh kode:\n\n    :::python\n    @cached_property\n    def rujukan(self):\n        return []\n")
    assert document.text == "Contoh kode:\n\n@cached_property\ndef rujukan(self):\n    return []"
