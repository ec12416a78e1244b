"""An address nobody else can open (the author's ``localhost`` of a site built with ``jekyll
serve``, a placeholder) is no document's url, whoever names it: a page's canonical link, a
feed item's link, a front matter's ``url``. The document gets a problem naming it, and a
feed item is still matched with its page by the path of its link."""

from pathlib import Path

from arsip.ingest.feed_copies import FEED_ITEM_OF_PAGE
from arsip.ingest.pipeline import ingest_bytes, read_documents
from arsip.ingest.results import IngestOptions, IngestReport

SERVED = Path(__file__).parent / "data" / "built-feeds" / "jekyll-serve" / "_site"
DEVELOPMENT = "a development address (the author's own machine): it is not cited under it"


def test_a_feed_item_at_the_authors_machine_has_no_url_and_is_still_matched_with_its_page():
    report = IngestReport()
    documents = {document.id: document for document in read_documents([str(SERVED)], IngestOptions(), report)}
    assert sorted(documents) == ["2023/11/20/nelayan-pulang-melaut.html", "feed.xml#/2023/10/02/posyandu-balita"]
    assert report.skipped[FEED_ITEM_OF_PAGE] == 1  # the item of the page that is read
    item = documents["feed.xml#/2023/10/02/posyandu-balita"]  # its page is not in the build
    assert item.title == "Posyandu Balita Kembali Dibuka"
    assert item.url is None
    assert [problem.reason for problem in item.problems] == [
        f"the feed item names its address as http://localhost:4000/2023/10/02/posyandu-balita.html, {DEVELOPMENT}"
    ]
    assert item.fields["link"] == "http://localhost:4000/2023/10/02/posyandu-balita.html"  # what the feed says


def test_a_front_matter_url_at_the_authors_machine_is_not_cited():
    post = "---\ntitle: Rapat Warga\nurl: http://localhost:4000/2020/08/01/rapat.html\n---\nRapat warga membahas jalan desa.\n"
    (document,) = ingest_bytes(post.encode("utf-8"), "rapat.md", "rapat.md").documents
    assert document.url is None
    assert [problem.reason for problem in document.problems] == [
        f"the document names its address as http://localhost:4000/2020/08/01/rapat.html, {DEVELOPMENT}"
    ]
