"""Metadata precedence, date sources, authors, url and what is left out, as data
(tests/data/metadata.json: one case per row, the input file and what the record must say)."""

import json

import pytest

from arsip.ingest.pipeline import IngestOptions, ingest_bytes

from .conftest import DATA, zip_of

CASES = json.loads((DATA / "metadata.json").read_text(encoding="utf-8"))


def _value(document, key):
    if key in ("categories", "tags"):
        return [term.key for term in getattr(document, key)]
    if key == "problem_fields":
        return sorted({problem.field for problem in document.problems})
    return getattr(document, key)


@pytest.mark.parametrize("case", CASES, ids=[case["case"] for case in CASES])
def test_metadata_case(case):
    expect = dict(case["expect"])
    result = ingest_bytes(case["content"].encode("utf-8"), case["path"], case["path"])
    left_out = expect.pop("left_out", None)
    if left_out:
        assert dict(result.left_out) == {left_out: 1} and not result.documents
        kept = ingest_bytes(case["content"].encode("utf-8"), case["path"], case["path"], IngestOptions(include_drafts=True, include_all=True))
        assert len(kept.documents) == 1
        assert kept.documents[0].draft == (left_out == "draft")
        return
    (document,) = result.documents
    assert {key: _value(document, key) for key in expect} == expect


def test_url_from_a_slug_under_the_site_base_url(tmp_path):
    from arsip.ingest.pipeline import read_documents

    (tmp_path / "hugo.toml").write_text('baseURL = "https://contoh.id/"\n', encoding="utf-8")
    (tmp_path / "content" / "berita").mkdir(parents=True)
    (tmp_path / "content" / "berita" / "a.md").write_text("---\ntitle: A\nslug: radio-warga\n---\nIsi.\n", encoding="utf-8")
    (tmp_path / "content" / "b.md").write_text("---\ntitle: B\nurl: /tentang/\n---\nIsi.\n", encoding="utf-8")
    urls = {document.id: document.url for document in read_documents([str(tmp_path)])}
    assert urls == {"content/berita/a.md": "https://contoh.id/berita/radio-warga/", "content/b.md": "https://contoh.id/tentang/"}


def test_url_from_a_slug_follows_pelicans_url_settings(tmp_path):
    from arsip.ingest.pipeline import read_documents

    def urls(config: str) -> dict:
        (tmp_path / "pelicanconf.py").write_text(f"SITEURL = 'https://kampung.id'\n{config}", encoding="utf-8")
        return {document.id: document.url for document in read_documents([str(tmp_path)])}

    (tmp_path / "content" / "pages").mkdir(parents=True)
    (tmp_path / "content" / "panen.md").write_text("Title: Panen\nDate: 2021-07-05\nSlug: panen-raya\n\nIsi.\n", encoding="utf-8")
    (tmp_path / "content" / "pages" / "tentang.md").write_text("Title: Tentang\nSlug: tentang-kami\n\nIsi.\n", encoding="utf-8")
    assert urls("") == {"content/panen.md": "https://kampung.id/panen-raya.html", "content/pages/tentang.md": "https://kampung.id/pages/tentang-kami.html"}
    assert urls("ARTICLE_URL = 'berita/{slug}/'\nPAGE_URL = '{slug}/'\n") == {
        "content/panen.md": "https://kampung.id/berita/panen-raya/", "content/pages/tentang.md": "https://kampung.id/tentang-kami/",
    }
    assert urls("ARTICLE_URL = '{date:%Y}/{slug}.html'\n")["content/panen.md"] == "https://kampung.id/2021/panen-raya.html"


PELICANCONF_PY2 = """#!/usr/bin/env python
# -*- coding: utf-8 -*- #
from __future__ import unicode_literals

AUTHOR = u'Relawan Kampung'
SITENAME = u'Catatan Kampung'
SITEURL = ''

TIMEZONE = 'Asia/Jakarta'

DEFAULT_LANG = u'id'
PAGE_URL = 'p/{slug}.html'
"""
PUBLISHCONF = """from pelicanconf import *

SITEURL = 'https://kampung.id'
RELATIVE_URLS = False
"""


def test_pelicans_publishing_settings_give_the_site_url(tmp_path):
    """``make publish`` builds with ``publishconf.py``, which imports ``pelicanconf.py`` and
    sets the real ``SITEURL`` (often ``''`` in ``pelicanconf.py``); ``u'...'`` strings of a
    Python 2 configuration are read too."""
    from arsip.ingest.pipeline import read_documents

    (tmp_path / "situs" / "content" / "pages").mkdir(parents=True)
    files = {
        "pelicanconf.py": PELICANCONF_PY2, "publishconf.py": PUBLISHCONF,
        "content/panen.md": "Title: Panen\nDate: 05/07/2021\nSlug: panen-raya\n\nIsi.\n",
        "content/pages/tentang.md": "Title: Tentang\nSlug: tentang-kami\n\nIsi.\n",
    }
    for name, text in files.items():
        (tmp_path / "situs" / name).write_text(text, encoding="utf-8")
    expected = {"content/panen.md": "https://kampung.id/panen-raya.html", "content/pages/tentang.md": "https://kampung.id/p/tentang-kami.html"}
    folder = {document.id: document for document in read_documents([str(tmp_path / "situs")])}
    assert {key: document.url for key, document in folder.items()} == expected
    assert folder["content/panen.md"].date.startswith("2021-07-05")  # DEFAULT_LANG u'id': day first
    zip_of(files, tmp_path / "situs.zip", "situs/")
    packed = {document.id.split("!/situs/")[1]: document.url for document in read_documents([str(tmp_path / "situs.zip")])}
    assert packed == expected
    # an empty SITEURL in publishconf.py does not hide pelicanconf.py's
    (tmp_path / "situs" / "pelicanconf.py").write_text(PELICANCONF_PY2.replace("SITEURL = ''", "SITEURL = u'https://kampung.id'"), encoding="utf-8")
    (tmp_path / "situs" / "publishconf.py").write_text("from pelicanconf import *\nSITEURL = ''\n", encoding="utf-8")
    assert {document.id: document.url for document in read_documents([str(tmp_path / "situs")])} == expected


def test_the_first_heading_is_converted_only_when_it_gives_the_title(monkeypatch):
    from arsip.ingest.readers import markdown

    converted = []

    def counting(text, *args, **kwargs):
        converted.append(text)
        return convert(text, *args, **kwargs)

    convert = markdown.markdown_to_text
    monkeypatch.setattr(markdown, "markdown_to_text", counting)
    titled = ingest_bytes(b"---\ntitle: Judul Resmi\n---\n# Rapat *warga*\n\nIsi laporan.\n", "a.md", "a.md")
    assert titled.documents[0].title == "Judul Resmi"
    assert "Rapat *warga*" not in converted
    untitled = ingest_bytes(b"---\nkategori: Laporan\n---\n# Rapat *warga*\n\nIsi laporan.\n", "b.md", "b.md")
    assert untitled.documents[0].title == "Rapat warga"
    assert converted.count("Rapat *warga*") == 1
