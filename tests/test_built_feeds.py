"""A built site's feeds beside its pages (Hugo's ``public/``, Jekyll's ``_site/``, saved
pages with the site's RSS): each post is one document, its page; a feed item whose page is
not there stays, once however many feeds repeat it; in ingest and in an index across runs."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.index.build import index_paths
from arsip.ingest import pipeline
from arsip.ingest.feed_copies import FEED_ITEM_OF_PAGE, FEED_ITEM_REPEATED, page_address
from arsip.ingest.pipeline import read_documents
from arsip.ingest.readers.feed import WORDPRESS_COMMENT
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.screening import LIST_PAGE

from .conftest import DATA, indexed_ids

HUGO = DATA / "built-feeds" / "hugo" / "public"
JEKYLL = DATA / "built-feeds" / "jekyll" / "_site"
#: The Hugo posts' pages, and the last sentence of each, which Hugo's feed summary (its first 70 words) leaves out.
HUGO_PAGES = {
    "berita/panen-raya/index.html": "agar harga tetap wajar bagi petani.",
    "berita/irigasi-baru/index.html": "tidak lagi bergantung pada hujan untuk menanam padi kedua.",
}
#: The post whose page the copy of the site lacks: its feed item is the only copy.
FEED_ONLY = "index.xml#/berita/festival-layang-layang/"


def _ingest(paths, **options) -> tuple[dict, IngestReport]:
    report = IngestReport()
    documents = read_documents([str(path) for path in paths], IngestOptions(**options), report)
    return {document.id: document for document in documents}, report


@pytest.mark.parametrize("workers", [1, 2])
def test_a_built_hugo_site_gives_each_post_once_from_its_page(monkeypatch, workers):
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 2)  # workers for a handful of files
    documents, report = _ingest([HUGO], workers=workers)
    assert sorted(documents) == sorted([*HUGO_PAGES, FEED_ONLY])
    for page, last_sentence in HUGO_PAGES.items():
        assert documents[page].format == "html" and documents[page].text.endswith(last_sentence)
    assert documents[FEED_ONLY].format == "feed" and documents[FEED_ONLY].title == "Festival Layang-Layang 2019"
    # two posts whose items are in four feeds (home, section, two tags): counted once each
    assert report.skipped[FEED_ITEM_OF_PAGE] == 2 and report.skipped[FEED_ITEM_REPEATED] == 1
    assert report.documents == 3
    assert report.skipped[LIST_PAGE] == 3  # the page listing the tags, and its feed's items (one per tag)
    left_out = {entry["id"]: entry["duplicate_of"].split("public/")[1] for entry in report.duplicates}
    assert left_out == {
        "index.xml#/berita/panen-raya/": "berita/panen-raya/index.html",
        "berita/index.xml#/berita/panen-raya/": "berita/panen-raya/index.html",
        "tags/pertanian/index.xml#/berita/panen-raya/": "berita/panen-raya/index.html",
        "index.xml#/berita/irigasi-baru/": "berita/irigasi-baru/index.html",
        "berita/index.xml#/berita/irigasi-baru/": "berita/irigasi-baru/index.html",
        "tags/pertanian/index.xml#/berita/irigasi-baru/": "berita/irigasi-baru/index.html",
        "tags/pembangunan/index.xml#/berita/irigasi-baru/": "berita/irigasi-baru/index.html",
        "berita/index.xml#/berita/festival-layang-layang/": FEED_ONLY,  # the home feed's item is kept
    }


def test_a_built_jekyll_site_gives_each_post_once_from_its_page():
    documents, report = _ingest([JEKYLL])
    posts = ["2023/10/02/posyandu-balita.html", "2023/11/20/nelayan-pulang-melaut.html"]
    assert sorted(documents) == sorted([*posts, "tentang/index.html"])
    assert documents[posts[1]].format == "html" and documents[posts[1]].text.startswith("Setelah tiga hari tertahan badai")
    assert report.skipped[FEED_ITEM_OF_PAGE] == 2 and report.documents == 3
    assert {entry["id"] for entry in report.duplicates} == {"feed.xml#/2023/10/02/posyandu-balita", "feed.xml#/2023/11/20/nelayan-pulang-melaut"}


def test_saved_pages_beside_the_sites_rss_keep_the_pages_and_the_items_without_one(tmp_path):
    """Pages a browser saved (their address in the "saved from" mark, over http where the
    feed says https) and the site's WordPress RSS file, read before the pages."""
    body = "Bank sampah RW 04 kini menerima minyak jelantah. Warga menukar setiap liter dengan tabungan Rp5.000 yang bisa dicairkan saat Lebaran."
    (tmp_path / "Bank Sampah Terima Jelantah – Warta RW.html").write_text(
        "<!-- saved from url=(0047)http://WartaRW.id/2022/06/bank-sampah-jelantah/ -->\n"
        f"<html><head><title>Bank Sampah Terima Jelantah – Warta RW</title></head><body><article><h1>Bank Sampah Terima Jelantah</h1><p>{body}</p><p>Penimbangan dilakukan setiap Minggu pagi di pos ronda.</p></article></body></html>",
        encoding="utf-8",
    )
    items = [
        ("Bank Sampah Terima Jelantah", "https://wartarw.id/2022/06/bank-sampah-jelantah/#more-12", body),
        ("Kerja Bakti Saluran Air", "https://wartarw.id/2022/05/kerja-bakti/", "Warga RW 04 membersihkan saluran air sepanjang jalan kampung menjelang musim hujan."),
    ]
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link><pubDate>Sun, 05 Jun 2022 08:00:00 +0700</pubDate>"
        f"<content:encoded><![CDATA[<p>{text}</p>]]></content:encoded></item>"
        for title, link, text in items
    )
    (tmp_path / "a-feed.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>Warta RW</title><link>https://wartarw.id</link>{entries}</channel></rss>",
        encoding="utf-8",
    )
    documents, report = _ingest([tmp_path])
    assert sorted(documents) == ["Bank Sampah Terima Jelantah – Warta RW.html", "a-feed.xml#/2022/05/kerja-bakti/"]
    assert report.skipped[FEED_ITEM_OF_PAGE] == 1


def test_of_a_posts_items_the_one_with_its_whole_text_is_kept(tmp_path):
    """Pelican's output without its pages: its Atom feed gives whole posts, its RSS feed
    (``RSS_FEED_SUMMARY_ONLY``, the default) their first 50 words and an ellipsis."""
    words = ("Musim tanam kedua dimulai serentak di seluruh dusun setelah hujan pertama turun. " * 8).split()
    whole, summary = " ".join(words), " ".join(words[:50]) + " …"
    feeds = tmp_path / "output" / "feeds"
    feeds.mkdir(parents=True)
    (feeds / "all.atom.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Kabar Tani</title><link href="https://kabartani.id/" rel="alternate"/>'
        '<id>https://kabartani.id/</id><updated>2024-03-05T08:00:00+07:00</updated><entry><title>Musim Tanam Kedua</title>'
        '<link href="https://kabartani.id/musim-tanam-kedua.html" rel="alternate"/><published>2024-03-05T08:00:00+07:00</published>'
        '<updated>2024-03-05T08:00:00+07:00</updated><id>tag:kabartani.id,2024-03-05:/musim-tanam-kedua.html</id>'
        f'<summary type="html">&lt;p&gt;{summary}&lt;/p&gt;</summary><content type="html">&lt;p&gt;{whole}&lt;/p&gt;</content></entry></feed>',
        encoding="utf-8",
    )
    (feeds / "all.rss.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Kabar Tani</title><link>https://kabartani.id/</link>'
        '<item><title>Musim Tanam Kedua</title><link>https://kabartani.id/musim-tanam-kedua.html</link>'
        f'<description>&lt;p&gt;{summary}&lt;/p&gt;</description><pubDate>Tue, 05 Mar 2024 08:00:00 +0700</pubDate>'
        '<guid isPermaLink="false">tag:kabartani.id,2024-03-05:/musim-tanam-kedua.html</guid></item></channel></rss>',
        encoding="utf-8",
    )
    documents, report = _ingest([tmp_path])
    assert list(documents) == ["output/feeds/all.atom.xml#/musim-tanam-kedua.html"] and documents["output/feeds/all.atom.xml#/musim-tanam-kedua.html"].text == whole
    assert report.skipped[FEED_ITEM_REPEATED] == 1


def test_a_mirrors_wordpress_feeds_saved_as_pages_are_read_as_feeds(tmp_path):
    """wget saves the feed at ``/feed/`` (and each category's, and each post's comments
    feed) as ``feed/index.html``; a comment is never a document."""
    site = tmp_path / "wartarw.id"
    text = "Bank sampah RW 04 kini menerima minyak jelantah. Warga menukar setiap liter dengan tabungan Rp5.000 yang bisa dicairkan saat Lebaran."
    post = site / "2022" / "06" / "bank-sampah" / "index.html"
    post.parent.mkdir(parents=True)
    post.write_text(
        '<!DOCTYPE html>\n<html lang="id"><head><meta charset="UTF-8"><title>Bank Sampah Terima Jelantah &#8211; Warta RW</title>'
        '<link rel="canonical" href="https://wartarw.id/2022/06/bank-sampah/" /></head><body class="post-template-default single single-post">'
        f'<article><h1 class="entry-title">Bank Sampah Terima Jelantah</h1><div class="entry-content"><p>{text}</p></div></article></body></html>',
        encoding="utf-8",
    )
    item = (
        "<item><title>Bank Sampah Terima Jelantah</title><link>https://wartarw.id/2022/06/bank-sampah/</link>"
        '<pubDate>Sun, 05 Jun 2022 01:00:00 +0000</pubDate><guid isPermaLink="false">https://wartarw.id/?p=12</guid>'
        f"<content:encoded><![CDATA[<p>{text}</p>]]></content:encoded></item>"
    )
    for folder in ("feed", "category/lingkungan/feed"):
        (site / folder).mkdir(parents=True)
        (site / folder / "index.html").write_text(
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            f'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel><title>Warta RW</title><atom:link href="https://wartarw.id/{folder}/" rel="self" '
            f'type="application/rss+xml" /><link>https://wartarw.id</link>{item}</channel></rss>',
            encoding="utf-8",
        )
    comment = (
        "<item><title>Oleh: Budi</title><link>https://wartarw.id/2022/06/bank-sampah/#comment-5</link><dc:creator><![CDATA[Budi]]></dc:creator>"
        '<pubDate>Mon, 06 Jun 2022 03:00:00 +0000</pubDate><guid isPermaLink="false">https://wartarw.id/?p=12#comment-5</guid>'
        "<content:encoded><![CDATA[<p>Terima kasih infonya, minggu depan saya bawa dua jeriken.</p>]]></content:encoded></item>"
    )
    (post.parent / "feed").mkdir()
    (post.parent / "feed" / "index.html").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel><title>Komentar di: Bank Sampah Terima Jelantah</title>'
        f"<link>https://wartarw.id/2022/06/bank-sampah/</link>{comment}</channel></rss>",
        encoding="utf-8",
    )
    documents, report = _ingest([tmp_path])
    assert list(documents) == ["wartarw.id/2022/06/bank-sampah/index.html"] and report.skipped[FEED_ITEM_OF_PAGE] == 1
    assert report.skipped[WORDPRESS_COMMENT] == 1
    assert sorted(entry["id"] for entry in report.duplicates) == ["wartarw.id/category/lingkungan/feed/index.html#/?p=12", "wartarw.id/feed/index.html#/?p=12"]


def _without_page_urls(site, copy):
    """A copy of ``site`` whose theme writes no canonical link nor ``og:url``."""
    shutil.copytree(site, copy)
    for page in copy.rglob("*.html"):
        lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
        page.write_text("".join(line for line in lines if 'rel="canonical"' not in line and "og:url" not in line), encoding="utf-8")
    return copy


@pytest.mark.parametrize(("site", "expected"), [(HUGO, sorted([*HUGO_PAGES, FEED_ONLY])), (JEKYLL, None)])
def test_pages_without_a_url_of_their_own_are_found_at_their_place(tmp_path, site, expected):
    """A page whose theme names no address is the page of the item whose URL path it lies at,
    below the feed's folder or one above it (Hugo's section and tag feeds)."""
    with_urls, _ = _ingest([site])
    documents, report = _ingest([_without_page_urls(site, tmp_path / site.name)])
    assert sorted(documents) == (expected or sorted(with_urls)) and report.skipped[FEED_ITEM_OF_PAGE] == 2
    assert all(documents[page].url is None or documents[page].url.startswith("/") for page in documents if page.endswith(".html"))
    directory = tmp_path / "indeks"
    index_paths(directory, [str(tmp_path / site.name)])
    again = index_paths(directory, [str(tmp_path / site.name)])  # the feeds are read again, their pages are not
    assert (again.added, again.updated, again.removed) == (0, 0, 0) and indexed_ids(directory) == sorted(documents)


def test_keep_duplicates_keeps_the_feed_items_too():
    documents, report = _ingest([JEKYLL], keep_duplicates=True)
    assert len(documents) == 5 and not report.duplicates and FEED_ITEM_OF_PAGE not in report.skipped


@pytest.mark.parametrize(
    ("url", "address"),
    [
        ("https://KabarDesa.id/berita/panen-raya/", "kabardesa.id/berita/panen-raya"),
        ("http://kabardesa.id:80/berita/panen-raya", "kabardesa.id/berita/panen-raya"),
        ("https://kabardesa.id/berita/panen-raya/index.html#komentar", "kabardesa.id/berita/panen-raya"),
        ("https://kabardesa.id/berita/panen%20raya.html", "kabardesa.id/berita/panen raya.html"),
        ("https://kabardesa.id:8080/?p=12", "kabardesa.id:8080?p=12"),
        ("https://kabardesa.id//2023/11/20/panen.html", "kabardesa.id/2023/11/20/panen.html"),
        ("/berita/panen-raya/", None),
        ("mailto:redaksi@kabardesa.id", None),
        ("", None),
    ],
)
def test_page_address_compares_what_names_the_page(url, address):
    assert page_address(url) == address


def test_index_weighs_feed_items_against_pages_indexed_in_other_runs(tmp_path):
    site, directory = tmp_path / "public", tmp_path / "indeks"
    (site / "berita").mkdir(parents=True)
    shutil.copy(HUGO / "index.xml", site / "index.xml")
    shutil.copytree(HUGO / "berita" / "irigasi-baru", site / "berita" / "irigasi-baru")
    first = index_paths(directory, [str(site)])
    assert first.added == 3 and first.ingest.skipped[FEED_ITEM_OF_PAGE] == 1
    assert indexed_ids(directory) == ["berita/irigasi-baru/index.html", FEED_ONLY, "index.xml#/berita/panen-raya/"]
    # the page of an indexed item comes: the item goes, although its feed did not change
    shutil.copytree(HUGO / "berita" / "panen-raya", site / "berita" / "panen-raya")
    second = index_paths(directory, [str(site)])
    assert (second.added, second.removed) == (1, 1)
    pages = ["berita/irigasi-baru/index.html", "berita/panen-raya/index.html", FEED_ONLY]
    assert indexed_ids(directory) == pages
    again = index_paths(directory, [str(site)])  # the feed is read again, its pages are not: nothing flips
    assert (again.added, again.updated, again.removed) == (0, 0, 0) and indexed_ids(directory) == pages
    # the page goes: its item comes back
    shutil.rmtree(site / "berita" / "panen-raya")
    index_paths(directory, [str(site)])
    assert indexed_ids(directory) == ["berita/irigasi-baru/index.html", FEED_ONLY, "index.xml#/berita/panen-raya/"]


def test_cli_names_the_items_left_out_for_their_pages(tmp_path):
    result = CliRunner().invoke(arsip, ["ingest", str(JEKYLL), "--out", str(tmp_path / "arsip.jsonl"), "--json"])
    summary = json.loads(result.output)
    assert summary["skipped"] == {FEED_ITEM_OF_PAGE: 2} and summary["documents"] == 3
    problems = CliRunner().invoke(arsip, ["ingest", str(JEKYLL), "--out", str(tmp_path / "lagi.jsonl"), "--problems"])
    assert f"{JEKYLL}/feed.xml#/2023/10/02/posyandu-balita: duplicate of {JEKYLL}/2023/10/02/posyandu-balita.html" in problems.stderr
