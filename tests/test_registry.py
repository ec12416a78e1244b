"""Format detection walks the readers' registry: extension first, content sniff otherwise."""

import pytest

from arsip.ingest.readers.registry import READERS, detect_reader

FRONT_MATTER = "---\ntitle: Catatan\n---\nIsi.\n"
WXR_HEAD = '<?xml version="1.0"?>\n<rss xmlns:wp="http://wordpress.org/export/1.2/">'


@pytest.mark.parametrize(
    "name, head, expected",
    [
        ("a.md", "Isi saja.", "markdown"),
        ("a.mdx", "import X from './x'\n", "markdown"),
        ("catatan.txt", FRONT_MATTER, "markdown"),
        ("catatan", FRONT_MATTER, "markdown"),
        ("halaman.html", FRONT_MATTER, "html"),
        ("halaman.txt", "<!DOCTYPE html><html>", "html"),
        ("tanpa-ekstensi", "<html><body>x</body></html>", "html"),
        ("ekspor.xml", WXR_HEAD, "wxr"),
        ("catatan.rst", "Catatan\n=======\n", "rst"),
        ("catatan.REST", "Catatan\n=======\n", "rst"),
        ("panduan.adoc", FRONT_MATTER, "asciidoc"),
        ("panduan.asciidoc", "= Panduan\n", "asciidoc"),
        ("panduan.asc", "= Panduan\n", "asciidoc"),
        ("catatan.org", FRONT_MATTER, "org"),
        ("ekspor.txt", WXR_HEAD, "wxr"),
        ("umpan.xml", '<?xml version="1.0"?><feed></feed>', None),
        ("catatan.txt", "Teks biasa &amp; entitas.", "text"),
        ("program.bin2", "Teks biasa.", None),
        ("analisis.ipynb", '{"cells": [{"cell_type": "markdown"', "notebook"),
    ],
)
def test_detection(name, head, expected):
    reader = detect_reader(name, head)
    assert (reader.name if reader else None) == expected


def test_each_reader_declares_its_formats_and_only_plain_text_repairs_entities():
    assert [reader.name for reader in READERS] == ["markdown", "notebook", "rst", "asciidoc", "org", "wxr", "blogger", "tumblr", "feed", "ghost", "html", "text"]
    assert all(reader.extensions for reader in READERS)
    assert [reader.name for reader in READERS if reader.entities_are_damage] == ["text"]
    generators = {reader.name: reader.generator for reader in READERS}
    assert (generators["wxr"], generators["blogger"], generators["tumblr"], generators["feed"]) == ("wordpress", "blogger", "html", "html")
