"""Eleventy templates that list a collection's pages with few words of their own (the home,
archive and tags pages of eleventy-base-blog: ``{% set postslist = collections.posts %}``,
``{% for tag in collections | getKeys %}``) are generated list pages, not documents; a page
with text of its own that also lists some keeps it (see the eleventy-v9 site in tests/data)."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites.eleventy import lists_collection

SITE = Path(__file__).parent / "data" / "eleventy-v9"
LISTS = ["content/blog.njk", "content/index.njk", "content/tags-list.njk"]


def test_templates_listing_a_collection_are_generated_list_pages():
    report = IngestReport()
    ids = sorted(page.id for page in read_documents([str(SITE)], report=report))
    assert not set(LISTS) & set(ids)
    assert "content/program.njk" in ids  # (its own words, then the list)
    assert report.skipped["generated list page"] == 5  # and tags.njk (pagination), sitemap.xml.njk (a feed)
    kept = {page.id: page for page in read_documents([str(SITE)], IngestOptions(include_all=True))}
    assert set(LISTS) <= set(kept)


def test_which_tags_list_a_collection():
    assert lists_collection("{% set postslist = collections.posts | head(-3) %}{% include 'postslist.njk' %}")
    assert lists_collection("{%- for tag in collections | getKeys | filterTagList %}<li>{{ tag }}</li>{% endfor %}")
    assert lists_collection("{% for kabar in collections.kabar reversed %}{{ kabar.data.title }}{% endfor %}")
    assert lists_collection("{% assign terbaru = collections.posts | reverse %}")
    assert not lists_collection("Koleksi foto warga (collections) ada di balai desa.")
    assert not lists_collection("{% for foto in galeri.collections %}{{ foto }}{% endfor %}")
