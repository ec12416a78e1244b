"""MkDocs sites (tests/data/sites/mkdocs, a Material for MkDocs site): detected by
``mkdocs.yml``, read safely, pages only below ``docs_dir`` with the URLs MkDocs gives them,
and MkDocs syntax read as the built site shows it, in MkDocs roots only."""

import shutil
from functools import lru_cache
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.sites.generators import detect_generator
from arsip.ingest.markup.markdown import markdown_to_text
from arsip.ingest.sites.mkdocs.config import Keys, MkDocsSettings, mkdocs_values
from arsip.ingest.sites.mkdocs.syntax import configured_mkdocs_text
from arsip.ingest.pipeline import MKDOCS_EXCLUDED, OUTSIDE_DOCS_DIR, read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites.site import read_site_info

from .conftest import best_cpu_seconds, zip_of
from .test_sites import SITES

SITE = SITES / "mkdocs"
BASE = "https://arsipdesa.id/panduan/"
#: Each page: its URL, phrases its text must have, phrases it must not.
PAGES = {
    "dokumen/index.md": (
        BASE,
        [
            "Arsip Desa membantu perangkat desa menyimpan surat keputusan, laporan, dan notulen rapat BPD. Mulailah dari panduan pemasangan.",
            "Mulai sekarang Lihat kode",
            "Cepat dipasang\n\nPasang di komputer kantor desa dalam lima menit.",  # grid cards: Markdown inside HTML
            "Bebas dan terbuka",
            "Kiat penting\n\nSimpan salinan cadangan setiap Jumat sore.",
            "Apakah data kami aman?\n\nData disimpan di komputer desa sendiri",
        ],
        ["{", "md-button", ":material", ":octicons", ":fontawesome", "--8<--", "pengumuman", "*[BPD]", "Badan Permusyawaratan", "<div", "__"],
    ),
    "dokumen/panduan/memasang.md": (
        BASE + "panduan/memasang/",
        [
            "Windows\n\nUnduh berkas penginstal dari situs kabupaten, lalu klik dua kali.",
            "Hak administrator\n\nPenginstal meminta hak administrator.",  # an admonition inside a tab
            "Linux\n\nPasang paket dari repositori desa:",
            "sudo apt install arsip-desa",
            "Debian\n\nPaket Debian tersedia untuk versi 12 ke atas.",  # a tab inside a tab
            "Gunakan dnf install arsip-desa sebagai gantinya.",
            "Rapat operator dimulai pukul 10:30: bawa laptop masing-masing.",
            "Masalah umum\n\nLayar kosong\n\nMuat ulang halaman",  # a tab inside a collapsible admonition
        ],
        ["===", '"Windows"', "```", "    Unduh"],
    ),
    "dokumen/panduan/README.md": (BASE + "panduan/", ["Bagian ini berisi panduan langkah demi langkah"], []),
    "dokumen/panduan/pintasan.md": (  # pymdownx.keys and pymdownx.emoji (Material's index) as the built page shows them
        BASE + "panduan/pintasan/",
        [
            "Pintasan Papan Ketik\n\nSimpan surat dengan Ctrl+S dan cetak dengan Ctrl+P",
            "tekan Ctrl+Alt+Del lalu pilih Pengelola Tugas\n",
            "darurat tekan Tombol Darurat;",  # the site's key_map
            "++ctrl+tombolx++ tidak dikenal",  # an unknown key: as written
            "Rapat pukul 10:30:45 tetap tertulis, juga :senyum: yang bukan emoji; setuju\n",
            "++ctrl+s++ :smile:",  # code stays as written
        ],
        [":material-keyboard:", ":printer:", ":smile:\n", ":+1:", "++ctrl+p++"],
    ),
    "dokumen/label.md": (BASE + "label/", ["Label\n\nTulisan di panduan ini menurut labelnya."], ["TAGS"]),  # the tags plugin's index
    "dokumen/panduan/penting.bak.md": (BASE + "panduan/penting.bak/", ["Salinan ini tetap diterbitkan"], []),  # taken back with !
    "dokumen/tentang.md": (
        BASE + "tentang/",
        [
            "Proyek ini dimulai oleh relawan Desa Sukamaju pada tahun 2021.",
            '=== "Contoh"',  # code stays as written
            "Isi tab :material-home: { .kelas }",
            "Tulis { .md-button } setelah tautan",  # inline code too
            '--8<-- "includes/singkatan.md"',  # an escaped snippet line is shown
        ],
        ["Title:", "Summary:", ';--8<--'],
    ),
}


@lru_cache(maxsize=None)
def _site(path: str = str(SITE), generator: str | None = None) -> tuple[dict, IngestReport]:
    report = IngestReport()
    documents = {document.id: document for document in read_documents([path], IngestOptions(generator=generator), report)}
    return documents, report


@pytest.mark.parametrize("page", sorted(PAGES))
def test_pages_read_as_the_built_site_shows_them(page):
    document = _site()[0][page]
    url, must, must_not = PAGES[page]
    assert document.generator == "mkdocs"
    assert document.url == url
    for phrase in must:
        assert phrase in document.text, phrase
    for phrase in must_not:
        assert phrase not in document.text, phrase


def test_only_files_below_docs_dir_are_pages_and_the_rest_is_counted():
    documents, report = _site()
    assert sorted(documents) == sorted(PAGES)  # not README.md, includes/, overrides/
    assert report.skipped == {OUTSIDE_DOCS_DIR: 3, "site code or configuration": 1, MKDOCS_EXCLUDED: 2, "draft": 1}


def test_excluded_pages_are_not_read_and_drafts_only_with_include_drafts():
    """``exclude_docs`` (gitignore patterns below docs_dir): not built, counted by reason;
    ``draft_docs``: drafts, kept with --include-drafts."""
    drafts = {document.id: document for document in read_documents([str(SITE)], IngestOptions(include_drafts=True))}
    assert drafts["dokumen/rancangan/rencana-2025.md"].draft and not drafts["dokumen/index.md"].draft
    assert "dokumen/arsip-lama/catatan-2019.md" not in drafts and "dokumen/panduan/memasang.bak.md" not in drafts


def test_mkdocs_own_exclusions_and_the_patterns_read_from_the_configuration():
    settings = mkdocs_values("site_name: Uji\nexclude_docs: |\n  !.well-known/\n  *.draf.md\ndraft_docs: |\n  # catatan\n  blog/rancangan-*.md\n")["mkdocs"]
    assert settings.excluded("templates/dasar.md") and settings.excluded(".tersembunyi/a.md") and settings.excluded("a/b.draf.md")
    assert not settings.excluded(".well-known/keamanan.md") and not settings.excluded("panduan/templates/a.md")
    assert settings.draft("blog/rancangan-satu.md") and not settings.draft("blog/terbit.md")
    assert (settings.emoji, settings.keys) == (None, None)


@pytest.mark.parametrize(
    "extensions, expected",
    [
        ("", "Tekan ++ctrl+alt+del++ :smile: :material-home:"),  # not configured: as written
        ("\n  - pymdownx.emoji", "Tekan ++ctrl+alt+del++ :material-home:"),  # emojione's index: no Material icons
        ("\n  - pymdownx.keys:\n      separator: ' + '", "Tekan Ctrl + Alt + Del :smile: :material-home:"),
        ("\n  - pymdownx.keys:\n      camel_case: true", "Tekan Ctrl+Alt+Del :smile: :material-home: Page Up"),
    ],
)
def test_emoji_and_keys_only_as_the_site_configures_them(tmp_path, extensions, expected):
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(f"site_name: Uji\nmarkdown_extensions:{extensions or ' []'}\n", encoding="utf-8")
    page = "Tekan ++ctrl+alt+del++ :smile: :material-home:" + (" ++PageUp++" if "camel" in extensions else "")
    (tmp_path / "docs" / "index.md").write_text(page + "\n", encoding="utf-8")
    [document] = read_documents([str(tmp_path)])
    assert document.text == expected


def test_titles_from_front_matter_meta_lines_or_first_heading():
    documents = _site()[0]
    assert documents["dokumen/index.md"].title == "Selamat datang di Arsip Desa"  # YAML front matter
    assert documents["dokumen/tentang.md"].title == "Tentang Arsip Desa"  # MkDocs meta lines
    assert documents["dokumen/tentang.md"].fields["summary"] == "Sejarah singkat proyek"
    assert documents["dokumen/panduan/memasang.md"].title == "Memasang Arsip Desa"  # first heading


def test_a_snippet_found_nowhere_is_a_problem_naming_where_it_was_looked_for():
    documents = _site()[0]
    assert [problem.reason for problem in documents["dokumen/index.md"].problems] == [
        "the snippet includes/pengumuman.md (pymdownx.snippets) is not read: no such file (includes/pengumuman.md)"
    ]
    assert not documents["dokumen/panduan/memasang.md"].problems


def test_the_configuration_is_read_without_running_its_tags_or_reading_the_environment(monkeypatch):
    monkeypatch.setenv("ARSIP_DESA_URL", "https://bocor.example/")
    site = read_site_info(str(SITE))  # !!python/name:, !!python/object/apply:, !relative and !ENV tags
    assert (site.base_url, site.lang, site.docs_dir, site.directory_urls) == (BASE, "id", "dokumen", True)


def test_defaults_and_urls_without_directories(tmp_path):
    (tmp_path / "docs" / "warga").mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text("site_name: Desa\nsite_url: https://desa.id\nuse_directory_urls: false\n", encoding="utf-8")
    for name in ("index.md", "warga/index.md", "warga/pendataan.md"):
        (tmp_path / "docs" / name).write_text("# Judul\n\nIsi halaman warga desa.\n", encoding="utf-8")
    (tmp_path / "CHANGELOG.md").write_text("# Perubahan\n\nVersi pertama.\n", encoding="utf-8")
    urls = {document.id: document.url for document in read_documents([str(tmp_path)])}
    assert urls == {
        "docs/index.md": "https://desa.id/index.html",
        "docs/warga/index.md": "https://desa.id/warga/index.html",
        "docs/warga/pendataan.md": "https://desa.id/warga/pendataan.html",
    }


def test_a_site_in_an_archive_or_a_folder_reads_as_when_given_alone(tmp_path):
    alone = {page: (document.url, document.text) for page, document in _site()[0].items()}
    shutil.copytree(SITE, tmp_path / "ekspor" / "panduan")
    nested = {document.id: document for document in read_documents([str(tmp_path / "ekspor")])}
    assert {page.removeprefix("panduan/"): (document.url, document.text) for page, document in nested.items()} == alone
    zip_of(SITE, tmp_path / "situs.zip", "situs/")
    assert detect_generator(str(tmp_path / "situs.zip")) == "mkdocs"
    members = {document.id: document for document in read_documents([str(tmp_path / "situs.zip")])}
    assert {page.removeprefix("situs.zip!/situs/"): (document.url, document.text) for page, document in members.items()} == alone


def test_the_generator_option_reads_the_files_as_plain_markdown():
    documents = _site(generator="markdown")[0]
    assert "README.md" in documents and "includes/singkatan.md" in documents
    assert '=== "Windows"' in documents["dokumen/panduan/memasang.md"].text


BODY = '=== "Jadwal"\n\n    Rapat pukul 10:30: semua hadir :material-home: :senyum: [Daftar](daftar.md){ .md-button }\n\n*[BPD]: Badan Permusyawaratan Desa\n'


@pytest.mark.parametrize("generator", ["markdown", "jekyll", "hugo", "docs"])
def test_other_generators_keep_what_mkdocs_reads_as_markup(generator):
    text = markdown_to_text(BODY, {}, generator)
    for phrase in ('=== "Jadwal"', ":material-home:", ":senyum:", "{ .md-button }", "*[BPD]: Badan Permusyawaratan Desa"):
        assert phrase in text, phrase
    mkdocs = markdown_to_text(BODY, {}, "mkdocs")
    assert mkdocs == "Jadwal\n\nRapat pukul 10:30: semua hadir :senyum: Daftar"


def test_the_summary_counts_the_files_outside_docs_dir(tmp_path):
    result = CliRunner().invoke(arsip, ["ingest", str(SITE), "--out", str(tmp_path / "situs.jsonl")])
    assert result.exit_code == 0 and f"3 {OUTSIDE_DOCS_DIR}" in result.output, result.output


def test_an_index_reads_the_site_again_when_its_pages_move(tmp_path):
    site = tmp_path / "situs"
    shutil.copytree(SITE, site)
    directory = tmp_path / "indeks"
    assert index_paths(directory, [str(site)]).added == len(PAGES)
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "use_directory_urls: false\n", encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert report.reread == {str(site): "the site's pages and their URLs (MkDocs docs_dir, use_directory_urls, exclude_docs, draft_docs) changed"}
    assert [record["url"] for record in get_records(directory, "dokumen/panduan/memasang.md")] == [BASE + "panduan/memasang.html"]


def test_an_index_reads_the_site_again_when_its_drafts_or_text_extensions_change(tmp_path):
    site, directory = tmp_path / "situs", tmp_path / "indeks"
    shutil.copytree(SITE, site)
    index_paths(directory, [str(site)])
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  rancangan/\n", "  rancangan/lama/\n"), encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert "exclude_docs, draft_docs" in report.reread[str(site)] and report.added == 1  # rencana-2025.md is no draft now
    config.write_text(config.read_text(encoding="utf-8").replace("  - pymdownx.keys:", "  - pymdownx.keys_lama:"), encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert report.reread == {str(site): "what the site's text extensions show (MkDocs' pymdownx.emoji, pymdownx.keys) changed"}
    assert "++ctrl+alt+del++" in get_records(directory, "dokumen/panduan/pintasan.md")[0]["text"]
    config.write_text(config.read_text(encoding="utf-8").replace("tags_file: label.md", "tags_file: tentang.md"), encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert report.reread == {str(site): "the pages the site's tag index is written on (Material's tags plugin: tags_file, tags_extra_files) changed"}
    assert get_records(directory, "dokumen/label.md")[0]["text"].endswith("menurut labelnya.\n\n[TAGS]")


@pytest.mark.parametrize("unit", ["++a+", "++", ":a", '++"x', "++ctrl+", ":+1"])
def test_emoji_and_keys_take_linear_time(unit):
    text = configured_mkdocs_text(MkDocsSettings(emoji="twemoji_db", icons=True, keys=Keys()))
    small = unit * (4000 // len(unit))

    assert best_cpu_seconds(text, small * 4) < 8 * best_cpu_seconds(text, small) + 0.05


APPENDING = Path(__file__).parent / "data" / "mkdocs-snippets"
#: What the site's auto_append snippets add to every page: the footer's text (the
#: abbreviations are definitions, not text).
FOOTER = "Butuh bantuan? Hubungi operator desa di balai desa setiap hari kerja."


def test_the_snippets_appended_to_every_page_are_read_after_it_and_a_missing_one_is_named():
    documents = {document.id: document for document in read_documents([str(APPENDING)])}
    assert documents["docs/index.md"].text == f"Layanan Desa Sukamaju\n\nBawa KTP dan surat pengantar RT ke kantor desa.\n\n{FOOTER}"
    assert documents["docs/layanan/surat-pindah.md"].text.endswith(f"cetak-surat --jenis pindah\n\n{FOOTER}")  # (after its code, not in it)
    for document in (documents["docs/index.md"], documents["docs/layanan/surat-pindah.md"]):
        assert [problem.reason for problem in document.problems] == [
            "the snippet tautan-lama.md (pymdownx.snippets' auto_append) is not read: no such file (bagian/tautan-lama.md, tautan-lama.md)"
        ]


def test_appended_snippets_are_looked_for_where_pymdownx_snippets_looks():
    def places(settings: dict, docs_dir: str = "docs") -> tuple:
        return mkdocs_values(yaml.safe_dump({"docs_dir": docs_dir, "markdown_extensions": [{"pymdownx.snippets": settings}]}))["mkdocs"].appended

    assert places({"auto_append": ["singkatan.md"]}) == (("singkatan.md", ("singkatan.md",)),)  # base_path: "." by default
    assert places({"base_path": "$docs_dir", "auto_append": ["a.md"]}, "dokumen") == (("a.md", ("dokumen/a.md",)),)
    assert places({"base_path": ["bagian", "bagian/kaki.md"], "auto_append": ["../rahasia.md", "kaki.md"]}) == (
        ("../rahasia.md", ()),  # out of its base path (restrict_base_path)
        ("kaki.md", ("bagian/kaki.md", "bagian/kaki.md/kaki.md")),  # (a base path that is a file is that snippet, else a folder)
    )
    assert places({"base_path": ["bagian"], "restrict_base_path": False, "auto_append": ["../rahasia.md", "../../luar.md"]}) == (
        ("../rahasia.md", ("rahasia.md",)),
        ("../../luar.md", ()),  # outside the site's root: never read
    )


def test_appended_snippets_of_a_site_in_an_archive_are_named(tmp_path):
    zip_of(APPENDING, tmp_path / "situs.zip", "situs/")
    documents = {document.id: document for document in read_documents([str(tmp_path / "situs.zip")])}
    page = documents["situs.zip!/situs/docs/index.md"]
    assert page.text == "Layanan Desa Sukamaju\n\nBawa KTP dan surat pengantar RT ke kantor desa."
    assert [problem.reason for problem in page.problems] == [
        "3 snippet(s) pymdownx.snippets appends to every page are not read (the site is read from an archive): singkatan.md, kaki-halaman.md, tautan-lama.md"
    ]


def test_an_index_reads_the_pages_again_when_an_appended_snippet_or_the_setting_changes(tmp_path):
    site, directory = tmp_path / "situs", tmp_path / "indeks"
    shutil.copytree(APPENDING, site)
    index_paths(directory, [str(site)])
    (site / "kaki-halaman.md").write_text("Kantor desa buka pukul delapan.\n", encoding="utf-8")
    index_paths(directory, [str(site)])
    assert get_records(directory, "docs/index.md")[0]["text"].endswith("Kantor desa buka pukul delapan.")
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("        - kaki-halaman.md\n", ""), encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert report.reread == {str(site): "the snippets the site appends to every page (MkDocs' pymdownx.snippets auto_append, base_path) changed"}
    assert "Kantor desa" not in get_records(directory, "docs/index.md")[0]["text"]


def test_the_lines_of_snippet_section_markers_are_not_shown():
    """A page marking a section another page includes (``--8<-- "pasang.md:langkah"``) shows
    without its markers, in HTML comments and code too, as pymdownx.snippets removes them."""
    body = (
        "# Pasang\n\n--8<-- [start:langkah]\nUnduh aplikasi desa.\n<!-- --8<-- [end:langkah] -->\n\n"
        "```bash\n# --8<-- [start:perintah]\narsip ingest situs/\n# --8<-- [end:perintah]\n```\n\n"
        "Tulis ;--8<-- [start:nama] untuk menandai bagian.\n"
    )
    assert markdown_to_text(body, {}, "mkdocs") == "Pasang\n\nUnduh aplikasi desa.\n\narsip ingest situs/\n\nTulis --8<-- [start:nama] untuk menandai bagian."


def test_the_tags_marker_goes_only_from_the_pages_the_tags_plugin_writes_its_index_on(tmp_path):
    """Material's tags plugin writes its tag index at ``[TAGS]`` on its ``tags_file`` (and
    ``tags_extra_files``) page: the marker is no text there; elsewhere it is the page's text."""
    settings = mkdocs_values("site_name: Uji\nplugins:\n  - material/tags:\n      tags_file: ./label/index.md\n      tags_extra_files:\n        panen.md: [panen]\n")["mkdocs"]
    assert settings.tags_indexes == {"label/index.md", "panen.md"}
    assert mkdocs_values("site_name: Uji\nplugins:\n  - tags:\n      enabled: false\n      tags_file: label.md\n")["mkdocs"].tags_indexes == set()
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: Uji\nplugins:\n  - tags:\n      tags_file: label.md\n", encoding="utf-8")
    for name in ("label.md", "catatan.md"):
        (tmp_path / "docs" / name).write_text("# Label\n\nDaftar tulisan desa. [TAGS]\n", encoding="utf-8")
    documents = {document.id: document.text for document in read_documents([str(tmp_path)])}
    assert documents == {"docs/label.md": "Label\n\nDaftar tulisan desa.", "docs/catatan.md": "Label\n\nDaftar tulisan desa. [TAGS]"}
