"""Eleventy's ignore files in a site read from an archive: a site zipped with its top folder
(GitHub's "Download ZIP", ``repo-main/``) leaves out what the same site on disk leaves out
(``.eleventyignore``, ``.gitignore``, ``ignores.add``; a folder named with or without its
trailing slash)."""

import zipfile
from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestReport
from arsip.ingest.sites.eleventy_ignores import IGNORED, ignore_patterns, is_ignored

SITE = Path(__file__).parent / "data" / "eleventy-ignores" / "repo-main"


def _zipped(folder: Path, target: Path) -> Path:
    """The site at ``folder`` zipped as GitHub zips a repository: below its top folder."""
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
    return target


def _read(root: str) -> tuple[list[tuple], IngestReport]:
    """The documents of ``root`` as (path in the site, url, title, text, problems), and the report."""
    report = IngestReport()
    pages = [(page.id.split("!/repo-main/")[-1], page.url, page.title, page.text, page.problems) for page in read_documents([root], report=report)]
    return sorted(pages), report


def test_a_zipped_site_leaves_out_what_the_site_on_disk_leaves_out(tmp_path):
    on_disk, disk_report = _read(str(SITE))
    zipped, zip_report = _read(str(_zipped(SITE, tmp_path / "kabar-sukamaju-main.zip")))
    assert [page[0] for page in on_disk] == ["berita/panen.md"]
    assert on_disk[0][3] == "Warga Desa Sukamaju merayakan panen raya di sawah timur."
    assert zipped == on_disk
    assert disk_report.skipped[IGNORED] == zip_report.skipped[IGNORED] == 4  # catatan/rapat.md, DRAF.md, rahasia.md, README.md


def test_a_folder_line_stands_for_everything_below_it_with_or_without_its_slash():
    for line in ("catatan", "catatan/", "./catatan/", "/catatan"):
        patterns = ignore_patterns({".eleventyignore": line + "\n"}.get, "", git_ignore=False)
        assert is_ignored("catatan/2024/rapat.md", patterns), line
        assert not is_ignored("berita/catatan-panen.md", patterns), line
