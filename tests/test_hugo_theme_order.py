"""A Hugo site's own shortcode template is looked up as Hugo looks it up: the site's
``layouts/shortcodes/`` first, then the themes its ``theme`` setting names, left to right
(gohugo.io, "Theme components"); a theme folder the configuration does not name is not used."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.sites.hugo.config import theme_folders

SITE = Path(__file__).parent / "data" / "hugo-theme-order"


def _page():
    [page] = [document for document in read_documents([str(SITE)]) if document.id == "content/panduan/ronda.md"]
    return page


def test_the_first_configured_theme_holding_the_template_is_used_not_the_first_by_name():
    # zeta-kode's "sisipan" shows the file as code; alpha-dasar's, first by name, as Markdown.
    text = _page().text
    assert "**Senin**: RT 01, *Selasa*: RT 02" in text
    assert "Petugas ronda wajib membawa senter." in text  # (only alpha-dasar has "catatan")


def test_a_theme_the_configuration_does_not_name_is_not_used():
    assert [problem.reason for problem in _page().problems] == [
        "1 shortcode(s) showing another file's content, which arsip does not read: ringkas (1)"
    ]


def test_theme_folders_follow_the_configuration():
    assert theme_folders({"theme": ["zeta-kode", "alpha-dasar"]}) == ("themes/zeta-kode", "themes/alpha-dasar")
    assert theme_folders({"theme": "ananke", "themesdir": "tema/"}) == ("tema/ananke",)
    assert theme_folders({}) == ()
