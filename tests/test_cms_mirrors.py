"""Crawled mirrors of CMS sites (Joomla, Drupal, OpenSID): the article without the CMS's
furniture around its text, its category, tags and author as metadata, its address, list pages
and print views."""

from pathlib import Path

from arsip.ingest.feed_copies import PRINT_COPY_OF_PAGE
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestReport
from arsip.ingest.screening import LIST_PAGE

DATA = Path(__file__).parent / "data"


def _read(folder: str):
    report = IngestReport()
    documents = {Path(document.id).name: document for document in read_documents([str(DATA / folder)], report=report)}
    return documents, report


ARTICLE = """Musyawarah Desa Penyusunan RKPDes 2024

Pemerintah Desa Sukamaju menggelar Musyawarah Desa penyusunan Rencana Kerja Pemerintah Desa (RKPDes) \
tahun 2024 di balai desa pada Jumat pagi. Musyawarah dihadiri Badan Permusyawaratan Desa, ketua RT dan RW, \
kader posyandu, serta tokoh masyarakat.

Kepala Desa Sukamaju, Bapak Ahmad Subagja, menyampaikan bahwa prioritas pembangunan tahun depan adalah \
perbaikan jalan usaha tani sepanjang 800 meter dan pembangunan saluran irigasi di Dusun Cibeureum.

Warga juga mengusulkan pelatihan pengolahan hasil pertanian bagi kelompok wanita tani. Seluruh usulan akan \
dibahas kembali bersama pendamping desa sebelum ditetapkan dalam peraturan desa."""


def test_a_joomla_3_article_is_its_text_and_its_info_block_is_metadata():
    documents, _ = _read("joomla")
    article = documents["12-musyawarah-desa-rkpdes-2024.html"]
    assert article.text == ARTICLE  # no "Cetak", "Rincian … Dilihat: 214", tag list or "Sebelumnya"
    assert [term.label for term in article.categories] == ["Berita"]
    assert {"Pembangunan", "Musyawarah"} <= {term.label for term in article.tags}
    assert (article.author, article.date) == ("Super User", "2023-05-12T08:00:00+07:00")
    assert article.url == "http://www.sukamaju.desa.id/index.php/berita/12-musyawarah-desa-rkpdes-2024"
    assert article.problems == []


def test_a_joomla_5_article_without_microdata_gives_its_category_and_tags():
    documents, _ = _read("joomla")
    article = documents["27-pelatihan-operator-sid.html"]
    assert article.text.startswith("Pelatihan Operator Sistem Informasi Desa\n\nKecamatan Mekarsari mengadakan")
    assert article.text.endswith("paling sedikit sekali seminggu.")
    assert not {"Rincian", "Dilihat", "Sebelumnya", "Arsip", "Beranda"} & set(article.text.split())
    assert [term.label for term in article.categories] == ["Kabar Kecamatan"]
    assert [term.label for term in article.tags] == ["Sistem Informasi Desa", "Pelatihan"]
    assert article.author == "Humas Kecamatan"  # no author meta tag: the info block's Person names it


def test_joomla_category_pages_and_print_views_are_not_documents():
    documents, report = _read("joomla")
    assert sorted(documents) == ["12-musyawarah-desa-rkpdes-2024.html", "27-pelatihan-operator-sid.html"]
    assert report.skipped[PRINT_COPY_OF_PAGE] == 1  # 12-…?tmpl=component&print=1.html, a print copy of the article
    assert report.skipped[LIST_PAGE] == 2  # berita.html and berita?start=5.html


def test_a_drupal_node_is_its_body_and_its_tags_field_gives_tags():
    documents, report = _read("drupal")
    assert sorted(documents) == ["12.html", "7.html", "8.html"]  # taxonomy/term/3.html lists the node
    assert report.skipped[LIST_PAGE] == 1
    node = documents["12.html"]
    assert node.text.startswith("Dinas Kesehatan Kabupaten Contoh melaksanakan imunisasi campak rubela")
    assert node.text.endswith("di puskesmas terdekat.")  # no "Tags / imunisasi / sekolah", no "Oleh admin"
    assert [term.label for term in node.tags] == ["imunisasi", "sekolah"]
    assert (node.url, node.date) == ("https://dinkes.contoh.go.id/node/12", "2023-05-12")


def test_an_opensid_article_is_read_from_its_element_and_its_byline_is_metadata():
    documents, report = _read("opensid")
    assert "2.html" not in documents and report.skipped[LIST_PAGE] == 1  # first/index/2: a list of excerpts
    klasik = documents["57.html"]  # theme Klasik, address /index.php/artikel/57: no date in it
    assert klasik.text.startswith("Penyaluran BLT Dana Desa Tahap II\n\nPemerintah Desa Sukamaju menyalurkan")
    assert klasik.text.endswith("dipakai untuk kebutuhan pokok keluarga.")
    assert [term.label for term in klasik.categories] == ["Berita Desa"]
    assert (klasik.date, klasik.date_source) == ("2023-05-12", "text")  # "Administrator | 12 Mei 2023 | …"
    natra = documents["pembangunan-jalan-usaha-tani.html"]  # theme Natra
    assert natra.text.startswith("Pembangunan jalan usaha tani sepanjang 650 meter")
    assert natra.text.endswith("dari sawah ke penggilingan.")
    assert [term.label for term in natra.categories] == ["Pembangunan"]
    for document in (klasik, natra):
        words = set(document.text.split())
        assert not {"Dibaca", "Kali", "Komentar", "Aparatur", "Statistik", "Pengunjung", "Kecamatan", "Artikel"} & words
        assert document.problems == []


def test_a_cms_byline_names_the_author_when_no_meta_tag_does():
    drupal, _ = _read("drupal")
    opensid, _ = _read("opensid")
    assert drupal["12.html"].author == "admin"  # Olivero: "Oleh <span class="node__author">admin</span>"
    # Drupal 7's "Dikirim oleh <span class="username">…</span> pada …"; the comment's username is not it
    assert drupal["7.html"].author == "Bidan Rahmawati"
    assert (drupal["7.html"].date, drupal["7.html"].date_source) == ("2023-04-03T09:00:00+07:00", "html_meta")  # its byline's RDFa
    assert drupal["8.html"].date is None  # the comment's date is not the page's
    assert drupal["7.html"].text.endswith("buku catatan kesehatan.")  # the byline stays out of the text
    assert drupal["8.html"].author is None  # a basic page shows no byline: its commenter is no author
    assert opensid["57.html"].author == "Administrator"  # Klasik: "Administrator | 12 Mei 2023 | …"
    assert opensid["pembangunan-jalan-usaha-tani.html"].author == "Sekretaris Desa"  # Natra, after the date
