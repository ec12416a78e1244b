"""HTML pages: the article without share rows, related posts and comments; meta tags are not
text; PHP, CDATA and inner doctypes never leak into text."""

import tomllib
from pathlib import Path

import pytest

from arsip.ingest.pipeline import IngestOptions, ingest_bytes
from arsip.ingest.markup.html import html_to_text
from arsip.ingest.markup.markdown import markdown_to_text


def _page(html: str):
    result = ingest_bytes(html.encode("utf-8"), "halaman.html", "halaman.html")
    (document,) = result.documents
    return document


def test_furniture_inside_the_article_is_dropped():
    document = _page(
        "<html><head><meta name='description' content='Ringkasan yang diulang.'></head><body><nav>Beranda Berita</nav>"
        "<article><h1>Judul</h1><p>Isi artikel tentang nelayan Paotere.</p>"
        "<div class='share-buttons'>Twitter Facebook WhatsApp Salin Tautan</div>"
        "<section class='related-posts'><h3>Baca Juga</h3><a>Berita lain</a></section>"
        "<div id='comments'><p>Komentar pembaca</p><form><textarea></textarea></form></div></article>"
        "<aside>Tulisan Terbaru</aside><footer>Hak cipta</footer></body></html>"
    )
    assert document.text == "Judul\n\nIsi artikel tentang nelayan Paotere."
    assert document.fields["description"] == "Ringkasan yang diulang."


def test_the_description_is_the_text_only_of_a_page_without_body_text():
    document = _page("<html><head><meta name='description' content='Galeri foto festival layang-layang.'></head><body><img src='a.jpg'></body></html>")
    assert document.text == "Galeri foto festival layang-layang."


def test_php_cdata_and_inner_doctype_are_not_text():
    markup = (
        "<div><?php if ($jumlah > 1) { echo 'banyak'; } ?><p>Teks asli.</p>"
        "<![CDATA[ var rahasia = 1; ]]><!DOCTYPE html><!-- catatan --><p>Akhir.</p></div>"
    )
    assert html_to_text(markup) == "Teks asli.\n\nAkhir."


def test_extracted_tables_are_rows_of_cells_and_plain_pages_keep_everything():
    themed = (
        "<html><body><div id='menu'><a>Beranda</a> <a>Kontak</a></div><div class='post'><p>"
        + "Hasil tangkapan nelayan Paotere naik tajam bulan ini menurut catatan koperasi. " * 4
        + "</p><table><tr><th>Jenis</th><th>Berat</th></tr><tr><td>Cakalang</td><td>120</td></tr></table></div>"
        "<div class='sidebar'>Arsip Kategori</div></body></html>"
    )
    text = _page(themed).text
    assert "Jenis Berat" in text and "Cakalang 120" in text
    assert "|" not in text and "Beranda" not in text and "Arsip" not in text
    plain = "<html><body><div><p>Satu.</p><table><tr><td>a</td></tr></table>ekor<br>akhir</div></body></html>"
    assert _page(plain).text == "Satu.\n\na\n\nekor\nakhir"


PAGES = Path(__file__).parent / "data" / "main-content"


@pytest.mark.parametrize("page", tomllib.loads((PAGES / "phrases.toml").read_text(encoding="utf-8"))["page"], ids=lambda page: Path(page["file"]).name)
def test_theme_pages_keep_the_article_and_drop_the_furniture(page):
    path = PAGES / page["file"]
    result = ingest_bytes(path.read_bytes(), str(path), path.name)
    (document,) = result.documents
    text = " ".join(document.text.split())
    assert [phrase for phrase in page["must"] if phrase not in text] == []
    assert [phrase for phrase in page["must_not"] if phrase in text] == []


def test_furniture_removal_spares_a_widget_that_holds_the_article():
    article = "<p>Warga Desa Sukamakmur menanam padi serentak setelah hujan pertama turun di bulan November.</p>" * 3
    document = _page(
        "<html><body><div class='menu'>Beranda Profil</div>"
        f"<div class='widget Blog'><h3>Tanam Serentak</h3>{article}</div>"
        "<div id='widget'><div class='box'><h3>Aparatur Desa</h3><p>Kepala Desa</p></div></div>"
        "<div class='form-komentar'><h4>Formulir Penulisan Komentar</h4></div></body></html>"
    )
    assert "menanam padi serentak" in document.text
    assert "Aparatur Desa" not in document.text and "Formulir Penulisan Komentar" not in document.text


def test_furniture_removal_spares_an_element_holding_the_longest_text():
    sidebar = "".join(f"<li><a href='#'>Kabar singkat nomor {n} dari kampung nelayan</a></li>" for n in range(40))
    document = _page(
        "<html><body><div class='menu'>Beranda Profil</div>"
        "<div class='post comments-open'><h1>Panen Rumput Laut</h1><p>Petani rumput laut di Nusa Penida memanen "
        "hasil tanam empat puluh lima hari dan menjemurnya di halaman rumah sebelum dijual ke pengepul di pelabuhan.</p></div>"
        f"<div class='kolom-kanan'><ul>{sidebar}</ul></div></body></html>"
    )
    assert "memanen hasil tanam empat puluh lima hari" in document.text


def test_a_docs_build_page_is_read_from_its_role_main_element_without_heading_permalinks():
    toctree = "".join(f"<li class='toctree-l1'><a href='bab{n}.html'>Bab {n} tentang modul desa</a></li>" for n in range(12))
    document = _page(
        "<html><head><title>Kebutuhan Server &mdash; dokumentasi Desa Digital</title></head><body>"
        f"<div class='wy-menu' role='navigation'><ul>{toctree}</ul></div>"
        "<div class='rst-content'><div role='main' class='document'><div itemprop='articleBody'>"
        "<h1>Kebutuhan Server<a class='headerlink' href='#kebutuhan-server' title='Tautan permanen'>¶</a></h1>"
        "<p>Server membutuhkan PHP 7.4.</p></div></div>"
        "<div role='contentinfo'><p>&copy; Hak Cipta 2019, Tim Desa Digital.</p></div></div></body></html>"
    )
    assert document.title == "Kebutuhan Server"
    assert document.text == "Kebutuhan Server\n\nServer membutuhkan PHP 7.4."


def _excerpt(slug: str, title: str) -> str:
    return (
        f"<article class='post type-post hentry'><header class='entry-header'><h2 class='entry-title'>"
        f"<a href='/2021/03/{slug}/' rel='bookmark'>{title}</a></h2></header><div class='entry-content'>"
        f"<p>Ringkasan tulisan tentang {title.lower()} di kampung nelayan Paotere dan warganya &hellip;</p>"
        f"<p class='read-more'><a href='/2021/03/{slug}/'>Baca Selengkapnya &raquo;</a></p></div></article>"
    )


LISTED = _excerpt("lelang-ikan", "Lelang Ikan Pagi") + _excerpt("perahu-baru", "Perahu Baru Koperasi") + _excerpt("bank-sampah", "Bank Sampah Pesisir")


@pytest.mark.parametrize(
    "body",
    [
        f"<body class='archive paged category category-kabar-kampung paged-2'><h1 class='page-title'>Kabar Kampung</h1><main>{LISTED}</main></body>",
        f"<body><h1>Arsip Maret 2021</h1><div class='daftar'>{LISTED}</div></body>",
    ],
    ids=["wordpress-archive-class", "side-by-side-articles"],
)
def test_a_page_listing_excerpts_of_other_pages_is_left_out_as_a_list_page(body):
    markup = f"<html><head><title>Kabar Kampung &#8211; Warta Paotere</title></head>{body}</html>".encode()
    result = ingest_bytes(markup, "category/kabar-kampung/page/2/index.html", "category/kabar-kampung/page/2/index.html")
    assert result.documents == [] and result.left_out == {"generated list page": 1}
    kept = ingest_bytes(markup, "kabar.html", "kabar.html", IngestOptions(include_all=True))
    assert "lelang ikan pagi" in kept.documents[0].text and "bank sampah pesisir" in kept.documents[0].text


def test_a_post_followed_by_related_post_articles_is_not_a_list_page():
    post = "<p>Koperasi nelayan Paotere membeli perahu baru dari hasil tabungan anggota selama tiga tahun.</p>" * 4
    document = _page(
        "<html><body class='post-template-default single single-post'>"
        f"<article class='post'><h1>Perahu Baru Koperasi</h1>{post}</article>"
        f"<div class='related'>{_excerpt('lelang-ikan', 'Lelang Ikan Pagi')}{_excerpt('bank-sampah', 'Bank Sampah Pesisir')}</div>"
        "</body></html>"
    )
    assert "membeli perahu baru" in document.text



def _card(slug: str, title: str) -> str:
    """A post's card on a Hugo theme's term page (PaperMod): its title, its summary and a link
    laid over the card."""
    return (
        f"<article class='post-entry'><header class='entry-header'><h2>{title}</h2></header>"
        f"<div class='entry-content'><p>Petani Desa Sukamaju menulis tentang {title.lower()} tahun ini: hasil yang jauh melebihi "
        "tahun lalu berkat perbaikan saluran irigasi, pupuk organik dari kelompok tani dan gotong royong warga di tiga dusun &hellip;</p></div>"
        f"<footer class='entry-footer'>12 Maret 2024</footer><a class='entry-link' href='https://desa.contoh.id/berita/{slug}/'></a></article>"
    )


def _term_page(address: str, cards: str) -> bytes:
    return (
        f"<html><head><title>Pertanian | Kabar Desa</title><link rel='canonical' href='{address}'></head>"
        f"<body><nav><a href='/'>Kabar Desa</a></nav><main><h1>Pertanian</h1>{cards}</main></body></html>"
    ).encode()


@pytest.mark.parametrize("cards", [_card("panen-raya", "Panen raya padi"), _card("panen-raya", "Panen raya padi") + _card("irigasi", "Irigasi baru")], ids=["one-post", "two-posts"])
def test_a_built_sites_term_page_of_one_or_two_posts_is_a_list_page(cards):
    """A tag or category page of a built site lists its posts as cards that link elsewhere,
    however few: it is a list page, not a document repeating the first post's summary."""
    markup = _term_page("https://desa.contoh.id/tags/pertanian/", cards)
    result = ingest_bytes(markup, "tags/pertanian/index.html", "tags/pertanian/index.html")
    assert result.documents == [] and result.left_out == {"generated list page": 1}


def test_a_post_whose_article_links_to_itself_or_is_long_is_a_document():
    """A post's title may link to the post itself, and a long article is a post whatever its
    title links to."""
    own = "<article><h1><a href='https://desa.contoh.id/berita/panen-raya/'>Panen raya padi</a></h1><p>Petani merayakan panen.</p></article>"
    post = _page(_term_page("https://desa.contoh.id/berita/panen-raya/", own).decode())
    assert "Petani merayakan panen." in post.text
    long_post = "<article><h2><a href='https://desa.contoh.id/berita/irigasi/'>Irigasi</a></h2>" + "<p>Saluran irigasi baru mengairi sawah warga di tiga dusun sekaligus.</p>" * 20 + "</article>"
    document = _page(_term_page("https://desa.contoh.id/berita/panen-raya/", long_post).decode())
    assert "mengairi sawah warga" in document.text

def test_a_heading_that_titles_a_share_row_or_related_list_goes_with_it():
    document = _page(
        "<html><body><nav>Beranda</nav><article><h1>Panen Garam</h1><h2>Musim Kemarau</h2>"
        "<p>Petambak garam di Pamekasan memanen dua kali sepekan.</p>"
        "<h3>Bagikan ke kawanmu</h3><!-- tombol --> <div class='share-buttons'><a>Facebook</a><a>WhatsApp</a></div>"
        "<h3>Artikel Terkait</h3><ul class='related-posts'><li>Harga garam turun</li></ul></article></body></html>"
    )
    assert document.text == "Panen Garam\n\nMusim Kemarau\n\nPetambak garam di Pamekasan memanen dua kali sepekan."


def test_an_old_table_layout_page_keeps_its_paragraphs_apart_and_its_title_without_the_site_name():
    path = PAGES / "desa-tabel-layout.htm"
    (document,) = ingest_bytes(path.read_bytes(), str(path), path.name).documents
    assert document.title == "Sejarah Desa"
    paragraphs = document.text.split("\n\n")
    assert any(paragraph.startswith("Menurut cerita para sesepuh") and paragraph.endswith("Kali Serang.") for paragraph in paragraphs)
    assert any(paragraph.startswith("Nama “Sukamaju”") for paragraph in paragraphs)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ("<meta property='og:title' content='Panen Garam | Warta Madura'><meta property='og:site_name' content='Warta Madura'>", "Panen Garam"),
        ("<title>Warta Madura &raquo; Panen Garam</title>", "Panen Garam"),
        ("<title>Garam Rakyat - Warta Madura</title>", "Garam Rakyat - Warta Madura"),
    ],
)
def test_the_site_name_around_a_page_title_is_dropped_when_the_page_tells_them_apart(head, title):
    document = _page(f"<html><head>{head}</head><body><h3>Panen Garam</h3><p>Petambak garam memanen.</p></body></html>")
    assert document.title == title


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # Blogger (Awesome Inc.): the blog's name in an <h1> linking home, the post's title an <h3>
        ("<div class='header section'><div class='widget Header'><h1 class='title'><a href='https://wartapesisir.blogspot.com/'>Warta Pesisir</a></h1></div></div>",
         "<h3 class='post-title entry-title'>Posyandu Balita Dibuka Kembali</h3>"),
        # WordPress Twenty Eleven: the site's title an <h1> on every page, its link rel="home"
        ("<header id='branding'><h1 id='site-title'><span><a href='https://wartapesisir.example.id/' rel='home'>Warta Pesisir</a></span></h1></header>",
         "<h1 class='entry-title'>Posyandu Balita Dibuka Kembali</h1>"),
        # Pelican (alchemy): the site's name links to "./", the article's <h1> follows
        ("<header class='header'><h1 class='title'><a href='./'>Warta Pesisir</a></h1><p class='text-muted'>Kabar kampung nelayan</p></header>",
         "<h1>  Posyandu Balita Dibuka Kembali\n</h1>"),
    ],
    ids=["blogger", "twenty-eleven", "pelican"],
)
def test_a_heading_that_holds_the_site_name_is_not_the_page_title(header, title):
    document = _page(
        "<html><head><title>Warta Pesisir: Posyandu Balita Dibuka Kembali</title></head><body>"
        f"{header}<div class='post'>{title}<div class='post-body'><p>Kader posyandu kembali menimbang balita di balai dusun setiap Sabtu pagi.</p>"
        "</div></div></body></html>"
    )
    assert document.title == "Posyandu Balita Dibuka Kembali"
    # the page title alone is told apart by the site's name in the header as well
    document = _page(f"<html><head><title>Warta Pesisir | Posyandu Balita Dibuka Kembali</title></head><body>{header}<p>Kader menimbang balita.</p></body></html>")
    assert document.title == "Posyandu Balita Dibuka Kembali"


def test_a_heading_linking_to_its_own_post_is_the_page_title():
    document = _page(
        "<html><head><title>Warta Pesisir</title></head><body><h1 class='entry-title'>"
        "<a href='https://wartapesisir.example.id/2021/03/posyandu/' rel='bookmark'>Posyandu Dibuka</a></h1><p>Kader menimbang balita.</p></body></html>"
    )
    assert document.title == "Posyandu Dibuka"


@pytest.mark.parametrize(
    "markup",
    [
        "<!DOCTYPE html><html lang='id'><head><title>https://warta.example.org/berita/banjir/</title>"
        "<link rel='canonical' href='https://warta.example.org/berita/banjir/'><meta name='robots' content='noindex'>"
        "<meta charset='utf-8'><meta http-equiv='refresh' content='0; url=https://warta.example.org/berita/banjir/'></head></html>",
        "<!DOCTYPE html>\n<html lang='en-US'>\n<meta charset='utf-8'>\n<title>Redirecting&hellip;</title>\n"
        "<link rel='canonical' href='https://warta.example.org/2019/05/banjir.html'>\n"
        "<meta http-equiv='refresh' content='0; url=https://warta.example.org/2019/05/banjir.html'>\n"
        "<h1>Redirecting&hellip;</h1>\n<a href='https://warta.example.org/2019/05/banjir.html'>Click here if you are not redirected.</a>\n</html>",
    ],
    ids=["hugo-alias", "jekyll-redirect-from"],
)
def test_a_page_that_only_redirects_elsewhere_is_not_a_document(markup):
    result = ingest_bytes(markup.encode(), "lama/index.html", "lama/index.html", IngestOptions(include_all=True))
    assert result.documents == [] and result.left_out == {"not a document: redirect page": 1}


def test_a_page_that_reloads_itself_is_still_a_document():
    document = _page(
        "<html><head><meta http-equiv='refresh' content='300'></head><body><h1>Kabar Terkini</h1>"
        "<p>Pemantauan tinggi muka air Kali Ciliwung di Katulampa.</p></body></html>"
    )
    assert document.title == "Kabar Terkini"


YOAST_GRAPH = (
    '{"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"https://warta.example.org/#website","name":"Warta Pesisir"},'
    '{"@type":"NewsArticle","@id":"https://warta.example.org/2021/03/lelang/#article","headline":"Lelang Ikan Pagi",'
    '"datePublished":"2021-03-04T08:15:00+07:00","dateModified":"2021-03-05T10:00:00+07:00",'
    '"author":{"@id":"https://warta.example.org/#/schema/person/ab12"}},'
    '{"@type":"Person","@id":"https://warta.example.org/#/schema/person/ab12","name":"Rina Wulandari"}]}'
)


def test_json_ld_gives_the_date_and_author_a_page_has_no_meta_tag_for():
    document = _page(
        f"<html><head><script type='application/ld+json'>{YOAST_GRAPH}</script></head><body>"
        "<aside><time datetime='2020-01-01'>1 Januari 2020</time></aside>"
        "<article><h1>Lelang Ikan Pagi</h1><p>Lelang dimulai pukul lima pagi di Paotere.</p></article></body></html>"
    )
    assert document.date.startswith("2021-03-04") and document.date_source == "html_meta"
    assert document.authors == ["Rina Wulandari"]
    assert document.problems == []


def test_json_ld_that_is_not_json_is_a_problem_and_the_page_is_still_read():
    document = _page(
        "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\",}</script></head>"
        "<body><article><h1>Lelang Ikan Pagi</h1><p>Lelang dimulai pukul lima pagi.</p></article></body></html>"
    )
    assert document.title == "Lelang Ikan Pagi"
    assert [problem.field for problem in document.problems] == ["metadata"]


def test_an_html_page_without_any_text_is_not_a_document():
    markup = (
        "<html><head><title>Pencarian &mdash; dokumentasi Desa Digital</title></head><body>"
        "<div class='wy-menu' role='navigation'><a href='index.html'>Beranda</a></div>"
        "<div role='main'><noscript><p>Aktifkan JavaScript untuk mencari.</p></noscript><div id='search-results'></div></div>"
        "<script src='_static/searchtools.js'></script></body></html>"
    )
    result = ingest_bytes(markup.encode(), "search.html", "search.html", IngestOptions(include_all=True))
    assert result.documents == [] and result.left_out == {"not a document: HTML page without text": 1}


def test_a_full_og_url_is_preferred_to_a_canonical_link_a_mirror_made_relative():
    head = "<link rel='canonical' href='/2020/02/02/banjir/'><meta property='og:url' content='https://kampungpulo.example.id/2020/02/02/banjir/'>"
    document = _page(f"<html><head>{head}</head><body><article><h1>Banjir</h1><p>Air naik.</p></article></body></html>")
    assert document.url == "https://kampungpulo.example.id/2020/02/02/banjir/"
    relative = _page("<html><head><link rel='canonical' href='/2020/02/02/banjir/'></head><body><p>Air naik.</p></body></html>")
    assert relative.url == "/2020/02/02/banjir/"


def _both_paths(article: str) -> tuple[str, str]:
    """The text of one article read from its ``<article>`` and, in a div theme without
    one, through trafilatura."""
    theme = (
        "<html><body><div id='header'><div class='menu'><a href='/'>Beranda</a> <a href='/profil'>Profil Kampung</a></div></div>"
        "<div id='content'><div class='post'>{}</div></div>"
        "<div id='sidebar' class='widget-area'><h3>Tulisan Terbaru</h3><ul><li><a href='/a'>Kerja Bakti Minggu Ini</a></li></ul></div>"
        "<div id='footer'>Hak cipta Warta Kampung 2019</div></body></html>"
    )
    return _page(theme.format(f"<article>{article}</article>")).text, _page(theme.format(article)).text


FIGURES = (
    "<h1>Banjir Rob di Muara Angke</h1>"
    "<p>Air laut kembali naik ke permukiman nelayan di Muara Angke pada Selasa pagi, dan warga mengungsi ke musala terdekat.</p>"
    "<figure class='wp-block-image'><img src='/rob.jpg' alt='Perahu nelayan terendam air rob'>"
    "<figcaption class='wp-element-caption'>Perahu di dermaga Muara Angke terendam setinggi lutut.</figcaption></figure>"
    "<p>Menurut warga, rob tahun ini lebih tinggi karena tanggul belum selesai dibangun oleh pemerintah kota.</p>"
    "<p><img src='/tanggul.jpg' alt='Tanggul laut yang belum rampung'> <img src='/ikon.png' alt='ikon-kecil.png'></p>"
    "<div class='wp-caption'><img src='/posko.jpg' alt='Posko pengungsian'><p class='wp-caption-text'>Posko warga di Musala Al-Ikhlas.</p></div>"
    "<p>Pemerintah kota berjanji menyelesaikan tanggul sebelum musim hujan berikutnya, namun warga masih ragu.</p>"
)




def test_a_line_break_is_one_line_break_with_and_without_an_article_element():
    article = (
        "<h1>Banjir Rob</h1><p>Warga mengungsi ke musala terdekat sambil menyelamatkan perahu dan jaring mereka.<br />\n"
        "Ketua RT meminta bantuan pompa dari kelurahan.<br>Bantuan tiba menjelang siang.\n<br>\nAir surut pada sore hari.<br><br>"
        "Malamnya listrik padam di seluruh kampung nelayan itu.</p>"
        "<p>Esoknya warga kembali membersihkan rumah masing-masing dan menjemur kasur di tepi jalan kampung.</p>"
    )
    in_article, extracted = _both_paths(article)
    assert extracted == in_article == (
        "Banjir Rob\n\nWarga mengungsi ke musala terdekat sambil menyelamatkan perahu dan jaring mereka.\n"
        "Ketua RT meminta bantuan pompa dari kelurahan.\nBantuan tiba menjelang siang.\nAir surut pada sore hari.\n\n"
        "Malamnya listrik padam di seluruh kampung nelayan itu.\n\nEsoknya warga kembali membersihkan rumah masing-masing dan menjemur kasur di tepi jalan kampung."
    )
    # a Blogger post is text between <br /><br />: a blank line, as a reader sees it
    post = (
        "<div class='post-body'>Ratusan warga Kelurahan Air Manis mengikuti simulasi evakuasi tsunami bersama relawan.<br /><br />\n"
        "Sirene dibunyikan pukul 08.00 WIB, lalu warga berjalan menuju bukit evakuasi.<br />\nPetugas mencatat waktu tempuh.</div>"
    )
    in_article, extracted = _both_paths(post)
    assert extracted == in_article == (
        "Ratusan warga Kelurahan Air Manis mengikuti simulasi evakuasi tsunami bersama relawan.\n\n"
        "Sirene dibunyikan pukul 08.00 WIB, lalu warga berjalan menuju bukit evakuasi.\nPetugas mencatat waktu tempuh."
    )


SCRIPTS_IN_SENTENCES = (
    "<h1>Posyandu Melati Dibuka Lagi</h1>"
    "<p>Posyandu Melati di Dusun Krajan kembali melayani balita <script>document.write(hariIni)</script>. "
    "Pendaftaran dibuka di balai dusun <iframe src='https://maps.example.id/embed?pb=1'></iframe>, "
    "sejak pukul 07.30 <noscript><img src='/hitung.gif'></noscript>.</p>"
    "<p>Kader membawa timbangan baru <ins class='adsbygoogle' data-ad-client='ca-pub-1'></ins>"
    "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>, lalu mencatat berat badan anak "
    "<object><param name='movie' value='/video.swf'><embed src='/video.swf'></object>. Jadwal berikutnya "
    "diumumkan pada <time datetime='2021-04-10'>10 April 2021</time> (<i class='fa fa-calendar'></i>Sabtu) "
    "<picture><source srcset='/jadwal.webp'><img src='/jadwal.jpg' alt='Papan jadwal posyandu'></picture>.</p>"
)

FOOTNOTES = (
    "<h1>Karakteristik Linux</h1><p>Linux bersifat portabel dan dapat dipasang di berbagai perangkat keras milik kantor desa "
    "<a class='footnote-reference brackets' href='#f1' id='id1' role='doc-noteref'><span class='fn-bracket'>[</span>1"
    "<span class='fn-bracket'>]</span></a>.</p><aside class='footnote-list brackets'>"
    "<aside class='footnote brackets' id='f1' role='doc-footnote'><span class='label'><span class='fn-bracket'>[</span>"
    "<a role='doc-backlink' href='#id1'>1</a><span class='fn-bracket'>]</span></span>"
    "<p>Diambil dari buku pengantar sistem operasi terbuka untuk perangkat desa.</p></aside></aside>"
)


#: Code as Sphinx (Pygments, a figure's caption permalink, docutils' inline literals and
#: table cells) and Hugo (Chroma) write it.
CODE_AND_TABLES = (
    "<h1>Memasang Server Desa<a class='headerlink' href='#memasang' title='Tautan permanen'>¶</a></h1>"
    "<p>Gunakan <code class='docutils literal notranslate'><span class='pre'>psql</span></code> atau "
    "<code class='docutils literal notranslate'><span class='pre'>Data</span> <span class='pre'>Source</span></code> "
    "untuk membuka basis data <kbd>latihan</kbd> milik kantor desa.</p>"
    "<div class='highlight-sql notranslate'><div class='highlight'><pre><span></span><span class='k'>select</span> "
    "<span class='n'>nama</span><span class='p'>,</span> <span class='n'>dusun</span>\n<span class='k'>from</span> "
    "<span class='n'>penduduk</span>\n  <span class='k'>where</span> <span class='n'>rt</span> <span class='o'>=</span> "
    "<span class='mi'>3</span>\n</pre></div></div>"
    "<div class='figure align-default' id='peta'><p class='caption'><span class='caption-number'>Gambar 2 </span>"
    "<span class='caption-text'>Peta wilayah desa</span><a class='headerlink' href='#peta' title='Tautan permanen'>¶</a></p></div>"
    "<table class='docutils align-default'><thead><tr class='row-odd'><th class='head'><p>Perintah</p></th>"
    "<th class='head'><p>Kegunaan</p></th></tr></thead><tbody><tr class='row-even'><td><p>pwd</p></td>"
    "<td><p>menampilkan direktori kerja</p></td></tr></tbody></table>"
    "<div class='highlight'><pre tabindex='0' class='chroma'><code class='language-bash' data-lang='bash'>"
    "<span class='line'><span class='cl'>sudo apt install nginx\n</span></span><span class='line'><span class='cl'>"
    "    sudo systemctl enable nginx\n</span></span></code></pre></div>"
    "<p>Setelah itu periksa catatan log server agar tidak ada kesalahan yang tertinggal di kantor desa.</p>"
)


@pytest.mark.parametrize(
    ("article", "text"),
    [
        # figures keep their alt texts and captions
        (FIGURES, "Banjir Rob di Muara Angke\n\n"
         "Air laut kembali naik ke permukiman nelayan di Muara Angke pada Selasa pagi, dan warga mengungsi ke musala terdekat.\n\n"
         "Perahu nelayan terendam air rob\n\nPerahu di dermaga Muara Angke terendam setinggi lutut.\n\n"
         "Menurut warga, rob tahun ini lebih tinggi karena tanggul belum selesai dibangun oleh pemerintah kota.\n\n"
         "Tanggul laut yang belum rampung\n\n"
         "Posko pengungsian\n\nPosko warga di Musala Al-Ikhlas.\n\n"
         "Pemerintah kota berjanji menyelesaikan tanggul sebelum musim hujan berikutnya, namun warga masih ragu."),
        # a script, an ad, a frame or an embed dropped in a sentence leaves no space before the punctuation after it
        (SCRIPTS_IN_SENTENCES, "Posyandu Melati Dibuka Lagi\n\n"
         "Posyandu Melati di Dusun Krajan kembali melayani balita. Pendaftaran dibuka di balai dusun, sejak pukul 07.30.\n\n"
         "Kader membawa timbangan baru, lalu mencatat berat badan anak. "
         "Jadwal berikutnya diumumkan pada 10 April 2021 (Sabtu) Papan jadwal posyandu."),
        # footnotes as Sphinx 5+ (docutils 0.18+) writes them are text, not an <aside> of the theme
        (FOOTNOTES, "Karakteristik Linux\n\n"
         "Linux bersifat portabel dan dapat dipasang di berbagai perangkat keras milik kantor desa [1].\n\n"
         "[1]\n\nDiambil dari buku pengantar sistem operasi terbuka untuk perangkat desa."),
        # inline code stays in its sentence, a code block keeps its lines, a table its rows
        (CODE_AND_TABLES, "Memasang Server Desa\n\n"
         "Gunakan psql atau Data Source untuk membuka basis data latihan milik kantor desa.\n\n"
         "select nama, dusun\nfrom penduduk\n  where rt = 3\n\nGambar 2 Peta wilayah desa\n\n"
         "Perintah Kegunaan\n\npwd menampilkan direktori kerja\n\nsudo apt install nginx\n    sudo systemctl enable nginx\n\n"
         "Setelah itu periksa catatan log server agar tidak ada kesalahan yang tertinggal di kantor desa."),
    ],
    ids=["figures", "scripts-in-sentences", "footnotes", "code-and-tables"],
)
def test_the_article_reads_alike_with_and_without_an_article_element(article, text):
    in_article, extracted = _both_paths(article)
    assert extracted == in_article == text




def test_spaces_between_table_cells_are_not_line_breaks():
    table = "<table>\n  <tr>\n    <th>Jenis</th>\n    <th>Berat</th>\n  </tr>\n  <tr>\n    <td>Cakalang</td>\n    <td>120</td>\n  </tr>\n</table>"
    assert html_to_text(table) == "Jenis Berat\n\nCakalang 120"


def test_headings_and_lists_of_an_article_in_an_unnamed_container_are_kept():
    # a Jekyll theme's grid: menu, a widget column, then the article in a <div> whose class
    # trafilatura does not know, so that it gathers the page's paragraphs alone
    paragraph = "<p>Warga Dusun Krajan menimbang sampah plastik setiap Sabtu pagi di balai dusun, lalu mencatat beratnya di buku tabungan masing-masing keluarga.</p>"
    page = (
        "<html><head><title>Bank Sampah Dusun</title></head><body><div class='header'><h1>Bank Sampah Dusun</h1></div>"
        "<div class='grid-container'><div class='grid-menu'><a href='/'>Beranda</a><a href='/kabar'>Kabar</a></div>"
        "<div class='grid-widget'><p>Dukung blog ini dengan berdonasi lewat tautan di bawah.</p><form><select><option>Donasi</option></select></form></div>"
        "<div class='grid-content'><h2 id='latar'>Latar Belakang</h2>" + paragraph +
        "<h3 id='tujuan'>Tujuan Kegiatan</h3><ol><li>Mengurangi sampah plastik di sungai.</li><li>Menambah tabungan keluarga.</li></ol>"
        + paragraph.replace("Sabtu pagi", "Minggu sore") +
        "<h2 id='cara'>Cara Menabung</h2><ul><li>Pilah sampah di rumah.</li><li>Bawa ke balai dusun.</li></ul>"
        + paragraph.replace("plastik", "kertas") + "</div></div>"
        "<footer><p>Hak cipta Bank Sampah Dusun Krajan</p></footer></body></html>"
    )
    text = _page(page).text
    for kept in ("Latar Belakang", "Tujuan Kegiatan", "Mengurangi sampah plastik di sungai.", "Cara Menabung", "Bawa ke balai dusun.", "buku tabungan"):
        assert kept in text
    for furniture in ("Dukung blog ini", "Donasi", "Hak cipta", "Beranda"):
        assert furniture not in text


def test_an_alt_text_that_only_names_the_image_file_is_not_text():
    page = "<p>Susunan alat ukur:</p><p><img src='/a.gif' alt='2.penyusunan ammeter.gif'></p><p><img src='/b.png' alt='Rangkaian ammeter sederhana'></p>"
    assert html_to_text(page) == "Susunan alat ukur:\n\nRangkaian ammeter sederhana"
    assert markdown_to_text("Curah hujan ![Grafik curah hujan 2020.PNG](grafik.png) naik.\n") == "Curah hujan naik."


@pytest.mark.parametrize(
    ("meta", "date"),
    [
        ("<meta name='date' content='2025-09-27'>", "2021-03-04"),  # the day a generator built the page: JSON-LD says when it was published
        ("<meta name='date' content='2025-09-27'><meta property='article:published_time' content='2021-03-05T07:00:00+07:00'>", "2021-03-05"),
    ],
)
def test_a_published_date_wins_over_a_date_of_any_kind(meta, date):
    document = _page(
        f"<html><head>{meta}<script type='application/ld+json'>{YOAST_GRAPH}</script></head><body>"
        "<article><h1>Lelang Ikan Pagi</h1><p>Lelang dimulai pukul lima pagi di Paotere.</p></article></body></html>"
    )
    assert document.date.startswith(date)


def test_the_date_in_an_articles_header_is_its_date_and_not_text():
    # Pelican's alchemy theme: the date only as the byline's text (and a title attribute)
    document = _page(
        "<html><head><title>Berproses | Catatan Keluarga</title></head><body><header class='header'><h1 class='title'><a href='./'>Catatan Keluarga</a></h1></header>"
        "<div class='main'><h1>Berproses</h1><article class='article'><header><ul class='list-inline'>"
        "<li class='list-inline-item text-muted' title='2019-07-07T14:09:00+08:00'><i class='fa fa-clock-o'></i> Sun 07 July 2019</li>"
        "<li class='list-inline-item'><a href='./category/harian.html'>Harian</a></li></ul></header>"
        "<div class='content'><p>Rumah baru kami akan jadi pada akhir Juli, insyaAllah, setelah dua tahun menabung.</p></div></article></div></body></html>"
    )
    assert (document.date, document.date_source) == ("2019-07-07", "text")
    assert document.title == "Berproses" and "July" not in document.text


def test_a_short_page_keeps_its_sentences_whole():
    """On a short page trafilatura falls back to every element's text on a line of its own:
    the sentence is read from the page itself, not broken at each word in bold or link."""
    html = (Path(__file__).parent / "data" / "main-content" / "docusaurus-build-pendek.html").read_text(encoding="utf-8")
    document = _page(html)
    assert document.text == "Selamat datang di praktikum Struktur Data dan Algoritma. Praktikum ini memakai bahasa Java."
    assert document.problems == []
