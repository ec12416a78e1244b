"""A built page whose own address (its canonical link, ``og:url``) is on the author's machine
(a site built by ``hugo server``) or a placeholder the site was never moved from (Hexo's
default ``url: http://example.com``) has no url, and a problem says why."""

from pathlib import Path

import pytest

from arsip.ingest.pipeline import ingest_bytes

THEMES = Path(__file__).parent / "data" / "built-themes"
HEXO_POST = THEMES / "landscape" / "2024" / "05" / "01" / "sumur-bor" / "index.html"
HUGO_POST = THEMES / "papermod" / "posts" / "panen-raya" / "index.html"


def _document(markup: str):
    (document,) = ingest_bytes(markup.encode("utf-8"), "index.html", "index.html").documents
    return document


def test_a_hexo_post_at_hexos_placeholder_address_has_no_url():
    document = _document(HEXO_POST.read_text(encoding="utf-8"))
    assert (document.title, document.url) == ("Sumur Bor untuk Dusun Krajan", None)
    assert [problem.field for problem in document.problems] == ["url"]
    assert "http://example.com/2024/05/01/sumur-bor/index.html, a placeholder" in document.problems[0].reason


@pytest.mark.parametrize("host", ["localhost:1313", "127.0.0.1:1313", "kabar.local"])
def test_a_page_built_by_a_development_server_has_no_url(host):
    markup = HUGO_POST.read_text(encoding="utf-8").replace("https://kabar.sukamaju.desa.id/", f"http://{host}/")
    document = _document(markup)
    assert document.url is None
    assert "a development address (the author's own machine)" in document.problems[0].reason


def test_a_page_at_its_sites_address_keeps_it():
    document = _document(HUGO_POST.read_text(encoding="utf-8"))
    assert (document.url, document.problems) == ("https://kabar.sukamaju.desa.id/posts/panen-raya/", [])
