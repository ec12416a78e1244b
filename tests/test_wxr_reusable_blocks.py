"""A WordPress post that shows a reusable block ("synced pattern") holds only a reference to
it; the block's content, an item of its own in the export, is shown in its place."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions

HEAD = (
    '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/{version}/">\n<channel>\n'
    "<title>Kabar Desa</title><link>https://kabardesa.id</link><wp:wxr_version>{version}</wp:wxr_version>\n"
)


def _item(post_id: str, post_type: str, title: str, content: str) -> str:
    return (
        f"<item><title>{title}</title><link>https://kabardesa.id/?p={post_id}</link><dc:creator>admin</dc:creator>"
        f"<content:encoded><![CDATA[{content}]]></content:encoded><wp:post_id>{post_id}</wp:post_id>"
        f"<wp:post_date>2022-03-04 10:00:00</wp:post_date><wp:status>publish</wp:status><wp:post_type>{post_type}</wp:post_type></item>\n"
    )


def _read(*items: str, version: str = "1.2"):
    export = HEAD.format(version=version) + "".join(items) + "</channel></rss>\n"
    return ingest_bytes(export.encode("utf-8"), "ekspor.xml", "/arsip/ekspor.xml", IngestOptions())


DONATION = _item("77", "wp_block", "Ajakan donasi", "<!-- wp:paragraph --><p>Dukung kegiatan desa lewat donasi.</p><!-- /wp:paragraph -->")


def test_a_reusable_block_shows_its_content_where_the_post_refers_to_it_wherever_it_is_in_the_export():
    post = _item(
        "80", "post", "Panen raya jagung",
        '<!-- wp:paragraph --><p>Warga memanen jagung bersama.</p><!-- /wp:paragraph -->\n\n<!-- wp:block {"ref":77} /-->\n\n'
        "<!-- wp:paragraph --><p>Hasil panen dibagi rata.</p><!-- /wp:paragraph -->",
    )
    for items in ((post, DONATION), (DONATION, post)):  # the block after the post, or before it
        result = _read(*items)
        [document] = result.documents
        assert document.text == "Warga memanen jagung bersama.\n\nDukung kegiatan desa lewat donasi.\n\nHasil panen dibagi rata."
        assert document.problems == []
        assert dict(result.left_out) == {"not a document: WordPress wp_block": 1}


def test_a_block_in_a_block_is_shown_a_block_holding_itself_once_and_a_missing_one_is_named():
    outer = _item("78", "wp_block", "Penutup", '<p>Salam dari redaksi.</p><!-- wp:block {"ref":77} /--><!-- wp:block {"ref":78} /-->')
    post = _item("81", "post", "Rapat warga", '<p>Rapat dimulai pukul delapan.</p>\n<!-- wp:block {"ref":78} /-->\n<!-- wp:block {"ref":99} /-->')
    [document] = _read(post, outer, DONATION, version="1.1").documents
    assert document.text == "Rapat dimulai pukul delapan.\n\nSalam dari redaksi.\n\nDukung kegiatan desa lewat donasi."
    assert [problem.reason for problem in document.problems] == ["1 reusable block(s) not in the export, their content not read (ref 99)"]
