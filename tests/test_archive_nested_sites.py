"""A site in a folder of an archive (``repo-main/site/.eleventy.js``, ``repo-main/docs/``
holding Docsify's app page beside ``.nojekyll``, Docusaurus' ``website/`` with its docs in
``../docs``) is a site root of its own, as the folder the archive unpacks to is on disk:
one rule for both (tests/data/nested-sites, tests/data/sites/docusaurus-website)."""

from pathlib import Path

import pytest

from arsip.index.build import index_paths
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestReport
from arsip.ingest.sites.generators import archive_site_roots, deep_site_roots, look_into_archive

from .conftest import archive_of

REPOSITORY = Path(__file__).parent / "data" / "nested-sites" / "repo-main"
WEBSITE = Path(__file__).parent / "data" / "sites" / "docusaurus-website"
#: Each document of the repository: its generator, address and the start of its text.
EXPECTED = {
    "README.md": ("markdown", None, "Kabar dan Panduan Desa Sukamaju"),
    "site/berita/panen.md": ("eleventy", "https://kabar-sukamaju.example.id/berita/panen/", "Warga Desa Sukamaju merayakan panen raya"),
    "docs/README.md": ("docsify", "https://panduan.sukamaju.example.id/", "Panduan Aplikasi Desa"),
    "docs/panduan/unggah.md": ("docsify", "https://panduan.sukamaju.example.id/panduan/unggah", "Mengunggah surat"),
}


def _members(folder: Path = REPOSITORY) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def _documents(path) -> tuple[dict, IngestReport]:
    report = IngestReport()
    documents = read_documents([str(path)], report=report)
    found = {document.id.split("repo-main/", 1)[-1]: (document.generator, document.url, document.text[: len(EXPECTED.get(document.id.split("repo-main/", 1)[-1], (0, 0, ""))[2])]) for document in documents}
    return found, report


def test_sites_one_folder_down_read_on_disk_as_when_given_alone():
    found, report = _documents(REPOSITORY)
    assert found == EXPECTED  # the Eleventy site's DRAF.md is ignored, Docsify's app page and sidebar are not pages
    assert report.generators == {str(REPOSITORY): "markdown", str(REPOSITORY / "docs"): "docsify", str(REPOSITORY / "site"): "eleventy"}


@pytest.mark.parametrize("name", ["repo-main.zip", "repo-main.tar.gz"])
def test_sites_one_folder_down_read_in_an_archive_as_on_disk(tmp_path, name):
    archive = archive_of(_members(), tmp_path / name, prefix="repo-main/")
    found, report = _documents(archive)
    assert found == EXPECTED
    assert report.generators == {str(archive): "markdown", f"{archive}!/repo-main/docs": "docsify", f"{archive}!/repo-main/site": "eleventy"}


@pytest.mark.parametrize("name", ["repo-main.zip", "repo-main.tar.gz"])
def test_a_site_whose_files_come_after_the_first_two_hundred_members_is_judged_from_them(tmp_path, name):
    minutes = {f"notulen/rapat-{number:03d}.txt": f"Notulen rapat desa ke-{number}: warga membahas saluran air.\n" for number in range(250)}
    archive = archive_of({**minutes, **_members()}, tmp_path / name, prefix="repo-main/")
    found, report = _documents(archive)
    assert {page: seen for page, seen in found.items() if not page.startswith("notulen/")} == EXPECTED  # (Docsify's app page told by its own lines)
    assert report.generators[f"{archive}!/repo-main/docs"] == "docsify"


@pytest.mark.parametrize("name", ["lumbung.zip", "lumbung.tar.gz"])
def test_a_website_folder_in_an_archive_reads_its_docs_beside_it_as_on_disk(tmp_path, name):
    on_disk = {document.id: (document.generator, document.url) for document in read_documents([str(WEBSITE)])}
    assert on_disk["docs/intro.md"] == ("mdx", "https://lumbung.desa.id/docs/next/intro")
    archive = archive_of(_members(WEBSITE), tmp_path / name, prefix="lumbung/")
    packed = {document.id.split("!/lumbung/", 1)[1]: (document.generator, document.url) for document in read_documents([str(archive)])}
    assert packed == on_disk


def test_an_archive_without_a_top_folder_has_its_sites_one_folder_down(tmp_path):
    archive = archive_of(_members(), tmp_path / "ekspor.zip")
    look = look_into_archive(str(archive))
    assert look.generator == "markdown"
    assert dict(look.site.folder_generators) == {"site/": "eleventy", "docs/": "docsify"}
    assert look.site.of_member("ekspor.zip!/site/berita/panen.md").eleventy is not None


@pytest.mark.parametrize("name", ["cadangan.zip", "cadangan.tar.gz"])
def test_a_site_deeper_than_the_look_is_named_in_its_documents_problems(tmp_path, name):
    archive = archive_of(_members(), tmp_path / name, prefix="cadangan/2023/repo-main/")
    documents = list(read_documents([str(archive)]))
    problems = {document.id.split("repo-main/", 1)[1]: [problem.reason for problem in document.problems] for document in documents}
    assert problems["README.md"] == []
    assert {document.generator for document in documents} == {"markdown"}  # (the deep sites' files do not tell the archive's generator)
    site_files = {page: reasons for page, reasons in problems.items() if page.startswith("site/")}
    assert set(site_files) == {"site/DRAF.md", "site/berita/panen.md"}  # (read with the archive's site: Eleventy's ignore file is not read)
    for reasons in site_files.values():
        assert reasons == [
            "the archive's folder 'cadangan/2023/repo-main/site' is a site of its own (.eleventy.js), deeper than sites in an archive are looked for"
            " (3 folders below its top): its files are read with the site around it, without that configuration; unpacked, the folder is read as a site of its own"
        ]
    assert problems["docs/README.md"] == [
        "the archive's folder 'cadangan/2023/repo-main/docs' is a site of its own (.nojekyll, index.html running Docsify), deeper than sites in an archive are looked for"
        " (3 folders below its top): its files are read with the site around it, without that configuration; unpacked, the folder is read as a site of its own"
    ]


def test_site_roots_in_an_archive_follow_the_rule_of_folders_on_disk():
    names_in = {
        "": {"_config.yml", "_posts"},  # a Jekyll site at the archive's top
        "berita": {"_posts"},  # its category folder: not a site
        "assets/lib": {"_config.yml"},  # a library in its assets: not a site
        "panduan": {".nojekyll", "index.html"},  # published by GitHub Pages as it is
        "panduan/v1": {"mkdocs.yml"},
        "a/b/c/d": {"hugo.toml"},  # deeper than an archive's site roots are looked for
    }
    assert archive_site_roots(names_in, "") == ["panduan", "panduan/v1"]
    assert deep_site_roots({**names_in, "a/b/c/d/themes/x/exampleSite": {"hugo.toml"}}, "") == ["a/b/c/d"]


def test_an_index_rereads_an_archived_site_whose_configuration_changed(tmp_path):
    folder = tmp_path / "ekspor"
    folder.mkdir()
    members = _members()
    archive_of(members, folder / "repo-main.zip", prefix="repo-main/")
    directory = tmp_path / "index"
    assert index_paths(directory, [str(folder)]).added == len(EXPECTED)
    members["site/_data/metadata.json"] = b'{ "desa": "Desa Sukamaju", "url": "https://warta-sukamaju.example.id/" }'
    archive_of(members, folder / "repo-main.zip", prefix="repo-main/")
    report = index_paths(directory, [str(folder)])
    assert "a site in a folder of the archive" in report.reread[str(folder / "repo-main.zip")]
