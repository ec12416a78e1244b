"""Antora documentation sites (tests/data/antora: a repository with its playbook at the top
and a component in ``docs/``): only the files of a module's ``pages`` folder are pages, each
at the URL Antora publishes it at, with the attributes of ``antora.yml`` and the playbook."""

import json
import shutil
import zipfile
from functools import lru_cache
from pathlib import Path

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.sites.antora import HIDDEN_PAGE, NOT_A_PAGE, AntoraSite, applied_attributes, component, with_playbook
from arsip.ingest.sites.generators import detect_generator
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import zip_of

REPOSITORY = Path(__file__).parent / "data" / "antora"
SITE = "https://dokumen.desa.id/panduan/"
PAGES = {
    "docs/modules/ROOT/pages/index.adoc": SITE + "sid/2.1/index.html",
    "docs/modules/ROOT/pages/pasang.adoc": SITE + "sid/2.1/pasang.html",  # the ROOT module has no segment
    "docs/modules/admin/pages/pengguna.adoc": SITE + "sid/2.1/admin/pengguna.html",
    "docs/modules/admin/pages/laporan/bulanan.adoc": SITE + "sid/2.1/admin/laporan/bulanan.html",
}


@lru_cache(maxsize=None)
def _read(path: Path) -> tuple[dict, IngestReport]:
    report = IngestReport()
    documents = {document.id: document for document in read_documents([str(path)], IngestOptions(workers=1), report)}
    return documents, report


def test_each_page_is_published_where_antora_publishes_it():
    documents, report = _read(REPOSITORY)
    assert {key: document.url for key, document in documents.items() if key.startswith("docs/")} == PAGES
    assert {document.generator for key, document in documents.items() if key.startswith("docs/")} == {"antora"}
    assert report.generators[str(REPOSITORY / "docs")] == "antora"


def test_partials_examples_attachments_navigation_and_hidden_pages_are_not_documents():
    documents, report = _read(REPOSITORY)
    assert set(documents) == {*PAGES, "README.adoc"}  # the repository's README is outside the component
    assert report.skipped[NOT_A_PAGE] == 6  # nav.adoc twice, two partials, the example, the attachment
    assert report.skipped[HIDDEN_PAGE] == 1  # pages/_catatan-penulis.adoc
    assert documents["README.adoc"].generator == "asciidoc"


def test_attributes_of_the_playbook_and_the_component_are_resolved_as_antora_sets_them():
    documents, _ = _read(REPOSITORY)
    beranda = documents["docs/modules/ROOT/pages/index.adoc"]
    assert beranda.title == "Selamat Datang di SIDesa"
    assert "SIDesa membantu perangkat desa di Kabupaten Sleman mencatat" in beranda.text  # antora.yml, then the playbook
    assert "Versi yang dibahas di sini adalah 2.1.4." in beranda.text
    assert "dikirim ke layanan@desa.id." in beranda.text  # antora.yml over the playbook's soft-set value
    assert not beranda.problems
    pengguna = documents["docs/modules/admin/pages/pengguna.adoc"].text
    assert "Operator SIDesa versi 2.1.5" in pengguna  # a hard-set value stays; a soft-set one (value@) yields to the page
    assert "di modul admin komponen Sistem Informasi Desa." in pengguna  # Antora's own page attributes
    assert "Panduan operator dapat diunduh dari https://unduh.desa.id/sid/panduan-operator.pdf." in pengguna  # a page's value refers to antora.yml's
    pasang = documents["docs/modules/ROOT/pages/pasang.adoc"]
    assert "Unduh paket pemasangan dari halaman unduhan resmi." in pasang.text
    assert not pasang.problems


def test_partials_and_examples_a_page_includes_are_read_into_it_as_antora_resolves_them():
    documents, _ = _read(REPOSITORY)
    pasang = documents["docs/modules/ROOT/pages/pasang.adoc"].text
    requirement = "Server kantor desa memerlukan paling sedikit dua gigabita memori dan sambungan internet yang stabil."
    assert "resmi.\n\n" + requirement + "\n\nLangkah Pemasangan" in pasang  # partial$ of the page's module
    # example$ with tag=: only the tagged lines, kept verbatim in the listing
    assert "Salin data ke folder cadangan\n\ntar czf /srv/cadangan/sidesa-$(date +%F).tar.gz /srv/sidesa/data\n\nHak Akses" in pasang
    assert "find /srv/cadangan" not in pasang and "tag::" not in pasang and "selesai" not in pasang
    # module:partial$ of another module, itself including component:module:partial$ with lines=
    assert "Hak Akses Operator\n\nHanya operator SIDesa yang boleh menjalankan cadangan.\n" + requirement in pasang


def test_in_an_archive_includes_are_not_read_and_the_page_says_so(tmp_path):
    archive = tmp_path / "dokumentasi.zip"
    zip_of(REPOSITORY / "docs", archive, "sid/")
    documents, _ = _read(archive)
    pasang = documents["dokumentasi.zip!/sid/modules/ROOT/pages/pasang.adoc"]
    assert "dua gigabita" not in pasang.text
    assert pasang.problems[0].reason == (
        "2 file(s) included with include:: are not read into this page: partial$persyaratan.adoc, admin:partial$hak-akses.adoc"
    )
    assert "include::example$cadangan.sh[tag=salin]" in pasang.text  # in a listing the directive stays, as Asciidoctor shows one unresolved


def test_a_component_without_a_playbook_in_the_input_has_no_url_and_says_why():
    documents, report = _read(REPOSITORY / "docs")
    assert set(documents) == {key.removeprefix("docs/") for key in PAGES}
    page = documents["modules/admin/pages/pengguna.adoc"]
    assert page.url is None
    assert [problem.field for problem in page.problems] == ["url"]
    assert "no Antora playbook" in page.problems[0].reason
    assert detect_generator(str(REPOSITORY / "docs")) == "antora"


def test_an_archive_of_the_repository_gives_the_same_urls(tmp_path):
    archive = tmp_path / "dokumentasi.zip"
    with zipfile.ZipFile(archive, "w") as opened:
        for path in sorted(REPOSITORY.rglob("*")):
            if path.is_file() and "docs" in path.parts:
                opened.write(path, "sid/" + path.relative_to(REPOSITORY / "docs").as_posix())
        opened.write(REPOSITORY / "antora-playbook.yml", "sid/antora-playbook.yml")
    documents, _ = _read(archive)
    assert {key.split("!/")[1]: document.url for key, document in documents.items()} == {key.replace("docs/", "sid/", 1): url for key, url in PAGES.items()}


def test_the_generator_can_be_named(tmp_path):
    shutil.copytree(REPOSITORY / "docs", tmp_path / "docs")
    (tmp_path / "docs" / "antora.yml").unlink()  # no component descriptor: nothing tells Antora
    result = CliRunner().invoke(arsip, ["ingest", str(tmp_path), "--generator", "antora"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 11  # every file read (no descriptor tells which are pages)
    assert {record["generator"] for record in records if record["id"].endswith(".adoc")} == {"antora"}


@pytest.mark.parametrize(
    "style, page, url",
    [
        ("default", "modules/ROOT/pages/index.adoc", "index.html"),
        ("indexify", "modules/ROOT/pages/index.adoc", "./"),
        ("indexify", "modules/admin/pages/laporan/bulanan.adoc", "admin/laporan/bulanan/"),
        ("indexify", "modules/admin/pages/laporan/index.adoc", "admin/laporan/"),
        ("drop", "modules/admin/pages/laporan/bulanan.adoc", "admin/laporan/bulanan"),
        ("drop", "modules/admin/pages/laporan/index.adoc", "admin/laporan/"),
    ],
)
def test_an_unversioned_root_component_publishes_at_the_site_root_in_each_extension_style(style, page, url):
    site, base = with_playbook(component("name: ROOT\nversion: ~\n"), "antora-playbook.yml", f"site:\n  url: https://desa.id\nurls:\n  html_extension_style: {style}\n")
    assert base == "https://desa.id"
    assert site.place(page) == url


@pytest.mark.parametrize(
    "descriptor, playbook, reason",
    [
        ("name: sid\nversion: true\n", "site:\n  url: https://desa.id\n", "version: true"),
        ("name: sid\n", "site:\n  url: https://desa.id\n", "gives no version"),
        ("name: sid\nversion: '2.1'\n", "site:\n  url: /dokumen\n", "a path without the site's address"),
        ("name: sid\nversion: '2.1'\n", "site:\n  title: Desa\n", "gives no site.url"),
        ("name: sid\nversion: '2.1'\n", "site:\n  url: https://desa.id\nurls:\n  latest_version_segment: terbaru\n", "latest_version_segment"),
        ("name: sid\nversion: '2.1'\n", "site:\n  url: https://desa.id\nurls:\n  latest_version_segment_strategy: redirect:to\n  latest_version_segment: ''\n", "latest_version_segment"),
    ],
)
def test_what_is_not_known_gives_no_url_and_a_reason(descriptor, playbook, reason):
    site, _ = with_playbook(component(descriptor), "antora-playbook.yml", playbook)
    assert site.place("modules/ROOT/pages/mulai.adoc") is None
    assert reason in site.unplaced_reason("modules/ROOT/pages/mulai.adoc")
    assert site.unplaced_reason("modules/ROOT/partials/bagian.adoc") is None  # not a page: nothing to say


def test_a_latest_version_segment_redirecting_to_the_actual_version_moves_no_page():
    playbook = "site:\n  url: https://desa.id\nurls:\n  latest_version_segment_strategy: redirect:from\n  latest_version_segment: terbaru\n"
    site, _ = with_playbook(component("name: sid\nversion: '2.1'\n"), "antora-playbook.yml", playbook)
    assert site.place("modules/ROOT/pages/mulai.adoc") == "sid/2.1/mulai.html"


def test_a_version_is_read_as_antora_reads_yaml():
    """Antora runs on JavaScript: an unquoted ``version: 1.0`` is the number 1, ``1``."""
    assert component("name: sid\nversion: 1.0\n").version == "1"
    assert component("name: sid\nversion: 1.5\n").version == "1.5"
    assert component("name: sid\nversion: v2\n").place("modules/ROOT/pages/a.adoc") == "sid/v2/a.html"


def test_hard_and_soft_attributes_and_unset_ones():
    site = AntoraSite(attributes=(("tetap", "A", True), ("lunak", "B", False), ("hapus", None, True), ("hapus-lunak", None, False)))
    attributes, unset = applied_attributes(site.attributes, {"tetap": "x", "lunak": "y", "hapus": "z", "hapus-lunak": "w"}, set())
    assert attributes == {"tetap": "A", "lunak": "y", "hapus-lunak": "w"}
    assert unset == {"hapus"}
    assert component("name: a\nversion: ~\nasciidoc:\n  attributes:\n    x: false\n    y: nilai@\n    z: true\n    w: 3\n").attributes == (
        ("x", None, True), ("y", "nilai", False), ("z", "", True), ("w", "3", True),
    )


def test_an_index_reads_the_component_again_when_its_attributes_or_playbook_change(tmp_path):
    repository = tmp_path / "repo"
    shutil.copytree(REPOSITORY, repository)
    directory = tmp_path / "indeks"
    index_paths(directory, [str(repository)])
    descriptor = repository / "docs" / "antora.yml"
    descriptor.write_text(descriptor.read_text(encoding="utf-8").replace("nama-aplikasi: SIDesa", "nama-aplikasi: SIDesa Plus"), encoding="utf-8")
    playbook = repository / "antora-playbook.yml"
    playbook.write_text(playbook.read_text(encoding="utf-8").replace("ui:\n", "urls:\n  html_extension_style: indexify\nui:\n"), encoding="utf-8")
    report = index_paths(directory, [str(repository)])
    assert list(report.reread.values()) == ["the Antora component or its playbook (where its pages are published, the attributes they are given) changed"]
    [record] = get_records(directory, "docs/modules/ROOT/pages/index.adoc")
    assert (record["title"], record["url"]) == ("Selamat Datang di SIDesa Plus", SITE + "sid/2.1/")
