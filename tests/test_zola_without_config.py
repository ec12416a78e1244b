"""A Zola site's repository without its configuration file (``content/`` beside Zola's
``templates/`` or ``sass/``, or a ``content/_index.md`` that sets a key only Zola's sections
read) is read as Zola builds it with its defaults, not as Hugo: the pages of ``content/``,
their ``[taxonomies]`` table as tags, not the README nor the theme's files."""

import shutil
from pathlib import Path

import pytest

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions

from .conftest import zip_of

REPOSITORY = Path(__file__).parent / "data" / "zola-without-config"
PAGES = {"content/berita/2024-03-05-panen-raya.md", "content/tentang.md"}
PANEN = "content/berita/2024-03-05-panen-raya.md"


def _read(path) -> dict:
    return {document.id.split("!/")[-1]: document for document in read_documents([str(path)], IngestOptions(workers=1))}


def test_the_pages_are_those_of_content_read_as_zola_reads_them():
    documents = _read(REPOSITORY)
    assert set(documents) == PAGES
    assert {document.generator for document in documents.values()} == {"zola"}
    panen = documents[PANEN]
    assert [tag.label for tag in panen.tags] == ["panen", "pertanian"]  # its [taxonomies] table
    assert (panen.date, panen.url, panen.problems) == ("2024-03-05", None, [])  # no base_url: no address


def test_in_a_zip_and_in_a_folder_of_the_input_it_is_the_same_site(tmp_path):
    assert set(_read(zip_of(REPOSITORY, tmp_path / "situs.zip"))) == PAGES
    shutil.copytree(REPOSITORY, tmp_path / "arsip" / "situs-desa")
    nested = _read(tmp_path / "arsip")
    assert set(nested) == {f"situs-desa/{page}" for page in PAGES}
    assert {document.generator for document in nested.values()} == {"zola"}


@pytest.mark.parametrize("zipped", [False, True])
def test_content_beside_themes_is_zola_by_its_root_sections_keys_else_hugo(tmp_path, zipped):
    root = shutil.copytree(REPOSITORY, tmp_path / "situs")
    shutil.rmtree(root / "templates")
    shutil.rmtree(root / "sass")
    path = zip_of(root, tmp_path / "situs.zip") if zipped else root
    assert {document.generator for document in _read(path).values()} == {"zola"}  # sort_by, paginate_by
    section = root / "content" / "_index.md"
    section.write_text('+++\ntitle = "Kabar Desa Sukamaju"\n+++\n', encoding="utf-8")
    path = zip_of(root, tmp_path / "situs-hugo.zip") if zipped else root
    assert {document.generator for document in _read(path).values()} == {"hugo"}
