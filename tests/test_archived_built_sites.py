"""A built site in an archive follows the rule a folder on disk follows: a ``_site/`` or
``_build/`` folder with nothing beside it but hidden and repository files (README, CNAME)
is all there is of its site and is read; beside its site's sources it is counted once."""

import shutil

import pytest

from arsip.ingest.formats import BUILT_SITE_SKIPPED

from .conftest import archive_of, DATA, read_by_id

REPOSITORY = DATA / "pages-repository"
POST = "_site/2023/08/14/kerja-bakti.html"


def _packed(folder, tmp_path, kind: str, prefix: str = ""):
    return archive_of(folder, tmp_path / ("situs.zip" if kind == "zip" else "situs.tar.gz"), prefix)


@pytest.mark.parametrize("kind", ["zip", "tar"])
def test_an_archived_repository_of_a_built_site_alone_is_read(tmp_path, kind):
    archive = _packed(REPOSITORY, tmp_path, kind, "kabar-sukamaju/")
    documents, report = read_by_id(archive)
    place = f"{archive.name}!/kabar-sukamaju/"
    assert sorted(documents) == [place + "README.md", place + POST]  # (the home page lists posts)
    post = documents[place + POST]
    assert post.title == "Kerja Bakti Membersihkan Saluran Air"
    assert post.url == "https://kabar.sukamaju.desa.id/2023/08/14/kerja-bakti.html"
    assert not report.skipped.get("excluded directory") and BUILT_SITE_SKIPPED not in report.skipped


@pytest.mark.parametrize("kind", ["zip", "tar"])
def test_an_archive_of_the_built_folder_itself_is_read(tmp_path, kind):
    archive = _packed(REPOSITORY / "_site", tmp_path, kind, "_site/")
    documents, _ = read_by_id(archive)
    assert sorted(documents) == [f"{archive.name}!/{POST}"]


@pytest.mark.parametrize("kind", ["zip", "tar"])
def test_an_archived_built_folder_beside_its_sources_is_counted_once(tmp_path, kind):
    sources = tmp_path / "sumber"
    shutil.copytree(REPOSITORY, sources)
    (sources / "_config.yml").write_text("title: Kabar Sukamaju\n", encoding="utf-8")
    (sources / "_posts").mkdir()
    (sources / "_posts" / "2023-08-14-kerja-bakti.md").write_text(
        "---\ntitle: Kerja Bakti Membersihkan Saluran Air\n---\nWarga RT 03 bergotong royong membersihkan saluran air.\n", encoding="utf-8"
    )
    archive = _packed(sources, tmp_path, kind, "kabar-sukamaju/")
    documents, report = read_by_id(archive)
    assert sorted(documents) == [f"{archive.name}!/kabar-sukamaju/README.md", f"{archive.name}!/kabar-sukamaju/_posts/2023-08-14-kerja-bakti.md"]
    assert report.skipped[BUILT_SITE_SKIPPED] == 1
    assert not report.skipped.get("excluded directory")
