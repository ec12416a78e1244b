"""reStructuredText: Pelican posts and Sphinx pages read with docutils, safely.

The sites' text (what must and must not appear) is checked in sites/expected.toml
(tests/test_sites.py); here: metadata, drafts, the generator of a lone reST file, Sphinx
roles and directives, broken and hostile files, and the conservative conversion."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from bs4 import BeautifulSoup
from docutils.core import publish_parts

from arsip.ingest.pipeline import ingest_bytes, read_documents
from arsip.ingest.readers import SourceFile
from arsip.ingest.readers.rst import read
from arsip.ingest.results import IngestOptions
from arsip.ingest.rst.markup import rst_markup_free
from arsip.ingest.sites.site import SiteInfo, read_site_info, sphinx_values

from .conftest import best_cpu_seconds
from .test_sites import SITES


def _read(source: str):
    (document,) = read(source, SourceFile("a.rst", "a.rst", "a.rst", "rst"))
    return document


def _ingest(source: str, name: str = "catatan.rst", options: IngestOptions | None = None):
    result = ingest_bytes(source.encode("utf-8"), name, name, options)
    assert result.failure is None, result.failure
    return result.documents


def _reasons(document) -> str:
    return " | ".join(problem.reason for problem in document.problems)


def test_pelican_docinfo_is_metadata_not_text():
    documents = {document.id: document for document in read_documents([str(SITES / "pelican-rst")])}
    post = documents["content/irigasi-tetes.rst"]
    assert (post.format, post.generator, post.title) == ("rst", "pelican", "Irigasi Tetes untuk Kebun Cabai")
    assert (post.date, post.date_source) == ("2019-08-14T09:30:00+07:00", "front_matter:date")  # (in the site's TIMEZONE)
    assert [term.label for term in post.tags] == ["pertanian", "irigasi", "cabai"]
    assert [term.label for term in post.categories] == ["Liputan"]
    assert post.authors == ["Siti Aminah", "Budi Santoso"]
    assert post.fields["summary"] == "Kelompok tani Sukamaju mencoba irigasi tetes di musim kemarau."
    assert (post.fields["slug"], post.fields["modified"]) == ("irigasi-tetes-kebun-cabai", "2019-09-02")
    assert "Kelompok tani Sukamaju mencoba" not in post.text and not post.draft
    assert documents["content/rapat-warga.rst"].authors == ["Yusuf Hakim"]


def test_a_pelican_draft_is_left_out_unless_asked_for():
    assert "content/pasar-tani.rst" not in {document.id for document in read_documents([str(SITES / "pelican-rst")])}
    kept = {document.id: document for document in read_documents([str(SITES / "pelican-rst")], IngestOptions(include_drafts=True))}
    assert kept["content/pasar-tani.rst"].draft
    assert kept["content/pasar-tani.rst"].fields["status"] == "draft"


def test_the_title_is_the_promoted_section_title_else_the_first_heading():
    promoted = _read("Judul Utama\n===========\n\nIsi pertama.\n")
    assert (promoted.title, promoted.heading) == ("Judul Utama", None)
    two_sections = _read("Bagian Satu\n===========\n\nIsi.\n\nBagian Dua\n==========\n\nIsi lain.\n")
    assert (two_sections.title, two_sections.heading) == (None, "Bagian Satu")
    assert "Bagian Dua" in two_sections.text


def test_a_lone_rst_file_records_rst_as_its_generator(tmp_path):
    (tmp_path / "catatan.rst").write_text("Catatan\n=======\n\nIsi catatan rapat.\n", encoding="utf-8")
    (document,) = read_documents([str(tmp_path)])
    assert (document.format, document.generator) == ("rst", "rst")
    (forced,) = read_documents([str(tmp_path)], IngestOptions(generator="pelican"))
    assert forced.generator == "pelican"


def test_sphinx_roles_keep_their_visible_text_and_record_nothing():
    document = _read(
        "Lihat :ref:`Bab Pemasangan <pemasangan>`, :doc:`unduhan </panduan/unduhan>`, :term:`Kader`,\n"
        ":guilabel:`&Simpan`, :menuselection:`Berkas --> Cetak`, :py:func:`~posyandu.catat.simpan`,\n"
        ":abbr:`KMS (Kartu Menuju Sehat)` dan :code:`adb install`.\n"
    )
    assert document.text == (
        "Lihat Bab Pemasangan, unduhan, Kader,\nSimpan, Berkas › Cetak, simpan,\nKMS (Kartu Menuju Sehat) dan adb install."
    )
    assert document.problems == []


def test_unknown_directives_keep_their_text_code_stays_verbatim_and_navigation_goes():
    document = _read(
        ".. versionchanged:: 3.0\n   Laporan kini dikirim otomatis.\n\n"
        ".. sourcecode:: python\n   :emphasize-lines: 2\n\n   def simpan(data):\n       return  *data*\n\n"
        ".. toctree::\n   :hidden:\n\n   bab-satu\n\n"
        ".. contents:: Daftar Isi\n   :depth: 2\n\n"
        ".. admonition:: Catatan kader\n\n   Timbang balita setiap tanggal lima.\n"
    )
    assert document.text == (
        "3.0\nLaporan kini dikirim otomatis.\n\ndef simpan(data):\n    return  *data*\n\nCatatan kader\n\nTimbang balita setiap tanggal lima."
    )
    assert document.problems == []


def test_the_build_date_substitution_is_not_text():
    document = _read("Laporan rapat warga desa.\n\nDiperbarui |hari ini|.\n\n.. |hari ini| date:: %Y-%m-%d\n")
    assert document.text == "Laporan rapat warga desa.\n\nDiperbarui ." and document.problems == []


def test_a_directive_argument_has_its_roles_read():
    document = _read(".. versionadded:: 2.1\n   Tombol :guilabel:`Kirim` kini ada di menu *utama*.\n")
    assert document.text == "2.1\nTombol Kirim kini ada di menu utama."


def test_a_broken_file_is_read_with_problems_and_keeps_its_words():
    source = (
        "Catatan Rusak\n=============\n\n"
        "Paragraf dengan *penekanan yang tidak ditutup sampai akhir.\n\n"
        "+--------+--------+\n| Kolom  | Kolom  |\n+--------+\n| isi tabel rusak |\n+--------+--------+\n\n"
        ".. direktif-aneh:: argumen\n   :opsi: nilai\n\n   Isi direktif tak dikenal tetap terbaca.\n\n"
        "Kalimat penutup setelah semua kerusakan.\n"
    )
    (document,) = _ingest(source)
    for phrase in ("penekanan yang tidak ditutup", "isi tabel rusak", "Isi direktif tak dikenal tetap terbaca.", "Kalimat penutup"):
        assert phrase in document.text, phrase
    assert "2 reST markup problem(s)" in _reasons(document)
    assert "line 4: Inline emphasis start-string without end-string." in _reasons(document)
    assert "Malformed table" in _reasons(document)


@pytest.mark.parametrize(
    "directive",
    [
        ".. include:: /etc/passwd",
        ".. literalinclude:: /etc/passwd",
        ".. raw:: html\n   :file: /etc/passwd",
        ".. raw:: html\n   :url: file:///etc/passwd",
        ".. csv-table:: Data\n   :file: /etc/passwd",
    ],
)
def test_no_directive_reads_another_file(directive):
    (document,) = _ingest(f"Judul\n=====\n\nSebelum.\n\n{directive}\n\nSesudah.\n")
    assert "root:" not in document.text and "/bin/" not in document.text
    assert "Sebelum." in document.text and "Sesudah." in document.text
    assert "never reads other files" in _reasons(document)


def test_raw_html_is_its_text_and_other_raw_formats_are_recorded():
    opening = "Rapat pleno warga membahas anggaran desa, perbaikan jalan, sumur bor, pelatihan pemuda dan sanggar seni."
    document = _read(f"{opening}\n\n.. raw:: html\n\n   <p>Hasil <b>pleno</b></p>\n\n.. raw:: latex\n\n   \\newpage\n")
    assert document.text == f"{opening}\n\nHasil pleno"
    assert "raw latex left out" in _reasons(document)


def test_a_long_line_is_read_as_rest():
    words = " ".join(["warga"] * 4000)  # 24,000 characters: over docutils' default line limit
    document = _read(f"Pembuka *penting* {words}.\n")
    assert document.text.startswith("Pembuka penting warga") and document.problems == []


def test_nesting_too_deep_for_docutils_is_read_conservatively():
    source = "".join(" " * depth + f"tingkat{chr(97 + depth % 26)}kata\n\n" for depth in range(400))
    document = _read(source)
    assert "nested too deep" in _reasons(document)
    assert "tingkatakata" in document.text and "tingkatzkata" in document.text


def test_dense_inline_markup_is_read_conservatively_and_fast():
    source = "Awal paragraf " + "`kata " * 20000 + "akhir.\n"
    started = time.process_time()
    document = _read(source)
    assert time.process_time() - started < 5  # docutils itself takes minutes on this
    assert "too dense" in _reasons(document)
    assert document.text.startswith("Awal paragraf kata kata") and document.text.endswith("akhir.")


def test_a_huge_table_is_read_conservatively_and_fast():
    border = "+" + "-------+" * 20
    source = "Data Warga\n==========\n\n" + border + "\n" + ("|" + " warga |" * 20 + "\n" + border + "\n") * 1500
    started = time.process_time()
    document = _read(source)
    assert time.process_time() - started < 5  # docutils itself takes over a second per 1,000 rows
    assert "tables of about 31,500 cells" in _reasons(document)
    assert document.text.count("warga") == 30000 and "+---" not in document.text


def test_a_repair_in_the_docinfo_belongs_to_its_field():
    source = "Judul\n=====\n\n:date: 2020-01-02\n:summary: Rapat â€“ warga\n\nIsi â€“ rapat.\n"
    (document,) = _ingest(source)
    assert sorted(repair.field for repair in document.repairs) == ["fields.summary", "text"]
    assert document.fields["summary"] == "Rapat – warga"


def test_the_conservative_conversion_of_a_long_run_of_spaces_costs_what_words_cost():
    """A damaged page's line of 30,000 spaces (read conservatively when docutils' text lost
    words) takes no longer than the same line of letters, where it took seconds."""

    def page(filler: str) -> str:
        return f"Panduan\n=======\n\nLihat :doc:`pemasangan <pasang>`.\n\n{'x' * 30000}{filler * 30000}y\n\nAkhir panduan.\n"

    assert "Lihat pemasangan" in rst_markup_free(page(" "))
    ratio = best_cpu_seconds(rst_markup_free, page(" ")) / best_cpu_seconds(rst_markup_free, page("a"))
    assert ratio < 4, f"the spaces took {ratio:.1f} times as long as letters"


def test_the_conservative_conversion_strips_rest_markup_and_keeps_the_words():
    source = (
        "Judul Bagian\n============\n\n"
        ":ref:`Bab Dua <label-bab-dua>` dan |pengganti| serta catatan [#]_ lihat `situs`_.\n\n"
        ".. _situs: https://contoh.id/halaman\n\n"
        ".. |pengganti| replace:: teks pengganti\n\n"
        ".. [#] Isi catatan kaki.\n\n"
        ".. komentar rahasia\n   lanjutan komentar\n\n"
        ".. code-block:: python\n   :linenos:\n   :caption: Contoh hitungan\n\n   hitung = 1\n\n"
        ".. toctree::\n   :maxdepth: 2\n\n   bagian-lain\n\n"
        ".. automodule:: posyandu.catat\n   :members: simpan,\n             kirimkan\n\n"
        ".. meta::\n   :keywords: rahasia\n\n"
        "+------+\n| sel  |\n+======+\n"
    )
    text = rst_markup_free(source)
    for kept in ("Judul Bagian", "Bab Dua", "teks pengganti", "Isi catatan kaki.", "Contoh hitungan", "hitung = 1", "sel", "situs"):
        assert kept in text, kept
    for markup in ("===", "ref", "label", "pengganti|", "https", "komentar", "code-block", "python", "linenos", "toctree", "maxdepth", "bagian-lain", "members", "kirimkan", "rahasia", "+---", "::"):
        assert markup not in text, markup


def test_a_sphinx_build_folder_is_not_read(tmp_path):
    (tmp_path / "conf.py").write_text("html_theme = 'alabaster'\n", encoding="utf-8")
    (tmp_path / "index.rst").write_text("Panduan\n=======\n\nIsi panduan.\n", encoding="utf-8")
    (tmp_path / "_build" / "html").mkdir(parents=True)
    (tmp_path / "_build" / "html" / "index.html").write_text("<html><body><p>Isi panduan.</p></body></html>", encoding="utf-8")
    assert [document.id for document in read_documents([str(tmp_path)])] == ["index.rst"]


SPHINX_CONF = SITES.parent / "sphinx-conf"


def test_sphinx_conf_defines_release_and_version_in_every_page_of_its_project():
    documents = {document.id: document for document in read_documents([str(SPHINX_CONF)])}
    index = documents["docs/index.rst"]
    assert "pada aplikasi versi 1.4, diperbarui 1 Maret 2024." in index.text
    assert [problem.field for problem in index.problems] == ["date"], index.problems  # dated by the |today| it shows: a guess
    own = documents["docs/rilis.rst"]  # the page's own .. |release| replace:: wins
    assert "Rilis 1.4 beta untuk pengurus menambahkan" in own.text
    assert not own.problems, own.problems


def test_computed_sphinx_versions_stay_undefined_as_written():
    (document,) = [document for document in read_documents([str(SPHINX_CONF)]) if document.id == "terhitung/index.rst"]
    assert "untuk rilis |release| mencatat" in document.text
    assert 'Undefined substitution referenced: "release"' in _reasons(document)


def test_sphinx_conf_gives_the_site_base_url_language_and_substitutions():
    site = read_site_info(str(SPHINX_CONF / "docs"))
    assert (site.base_url, site.lang, site.substitutions) == (
        "https://koperasi.contoh.id/petunjuk/", "id", (("version", "1.4"), ("release", "1.4"), ("today", "1 Maret 2024"))
    )
    computed = read_site_info(str(SPHINX_CONF / "terhitung"))
    assert (computed.base_url, computed.lang, computed.substitutions) == (None, "id", ())


@pytest.mark.parametrize(
    ("conf", "expected"),
    [
        ('release = "2.0"\nrelease = hitung()\n', {}),  # reassigned later: its value is unknown
        ('release = "2.0"\nrelease += "-rc1"\n', {}),
        ('if True:\n    release = "9"\nversion = "2.0"\nlanguage = None\n', {"version": "2.0"}),
        ('version: str = "2.0"\nhtml_baseurl = f"https://{host}/"\n', {}),
        ('version = "2.0"\nrelease = version\nlanguage = bahasa\n', {"version": "2.0", "release": "2.0"}),
        ('today = ""\nrelease = "2.0"\n', {"today": "", "release": "2.0"}),
    ],
)
def test_sphinx_conf_takes_only_plain_string_assignments(conf, expected):
    assert sphinx_values(conf) == expected


def test_sphinx_conf_is_parsed_never_run(tmp_path):
    (tmp_path / "conf.py").write_text(
        f"open({str(tmp_path / 'dijalankan')!r}, 'w').close()\nrelease = '1.0'\nhtml_theme = 'alabaster'\n", encoding="utf-8"
    )
    assert read_site_info(str(tmp_path)).substitutions == (("release", "1.0"),)
    assert not (tmp_path / "dijalankan").exists()
    (tmp_path / "conf.py").write_text("release = '1.0\nhtml_theme = 'alabaster'\n", encoding="utf-8")  # not Python
    site = read_site_info(str(tmp_path))
    assert replace(site, unseen=None) == SiteInfo()
    assert site.unseen == "the site's configuration conf.py cannot be read (unterminated string literal (detected at line 1)): none of its settings are used"


def test_a_conf_py_nested_too_deep_for_python_s_parser_is_named_not_the_end_of_the_run(tmp_path):
    """``release = - - - … 1`` 20,000 deep: CPython's parser gives up with MemoryError."""
    (tmp_path / "conf.py").write_text(f"html_theme = 'alabaster'\nrelease = {'-' * 20_000}1\n", encoding="utf-8")
    (tmp_path / "index.rst").write_text("Beranda\n=======\n\nArsip desa.\n", encoding="utf-8")
    (document,) = read_documents([str(tmp_path)])
    assert _reasons(document) == "the site's configuration conf.py cannot be read (nested too deep to parse): none of its settings are used"


def test_a_conf_py_that_is_not_sphinx_s_is_not_read(tmp_path):
    (tmp_path / "conf.py").write_text("language = 'en'\nrelease = '1.0'\nDEBUG = True\n", encoding="utf-8")
    assert read_site_info(str(tmp_path)) == SiteInfo()


def test_an_empty_sphinx_today_is_the_build_day_and_stays_undefined(tmp_path):
    (tmp_path / "conf.py").write_text("today = ''\nrelease = '2.0'\nhtml_theme = 'alabaster'\n", encoding="utf-8")
    assert read_site_info(str(tmp_path)).substitutions == (("release", "2.0"),)


#: Block quotes with and without an attribution, as docutils reads them (Body.split_attribution).
_ATTRIBUTIONS = {
    "epigraph": ".. epigraph::\n\n   Orang boleh pandai setinggi langit.\n\n   -- Pramoedya Ananta Toer\n\nParagraf biasa.\n",
    "kutipan": "Kata Kartini:\n\n   Habis gelap terbitlah terang.\n\n   --- Kartini\n",
    "tanda pisah": "Kata Hatta:\n\n   Kurang cerdas dapat diperbaiki dengan belajar.\n\n   \u2014 Mohammad Hatta\n",
    "dua baris": "Pidato:\n\n   Merdeka!\n\n   -- Soekarno,\n      Jakarta 1945\n",
    "dua kutipan": "Kutipan:\n\n   Satu.\n\n   -- Budi\n\n   Dua.\n\n   -- Rina\n",
    "pull-quote": ".. pull-quote::\n\n   Gotong royong adalah kekuatan desa.\n\n   -- Kepala Desa\n",
    "di bawah judul": "Sambutan\n========\n\n   Selamat datang di desa kami.\n\n   -- Kepala Desa\n",
    "tanpa teks": "Kata warga:\n\n   -- bukan atribusi\n",
    "tanpa baris kosong": "Kata warga:\n\n   Kutipan.\n   -- bukan atribusi\n",
    "baris tak selaras": "Kata warga:\n\n   Kutipan.\n\n   -- bukan atribusi,\n      Ketua\n    RT 05\n",
    "empat tanda": "Kata warga:\n\n   Kutipan.\n\n   ---- bukan atribusi\n",
    "blok literal": "Contoh::\n\n    Teks\n\n        Kutipan\n\n        -- bukan atribusi\n\nSelesai.\n",
    "catatan": ".. note::\n\n   Teks catatan.\n\n   -- bukan atribusi\n",
    "butir": "- butir\n  lanjutan\n\n  -- bukan atribusi\n",
}


@pytest.mark.parametrize("name", sorted(_ATTRIBUTIONS))
def test_a_block_quotes_attribution_shows_the_dash_docutils_html_writer_shows(name):
    source = _ATTRIBUTIONS[name]
    html = publish_parts(source, writer_name="html5", settings_overrides={"report_level": 5})["body"]
    shown = [paragraph.get_text() for paragraph in BeautifulSoup(html, "html.parser").select("p.attribution")]
    for text in (_read(source).text, rst_markup_free(source)):
        assert text.count("\u2014") == len(shown), text  # (—Pramoedya Ananta Toer: the dash, no space)
        assert all(attribution.split("\n")[0] in text.split("\n") for attribution in shown), text
        if not shown:
            assert "-- bukan atribusi" in text or "---- bukan atribusi" in text, text
