"""A built site's list pages as its theme marks them: Hugo PaperMod's home, term, later and
search pages (``<body class="list">``) and Jekyll minima's list of posts are generated list
pages, and a minima post whose address holds ``//`` (a site ``url`` ending with ``/``) is
a post, not a card of another page."""

from pathlib import Path

import pytest

from arsip.ingest.screening import LIST_PAGE

from .conftest import read_by_id

THEMES = Path(__file__).parent / "data" / "built-themes"


def test_papermods_list_pages_are_left_out_and_its_post_is_read():
    """The term page lists one post by a summary longer than a card's; the home page adds
    the site's welcome block: neither is a set of short cards, their body class says what they are."""
    documents, report = read_by_id(THEMES / "papermod")
    assert sorted(documents) == ["posts/bendungan/index.html", "posts/panen-raya/index.html"]
    post = documents["posts/panen-raya/index.html"]
    assert post.title == "Panen Raya Padi 2024"
    assert post.text.endswith("Hasil panen rata-rata mencapai tujuh ton gabah kering per hektare.")
    assert report.skipped[LIST_PAGE] == 4  # index.html, page/2/, tags/pertanian/, search/


def test_papermods_list_pages_are_kept_when_every_page_is_asked_for():
    documents, _ = read_by_id(THEMES / "papermod", include_all=True)
    assert "Warga Dusun Krajan membersihkan saluran irigasi" in documents["index.html"].text


def test_minimas_post_list_is_a_list_page_and_its_post_a_post():
    documents, report = read_by_id(THEMES / "minima")
    assert sorted(documents) == ["2023/11/20/gotong-royong.html"]
    post = documents["2023/11/20/gotong-royong.html"]
    assert (post.title, post.date) == ("Gotong Royong Membangun Balai Dusun", "2023-11-20T00:00:00+07:00")
    assert post.text.startswith("Sejak pagi puluhan warga Dusun Krajan")
    assert report.skipped[LIST_PAGE] == 1  # index.html


@pytest.mark.parametrize("body_class", ["list-item", "single list"])
def test_only_a_list_body_class_of_a_page_not_single_marks_it(tmp_path, body_class):
    page = (THEMES / "papermod" / "posts" / "panen-raya" / "index.html").read_text(encoding="utf-8")
    (tmp_path / "index.html").write_text(page.replace('<body id="top">', f'<body class="{body_class}" id="top">'), encoding="utf-8")
    documents, _ = read_by_id(tmp_path)
    assert list(documents) == ["index.html"]
