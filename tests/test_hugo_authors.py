"""A Hugo page's author ids (``authors: [sari]``) are shown by the names its site's data
folder gives them, as themes look them up (Blowfish's ``data/authors/sari.json``, the Casper
ports' ``.toml``; ingest/sites/hugo/authors.py)."""

import shutil
from pathlib import Path

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.pipeline import read_documents

SITE = Path(__file__).parent / "data" / "hugo-authors"


def _authors(root: Path) -> dict[str, list[str]]:
    return {document.id.rsplit("/", 1)[-1]: document.authors for document in read_documents([str(root)])}


def test_author_ids_are_shown_by_the_names_of_the_data_folder():
    assert _authors(SITE)["panen-raya.md"] == ["Sari Wulandari", "Budi Santoso"]


def test_an_id_whose_file_has_no_name_or_a_name_written_out_stays_as_written():
    assert _authors(SITE)["surat-pembaca.md"] == ["tanpa-nama", "Dewi Lestari"]


def test_the_authors_files_are_read_from_an_archive_too(tmp_path):
    archive = shutil.make_archive(str(tmp_path / "situs"), "zip", SITE)
    assert _authors(Path(archive))["panen-raya.md"] == ["Sari Wulandari", "Budi Santoso"]


def test_data_files_are_not_pages():
    assert not any(name.startswith(("sari", "budi")) for name in _authors(SITE))


def test_an_index_reads_the_site_again_when_only_an_authors_file_changed(tmp_path):
    site = tmp_path / "situs"
    shutil.copytree(SITE, site)
    directory = tmp_path / "indeks"
    index_paths(directory, [str(site)])
    sari = site / "data" / "authors" / "sari.json"
    sari.write_text(sari.read_text(encoding="utf-8").replace("Sari Wulandari", "Sari Wulandari Putri"), encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert "authors' ids" in report.reread[str(site)]
    (record,) = get_records(directory, "content/posts/panen-raya.md")
    assert record["authors"] == ["Sari Wulandari Putri", "Budi Santoso"]
