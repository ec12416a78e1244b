"""Medium's export (``posts/*.html``, h-entry markup), microformats2 h-entry pages of any
site, and short pages for which trafilatura finds no article."""

from __future__ import annotations

from arsip.ingest.pipeline import ingest_bytes, read_documents
from arsip.ingest.readers.html import CUT_OFF
from arsip.ingest.results import IngestOptions

from .conftest import DATA

MEDIUM = DATA / "medium"
POSTS = MEDIUM / "posts"
PANEN = "2023-04-05_Panen-Raya-di-Sukamaju-1a2b3c4d5e6f.html"


def ingest(name: str, data: bytes | None = None, **options):
    data = (POSTS / name).read_bytes() if data is None else data
    return ingest_bytes(data, f"posts/{name}", str(POSTS / name), IngestOptions(**options))


def document(name: str, data: bytes | None = None, **options):
    (only,) = ingest(name, data, **options).documents
    return only


def test_medium_post_author_date_and_canonical_address_come_from_its_h_entry():
    post = document(PANEN)
    assert post.title == "Panen Raya di Sukamaju"
    assert post.authors == ["Siti Rahmawati"]
    assert (post.date, post.date_source) == ("2023-04-05T03:12:45+00:00", "html_meta")
    assert post.url == "https://medium.com/@sitirahma/panen-raya-di-sukamaju-1a2b3c4d5e6f"
    assert post.fields["summary"] == "Warga memanen padi bersama"  # the subtitle Medium's page hides: metadata


def test_medium_post_text_is_its_body_paragraph_by_paragraph_without_the_export_footer():
    assert document(PANEN).text.split("\n\n") == [
        "Warga desa memanen padi bersama di sawah timur sejak pagi.", "Sawah timur menjelang panen",
        "Kelompok tani mencatat hasil tujuh ton per hektare.", "Panen tahun ini yang terbaik, kata ketua kelompok tani.",
        "Padi varietas Inpari", "Jagung di lahan kering",
    ]


def test_short_medium_post_keeps_its_paragraphs_apart_and_no_hidden_subtitle():
    assert document("2023-05-10_Rapat-RT-03-2b3c4d5e6f70.html").text == "Rapat warga membahas kebersihan selokan."


def test_the_title_medium_writes_again_atop_the_body_is_not_its_first_line():
    post = document(PANEN)
    assert post.title == "Panen Raya di Sukamaju" and not post.text.startswith("Panen Raya")
    # an older post's first <h3>, without Medium's graf--title class, is the title too
    older = (POSTS / PANEN).read_bytes().replace(b" graf--title", b"")
    assert document(PANEN, older).text.startswith("Warga desa memanen padi")


def test_a_first_heading_that_is_not_the_title_stays_text():
    renamed = (POSTS / PANEN).read_bytes().replace(b'graf--title">Panen Raya di Sukamaju', b'graf--title">Panen Raya Tahun Ini')
    assert document(PANEN, renamed).text.startswith("Panen Raya Tahun Ini\n\nWarga desa")
    # outside Medium's export, an h-entry's first heading is its page's own text
    page = (POSTS / PANEN).read_bytes().replace(b"Exported from", b"Disalin dari")
    assert document(PANEN, page).text.startswith("Panen Raya di Sukamaju\n\nWarga desa")


def test_medium_drafts_are_drafts():
    result = read_documents([str(MEDIUM)], IngestOptions(workers=1))
    titles = [d.title for d in result]
    assert "Rencana Gotong Royong" not in titles and "Panen Raya di Sukamaju" in titles
    draft = document("draft_Rencana-Gotong-Royong-9f8e7d6c5b4a.html", include_drafts=True)
    assert draft.draft and draft.text.endswith("Setiap rumah diminta mengirim satu orang.")
    # a file named so outside a Medium export is no draft
    assert not document("draft_catatan.html", b"<html><body><p>Catatan rapat warga desa.</p></body></html>").draft


def test_a_cut_off_page_keeps_its_text_and_says_so():
    post = document("2023-06-01_Panen-Jagung-3c4d5e6f7081.html")
    assert post.text.endswith("Kelompok tani mencatat hasil tujuh ton per hektare.\n\nPanen tahun ini yang ter")
    assert [problem.reason for problem in post.problems] == [CUT_OFF]
    assert not document(PANEN).problems


def test_a_whole_page_may_leave_out_its_optional_tags():
    """``hugo --minify`` (tdewolff/minify) leaves out ``<html>``, ``<head>``, ``<body>`` and
    their end tags, as HTML allows: such a page is whole."""
    minified = b"<!doctype html><meta charset=utf-8><title>Panen Jagung</title><h1>Panen Jagung</h1><p>Kelompok tani mencatat hasil tujuh ton per hektare."
    assert not document("panen-jagung.html", minified).problems


H_ENTRY = b"""<!DOCTYPE html><html lang="id"><head><title>Kerja Bakti - Blog Warga</title></head><body>
<header class="site-header"><a href="/">Blog Warga</a><nav><a href="/arsip/">Arsip</a></nav></header>
<article class="h-entry post">
<h1 class="p-name entry-title">Kerja Bakti Membersihkan Selokan</h1>
<p class="byline">Oleh <span class="p-author h-card"><img class="u-photo" src="/budi.jpg" alt="Foto Budi"><a class="p-name u-url" href="/budi/">Budi Santoso</a></span>,
<a class="u-url" href="https://blogwarga.id/2024/02/kerja-bakti/"><time class="dt-published" datetime="2024-02-11T07:30:00+07:00">11 Februari 2024</time></a>
<time class="dt-updated" datetime="2024-02-12T09:00:00+07:00">diperbarui</time></p>
<div class="e-content entry-content"><p>Warga RW 05 membersihkan selokan sepanjang jalan utama.</p><p>Sampah plastik dikumpulkan ke bank sampah.</p></div>
<p class="tags">Label: <a class="p-category" href="/label/lingkungan/">Lingkungan</a>, <a class="p-category" href="/label/gotong-royong/">Gotong Royong</a></p>
<p class="share">Bagikan: Twitter Facebook WhatsApp</p>
</article>
<footer>Hak cipta Blog Warga</footer></body></html>"""


def test_any_h_entry_page_gives_its_name_author_dates_address_categories_and_content():
    post = document("kerja-bakti.html", H_ENTRY)
    assert post.title == "Kerja Bakti Membersihkan Selokan"
    assert post.authors == ["Budi Santoso"]  # the h-card's name, not its photo's alt text
    assert post.date == "2024-02-11T07:30:00+07:00" and post.fields["updated"] == "2024-02-12T09:00:00+07:00"
    assert post.url == "https://blogwarga.id/2024/02/kerja-bakti/"
    assert [tag.label for tag in post.tags] == ["Lingkungan", "Gotong Royong"]
    assert post.text == "Warga RW 05 membersihkan selokan sepanjang jalan utama.\n\nSampah plastik dikumpulkan ke bank sampah."


def test_a_list_of_h_entries_is_no_entry():
    page = b"<html><body><div class='h-feed'>" + b"".join(
        b"<article class='h-entry'><h2 class='p-name'>Kabar %d</h2><div class='e-content'><p>Isi kabar desa nomor %d.</p></div></article>" % (n, n)
        for n in (1, 2)
    ) + b"</div></body></html>"
    assert ingest("kabar.html", page, include_all=True).documents[0].title != "Kabar 1"


def test_short_page_trafilatura_gives_as_one_line_keeps_its_paragraphs_apart():
    # without its h-entry, a short post goes through trafilatura, which finds no article in
    # it and gives all of the page's text as one line (subtitle, heading, paragraph)
    page = (POSTS / PANEN).read_text(encoding="utf-8").replace('class="h-entry"', "")
    start, end = page.index('<p name="b7e2"'), page.index("</div></div></section>")
    page = page[:start] + "<p>Warga desa memanen padi bersama di sawah timur sejak pagi hari.</p>" + page[end:]
    text = document("panen.html", page.encode()).text
    assert text.split("\n\n") == ["Warga memanen padi bersama", "Panen Raya di Sukamaju", "Warga desa memanen padi bersama di sawah timur sejak pagi hari."]
BLOGGER_ITEM = """<!DOCTYPE html><html><head><title>Warta Pesisir: Posyandu Balita Dibuka Kembali</title></head><body>
<div class='header section'><div class='widget Header'><h1 class='title'><a href='https://wartapesisir.blogspot.com/'>Warta Pesisir</a></h1></div></div>
<div class='main section'><div class='widget Blog'><div class='blog-posts hfeed'>
<h2 class='date-header'><span>Sabtu, 13 Maret 2021</span></h2>
<div class='post-outer'><div class='post hentry uncustomized-post-template'>
<a name='123'></a><h3 class='post-title entry-title'>Posyandu Balita Dibuka Kembali</h3>
<div class='post-header'></div>
<div class='post-body entry-content'><p>Kader posyandu kembali menimbang balita di balai dusun setiap Sabtu pagi.</p></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Diposting oleh <span class='fn'><a class='g-profile' href='https://www.blogger.com/profile/1' rel='author'>Rina Wulandari</a></span></span>
<span class='post-timestamp'>di <a class='timestamp-link' href='https://wartapesisir.blogspot.com/2021/03/posyandu.html' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2021-03-13T08:15:00+07:00'>08.15</abbr></a></span>
</div><div class='post-footer-line post-footer-line-2'><span class='post-labels'>Label:
<a href='https://wartapesisir.blogspot.com/search/label/Kesehatan' rel='tag'>Kesehatan</a>,
<a href='https://wartapesisir.blogspot.com/search/label/Dusun%20Krajan' rel='tag'>Dusun Krajan</a></span></div></div>
</div></div></div></div></div>
<div class='sidebar section'><div class='widget Label'><h2>Label</h2><ul><li><a dir='ltr' href='https://wartapesisir.blogspot.com/search/label/Pendidikan'>Pendidikan</a></li></ul></div></div>
</body></html>"""

WORDPRESS_SINGLE = """<!DOCTYPE html><html lang="id-ID"><head><title>Banjir Rob Rendam Kampung Nelayan &#8211; Kabar Pesisir</title></head>
<body class="post-template-default single single-post postid-12"><div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="https://kabarpesisir.example.id/" rel="home">Kabar Pesisir</a></p></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-12" class="post-12 post type-post status-publish format-standard hentry category-berita tag-banjir-rob tag-nelayan">
<header class="entry-header"><h1 class="entry-title">Banjir Rob Rendam Kampung Nelayan</h1></header>
<div class="entry-content"><p>Air laut kembali naik ke permukiman nelayan pada Selasa pagi, dan warga mengungsi ke musala terdekat sambil menyelamatkan perahu.</p>
<p>Menurut warga, rob tahun ini lebih tinggi karena tanggul belum selesai dibangun oleh pemerintah kota.</p></div>
<footer class="entry-footer"><span class="byline"><span class="author vcard"><a class="url fn n" href="https://kabarpesisir.example.id/author/budi/">Budi Santoso</a></span></span>
<span class="posted-on"><a href="https://kabarpesisir.example.id/2021/03/04/banjir-rob/" rel="bookmark"><time class="entry-date published" datetime="2021-03-04T08:00:00+07:00">4 Maret 2021</time><time class="updated" datetime="2021-03-05T10:30:00+07:00">5 Maret 2021</time></a></span>
<span class="cat-links"><a href="https://kabarpesisir.example.id/category/berita/" rel="category tag">Berita</a></span>
<span class="tags-links"><a href="https://kabarpesisir.example.id/tag/banjir-rob/" rel="tag">Banjir Rob</a>, <a href="https://kabarpesisir.example.id/tag/nelayan/" rel="tag">Nelayan</a></span></footer>
</article></main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Tulisan Terbaru</h2><ul><li><a href="https://kabarpesisir.example.id/2021/02/01/lelang-ikan/">Lelang Ikan di TPI</a></li></ul></section>
<section class="widget widget_tag_cloud"><h2 class="widget-title">Tag</h2><div class="tagcloud"><a href="https://kabarpesisir.example.id/tag/pasar/" class="tag-cloud-link">Pasar</a></div></section></aside>
</div></div></body></html>"""


def test_a_classic_hentry_gives_a_wordpress_posts_date_author_address_categories_and_tags():
    post = document("banjir-rob.html", WORDPRESS_SINGLE.encode())
    assert post.title == "Banjir Rob Rendam Kampung Nelayan"
    assert post.date == "2021-03-04T08:00:00+07:00"
    assert post.authors == ["Budi Santoso"]
    assert post.url == "https://kabarpesisir.example.id/2021/03/04/banjir-rob/"
    assert [category.label for category in post.categories] == ["Berita"]
    assert [tag.label for tag in post.tags] == ["Banjir Rob", "Nelayan"]
    assert post.fields["updated"] == "2021-03-05T10:30:00+07:00"
    assert "Air laut kembali naik" in post.text and "Tulisan Terbaru" not in post.text


def test_a_blogger_post_page_gives_its_title_date_and_labels_from_its_classic_hentry():
    post = document("posyandu.html", BLOGGER_ITEM.encode())
    assert post.title == "Posyandu Balita Dibuka Kembali"
    assert post.date == "2021-03-13T08:15:00+07:00"
    assert [category.label for category in post.categories] == ["Kesehatan", "Dusun Krajan"]
    assert post.tags == [] and post.url == "https://wartapesisir.blogspot.com/2021/03/posyandu.html"


def test_several_classic_hentries_are_a_list_not_an_entry():
    page = "<html><body>" + "".join(
        f"<div class='post hentry'><h3 class='post-title entry-title'>Kabar {n}</h3><abbr class='published' title='2021-03-0{n}T08:00:00+07:00'>08.00</abbr>"
        f"<a href='https://wartapesisir.blogspot.com/search/label/Dusun{n}' rel='tag'>Dusun {n}</a><div class='entry-content'><p>Isi kabar desa nomor {n}.</p></div></div>"
        for n in (1, 2)
    ) + "</body></html>"
    post = ingest("kabar.html", page.encode(), include_all=True).documents[0]
    assert post.title != "Kabar 1" and post.categories == []


def test_json_ld_gives_the_categories_and_tags_a_page_has_no_meta_tag_for():
    graph = (
        '{"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": "Sejarah Masjid Tua", "datePublished": "2014-09-02T08:24:29+00:00",'
        ' "articleSection": ["Jejak Sejarah", "Budaya"], "keywords": "masjid, sejarah kota"}, {"@type": "WebSite", "name": "Catatan Kota"}]}'
    )
    page = f"<html><head><script type='application/ld+json'>{graph}</script></head><body><h1>Sejarah Masjid Tua</h1><p>Masjid ini dibangun pada abad kesembilan belas.</p></body></html>"
    post = document("masjid.html", page.encode())
    assert [category.label for category in post.categories] == ["Jejak Sejarah", "Budaya"]
    assert [tag.label for tag in post.tags] == ["masjid", "sejarah kota"]
    # meta tags, where a page has them, win
    with_meta = page.replace("<head>", "<head><meta property='article:section' content='Berita'><meta name='keywords' content='masjid agung'>")
    post = document("masjid.html", with_meta.encode())
    assert [category.label for category in post.categories] == ["Berita"] and [tag.label for tag in post.tags] == ["masjid agung"]
