"""One test group per reader: Markdown body, scraped text, HTML and WordPress exports."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions
from arsip.ingest.markup.markdown import markdown_to_text
from arsip.ingest.readers.feed_entries import EMPTY_POST, NO_TEXT_POST


def _one(content: str, name: str):
    result = ingest_bytes(content.encode("utf-8"), name, name)
    assert result.failure is None and len(result.documents) == 1, result
    return result.documents[0]


def test_markdown_to_text_keeps_paragraphs_and_drops_markup():
    body = (
        "# Judul Bagian\n\n"
        "Paragraf **tebal** dan *miring* dengan [tautan](http://contoh.id) dan `kode`.\n\n"
        "![Foto kegiatan](/img/a.jpg){: .img-responsive }\n\n"
        "- butir satu\n- butir dua\n\n"
        "> kutipan\n\n"
        "<div class=\"x\"><p>HTML mentah &amp; entitas</p><script>alert(1)</script></div>\n\n"
        "{% include footer.html %} {{ site.title }} {{ page.nohibah }}\n"
    )
    text = markdown_to_text(body, {"nohibah": 424}, "jekyll")
    assert text.split("\n\n")[:2] == ["Judul Bagian", "Paragraf tebal dan miring dengan tautan dan kode."]
    assert "Foto kegiatan" in text
    assert "butir satu\nbutir dua" in text
    assert "HTML mentah & entitas" in text
    for markup in ("**", "](", "{:", "<div", "alert", "{%", "{{", "> "):
        assert markup not in text
    assert text.endswith("424")


def test_markdown_underscores_inside_words_stay():
    assert markdown_to_text("lokasi_id dan _miring_") == "lokasi_id dan miring"


def test_markdown_title_falls_back_to_heading_then_file_name():
    assert _one("---\nlokasi: Jakarta\n---\n# Judul dari Heading\n\nIsi.\n", "a.md").title == "Judul dari Heading"
    assert _one("Isi saja.\n", "2015-03-02-rapat-kerja-buruh.md").title == "rapat kerja buruh"


def test_a_comment_in_code_is_no_heading_to_take_a_title_from():
    """A shell or Ruby comment in a fence or a Liquid highlight block is code, not a heading."""
    fenced = "Contoh:\n\n```sh\n# perbarui daftar paket\nsudo apt update\n```\n\n## Langkah Berikutnya\n\nIsi.\n"
    assert _one(fenced, "panduan.md").title == "Langkah Berikutnya"
    highlighted = "---\nlayout: nil\n---\n{% highlight ruby %}\n# kelas Penyapa\nclass Penyapa\nend\n{% endhighlight %}\n"
    assert _one(highlighted, "contoh/penyapa.md").title == "penyapa"


def test_jekyll_file_name_gives_the_date_when_front_matter_has_none():
    document = _one("---\ntitle: A\n---\nIsi.\n", "_posts/2015-03-02-rapat.markdown")
    assert (document.date, document.date_raw) == ("2015-03-02", "2015-03-02")


def test_a_folder_main_file_takes_its_date_and_title_from_the_folder_name():
    # a Docusaurus blog post folder, a Hugo page bundle: the folder is the page
    document = _one("Kami merilis versi baru aplikasi posko.\n", "blog/2023-05-01-rilis-versi-baru/index.mdx")
    assert (document.date, document.date_source, document.title) == ("2023-05-01", "file_name", "rilis versi baru")
    assert _one("Warga mengungsi ke balai desa.\n", "content/berita/banjir-bandang/index.md").title == "banjir bandang"
    assert _one("Isi.\n", "berita/indeks.md").title == "indeks"


def test_unparseable_date_is_a_problem_not_a_guess():
    document = _one("---\ntitle: A\ndate: 31/02/2015\n---\nIsi.\n", "a.md")
    assert document.date is None
    assert document.problems[0].field == "date"


def test_indonesian_field_aliases():
    document = _one("---\njudul: Laporan\ntanggal: 5 Agt. 2013\nkategori: laporan; keuangan\npenulis: Siska\nlabel: buruh\n---\nx\n", "a.md")
    assert (document.title, document.date, document.author) == ("Laporan", "2013-08-05", "Siska")
    assert [t.key for t in document.categories] == ["laporan", "keuangan"]
    assert [t.key for t in document.tags] == ["buruh"]


def test_text_file_with_front_matter_is_read_as_markdown():
    assert _one("---\ntitle: Catatan\n---\n**Isi** catatan.\n", "catatan.txt").format == "markdown"


def test_html_page():
    page = """<!doctype html><html><head><title>Situs | Judul Tab</title>
    <meta property="og:title" content="Judul Artikel">
    <meta property="article:published_time" content="2015-03-02T12:34:00+07:00">
    <meta name="keywords" content="buruh, media">
    <meta property="article:tag" content="solidaritas">
    <meta name="author" content="Hillun">
    </head><body><header>Menu atas</header><nav>Beranda</nav>
    <article><h1>Judul Artikel</h1><p>Paragraf pertama.</p><p>Paragraf kedua &amp; akhir.</p></article>
    <aside>Iklan</aside><footer>Hak cipta</footer><script>var x;</script></body></html>"""
    document = _one(page, "artikel.html")
    assert document.title == "Judul Artikel"
    assert document.date == "2015-03-02T12:34:00+07:00"
    assert [t.key for t in document.tags] == ["buruh", "media", "solidaritas"]
    assert document.author == "Hillun"
    assert document.text == "Judul Artikel\n\nParagraf pertama.\n\nParagraf kedua & akhir."


def test_an_html_article_s_tag_list_gives_its_tags_not_text():
    """A theme's ``<div class="tags">`` in the article is furniture for the text and the
    article's tags for its metadata (no meta tag, ``rel="tag"`` or microdata gives them)."""
    page = """<!doctype html><html><head><title>Panen Raya</title></head><body><nav>Beranda</nav>
    <article><h1>Panen Raya</h1><p>Warga memanen padi di sawah desa bersama-sama.</p>
    <div class="tags">Tag: <a href="/tag/panen/">Panen</a>, <a href="/tag/gotong-royong/">Gotong Royong</a></div></article>
    <footer>Hak cipta</footer></body></html>"""
    document = _one(page, "panen.html")
    assert document.text == "Panen Raya\n\nWarga memanen padi di sawah desa bersama-sama."
    assert [t.label for t in document.tags] == ["Panen", "Gotong Royong"]


def test_html_date_from_time_element_and_title_from_h1():
    document = _one('<html><body><main><h1>Rapat</h1><time datetime="2014-01-20">Senin</time><p>Isi.</p></main></body></html>', "a.htm")
    assert (document.title, document.date) == ("Rapat", "2014-01-20")


def test_a_marked_section_the_parser_does_not_know_is_a_comment_as_in_a_browser():
    """``<![`` opening no CDATA or Word ``<![if …]>`` section made the parser refuse the
    whole page; a browser reads it as a comment up to the next ``>`` and shows nothing of it."""
    page = (
        "<html><body><article><h1>Posyandu</h1><p>Foto kegiatan <![](foto.jpg) hari ini.</p>"
        "<p>Penimbangan <![if !supportLists]>1.<![endif]> balita.</p><p>Rapat kader desa.</p></article></body></html>"
    )
    assert _one(page, "posyandu.html").text == "Posyandu\n\nFoto kegiatan\n\nPenimbangan 1. balita.\n\nRapat kader desa."


WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"
 xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/">
<channel><title>Situs</title>
<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[admin]]></wp:author_login>
<wp:author_display_name><![CDATA[Redaksi Kabar Buruh]]></wp:author_display_name></wp:author>
<item><title>Pelatihan Jurnalistik &amp;amp; Foto</title><link>http://contoh.id/pelatihan</link>
<dc:creator><![CDATA[admin]]></dc:creator>
<content:encoded><![CDATA[<p>Pelatihan untuk <strong>buruh</strong>.</p><p>Hari kedua.</p>]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>12</wp:post_id><wp:post_date>2015-03-02 12:34:00</wp:post_date>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type><wp:is_sticky>1</wp:is_sticky>
<category domain="category" nicename="berita"><![CDATA[Berita]]></category>
<category domain="post_tag" nicename="buruh"><![CDATA[buruh]]></category>
<category domain="post_format" nicename="post-format-gallery"><![CDATA[Gallery]]></category>
<category domain="post_tag" nicename="foto-video"><![CDATA[Foto &amp; Video]]></category>
<wp:postmeta><wp:meta_key><![CDATA[_edit_last]]></wp:meta_key><wp:meta_value><![CDATA[1]]></wp:meta_value></wp:postmeta>
<wp:postmeta><wp:meta_key><![CDATA[_yoast_wpseo_metadesc]]></wp:meta_key>
<wp:meta_value><![CDATA[Pelatihan jurnalistik dua hari untuk buruh pabrik.]]></wp:meta_value></wp:postmeta>
</item>
<item><title>Draf</title><wp:post_id>13</wp:post_id><wp:status>draft</wp:status><wp:post_type>post</wp:post_type>
<content:encoded><![CDATA[draf]]></content:encoded></item>
<item><title>Lampiran</title><wp:post_id>14</wp:post_id><wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type></item>
<item><title>Dibuang</title><wp:post_id>15</wp:post_id><wp:status>trash</wp:status><wp:post_type>post</wp:post_type></item>
<item><title>Simpanan otomatis</title><wp:post_id>16</wp:post_id><wp:status>auto-draft</wp:status><wp:post_type>post</wp:post_type></item>
<item><title>Proyek Sumur</title><wp:post_id>17</wp:post_id><wp:status>publish</wp:status><wp:post_type>berita</wp:post_type><wp:is_sticky>0</wp:is_sticky>
<content:encoded><![CDATA[Sumur bor untuk dusun yang kering.]]></content:encoded></item>
<item><title>[Pesan] Budi</title><wp:post_id>18</wp:post_id><wp:status>publish</wp:status><wp:post_type>feedback</wp:post_type>
<content:encoded><![CDATA[Nomor saya 0812-3456-7890, mohon dihubungi.]]></content:encoded></item>
<item><title>Blok ajakan</title><wp:post_id>19</wp:post_id><wp:status>publish</wp:status><wp:post_type>wp_block</wp:post_type>
<content:encoded><![CDATA[Dukung kami]]></content:encoded></item>
<item><title>Pesanan 20</title><wp:post_id>20</wp:post_id><wp:status>wc-completed</wp:status><wp:post_type>shop_order</wp:post_type></item>
</channel></rss>
"""


def test_wordpress_export_gives_one_document_per_published_item():
    result = ingest_bytes(WXR.encode("utf-8"), "export.xml", "export.xml")
    assert [d.id for d in result.documents] == ["export.xml#12", "export.xml#17"]
    document = result.documents[0]
    assert document.format == "wxr"
    assert (document.title, document.date) == ("Pelatihan Jurnalistik & Foto", "2015-03-02T12:34:00")  # titles and terms are HTML
    assert document.author == "Redaksi Kabar Buruh"  # dc:creator is the login; the export lists its display name
    assert document.fields["description"] == "Pelatihan jurnalistik dua hari untuk buruh pabrik."  # Yoast SEO's
    assert [t.key for t in document.categories] == ["berita"] and [t.label for t in document.tags] == ["buruh", "Foto & Video"]
    assert document.text == "Pelatihan untuk buruh.\n\nHari kedua."
    assert document.fields["post_format"] == "gallery"  # a term of its own: neither a category nor a tag
    assert "post_format" not in result.documents[1].fields  # a standard post
    assert document.fields["sticky"] is True and "sticky" not in result.documents[1].fields  # pinned to the front page, or not


def test_a_published_wordpress_post_without_text_says_so():
    """A post that only embeds a video (WordPress shows the player for a bare address), and one
    published empty, keep their title and metadata, with a problem naming why they have no text."""
    items = (
        '<item><title>Video rapat warga</title><wp:post_id>31</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>'
        "<content:encoded><![CDATA[https://www.youtube.com/watch?v=abc123]]></content:encoded></item>"
        '<item><title>Segera hadir</title><wp:post_id>32</wp:post_id><wp:status>publish</wp:status><wp:post_type>page</wp:post_type>'
        "<content:encoded><![CDATA[]]></content:encoded></item>"
    )
    export = WXR[: WXR.index("<item>")] + items + "</channel></rss>\n"
    video, empty = ingest_bytes(export.encode("utf-8"), "export.xml", "export.xml").documents
    assert (video.title, video.text, [p.reason for p in video.problems]) == ("Video rapat warga", "", [NO_TEXT_POST])
    assert (empty.title, empty.text, [p.reason for p in empty.problems]) == ("Segera hadir", "", [EMPTY_POST])


def test_a_wordpress_com_export_s_https_namespace_gives_the_authors_display_names():
    wordpress_com = WXR.replace("http://wordpress.org/export/", "https://wordpress.org/export/")
    document = ingest_bytes(wordpress_com.encode("utf-8"), "export.xml", "export.xml").documents[0]
    assert (document.author, document.fields["description"]) == ("Redaksi Kabar Buruh", "Pelatihan jurnalistik dua hari untuk buruh pabrik.")


def test_xml_that_is_not_wordpress_is_skipped():
    result = ingest_bytes(b'<?xml version="1.0"?><feed></feed>', "feed.xml", "feed.xml")
    assert result.skipped == "unsupported format" and not result.documents


def test_broken_wordpress_export_fails_as_a_whole_with_the_place_of_the_damage():
    result = ingest_bytes(WXR[:900].encode("utf-8"), "export.xml", "export.xml")
    assert not result.documents
    assert result.failure.path == "export.xml" and result.failure.reason.startswith("invalid XML: ")
    assert result.failure.reason.endswith("line 13, column 44")


TUMBLR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>tumblr</title>
<item><title></title><link>https://radiowarga.tumblr.com/post/123/siaran-perdana</link>
<dc:creator>radiowarga</dc:creator>
<content:encoded><![CDATA[<p>Siaran perdana radio warga di Bantul</p><p>Kami mulai mengudara malam ini.</p>]]></content:encoded>
<wp:post_id>123</wp:post_id><wp:post_date>2015-03-02 19:34:00</wp:post_date><wp:post_date_gmt>2015-03-02 12:34:00</wp:post_date_gmt>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="tag" nicename="radio"><![CDATA[radio]]></category>
<category domain="tag" nicename="bantul"><![CDATA[Bantul]]></category>
</item>
</channel></rss>
"""


def test_tumblr_export_title_tags_offset_and_link():
    (document,) = ingest_bytes(TUMBLR.encode("utf-8"), "tumblr.xml", "tumblr.xml").documents
    assert document.title == "Siaran perdana radio warga di Bantul"
    assert [t.key for t in document.tags] == ["radio", "bantul"]
    assert (document.date, document.date_source) == ("2015-03-02T19:34:00+07:00", "feed")
    assert document.url == "https://radiowarga.tumblr.com/post/123/siaran-perdana"


def test_wordpress_drafts_and_other_items_are_counted_and_drafts_kept_on_request():
    result = ingest_bytes(WXR.encode("utf-8"), "export.xml", "export.xml")
    assert dict(result.left_out) == {
        "draft": 1,
        "deleted": 1,
        "not a document: WordPress attachment": 1,
        "not a document: WordPress auto-draft status": 1,
        "not a document: WordPress feedback": 1,
        "not a document: WordPress wp_block": 1,
        "not a document: WordPress shop_order": 1,
    }
    kept = ingest_bytes(WXR.encode("utf-8"), "export.xml", "export.xml", IngestOptions(include_drafts=True))
    assert [(d.id, d.draft) for d in kept.documents] == [("export.xml#12", False), ("export.xml#13", True), ("export.xml#17", False)]


def test_a_sites_own_post_type_is_a_document_and_its_type_is_recorded():
    result = ingest_bytes(WXR.encode("utf-8"), "export.xml", "export.xml")
    (berita,) = [d for d in result.documents if d.id == "export.xml#17"]
    assert (berita.title, berita.text, berita.fields["post_type"]) == ("Proyek Sumur", "Sumur bor untuk dusun yang kering.", "berita")
    assert not any("0812" in d.text for d in result.documents)  # a visitor's message sent through a form stays out
