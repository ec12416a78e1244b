"""A Jekyll site whose ``_config.yml`` sets ``show_drafts: true`` publishes the posts of its
``_drafts`` folders (``Reader#retrieve_posts`` reads them when ``site.show_drafts``, as
``jekyll build --drafts`` does): they are no drafts, and each is at the address the posts'
permalink gives it, its date from its front matter (without one, Jekyll takes the file's
modification time, which arsip does not know: no url, and a problem says why); one dated
ahead is not published yet, as a post is (Jekyll's ``Publisher`` hides it unless ``future``).
Without the setting, or with ``show_drafts: false``, they stay unpublished drafts, without a
url."""

from pathlib import Path

from arsip.ingest.sites.jekyll.config import jekyll_site

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "jekyll-show-drafts"
DRAFTS = ("_drafts/catatan-rapat.md", "_drafts/rencana-panen-raya.md", "opini/_drafts/tanggapan-warga.md")


def test_show_drafts_publishes_the_drafts_at_the_posts_addresses():
    documents, report = read_by_id(SITE / "tampil")
    assert sorted(documents) == sorted(["_posts/2024-02-01-kerja-bakti.md", *DRAFTS])
    assert "draft" not in report.skipped
    assert [documents[name].draft for name in DRAFTS] == [False, False, False]
    assert documents["_drafts/rencana-panen-raya.md"].url == "https://kabar.sukamaju.id/2024/03/05/rencana-panen-raya.html"
    assert documents["opini/_drafts/tanggapan-warga.md"].url == "https://kabar.sukamaju.id/opini/2024/04/10/tanggapan-warga.html"


def test_a_shown_draft_dated_ahead_is_not_published_yet():
    documents, report = read_by_id(SITE / "tampil")
    assert "_drafts/festival-panen.md" not in documents
    assert report.skipped["not yet published"] == 1
    kept = read_by_id(SITE / "tampil", include_drafts=True)[0]["_drafts/festival-panen.md"]
    assert (kept.draft, kept.url) == (True, "https://kabar.sukamaju.id/2099/08/17/festival-panen.html")


def test_a_shown_draft_without_a_date_has_no_url_and_says_why():
    catatan = read_by_id(SITE / "tampil")[0]["_drafts/catatan-rapat.md"]
    assert catatan.url is None
    assert [problem.reason for problem in catatan.problems if problem.field == "url"] == [
        "the permalink '/:categories/:year/:month/:day/:title:output_ext' needs a date, which this document does not give (Jekyll takes the file's modification time)"
    ]


def test_without_show_drafts_the_drafts_stay_unpublished():
    documents, report = read_by_id(SITE / "disembunyikan")
    assert sorted(documents) == ["_posts/2024-02-01-kerja-bakti.md"]
    assert report.skipped["draft"] == 3
    kept = read_by_id(SITE / "disembunyikan", include_drafts=True)[0]
    assert [(kept[name].draft, kept[name].url) for name in DRAFTS] == [(True, None)] * 3


def test_show_drafts_is_read_as_ruby_reads_a_setting():
    assert jekyll_site({"show_drafts": True}).show_drafts is True
    assert jekyll_site({"show_drafts": "ya"}).show_drafts is True
    assert jekyll_site({"show_drafts": False}).show_drafts is False
    assert jekyll_site({}).show_drafts is False
