"""Jekyll's ``{% include %}`` shows the file of the site's includes folder in the page, its
``{{ include.x }}`` the tag's parameters, as Jekyll renders it before the page's Markdown
(tests/data/jekyll-includes); an include the export does not hold keeps its parameters
that are text and is named, but a well-known theme's; layouts, includes, data, Sass and
plugins are no pages."""

import shutil
from pathlib import Path

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.markup.markdown import markdown_to_text
from arsip.ingest.pipeline import JEKYLL_TEMPLATE, read_documents
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import zip_of

SITE = Path(__file__).parent / "data" / "jekyll-includes"
UNREAD = (
    "{} include(s) not read into the page (not in the site's includes folder on disk: a theme's, a file the export lacks, "
    "or a site read from an archive), only their parameters that are text shown: {}"
)


def _documents(path, report=None) -> dict:
    return {document.id: document for document in read_documents([str(path)], IngestOptions(), report)}


def test_an_include_shows_its_file_with_the_tags_parameters():
    """Quoted values, a variable of the page, a nested include given ``include.tokoh``, a
    Markdown include read as the page's Markdown, an HTML one as kramdown reads raw HTML
    (``markdown="span"``: its Markdown read); a tag in a raw block is shown, not run."""
    page = _documents(SITE)["_posts/2024-03-01-panen-raya.md"]
    assert page.text == (
        "Selamat datang di laman Kabar Desa Sukamaju. Kami menulis tentang panen, rapat dan kegiatan warga.\n\n"
        "Musim ini sawah warga menguning lebih cepat dari tahun lalu.\n\n"
        "Catatan: Hasil panen naik dua kali lipat.\n\n"
        "Catatan: Gabah kering dijual lewat koperasi.\n\n"  # content=page.catatan_ketua
        "Pendaftaran penerima pupuk ditutup Jumat ini.\n\n"
        "Petani memanen padi\n\nPanen di sawah Blok C\n\n"
        "Kerja bersama membuat panen lebih ringan.\n\n— Budi Santoso\n\n"
        'Tulis {% include note.html content="..." %} untuk kotak catatan.'
    )
    assert page.problems == []


def test_an_html_post_reads_its_includes_too():
    page = _documents(SITE)["_posts/2024-03-05-rapat-warga.html"]
    assert page.text == "Rapat warga dimulai pukul delapan di balai desa.\n\nCatatan: Warga diminta membawa fotokopi KTP."
    assert page.problems == []


def test_an_include_the_export_lacks_keeps_its_text_and_is_named_unless_a_known_themes():
    """minimal-mistakes' ``figure`` shows its alt and caption (no problem); a missing
    ``pengumuman.html`` its prose (not its icon's or class's names) with a problem; an
    include of itself is read once."""
    page = _documents(SITE)["_posts/2024-03-09-kerja-bakti.md"]
    assert page.text == (
        "Warga membersihkan saluran air sepanjang dua kilometer.\n\n"
        "Warga membersihkan saluran Saluran di depan balai desa\n\n"
        "Kerja bakti berikutnya hari Minggu pagi.\n\n"
        "Bagian yang berulang."
    )
    assert [problem.reason for problem in page.problems] == [
        "{% include berulang.html %} includes itself (through _posts/2024-03-09-kerja-bakti.md → _includes/berulang.html): not read again",
        UNREAD.format(1, "pengumuman.html (1)"),
    ]


def test_an_includes_front_matter_is_its_text_and_a_bare_parameter_a_variable():
    """Jekyll reads an include's file as it is (``IncludeTag#read_file``): a ``---`` block at
    its top is no front matter but text, which kramdown reads as a rule and a heading. A
    bare parameter is a Liquid variable: ``page.keterangan_foto`` shows the front matter's
    value, ``pesan_kader`` and ``keterangan``, which nothing sets, show nothing (not the word).
    ``{{ include.isi | markdownify }}`` shows the value's Markdown rendered."""
    page = _documents(SITE)["_posts/2024-03-12-posyandu.md"]
    assert page.text == (
        "Posyandu Melati dibuka setiap Selasa kedua.\n\n"
        "judul: Jadwal layanan\n\nPukul 08.00 sampai 11.00 di balai desa.\n\n"
        "Kader menimbang balita\n\n"
        "Balita wajib ditimbang setiap bulan."  # (markdownify: its Markdown read, where an .html include keeps stars)
    )
    assert page.problems == []


def test_a_bare_parameter_set_in_the_page_is_named_when_its_value_is_not_known(tmp_path):
    """A variable assigned a string literal once shows it, after the assignment."""
    (tmp_path / "_config.yml").write_text("title: Kabar\n", encoding="utf-8")
    (tmp_path / "tentang.md").write_text(
        "---\ntitle: Tentang\n---\nKami warga Sukamaju.\n\n{% assign ketua = site.data.pengurus.ketua %}\n"
        "{% include figure image_path=\"/img/ketua.jpg\" caption=ketua %}\n\n"
        "{% assign sekretaris = \"Siti Rahmawati, sekretaris desa\" %}\n{% include figure image_path=\"/img/siti.jpg\" caption=sekretaris %}\n",
        encoding="utf-8",
    )
    page = _documents(tmp_path)["tentang.md"]
    assert page.text == "Kami warga Sukamaju.\n\nSiti Rahmawati, sekretaris desa"
    assert [problem.reason for problem in page.problems] == ["1 Liquid output(s) removed, what they show not known: {{ ketua }} (1)"]


def test_layouts_includes_data_sass_and_plugins_are_no_pages():
    report = IngestReport()
    documents = _documents(SITE, report)
    assert sorted(documents) == [
        "_posts/2024-03-01-panen-raya.md",
        "_posts/2024-03-05-rapat-warga.html",
        "_posts/2024-03-09-kerja-bakti.md",
        "_posts/2024-03-12-posyandu.md",
    ]
    assert report.skipped[JEKYLL_TEMPLATE] == 12  # (_layouts/ 2, _includes/ 10)
    assert report.skipped["site code or configuration"] == 4  # (_config.yml, _data/, _sass/, _plugins/)


def test_the_includes_folder_is_the_one_the_configuration_names(tmp_path):
    (tmp_path / "_config.yml").write_text("title: Kabar\nincludes_dir: /potongan\nlayouts_dir: tata-letak\n", encoding="utf-8")
    for name, text in {
        "potongan/catatan.html": "<p class=\"catatan\">{{ include.isi }}</p>\n",
        "tata-letak/dasar.html": "<main>{{ content }}</main>\n",
        "_includes/catatan.html": "<p>Berkas lama yang tidak dibaca.</p>\n",
        "tentang.md": "---\ntitle: Tentang\n---\nKami warga Sukamaju.\n\n{% include catatan.html isi=\"Balai desa buka setiap hari.\" %}\n",
    }.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = IngestReport()
    documents = _documents(tmp_path, report)
    assert documents["tentang.md"].text == "Kami warga Sukamaju.\n\nBalai desa buka setiap hari."
    assert report.skipped[JEKYLL_TEMPLATE] == 2 and "potongan/catatan.html" not in documents


def test_in_an_archive_includes_are_named_and_keep_their_text(tmp_path):
    zip_of(SITE, tmp_path / "situs.zip", "situs/")
    page = _documents(tmp_path / "situs.zip")["situs.zip!/situs/_posts/2024-03-05-rapat-warga.html"]
    assert page.text == "Rapat warga dimulai pukul delapan di balai desa.\n\nWarga diminta membawa fotokopi KTP."
    assert [problem.reason for problem in page.problems] == [UNREAD.format(1, "note.html (1)")]


def test_in_an_archive_a_file_include_relative_names_is_named(tmp_path):
    """(On disk it is read: tests/test_jekyll_include_relative.py.)"""
    folder = tmp_path / "situs"
    (folder / "panduan").mkdir(parents=True)
    (folder / "_config.yml").write_text("title: Kabar\n", encoding="utf-8")
    (folder / "panduan" / "index.md").write_text("---\ntitle: Panduan\n---\nPembuka panduan.\n\n{% include_relative sisipan.md %}\n", encoding="utf-8")
    (folder / "panduan" / "sisipan.md").write_text("Bawa KTP ke balai desa.\n", encoding="utf-8")
    zip_of(folder, tmp_path / "situs.zip", "situs/")
    page = _documents(tmp_path / "situs.zip")["situs.zip!/situs/panduan/index.md"]
    assert page.text == "Pembuka panduan."
    assert [problem.reason for problem in page.problems] == [
        "1 file(s) included with include_relative not read into the page (a site read from an archive): sisipan.md (1)"
    ]


def test_include_cached_reads_as_include(tmp_path):
    """jekyll-include-cache's tag (minimal-mistakes' layouts use it) shows the same file."""
    (tmp_path / "_config.yml").write_text("title: Kabar\nplugins: [jekyll-include-cache]\n", encoding="utf-8")
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "catatan.html").write_text("<p>{{ include.isi }}</p>\n", encoding="utf-8")
    (tmp_path / "tentang.md").write_text("---\ntitle: Tentang\n---\n{% include_cached catatan.html isi=\"Balai desa buka pukul delapan.\" %}\n", encoding="utf-8")
    page = _documents(tmp_path)["tentang.md"]
    assert (page.text, page.problems) == ("Balai desa buka pukul delapan.", [])


def test_an_index_reads_a_page_again_when_its_include_changes(tmp_path):
    site, directory = tmp_path / "situs", tmp_path / "indeks"
    shutil.copytree(SITE, site)
    index_paths(directory, [str(site)])
    (site / "_includes" / "bagian" / "sumber.html").write_text("<p class=\"sumber\">Ucapan {{ include.nama }}, ketua kelompok tani</p>\n", encoding="utf-8")
    index_paths(directory, [str(site)])
    assert "Ucapan Budi Santoso, ketua kelompok tani" in get_records(directory, "_posts/2024-03-01-panen-raya.md")[0]["text"]


def test_parameters_of_an_include_not_read_that_are_text():
    """Named like text or like a box's text (``content``, ``isi``), or quoted prose; not a
    setting's value, a path, an identifier or a variable."""
    body = (
        '{% include tip.html content="Simpan bukti pembayaran." %}\n\n'
        '{% include kotak.html isi="Bawa KTP asli." class="kotak kotak-biru" gambar="/img/ktp asli.png" %}\n\n'
        '{% include tombol.html tautan="Daftar sekarang juga" id="tombol_daftar" teks=page.label %}\n'
    )
    assert markdown_to_text(body, {}, "jekyll") == "Simpan bukti pembayaran.\n\nBawa KTP asli.\n\nDaftar sekarang juga"
