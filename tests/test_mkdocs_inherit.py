"""MkDocs configurations built on another (``INHERIT``): tests/data/mkdocs-inherit is a
Material site with one configuration per language (``id/mkdocs.yml``, ``en/mkdocs.yml``)
inheriting ``base.yml``, which inherits ``config/tema.yml``; each is merged under the file
naming it as MkDocs merges them, and what stops the chain is named on the site's pages."""

import shutil
from pathlib import Path

import pytest

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.pipeline import read_documents
from arsip.ingest.sites.mkdocs.config import _merged, inherited, load_config

from .conftest import files_of, tar_of, zip_of

SITE = Path(__file__).parent / "data" / "mkdocs-inherit"
BASE = "https://panduan.sukamaju.desa.id/"
SURAT = "id/docs/layanan/surat.md"


def _documents(*paths: str) -> dict:
    return {document.id: document for document in read_documents(list(paths))}


def _copy(tmp_path: Path) -> Path:
    site = tmp_path / "situs"
    shutil.copytree(SITE, site)
    return site


def _problems(documents: dict) -> dict:
    return {doc_id: [problem.reason for problem in document.problems] for doc_id, document in documents.items()}


def test_each_language_reads_the_settings_it_inherits():
    documents = _documents(str(SITE))
    assert sorted(documents) == ["en/docs/index.md", "id/docs/index.md", SURAT]  # (cuplikan/: base.yml's exclude_docs)
    surat = documents[SURAT]
    assert surat.url == BASE + "layanan/surat.html"  # (site_url and use_directory_urls: false from base.yml)
    assert "menekan Ctrl+S sebelum" in surat.text  # (pymdownx.keys from base.yml)
    assert surat.text.endswith("Loket pelayanan buka Senin sampai Jumat, pukul 08.00 sampai 15.00 WIB.")  # (its snippets' base_path)
    assert ":material-home:" not in documents["id/docs/index.md"].text  # (Material's emoji index)
    english = documents["en/docs/index.md"]
    assert english.url == BASE + "en/index.html"  # (its own site_url, !ENV's default)
    assert "with ++ctrl+s++ before" in english.text  # (its markdown_extensions replace the list it inherits)
    assert _problems(documents) == {doc_id: [] for doc_id in documents}


def test_settings_are_merged_as_mkdocs_merges_them():
    """Mappings key by key, every other value (a list too) replaced; the grandparent's
    ``theme.language`` is the child's, its ``features`` kept."""
    files = {path.relative_to(SITE).as_posix(): path.read_text(encoding="utf-8") for path in SITE.rglob("*.yml")}
    data, problem = inherited("mkdocs.yml", load_config(files["id/mkdocs.yml"]), "id", files.get)
    assert problem is None and "INHERIT" not in data
    assert data["theme"] == {"name": "material", "language": "id", "features": ["navigation.tabs", "content.code.copy"], "palette": {"primary": "green"}}
    assert data["markdown_extensions"][1] == "admonition" and data["use_directory_urls"] is False
    assert _merged({"a": {"b": 1, "c": [1]}, "d": 1}, {"a": {"c": [2]}, "d": None}) == {"a": {"b": 1, "c": [2]}, "d": None}


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (lambda site: (site / "base.yml").unlink(), "which is not there"),
        (lambda site: (site / "base.yml").write_text("site_url: [https://panduan\n", encoding="utf-8"), "which cannot be read (did not find expected ',' or ']', line 2)"),
        (lambda site: (site / "base.yml").write_text("- site_url\n", encoding="utf-8"), "which holds no settings (not a YAML mapping)"),
        (lambda site: (site / "base.yml").write_text("INHERIT: id/mkdocs.yml\n", encoding="utf-8"), None),
    ],
)
def test_a_parent_that_cannot_be_read_is_named_on_every_page(tmp_path, change, why):
    site = _copy(tmp_path)
    change(site)
    problems = _problems(_documents(str(site)))
    if why is None:  # a cycle: base.yml inherits the configuration that inherits it
        expected = "the site's configuration ../base.yml inherits 'id/mkdocs.yml' (INHERIT), which is already in the chain (a cycle)"
    else:
        expected = f"the site's configuration mkdocs.yml inherits '../base.yml' (INHERIT), {why}"
    expected += ": MkDocs stops there, and only the settings read before it are used"
    assert all(expected in reasons for doc_id, reasons in problems.items() if doc_id.startswith("id/"))
    assert len(problems) == 4 and all(len(reasons) == 1 for doc_id, reasons in problems.items() if doc_id != SURAT)  # (cuplikan/ is a page)


def test_a_parent_outside_the_input_is_not_read(tmp_path):
    site = _copy(tmp_path)
    documents = _documents(str(site / "id"))
    assert documents["docs/index.md"].url is None
    assert _problems(documents)["docs/index.md"] == [
        "the site's configuration mkdocs.yml inherits '../base.yml' (INHERIT), which is outside the input and is not read: MkDocs stops there, and only the settings read before it are used"
    ]


@pytest.mark.parametrize("name", ["situs.zip", "situs.tar.gz"])
def test_a_site_in_an_archive_reads_what_it_inherits(tmp_path, name):
    """The zip holds its configuration after the files it inherits, the tar (read once, as
    a stream) before them."""
    members = {"docs/" + member: data for member, data in files_of(SITE / "id" / "docs").items()}
    members |= {"bersama/base.yml": (SITE / "base.yml").read_bytes(), "bersama/config/tema.yml": (SITE / "config" / "tema.yml").read_bytes()}
    config = ("mkdocs.yml", b"INHERIT: bersama/base.yml\ntheme:\n  language: id\n")
    if name.endswith(".zip"):
        zip_of([*members.items(), config], tmp_path / name, "situs/")
    else:
        tar_of([config, *members.items()], tmp_path / name, "situs/")
    page = _documents(str(tmp_path / name))[name + "!/situs/docs/layanan/surat.md"]
    assert page.url == BASE + "layanan/surat.html" and "menekan Ctrl+S sebelum" in page.text


def test_an_index_reads_the_pages_again_when_what_they_inherit_changes(tmp_path):
    site, directory = _copy(tmp_path), tmp_path / "indeks"
    index_paths(directory, [str(site)])
    base = site / "base.yml"
    base.write_text(base.read_text(encoding="utf-8").replace("use_directory_urls: false", "use_directory_urls: true"), encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert "the site's pages and their URLs" in report.reread[str(site / "id")]
    assert get_records(directory, SURAT)[0]["url"] == BASE + "layanan/surat/"
    (site / "config" / "tema.yml").unlink()
    report = index_paths(directory, [str(site)])
    assert "what the site's documents say of its configuration" in report.reread[str(site / "id")]
    assert "'config/tema.yml' (INHERIT), which is not there" in get_records(directory, SURAT)[0]["problems"][0]["reason"]
