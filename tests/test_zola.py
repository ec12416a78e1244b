"""Zola sites: detection beside Hugo, where Zola publishes each page, and what a page's
file name, front matter and shortcodes give (see also the zola site in tests/data/sites)."""

import shutil
from pathlib import Path

import pytest

from arsip.ingest.markup.markdown import markdown_to_text
from arsip.ingest.sites.generators import detect_generator, look_into_archive
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites.zola import ZolaPaths, file_date, is_zola_config, slug_of, unplaced_reason, zola_markdown, zola_path

SITE = Path(__file__).parent / "data" / "sites" / "zola"


@pytest.mark.parametrize(
    "text, on, safe, off",
    [  # Zola's own table (utils/src/slugs.rs), and Indonesian names
        ("tes t", "tes-t", "tes t", "tes t"),
        ("dot. ", "dot", "dot", "dot. "),
        ("héhé", "hehe", "héhé", "héhé"),
        ("test (hey)", "test-hey", "test (hey)", "test (hey)"),
        ("Banjir Bandang: Sungai?", "banjir-bandang-sungai", "Banjir Bandang Sungai", "Banjir Bandang: Sungai?"),
    ],
)
def test_slugs_are_made_as_each_slugify_paths_setting_makes_them(text, on, safe, off):
    assert (slug_of(text, "on"), slug_of(text, "safe"), slug_of(text, "off")) == (on, safe, off)


def test_a_letter_zola_transliterates_from_its_table_gives_no_slug_and_says_why():
    assert slug_of("日本") is None
    zola = ZolaPaths("id")
    assert zola_path("content/catatan/日本.md", {}, zola) is None
    assert "transliterates" in unplaced_reason("content/catatan/日本.md", {}, zola)
    assert zola_path("content/catatan/日本.md", {}, ZolaPaths("id", slugify="safe")) == "catatan/日本/"


def test_pages_are_placed_as_zola_places_them():
    zola = ZolaPaths("id", ("en",))
    assert zola_path("content/index.md", {}, zola) == "/"
    assert zola_path("content/_index.en.md", {}, zola) == "en/"
    assert zola_path("content/Kabar Desa/2023-03-04_Kerja Bakti.md", {}, zola) == "Kabar Desa/kerja-bakti/"  # folders as they are
    assert zola_path("content/berita/2023-03-04-kerja-bakti/index.en.md", {}, zola) == "en/berita/kerja-bakti/"
    assert zola_path("content/berita/judul.md", {"path": "/arsip/judul-lama"}, zola) == "arsip/judul-lama/"
    assert zola_path("content/berita/2023-03-04-kerja-bakti.md", {}, ZolaPaths(keep_dates=True)) == "berita/2023-03-04-kerja-bakti/"
    assert zola_path("static/berkas.md", {}, zola) is None
    assert zola_path("content/berita/judul.fr.md", {}, zola) is None  # Zola stops: no such language
    assert "'fr'" in unplaced_reason("content/berita/judul.fr.md", {}, zola)


def test_file_name_dates_are_read_as_zola_reads_them():
    assert file_date("content/berita/2023-01-02-judul.md") == "2023-01-02"
    assert file_date("content/berita/2023-01-02T10:30:00+07:00_judul.md") == "2023-01-02T10:30:00+07:00"
    assert file_date("content/berita/2023-01-02-judul/index.md") == "2023-01-02"
    assert file_date("content/berita/judul-2023-01-02.md") is None


def test_shortcodes_in_text():
    assert zola_markdown('Lihat {{ gambar(src="a.jpg", alt="Sawah hijau") }} di sini') == "Lihat Sawah hijau di sini"
    assert zola_markdown('{{ vimeo(id="124313553") }}') == ""
    assert zola_markdown("{{ judul }} dan {{ tabel() }}") == "{{ judul }} dan "  # no parentheses: not a shortcode
    assert zola_markdown("{%/* kutipan(oleh=\"Ani\") */%}") == '{% kutipan(oleh="Ani") %}'


def test_shortcodes_are_rendered_before_the_markdown_and_escapes_are_undone_in_code_too():
    body = (
        '{{ catatan(jenis="tip", teks="Lihat [peta irigasi](https://contoh.id/peta) dan `debit.csv`.") }}\n\n'
        "{% kotak(judul=\"Jadwal *Tanam*\") %}\nMulai bulan depan.\n{% end %}\n\n"
        "Pemakaian:\n\n```md\n{{/* gambar(src=\"sawah.jpg\", alt=\"Sawah\") */}}\n{%/* kotak() */%}\nIsi\n{%/* end */%}\n```\n\n"
        "Tulis `{{/* catatan() */}}` tanpa garis miring."
    )
    text = markdown_to_text(body, {}, syntax="zola")
    assert text == (
        "Lihat peta irigasi dan debit.csv.\n\nJadwal Tanam\nMulai bulan depan.\n\nPemakaian:\n\n"
        '{{ gambar(src="sawah.jpg", alt="Sawah") }}\n{% kotak() %}\nIsi\n{% end %}\n\nTulis {{ catatan() }} tanpa garis miring.'
    )


def test_zola_configuration_is_told_from_hugos():
    assert is_zola_config({"base_url": "https://contoh.id", "title": "Kabar"})
    assert is_zola_config({"title": "Kabar", "markdown": {"highlight_code": True}})
    assert not is_zola_config({"baseURL": "https://contoh.id", "title": "Kabar", "params": {}})
    assert not is_zola_config({"baseurl": "https://contoh.id", "default_language": "id"})


def test_a_zola_site_is_detected_by_its_configuration_in_a_folder_and_an_archive(tmp_path):
    assert detect_generator(str(SITE)) == "zola"
    archive = shutil.make_archive(str(tmp_path / "situs"), "zip", SITE.parent, SITE.name)
    look = look_into_archive(archive)
    assert (look.generator, look.site.base_url, look.site.zola.languages) == ("zola", "https://kabar.contoh.id", ("en",))
    newer = tmp_path / "baru"
    (newer / "content").mkdir(parents=True)
    (newer / "zola.toml").write_text('base_url = "https://baru.contoh.id"\n', encoding="utf-8")
    (newer / "content" / "catatan.md").write_text('+++\ntitle = "Catatan"\n+++\nCatatan warga tentang sungai.\n', encoding="utf-8")
    assert detect_generator(str(newer)) == "zola"
    [page] = read_documents([str(newer)])
    assert page.url == "https://baru.contoh.id/catatan/"


def test_a_hugo_config_toml_stays_hugo(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "config.toml").write_text('baseURL = "https://hugo.contoh.id/"\n[params]\nwarna = "biru"\n', encoding="utf-8")
    (tmp_path / "content" / "kabar.md").write_text("+++\ntitle = 'Kabar'\n+++\nKabar dari desa.\n", encoding="utf-8")
    assert detect_generator(str(tmp_path)) == "hugo"


def test_a_zola_page_has_its_taxonomies_and_drafts_and_templates_are_not_pages():
    report = IngestReport()
    pages = {page.id: page for page in read_documents([str(SITE)], IngestOptions(include_drafts=True), report)}
    harvest = pages["content/berita/2023-01-02-panen-jagung.md"]
    assert [term.label for term in harvest.tags] == ["pertanian", "jagung"]
    assert [term.label for term in harvest.categories] == ["Ekonomi"]
    assert harvest.date_source == "file_name"
    assert pages["content/halaman/rencana.md"].draft
    assert "templates/page.html" not in pages
    assert report.skipped["outside the Zola content folder: not a page of the site"] == 1


def test_a_call_in_a_fenced_code_block_shows_what_zola_renders_there():
    # Zola renders a shortcode in a code block and shows its output as code (its test can_render_shortcode_in_codeblock)
    body = (
        "Contoh keluaran:\n\n```html\n<figure>\n{{ gambar(src=\"sawah.jpg\", alt=\"Sawah hijau di Sukamaju\") }}\n"
        "{{ youtube(id=\"dQw4w9WgXcQ\") }}\n{% kotak(judul=\"Penting\") %}\nIsi kotak pengumuman\n{% end %}\n</figure>\n```\n\n"
        "Dalam kalimat, `{{ gambar(alt=\"Sawah\") }}` tetap tertulis."
    )
    assert markdown_to_text(body, {}, syntax="zola") == (
        "Contoh keluaran:\n\n<figure>\nSawah hijau di Sukamaju\n\nPenting\nIsi kotak pengumuman\n\n</figure>\n\n"
        'Dalam kalimat, {{ gambar(alt="Sawah") }} tetap tertulis.'
    )
