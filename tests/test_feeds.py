"""Feeds: Blogger backups (classic and Takeout), generic RSS and Atom feeds, and what every
XML export reader shares (a damaged item or hostile file fails alone, with its reason)."""

from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.mojibake import repair_text
from arsip.ingest.pipeline import ingest_bytes, read_documents
from arsip.ingest.readers.registry import detect_reader
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites.site import parse_config
from arsip.ingest.sites.syntax import read_also_removed

from .conftest import DATA, archive_of, snapshot, zip_of

FEEDS = DATA / "feeds"
CLASSIC = "blog-03-10-2021.xml"
POST = "post-4417391002251185030"


def ingest(name: str, **options):
    data = (FEEDS / name).read_bytes()
    return ingest_bytes(data, name, str(FEEDS / name), IngestOptions(**options))


def by_id(result) -> dict:
    return {document.id.split("#", 1)[1]: document for document in result.documents}


# --- Blogger backups -----------------------------------------------------------------------


def test_blogger_backup_gives_posts_and_pages_and_counts_every_other_entry():
    result = ingest(CLASSIC)
    assert list(by_id(result)) == [POST, "post-2288117366554433221", "page-6655443322110099887"]
    assert dict(result.left_out) == {
        "draft": 1,
        "not a document: Blogger comment": 2,
        "not a document: Blogger settings": 2,
        "not a document: Blogger template": 1,
    }
    assert {(d.format, d.generator) for d in result.documents} == {("blogger", "blogger")}


def test_blogger_post_metadata():
    document = by_id(ingest(CLASSIC))[POST]
    assert document.title == "Musyawarah Perencanaan Pembangunan Desa 2021"
    assert (document.date, document.date_source) == ("2021-03-06T08:15:00+07:00", "feed")
    assert document.url == "https://kabardesa-sukamaju.blogspot.com/2021/03/musyawarah-perencanaan-pembangunan.html"
    assert [c.label for c in document.categories] == ["Musyawarah Desa", "Pembangunan"] and document.tags == []
    assert document.author == "Siti Rahmawati"
    assert document.fields["updated"] == "2021-03-07T19:02:11.532+07:00"
    assert (document.fields["type"], document.fields["comments"]) == ("post", 1)
    assert document.problems == [] and not document.draft


def test_blogger_post_text_keeps_lines_and_drops_markup_and_read_also_links():
    document = by_id(ingest(CLASSIC))[POST]
    assert document.text == (
        "Warga Desa Sukamaju berkumpul di balai desa pada Sabtu pagi untuk mengikuti musyawarah perencanaan pembangunan.\n\n"
        "Musyawarah dibuka oleh kepala desa, dilanjutkan pemaparan usulan dari setiap dusun.\n"
        "Usulan pertama: perbaikan saluran irigasi di Dusun Kidul.\n"
        "Usulan kedua: pembangunan posyandu baru.\n"
        "Usulan ketiga: pelatihan pengolahan hasil panen untuk kelompok tani perempuan.\n\n"
        "Hasil musyawarah akan dibawa ke tingkat kecamatan bulan depan. Warga yang belum sempat hadir dapat "
        "menyampaikan masukan melalui ketua RT masing-masing."
    )
    for markup in ("Baca juga", "Panen Raya Padi", "more", "span", "font-family", "googleusercontent", "&lt;", "<"):
        assert markup not in document.text


def test_blogger_image_caption_and_inline_styles():
    text = by_id(ingest(CLASSIC))["post-2288117366554433221"].text
    assert "Genangan setinggi lutut di jalan utama desa" in text
    assert "Bantuan yang paling dibutuhkan saat ini adalah selimut, air bersih, dan obat-obatan." in text
    assert "banjir.jpg" not in text and "color" not in text


def test_blogger_page_is_a_document():
    page = by_id(ingest(CLASSIC))["page-6655443322110099887"]
    assert (page.title, page.url, page.fields["type"]) == ("Tentang Kami", "https://kabardesa-sukamaju.blogspot.com/p/tentang-kami.html", "page")
    assert page.text.startswith("Tentang Kami\n\nKabar Desa Sukamaju adalah blog warga")


def test_blogger_drafts_are_kept_only_on_request():
    kept = by_id(ingest(CLASSIC, include_drafts=True))
    draft = kept["post-9988776655443322110"]
    assert draft.draft and draft.title == "Rencana Festival Panen" and draft.url is None
    assert [c.label for c in draft.categories] == ["Festival"]
    assert sum(d.draft for d in kept.values()) == 1


def test_takeout_feed_atom():
    result = ingest("feed.atom")
    documents = by_id(result)
    assert list(documents) == ["post-1001", "page-2001"]
    assert dict(result.left_out) == {"draft": 1, "deleted": 1, "not a document: Blogger comment": 1}
    post = documents["post-1001"]
    assert (post.title, post.date, post.author) == ("Sejarah Pasar Gede Surakarta", "2020-12-01T02:30:00+00:00", "Rudi Hartono")
    assert [c.label for c in post.categories] == ["Sejarah", "Surakarta"]
    assert post.fields["filename"] == "/2020/12/sejarah-pasar-gede-surakarta.html" and post.fields["status"] == "live"
    assert post.text == (
        "Pasar Gede dibangun pada masa Pakubuwono X dan dirancang oleh arsitek Belanda Thomas Karsten.\n\n"
        "Gerbang Pasar Gede\n\n"
        "Atap bangunannya yang tinggi membuat udara tetap sejuk bagi pedagang.\n"
        "Pasar ini sempat terbakar pada tahun 2000 lalu dipugar kembali."
    )
    assert post.problems == []
    drafts = by_id(ingest("feed.atom", include_drafts=True))
    assert drafts["post-1002"].draft and "post-1003" not in drafts  # deleted stays out


@pytest.mark.parametrize(
    "markup, kept",
    [
        ('<p>Awal.</p><b>Baca juga:</b> <a href="x">Judul Lain</a><br />Lanjut.', "<p>Awal.</p><br />Lanjut."),
        ('<div><b>Baca Juga</b>: <a href="x">Judul</a></div>', "<div></div>"),
        ('<p><strong>Baca juga: <a href="x"><span>Judul</span></a></strong></p>', "<p></p>"),
        ('Baca juga: <a href="x">A</a>, <a href="y">B</a><br/>Isi', "<br/>Isi"),
        ('<span style="color:red">Lihat juga&nbsp;:&nbsp;</span><a href="x">Z</a><br>Isi', "<br>Isi"),
        # within a sentence the link is text
        ('Untuk rinciannya, baca juga <a href="x">laporan kami</a> tahun lalu.', None),
        ('<p>Baca juga: <a href="x">Judul</a> dan komentar warga di bawah.</p>', None),
    ],
)
def test_read_also_lines_go_only_when_they_are_a_whole_line(markup, kept):
    assert read_also_removed(markup) == (markup if kept is None else kept)


# --- generic feeds ---------------------------------------------------------------------------


def test_rss_feed_items():
    result = ingest("berita-rss.xml")
    documents = by_id(result)
    assert list(documents) == ["/?p=4512", "/2021/09/festival-sedekah-laut/"]
    full = documents["/?p=4512"]
    assert (full.format, full.generator) == ("feed", "html")
    assert (full.title, full.date, full.author) == ("Nelayan Rembang Keluhkan Harga Solar", "2021-09-13T10:30:00+07:00", "Dewi Lestari")
    assert full.url == "https://wartapesisir.id/2021/09/nelayan-rembang-keluhkan-harga-solar/"
    assert [c.label for c in full.categories] == ["Ekonomi", "Nelayan"] and full.fields["feed"] == "Warta Pesisir"
    assert full.text.startswith("Nelayan di pesisir Rembang mengeluhkan harga solar yang naik sejak awal bulan.")
    assert "Kapal-kapal bersandar di Pelabuhan Tasikagung" in full.text and "[…]" not in full.text
    # not Jetpack's share row, likes and related posts, nor "The post … appeared first on Warta Pesisir."
    assert full.text.endswith("di stasiun pengisian khusus nelayan.")
    assert full.problems == []


def test_rss_category_names_given_as_html_are_read_as_text():
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar</title><item><guid>1</guid><title>Rapat</title>'
        "<category><![CDATA[Opini &amp; Kolom]]></category><description>Rapat warga membahas air bersih.</description></item></channel></rss>"
    )
    (document,) = ingest_bytes(feed.encode(), "kabar.xml", "kabar.xml").documents
    assert [category.label for category in document.categories] == ["Opini & Kolom"]


def test_rss_item_with_only_a_description_says_so():
    item = by_id(ingest("berita-rss.xml"))["/2021/09/festival-sedekah-laut/"]
    assert item.text == "Setelah dua tahun absen, warga Kragan kembali menggelar sedekah laut dengan melarung kepala kerbau…"
    assert item.author == "Agus Salim" and item.date == "2021-09-11T07:00:00+07:00"
    assert [p.field for p in item.problems] == ["text"] and "only a summary" in item.problems[0].reason


def test_atom_feed_entries():
    documents = by_id(ingest("kabar-atom.xml"))
    article = documents["/berita/revitalisasi-gedung-marba/"]
    assert (article.format, article.title, article.date) == ("feed", "Revitalisasi Gedung Marba Rampung", "2022-04-01T09:00:00+07:00")
    assert [c.label for c in article.categories] == ["Cagar Budaya", "semarang"]
    assert article.text == (
        "Gedung Marba di kawasan Kota Lama kembali dibuka setelah dua tahun direvitalisasi.\n\n"
        "Pengelola akan memakai lantai dasar untuk galeri arsip kota dan ruang baca umum."
    )
    assert article.problems == [] and (article.author, article.fields["feed"]) == ("Lukas Wibowo", "Kabar Kota Lama")
    summary = documents["/agenda/wayang-orang-april/"]  # a urn: id: the link's path names it
    assert summary.author == "Redaksi Kabar Kota Lama"  # no author of its own: the feed's
    assert summary.date == "2022-03-28T10:00:00+07:00" and summary.url == "https://kabarkotalama.id/agenda/wayang-orang-april/"
    assert summary.text == "Pentas wayang orang digelar setiap Sabtu malam di Gedung Oudetrap selama April."
    assert "only a summary" in summary.problems[0].reason


def test_untitled_feed_item_takes_its_first_line():
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><guid isPermaLink="false">catatan-7</guid>'
        "<description>&lt;p&gt;Rapat warga ditunda sampai pekan depan karena hujan.&lt;/p&gt;</description></item></channel></rss>"
    )
    (document,) = ingest_bytes(rss.encode(), "catatan.rss", "catatan.rss").documents
    assert (document.id, document.title) == ("catatan.rss#catatan-7", "Rapat warga ditunda sampai pekan depan karena hujan.")


def test_an_id_given_to_several_items_stays_unique_and_is_named():
    item = '<item><title>{0}</title><guid>https://warta.id/x/</guid><description>{0} tentang nelayan.</description></item>'
    rss = f'<?xml version="1.0"?><rss version="2.0"><channel>{item.format("Satu")}{item.format("Dua")}</channel></rss>'
    first, second = ingest_bytes(rss.encode(), "f.rss", "f.rss").documents
    assert (first.id, second.id) == ("f.rss#/x/", "f.rss#/x/~2")
    assert [p.field for p in first.problems] == ["text"]  # a short description: a summary
    assert ["id", "the feed gives the id '/x/' to 2 items; this one is ~2"] in [[p.field, p.reason] for p in second.problems]


def test_in_a_one_line_backup_each_repair_belongs_to_its_own_post():
    text = (FEEDS / CLASSIC).read_text(encoding="utf-8")
    assert text.count("\n") == 1  # as Blogger writes it: the whole backup on one line
    damaged = text.replace("Dusun Kidul.", "Dusun Kidul â€“ hulu.").replace("obat-obatan.", "obat-obatan â€“ segera.")
    documents = by_id(ingest_bytes(damaged.encode("utf-8"), CLASSIC, CLASSIC))
    first, second = documents[POST], documents["post-2288117366554433221"]
    assert [(r.before, r.after) for r in first.repairs] == [("â€“", "–")]
    assert [(r.before, r.after) for r in second.repairs] == [("â€“", "–")]
    assert first.repairs[0].column < second.repairs[0].column and first.repairs[0].line == second.repairs[0].line == 1
    assert "Dusun Kidul – hulu." in first.text and documents["page-6655443322110099887"].repairs == []


def test_a_source_position_moves_with_the_repairs_before_it_on_its_line():
    source = "Kafé murah â€“ kafÃ© mahal â€“ Zebra\nbaris â€“ Zaitun"
    repaired = repair_text(source)
    for line, word in ((1, "Zebra"), (2, "Zaitun")):
        column = source.split("\n")[line - 1].index(word) + 1
        at_line, at_column = repaired.position_in_text(line, column)
        assert repaired.text.split("\n")[at_line - 1][at_column - 1 :].startswith(word)


def test_repairs_belong_to_the_entry_whose_lines_hold_them():
    text = (FEEDS / "kabar-atom.xml").read_text(encoding="utf-8").replace("Gedung Oudetrap", "Gedung Oudetrap â€“ Kota Lama")
    result = ingest_bytes(text.encode("utf-8"), "kabar-atom.xml", "kabar-atom.xml")
    documents = by_id(result)
    assert [r.after for r in documents["/agenda/wayang-orang-april/"].repairs] == ["–"]
    assert documents["/berita/revitalisasi-gedung-marba/"].repairs == []


# --- Tumblr's own export -------------------------------------------------------------------


def test_tumblr_export_gives_each_post_its_types_text_title_date_and_tags():
    posts = by_id(ingest("posts.xml"))
    assert list(posts) == ["612300001", "612300002", "612300003", "612300004", "612300005"]
    first = posts["612300001"]
    assert (first.format, first.generator, first.title) == ("tumblr", "html", "Siaran Perdana")
    assert first.text == "Radio warga Bantul mulai mengudara malam ini dari balai desa.\n\nAcara pertama adalah kabar pertanian."
    assert (first.date, first.date_source) == ("2015-03-02T12:34:00+00:00", "feed")
    assert first.url == "https://radiowarga.tumblr.com/post/612300001/siaran-perdana"
    assert [tag.label for tag in first.tags] == ["radio", "Bantul"]
    photo = posts["612300002"]  # untitled: its first line; dated by the blog's own clock
    assert (photo.title, photo.date) == ("Pemancar baru dipasang di atap balai desa.", "2015-03-09T08:15:00")
    assert photo.text == "Pemancar baru dipasang di atap balai desa.\n\nKabel antena ditarik bersama-sama"
    assert posts["612300003"].text == "Radio ini milik warga, dari warga, untuk warga.\n\nPak Lurah"
    assert posts["612300004"].title == "Obrolan di studio"
    assert posts["612300004"].text == "Penyiar: Selamat malam, pendengar setia.\nTamu: Terima kasih sudah mengundang saya."
    link = posts["612300005"]
    assert (link.title, link.text, link.fields["link_url"]) == ("Jadwal siaran lengkap", "Jadwal diperbarui setiap Senin.", "https://radiowarga.example/jadwal")


def test_tumblr_private_and_unpublished_posts_are_drafts():
    assert dict(ingest("posts.xml").left_out) == {"draft": 2}
    drafts = {key: document for key, document in by_id(ingest("posts.xml", include_drafts=True)).items() if document.draft}
    assert sorted(drafts) == ["612300006", "612300007"]
    assert drafts["612300006"].text == "Kapan ada siaran wayang?\n\nSetiap malam Minggu."


# --- detection -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, expected",
    [(CLASSIC, "blogger"), ("feed.atom", "blogger"), ("berita-rss.xml", "feed"), ("kabar-atom.xml", "feed"), ("posts.xml", "tumblr")],
)
def test_detection(name, expected):
    head = (FEEDS / name).read_text(encoding="utf-8")[:4096]
    assert detect_reader(name, head).name == expected
    assert detect_reader("unduhan.txt", head).name == expected  # by content when the extension says nothing


@pytest.mark.parametrize(
    "name, head",
    [
        ("feed.xml", "---\nlayout: null\n---\n<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
        ("sitemap.xml", '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'),
        ("umpan.atom", "<feed><title>tanpa namespace Atom</title></feed>"),
    ],
)
def test_what_is_not_a_feed_is_not_read_as_one(name, head):
    reader = detect_reader(name, head)
    assert reader is None or reader.name not in ("feed", "blogger")


# --- damaged and hostile files ---------------------------------------------------------------


def test_a_malformed_entry_fails_alone_with_its_path_and_reason(tmp_path):
    good = (FEEDS / "kabar-atom.xml").read_text(encoding="utf-8")
    (tmp_path / "rusak.xml").write_text(good.replace("</entry>", "</entri>", 1), encoding="utf-8")
    (tmp_path / "baik.xml").write_text(good, encoding="utf-8")
    before = snapshot(tmp_path)
    # the entries of rusak.xml that are well-formed are copies of baik.xml's: keep them to see them read
    result = CliRunner().invoke(arsip, ["ingest", str(tmp_path), "--keep-duplicates"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert (
        f"arsip: {tmp_path / 'rusak.xml'}: <entry> 1 (line 10, id https://kabarkotalama.id/berita/revitalisasi-gedung-marba/, "
        "“Revitalisasi Gedung Marba Rampung”) is not well-formed XML (mismatched tag: line 25, column 4): left out\n"
    ) in result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [
        "baik.xml#/berita/revitalisasi-gedung-marba/",
        "baik.xml#/agenda/wayang-orang-april/",
        "rusak.xml#/agenda/wayang-orang-april/",
    ]
    assert ", 1 failed" in result.stderr
    assert snapshot(tmp_path) == before


LAUGHS = '<!ENTITY lol0 "lol">' + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
BOMBS = {
    "blogger": f"<?xml version='1.0'?><!DOCTYPE feed [{LAUGHS}]><feed xmlns='http://www.w3.org/2005/Atom'><id>tag:blogger.com,1999:blog-1</id>"
    "<entry><title>&lol9;</title></entry></feed>",
    "rss": f'<?xml version="1.0"?><!DOCTYPE rss [{LAUGHS}]><rss version="2.0"><channel><item><title>&lol9;</title></item></channel></rss>',
    "wxr": f'<?xml version="1.0"?><!DOCTYPE rss [{LAUGHS}]><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item>&lol9;</item></channel></rss>',
}


@pytest.mark.parametrize("kind", BOMBS)
def test_entity_bombs_are_refused_without_expanding(kind):
    started = time.process_time()
    result = ingest_bytes(BOMBS[kind].encode(), "bom.xml", "bom.xml")
    assert time.process_time() - started < 2
    assert not result.documents
    assert result.failure.reason == "the XML declares entities (<!ENTITY>), which arsip does not expand"


def test_ingest_summary_counts_left_out_entries_by_kind():
    result = CliRunner().invoke(arsip, ["ingest", str(FEEDS / CLASSIC)])
    assert result.exit_code == 0, result.output
    assert (
        "1 file, 3 documents, 0 repaired, 0 with problems, 0 failed; skipped: 1 draft, 2 not a document: Blogger comment, "
        "2 not a document: Blogger settings, 1 not a document: Blogger template"
    ) in result.stderr


# Word's manual line break (U+000B) and other control characters pasted into a post: XML
# forbids them, and the exporters write them as they are.
CONTROLLED = {
    "wxr": '<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
    "<channel><title>Situs</title>\n"
    "<item><title>Rapat</title><content:encoded><![CDATA[Rapat warga membahas air bersih.]]></content:encoded>"
    "<wp:post_id>1</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>\n"
    "<item><title>Salinan dari Word</title><content:encoded><![CDATA[Baris pertama\x0bbaris kedua\x1f dari dokumen.]]></content:encoded>"
    "<wp:post_id>2</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>\n</channel></rss>",
    "blogger": "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><id>tag:blogger.com,1999:blog-1</id>\n"
    "<entry><id>tag:blogger.com,1999:blog-1.post-1</id><category scheme='http://schemas.google.com/g/2005#kind' "
    "term='http://schemas.google.com/blogger/2008/kind#post'/><title>Rapat</title><content type='html'>Rapat warga membahas air bersih.</content></entry>\n"
    "<entry><id>tag:blogger.com,1999:blog-1.post-2</id><category scheme='http://schemas.google.com/g/2005#kind' "
    "term='http://schemas.google.com/blogger/2008/kind#post'/><title>Salinan dari Word</title>"
    "<content type='html'>Baris pertama\x0bbaris kedua\x1f dari dokumen.</content></entry>\n</feed>",
    "tumblr": '<?xml version="1.0"?><tumblr version="1.0"><posts>\n'
    '<post id="1" type="regular"><regular-title>Rapat</regular-title><regular-body>Rapat warga membahas air bersih.</regular-body></post>\n'
    '<post id="2" type="regular"><regular-title>Salinan dari Word</regular-title>'
    "<regular-body>Baris pertama\x0bbaris kedua\x1f dari dokumen.</regular-body></post>\n</posts></tumblr>",
    "rss": '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Kabar\x0c</title>\n'
    "<item><guid>1</guid><title>Rapat</title><content:encoded>Rapat warga membahas air bersih.</content:encoded></item>\n"
    "<item><guid>2</guid><title>Salinan dari Word</title><content:encoded>Baris pertama\x0bbaris kedua\x1f dari dokumen.</content:encoded></item>\n"
    "</channel></rss>",
}


@pytest.mark.parametrize("kind", CONTROLLED)
def test_characters_xml_forbids_are_spaces_and_a_problem_of_their_item_only(kind):
    result = ingest_bytes(CONTROLLED[kind].encode(), "ekspor.xml", "ekspor.xml")
    assert result.failure is None
    first, second = result.documents
    assert first.problems == [] and first.text == "Rapat warga membahas air bersih."
    assert second.text == "Baris pertama baris kedua dari dokumen."
    [problem] = second.problems
    assert problem.field == "text" and problem.reason.startswith("2 character(s) XML does not allow (the first '\\x0b' at line 3, column ")


@pytest.mark.parametrize("kind,tag", [("blogger", "entry"), ("tumblr", "post"), ("rss", "item")])
def test_a_damaged_entry_of_any_xml_export_is_read_as_meant_or_reported(kind, tag):
    bare = CONTROLLED[kind].replace("\x0b", " & ").replace("\x1f", "")
    first, second = ingest_bytes(bare.encode(), "ekspor.xml", "ekspor.xml").documents
    assert first.problems == [] and second.text == "Baris pertama & baris kedua dari dokumen."
    [problem] = second.problems
    assert problem.reason.startswith("not well-formed XML read as a browser reads it (from line 3, column ")
    assert problem.reason.endswith(": 1 '&' not starting an entity read as '&'")
    cut = CONTROLLED[kind][: CONTROLLED[kind].index("baris kedua")]
    result = ingest_bytes(cut.encode(), "ekspor.xml", "ekspor.xml")
    assert [document.title for document in result.documents] == ["Rapat"]
    [lost] = result.unread
    assert lost.reason.startswith(f"the file is cut off (truncated) inside <{tag}> 2 (line 3, ")
    assert "“Salinan dari Word”" in lost.reason
#: The settings Takeout writes beside a blog's feed.atom (the columns of a real export, abridged).
TAKEOUT_SETTINGS = (
    "blog_publishing_mode,blog_admin_permission,blog_by_post_archiving,blog_name,blog_description,blog_locale,"
    "blog_time_zone,blog_read_access_mode,blog_subdomain,blog_searchable,blog_max_num,blog_max_unit\n"
    "BLOGSPOT,,true,Kabar Solo,Catatan sejarah kota Solo,id,Asia/Jakarta,PUBLIC,kabarsolo,true,7,POSTS\n"
)


def _takeout(tmp_path, settings: str = TAKEOUT_SETTINGS):
    blog = tmp_path / "Takeout" / "Blogger" / "Blogs" / "Kabar Solo"
    blog.mkdir(parents=True)
    (blog / "feed.atom").write_bytes((FEEDS / "feed.atom").read_bytes())
    (blog / "settings.csv").write_text(settings, encoding="utf-8")
    return blog


@pytest.mark.parametrize("given", ["Takeout", "Takeout/Blogger/Blogs/Kabar Solo", "Takeout/Blogger/Blogs/Kabar Solo/feed.atom"])
def test_takeout_posts_are_placed_at_the_blog_s_address_from_its_settings(tmp_path, given):
    _takeout(tmp_path)
    documents = {document.id.rsplit("#", 1)[1]: document for document in read_documents([str(tmp_path / given)])}
    assert documents["post-1001"].url == "https://kabarsolo.blogspot.com/2020/12/sejarah-pasar-gede-surakarta.html"
    assert documents["page-2001"].url == "https://kabarsolo.blogspot.com/p/kontak.html"
    assert {document.generator for document in documents.values()} == {"blogger"}


def test_a_settings_csv_that_is_not_blogger_s_gives_no_address(tmp_path):
    blog = _takeout(tmp_path, "nama,nilai\nwarna,biru\n")
    assert [document.url for document in read_documents([str(blog)])] == [None, None]
    assert parse_config("settings.csv", "blog_subdomain\nbukan alamat!\n") is None


def _skipped(path) -> dict[str, int]:
    report = IngestReport()
    list(read_documents([str(path)], IngestOptions(workers=1), report))
    return dict(report.skipped)


@pytest.mark.parametrize("given", ["Takeout", "Takeout/Blogger/Blogs/Kabar Solo", "takeout.zip"])
def test_a_takeout_blog_s_settings_csv_counts_as_its_configuration(tmp_path, given):
    _takeout(tmp_path)
    zip_of(_takeout_files(), tmp_path / "takeout.zip")
    skipped = _skipped(tmp_path / given)
    assert skipped.get("site code or configuration") == 1 and "unsupported format" not in skipped


def test_a_settings_csv_that_is_not_blogger_s_is_an_unsupported_format(tmp_path):
    blog = _takeout(tmp_path, "nama,nilai\nwarna,biru\n")
    skipped = _skipped(blog)
    assert skipped.get("unsupported format") == 1 and "site code or configuration" not in skipped


def _takeout_files(subdomain: str = "kabarsolo") -> dict[str, bytes]:
    """A Takeout archive's members as Google packs them: every product under ``Takeout/``."""
    return {
        "Takeout/archive_browser.html": b"<html><body><h1>Arsip Google</h1></body></html>",
        "Takeout/Blogger/Albums/Kabar Solo/pasar-gede.jpg": b"\xff\xd8\xff\xe0",
        "Takeout/Blogger/Blogs/Kabar Solo/feed.atom": (FEEDS / "feed.atom").read_bytes(),
        "Takeout/Blogger/Blogs/Kabar Solo/settings.csv": TAKEOUT_SETTINGS.replace("kabarsolo", subdomain).encode(),
    }


@pytest.mark.parametrize("name", ["takeout-20240101T000000Z-001.zip", "takeout-20240101T000000Z-001.tgz"])
def test_a_takeout_archive_places_each_blog_s_posts_at_its_address(tmp_path, name):
    archive_of(_takeout_files(), tmp_path / name)
    posts = {d.id.rsplit("#", 1)[1]: d for d in read_documents([str(tmp_path / name)]) if d.format == "blogger"}
    assert posts["post-1001"].url == "https://kabarsolo.blogspot.com/2020/12/sejarah-pasar-gede-surakarta.html"
    assert posts["page-2001"].url == "https://kabarsolo.blogspot.com/p/kontak.html"


def test_an_index_rereads_a_takeout_archive_whose_blog_address_changed(tmp_path):
    folder = tmp_path / "unduhan"
    folder.mkdir()
    zip_of(_takeout_files(), folder / "takeout.zip")
    index_paths(tmp_path / "indeks", [str(folder)])
    zip_of(_takeout_files("kabarsolobaru"), folder / "takeout.zip")  # the blog moved: only settings.csv differs
    run = index_paths(tmp_path / "indeks", [str(folder)])
    assert "a blog in the archive" in run.reread[str(folder / "takeout.zip")]
    [record] = get_records(tmp_path / "indeks", "takeout.zip!/Takeout/Blogger/Blogs/Kabar Solo/feed.atom#post-1001")
    assert record["url"] == "https://kabarsolobaru.blogspot.com/2020/12/sejarah-pasar-gede-surakarta.html"
