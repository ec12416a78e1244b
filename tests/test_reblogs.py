"""Reblogs are someone else's writing: a Tumblr or WordPress.com post that shows another
blog's post stays a document, with ``fields.reblogged_from`` (and its address; Tumblr's
``reblogged_root`` for the blog that first posted it) and an ``author`` problem saying so.
The line naming a Tumblr reblog's source ("kabarsawah:") is metadata, not text."""

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions

from .conftest import DATA

CHAIN = "a reblog: its text is kabarsawah's post, reblogged from beritadesa, someone else's writing, not the blog's own (fields.reblogged_from)"


def _documents(path):
    return {document.id: document for document in read_documents([str(path)], IngestOptions(workers=1))}


def test_a_tumblr_reblog_in_posts_xml_is_marked_from_its_attributes():
    post = _documents(DATA / "tumblr-ekspor-xml" / "posts" / "posts.xml")["posts.xml#710200002"]
    assert post.fields["reblogged_from"] == "beritadesa" and post.fields["reblogged_root"] == "kabarsawah"
    assert post.fields["reblogged_root_url"] == "https://kabarsawah.tumblr.com/post/690000001/harga-gabah"
    assert [problem.reason for problem in post.problems] == [CHAIN]
    assert post.text == "Harga gabah kering panen naik menjadi Rp6.800 per kilogram.\n\nKabar baik untuk petani kita."


def test_a_tumblr_reblog_in_the_html_export_is_marked_from_its_links():
    post = _documents(DATA / "tumblr-ekspor")["posts/html/700100003.html"]
    assert post.fields == {
        "post_id": "700100003", "reblogged_from": "kabarsawah",
        "reblogged_from_url": "https://kabarsawah.tumblr.com/post/690000001/harga-gabah",
    }
    assert [problem.field for problem in post.problems] == ["author"]
    assert post.text == "Harga gabah kering panen di tingkat petani naik menjadi Rp6.800 per kilogram.\n\nKabar baik untuk petani kita."


def test_a_wordpress_com_reblog_is_marked_and_a_post_of_its_own_is_not():
    posts = {document.title: document for document in _documents(DATA / "wxr" / "reblog.xml").values()}
    reblog, own = posts["Harga gabah naik"], posts["Jadwal posyandu"]
    assert reblog.fields["reblogged_from"] == "Kabar Sawah"
    assert reblog.fields["reblogged_from_url"] == "https://kabarsawah.wordpress.com/2021/05/01/harga-gabah/"
    assert [problem.reason for problem in reblog.problems] == [
        "a reblog: its text is Kabar Sawah's post, someone else's writing, not the blog's own (fields.reblogged_from)"
    ]
    assert reblog.text == (
        "Reblogged from Kabar Sawah:\n\nHarga gabah kering panen di tingkat petani naik menjadi Rp6.800 per kilogram minggu ini.\n\n"
        "Kabar baik untuk petani Sukamaju."
    )  # not the link under the excerpt, "Read more… 312 more words"
    assert "reblogged_from" not in own.fields and own.problems == []


def test_an_untitled_wordpress_com_reblog_is_titled_by_the_line_after_its_reblogged_from_line():
    reblog = _documents(DATA / "wxr" / "reblog.xml")["reblog.xml#93"]
    assert reblog.title == "Penyaluran pupuk bersubsidi untuk musim tanam gadu dimulai pekan depan di semua…"
    assert reblog.text.startswith("Reblogged from Kabar Sawah:\n\nPenyaluran pupuk bersubsidi")  # the page shows the line
    assert reblog.fields["reblogged_from_url"] == "https://kabarsawah.wordpress.com/2021/05/03/pupuk-bersubsidi/"
    assert [problem.field for problem in reblog.problems] == ["author"]
