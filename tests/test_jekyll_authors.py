"""A Jekyll post's author ids (``author: sari``, ``authors: [budi, sari]``) are shown by the
names its site gives them, as themes and plugins look them up (ingest/sites/jekyll/config.py):
the ``authors`` setting of ``_config.yml`` (Mediumish), then ``_data/authors.yml``
(jekyll-seo-tag, Minimal Mistakes, Chirpy)."""

import shutil
from pathlib import Path

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.pipeline import read_documents

SITE = Path(__file__).parent / "data" / "jekyll-authors"


def _authors(root: Path) -> dict[str, list[str]]:
    return {document.id.rsplit("/", 1)[-1]: document.authors for document in read_documents([str(root)])}


def test_author_ids_are_shown_by_the_names_the_site_gives_them():
    authors = _authors(SITE)
    assert authors["2021-04-01-posyandu.md"] == ["Sari Wulandari"]
    assert authors["2021-06-01-kerja-bakti.md"] == ["Budi Santoso", "Sari Wulandari"]


def test_the_authors_setting_wins_over_the_data_file():
    assert _authors(SITE)["2021-07-01-pengumuman.md"] == ["Redaksi Catatan Warga"]


def test_a_name_written_out_or_an_entry_without_a_name_stays_as_written():
    assert _authors(SITE)["2021-08-01-surat-pembaca.md"] == ["Dewi Lestari", "tanpa_nama"]


def test_the_authors_file_is_read_from_an_archive_too(tmp_path):
    archive = shutil.make_archive(str(tmp_path / "situs"), "zip", SITE)
    authors = {key.rsplit("/", 1)[-1]: value for key, value in _authors(Path(archive)).items()}
    assert authors["2021-04-01-posyandu.md"] == ["Sari Wulandari"]


def test_the_data_folder_is_the_one_the_configuration_names(tmp_path):
    site = tmp_path / "situs"
    shutil.copytree(SITE, site)
    (site / "_data").rename(site / "data")
    (site / "_config.yml").write_text((SITE / "_config.yml").read_text(encoding="utf-8") + "data_dir: data\n", encoding="utf-8")
    assert _authors(site)["2021-04-01-posyandu.md"] == ["Sari Wulandari"]


def test_an_index_reads_the_site_again_when_only_the_authors_file_changed(tmp_path):
    site = tmp_path / "situs"
    shutil.copytree(SITE, site)
    directory = tmp_path / "indeks"
    index_paths(directory, [str(site)])
    authors = site / "_data" / "authors.yml"
    authors.write_text(authors.read_text(encoding="utf-8").replace("Sari Wulandari", "Sari Wulandari Putri"), encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert "authors' ids" in report.reread[str(site)]
    (record,) = get_records(directory, "_posts/2021-04-01-posyandu.md")
    assert record["authors"] == ["Sari Wulandari Putri"]
