"""MkDocs pages show the snippets they include with ``--8<--`` (pymdownx.snippets), read as
the extension reads them (tests/data/mkdocs-snippets: ``base_path`` is ``bagian`` and the
site's root)."""

import shutil
from pathlib import Path

import markdown
from hypothesis import given, settings, strategies as st

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.asciidoc.include import IncludeRoot
from arsip.ingest.pipeline import read_documents
from arsip.ingest.sites.mkdocs.config import Snippets
from arsip.ingest.sites.mkdocs.snippets import NOTATION, SECTION_MARKER, _target, read_snippets

from .conftest import best_cpu_seconds, zip_of

SITE = Path(__file__).parent / "data" / "mkdocs-snippets"
PAGE = "docs/layanan/surat-domisili.md"
FOOTER = "Butuh bantuan? Hubungi operator desa di balai desa setiap hari kerja."
#: The snippets of surat-domisili.md in its text: a section, line ranges, an indented one (a
#: list item's), one in a fenced code block, a block's nested snippets, an escaped line.
DOMISILI = f"""Surat Keterangan Domisili

Surat ini menerangkan tempat tinggal warga.

Persyaratan

Fotokopi KTP pemohon
Fotokopi Kartu Keluarga

Langkah

Ambil nomor antrean.
Serahkan berkas kepada petugas.
Terima surat yang sudah ditandatangani.

Antrean:

Datang ke kantor desa.
Ambil nomor antrean.

cetak-surat --jenis domisili --nik "$NIK"

Hubungi petugas pelayanan di balai desa.

Jam buka: Senin sampai Jumat, pukul 08.00 sampai 15.00 WIB.

Tulis ;--8<-- "contoh.md" untuk menampilkan baris ini apa adanya:

--8<-- "contoh.md"

{FOOTER}"""


def _documents(*paths: str) -> dict:
    return {document.id: document for document in read_documents(list(paths))}


def test_a_page_shows_the_snippets_it_includes_and_names_those_it_cannot_read():
    page = _documents(str(SITE))[PAGE]
    assert page.text == DOMISILI
    assert [problem.reason for problem in page.problems] == [
        "the snippet formulir-lama.md (pymdownx.snippets) is not read: no such file (bagian/formulir-lama.md, formulir-lama.md)",
        "the snippet persyaratan.md:lampiran (pymdownx.snippets) is not read: persyaratan.md has no section lampiran",
        "the snippet https://sukamaju.desa.id/pengumuman.md (pymdownx.snippets) is not read: arsip fetches no URLs",
        "the snippet tautan-lama.md (pymdownx.snippets' auto_append) is not read: no such file (bagian/tautan-lama.md, tautan-lama.md)",
    ]


def _expanded(body: str, snippets: Snippets = Snippets(bases=("bagian", "."))) -> tuple[str, list[str]]:
    """``body`` as a page of the fixture site with its snippets in place (escaped lines shown
    as mkdocs_source shows them), and the problems' reasons."""
    text, problems, _ = read_snippets(body, IncludeRoot(str(SITE), "docs/halaman.md", 10**6, snippets=snippets), 0)
    return "\n".join(_unescaped(line) for line in text.split("\n")), [problem.reason for problem in problems]


def _unescaped(line: str) -> str:
    notation = NOTATION.match(line) if "8<" in line else None
    marker = SECTION_MARKER.search(line) if "8<-" in line and not notation else None
    if notation and notation.group("escape"):
        return line.replace(";", "", 1)
    return line[: marker.start()] + line[marker.start() + 1 :] if marker and marker.group("escape") else line


def _pymdownx(body: str) -> str:
    """``body`` as pymdownx.snippets itself puts the fixture site's snippets in it."""
    extension = {"base_path": [str(SITE / "bagian"), str(SITE)]}
    processor = markdown.Markdown(extensions=["pymdownx.snippets"], extension_configs={"pymdownx.snippets": extension}).preprocessors["snippet"]
    return "\n".join(processor.run(body.split("\n")))


#: Lines a page may hold: snippets with every selection, blocks, escapes, section markers,
#: a snippet including itself, indentation by spaces and tabs, and lines that are not
#: notation (a space after the name, no quotes).
LINES = [
    '--8<-- "langkah.md"', "--8<-- 'kontak.md'", '  --8<-- "langkah.md:2:3"', '\t--8<-- "persyaratan.md:biaya"',
    '--8<-- "persyaratan.md:catatan"', '--8<-- "persyaratan.md:dokumen"', '--8<-- "langkah.md:-2"', '--8<-- "langkah.md:4,1:2"',
    '--8<-- "langkah.md::"', '--8<-- ":3"', '--8<-- "tidak-ada.md"', '--8<-- "siklus.md"', '--8<-- "../rahasia.md"',
    "--8<--", "-8<-", "  --8<--", ";--8<--", ';--8<-- "langkah.md"', ';;--8<-- "kontak.md"', "kontak.md", "  langkah.md:1",
    ";kontak.md", "", "Teks biasa halaman desa.", "```", "--8<-- [start:catatan]", "# --8<-- [end:catatan]",
    ";--8<-- [start:biaya]", '--8<-- "langkah.md" ', "--8<-- langkah.md", '--8<-- "jam-buka.md"', "    --8<-- 'jam-buka.md'",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=12))
def test_snippets_are_put_in_as_pymdownx_snippets_puts_them(lines):
    body = "\n".join(lines)
    assert _expanded(body)[0] == _pymdownx(body)


def test_a_block_never_closed_a_missing_path_and_a_file_including_itself_are_named():
    assert _expanded("Awal.\n\n--8<--\nkontak.md\nTeks yang hilang.")[1] == [
        "the snippet Teks yang hilang. (pymdownx.snippets) is not read: no such file (bagian/Teks yang hilang., Teks yang hilang.)",
        "a --8<-- block in docs/halaman.md is not closed: pymdownx.snippets reads every line after it as a snippet's name",
    ]
    assert _expanded('--8<-- ":3"')[1] == ["the snippet :3 (pymdownx.snippets) is not read: it names no file"]
    assert _expanded('--8<-- "siklus.md"')[1] == [
        "the snippet siklus.md (pymdownx.snippets) includes itself (through docs/halaman.md → bagian/siklus.md): not read again"
    ]


def test_check_paths_and_dedent_subsections_as_configured():
    strict = Snippets(bases=("bagian",), check_paths=True, dedent=True)
    text, problems = _expanded('--8<-- "formulir.md"\n\n* Langkah:\n\n    --8<-- "langkah.md:1:1"', strict)
    assert problems == ["the snippet formulir.md (pymdownx.snippets) is not read: no such file (bagian/formulir.md) (with check_paths the site does not build)"]
    assert text == "\n* Langkah:\n\n    1. Datang ke kantor desa."
    assert _expanded("\n".join(["--8<-- [start:a]", "  kode", "--8<-- [end:a]"]), strict)[0] == "  kode"  # (a page's own markers go, its lines stay)


def test_a_page_of_a_site_in_an_archive_names_its_snippets(tmp_path):
    zip_of(SITE, tmp_path / "situs.zip", "situs/")
    page = _documents(str(tmp_path / "situs.zip"))["situs.zip!/situs/" + PAGE]
    assert "Fotokopi KTP" not in page.text and '--8<-- "contoh.md"' in page.text
    assert page.problems[0].reason == (
        "8 snippet(s) included with --8<-- are not read into this page: persyaratan.md:dokumen, langkah.md:2:3,5, langkah.md::2, "
        "perintah-domisili.sh, kontak.md, formulir-lama.md, persyaratan.md:lampiran, https://sukamaju.desa.id/pengumuman.md"
    )


def test_an_index_reads_a_page_again_when_a_snippet_it_includes_changes(tmp_path):
    site, directory = tmp_path / "situs", tmp_path / "indeks"
    shutil.copytree(SITE, site)
    index_paths(directory, [str(site)])
    (site / "bagian" / "jam-buka.md").write_text("Jam buka: setiap hari kerja, pukul 07.30 sampai 14.00 WIB.\n", encoding="utf-8")  # (nested in kontak.md)
    index_paths(directory, [str(site)])
    assert "pukul 07.30 sampai 14.00" in get_records(directory, PAGE)[0]["text"]
    (site / "bagian" / "formulir-lama.md").write_text("Formulir lama masih diterima sampai akhir tahun.\n", encoding="utf-8")  # (a missing one appears)
    index_paths(directory, [str(site)])
    assert "Formulir lama masih diterima" in get_records(directory, PAGE)[0]["text"]
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("        - bagian\n", ""), encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert "how the site's pages include snippets (MkDocs' pymdownx.snippets: base_path," in report.reread[str(site)]
    assert "Fotokopi KTP" not in get_records(directory, PAGE)[0]["text"]  # (persyaratan.md is in bagian/)


def test_an_index_reads_a_page_again_when_the_only_snippet_it_includes_appears(tmp_path):
    site, directory = tmp_path / "situs", tmp_path / "indeks"
    (site / "docs").mkdir(parents=True)
    (site / "mkdocs.yml").write_text("site_name: Desa\nmarkdown_extensions:\n  - pymdownx.snippets:\n      base_path: [bagian]\n", encoding="utf-8")
    (site / "docs" / "pengumuman.md").write_text('# Pengumuman\n\n--8<-- "rapat.md"\n', encoding="utf-8")
    index_paths(directory, [str(site)])
    (site / "bagian").mkdir()
    (site / "bagian" / "rapat.md").write_text("Rapat warga hari Sabtu di balai desa.\n", encoding="utf-8")
    index_paths(directory, [str(site)])
    assert get_records(directory, "docs/pengumuman.md")[0]["text"] == "Pengumuman\n\nRapat warga hari Sabtu di balai desa."


def test_a_snippet_name_is_split_in_linear_time():
    def split(count: int) -> float:
        return best_cpu_seconds(_target, "a.md" + ":,:" * count + "::")

    assert split(40000) < 8 * split(10000) + 0.05
