"""Tumblr's HTML export: ``posts/html/<post id>.html`` (submissions in ``posts/html/
submissions/``), each a post's body and a footer with its time and tags; the export's list
of posts ``posts/posts_index.html`` is not a document, nor are the blog's private messages
(``conversations/``) and the HTML copies of the posts its ``posts/posts.xml`` holds."""

from arsip.ingest.pipeline import ingest_bytes, read_documents
from arsip.ingest.readers.feed_entries import NO_TEXT_POST
from arsip.ingest.readers.tumblr_html import COPY, INDEX, MESSAGES
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import DATA

EXPORT = DATA / "tumblr-ekspor"
BESIDE_XML = DATA / "tumblr-ekspor-xml"


def _posts(root=EXPORT, **options):
    return {document.id: document for document in read_documents([str(root)], IngestOptions(workers=1, **options))}


def _skipped(root) -> dict:
    report = IngestReport()
    list(read_documents([str(root)], IngestOptions(workers=1), report))
    return dict(report.skipped)


def test_each_post_file_is_a_document_with_its_footers_time_and_tags():
    post = _posts()["posts/html/700100001.html"]
    assert post.text == (
        "Warga Sukamaju memulai panen raya di sawah timur sejak subuh.\n\n"
        "Kelompok tani mencatat hasil tujuh ton per hektare, lebih banyak dari musim lalu."
    )
    assert (post.date, post.date_source) == ("2021-03-03T21:40:00", "feed")
    assert [tag.label for tag in post.tags] == ["panen", "sukamaju"]
    assert post.fields == {"post_id": "700100001"} and post.problems == []
    assert post.title == "Warga Sukamaju memulai panen raya di sawah timur sejak subuh."  # untitled: its first line


def test_a_photo_post_is_its_caption_and_midnight_is_hour_zero():
    photo = _posts()["posts/html/700100002.html"]
    assert photo.text == "Gotong royong membersihkan saluran irigasi, Minggu pagi."
    assert photo.date == "2021-04-11T00:05:00"


def test_a_photo_without_caption_keeps_its_metadata_and_says_it_shows_no_text():
    photo = _posts()["posts/html/700100004.html"]
    assert photo.text == "" and photo.date == "2021-06-06T07:30:00"
    assert [problem.reason for problem in photo.problems] == [NO_TEXT_POST]


def test_a_reblogs_own_footer_is_its_last_and_no_footer_is_text():
    reblog = _posts()["posts/html/700100003.html"]
    assert reblog.date == "2021-05-02T10:15:00" and [tag.label for tag in reblog.tags] == ["reblog"]
    assert "May 2nd" not in reblog.text and "harga" not in [tag.label for tag in reblog.tags]


def test_a_submission_is_a_draft_and_the_index_of_posts_is_no_document():
    assert "posts/html/submissions/700100005.html" not in _posts()
    assert _skipped(EXPORT) == {"draft": 1, INDEX: 1, MESSAGES: 1}
    submission = _posts(include_drafts=True)["posts/html/submissions/700100005.html"]
    assert submission.draft and submission.fields["state"] == "submission"


def test_the_blogs_private_messages_are_never_documents():
    assert not any(document.id.startswith("conversations/") for document in _posts(include_drafts=True, include_all=True).values())
    # a conversations/ folder of a site that is no Tumblr export holds pages
    message = (EXPORT / "conversations" / "bendaharart02.html").read_bytes()
    [page] = ingest_bytes(message, "conversations/bendaharart02.html", "/arsip/situs/conversations/bendaharart02.html", IngestOptions()).documents
    assert "Iuran bulan ini" in page.text


def test_the_html_copies_beside_posts_xml_are_not_read_again():
    assert sorted(_posts(BESIDE_XML)) == ["posts/posts.xml#710200001", "posts/posts.xml#710200002"]
    assert _skipped(BESIDE_XML) == {COPY: 2}


def test_the_footers_ids_may_be_quoted_either_way():
    page = (EXPORT / "posts" / "html" / "700100001.html").read_bytes().replace(b'id="footer"', b"id='footer'").replace(b'id="timestamp"', b"id=timestamp")
    [post] = ingest_bytes(page, "posts/html/700100001.html", "/arsip/ekspor/posts/html/700100001.html", IngestOptions()).documents
    assert post.date == "2021-03-03T21:40:00" and [tag.label for tag in post.tags] == ["panen", "sukamaju"]


def test_a_page_elsewhere_with_such_a_footer_is_a_page():
    page = (EXPORT / "posts" / "html" / "700100001.html").read_bytes()
    [document] = ingest_bytes(page, "catatan/700100001.html", "/arsip/catatan/700100001.html", IngestOptions()).documents
    assert document.date is None and document.tags == [] and "post_id" not in document.fields
