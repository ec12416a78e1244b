"""WordPress blocks saved without content (``<!-- wp:latest-posts /-->``, a query loop):
the site renders what they show when a page is shown, so a post made only of them has no
text in the export, and its problem names them."""

from arsip.ingest.pipeline import read_documents
from arsip.ingest.readers.feed_entries import NO_TEXT_POST
from arsip.ingest.results import IngestOptions

from .conftest import DATA

EXPORT = DATA / "wxr" / "blok-dinamis.xml"


def _documents():
    return {document.title: document for document in read_documents([str(EXPORT)], IngestOptions(workers=1))}


def _reasons(document):
    return [problem.reason for problem in document.problems]


def test_a_page_of_only_rendered_blocks_names_them_in_its_problem():
    page = _documents()["Arsip Berita"]
    assert page.text == ""
    assert _reasons(page) == [
        "the post's content is only blocks the site renders when the page is shown (wp:latest-posts, wp:archives):"
        " what they show is not in the export; only its title and metadata are indexed"
    ]


def test_a_query_loop_is_named_once_not_by_the_blocks_it_fills():
    [reason] = _reasons(_documents()["Berita Terbaru"])
    assert "(wp:query, wp:categories)" in reason and "post-title" not in reason


def test_a_rendered_block_beside_the_authors_text_is_no_problem():
    page = _documents()["Kabar dari kabupaten"]
    assert page.text == "Berita terbaru dari situs kabupaten, diperbarui setiap hari." and page.problems == []


def test_a_post_of_images_only_keeps_the_problem_of_a_post_without_text():
    assert _reasons(_documents()["Foto kerja bakti"]) == [NO_TEXT_POST]
