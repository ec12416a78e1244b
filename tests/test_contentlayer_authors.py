"""A Contentlayer site's post (the Tailwind Next.js starter blog's ``authors: ['default']``)
shows its authors by the names of the site's authors documents (``data/authors/default.mdx``,
front matter ``name``); a blog post naming none shows the ``default`` author, as the
starter's post page does (ingest/sites/javascript/docs_sites.py ``DocsRoutes.author_names``)."""

import shutil
from pathlib import Path

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.pipeline import read_documents

SITE = Path(__file__).parent / "data" / "contentlayer-authors"


def _authors(root: Path) -> dict[str, list[str]]:
    return {document.id.split("data/", 1)[-1]: document.authors for document in read_documents([str(root)])}


def test_author_slugs_are_shown_by_the_names_of_the_authors_documents():
    assert _authors(SITE)["blog/tailwind-di-koperasi.mdx"] == ["Bayu Prasetyo", "Rina Kartika"]


def test_a_blog_post_naming_no_author_shows_the_default_author():
    assert _authors(SITE)["blog/belajar-nextjs.mdx"] == ["Rina Kartika"]


def test_a_slug_without_an_authors_document_stays_as_written():
    assert _authors(SITE)["blog/tamu.mdx"] == ["tamu-undangan"]


def test_the_authors_documents_are_read_from_an_archive_too(tmp_path):
    archive = shutil.make_archive(str(tmp_path / "blog"), "zip", SITE)
    assert _authors(Path(archive))["blog/tailwind-di-koperasi.mdx"] == ["Bayu Prasetyo", "Rina Kartika"]


def test_an_index_reads_the_site_again_when_an_authors_document_changed(tmp_path):
    site = tmp_path / "blog"
    shutil.copytree(SITE, site)
    directory = tmp_path / "indeks"
    index_paths(directory, [str(site)])
    author = site / "data" / "authors" / "default.mdx"
    author.write_text(author.read_text(encoding="utf-8").replace("name: Rina Kartika", "name: Rina Kartika Sari"), encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert str(site) in report.reread
    (record,) = get_records(directory, "data/blog/belajar-nextjs.mdx")
    assert record["authors"] == ["Rina Kartika Sari"]
