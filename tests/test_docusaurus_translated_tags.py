"""A Docusaurus locale's tags files, in the folders of its translations
(``i18n/en/docusaurus-plugin-content-docs/current/tags.yml``, the blog's
``i18n/en/docusaurus-plugin-content-blog/tags.yml``), label the tags of the pages that
locale builds in place of the default ones, as Docusaurus reads a tags file from the
localized content folder first (``getTagsFile`` with ``getDataFilePath``): the whole file,
not merged, so a key it does not list is shown as written (tests/data/docusaurus-translated-tags)."""

import shutil
from pathlib import Path

from .conftest import read_by_id, zip_of

SITE = Path(__file__).parent / "data" / "docusaurus-translated-tags"
#: Each page's tags, by the labels Docusaurus shows.
TAGS = {
    "docs/jadwal-panen.md": ["Panen Raya", "Pupuk Organik"],  # docs/tags.yml
    "i18n/en/docusaurus-plugin-content-docs/current/jadwal-panen.md": ["Harvest", "pupuk"],  # its locale's own file
    "blog/2024-05-01-rapat-kelompok-tani.md": ["Rapat Warga"],
    "i18n/en/docusaurus-plugin-content-blog/2024-05-01-rapat-kelompok-tani.md": ["Village Meeting"],
}


def _tags(path, prefix: str = "") -> dict[str, list[str]]:
    documents, _ = read_by_id(path, workers=1)
    return {key.removeprefix(prefix): [tag.label for tag in document.tags] for key, document in documents.items()}


def test_a_locales_tags_file_labels_its_translations():
    assert _tags(SITE) == TAGS


def test_an_archived_site_labels_them_the_same(tmp_path):
    archive = zip_of(SITE, tmp_path / "tani.zip", "tani-main/")
    assert _tags(archive, "tani.zip!/tani-main/") == TAGS


def test_the_default_locales_own_tags_file_labels_the_default_pages(tmp_path):
    """Docusaurus looks in the localized folder for the default locale too."""
    site = tmp_path / "tani"
    shutil.copytree(SITE, site)
    (site / "i18n" / "id" / "docusaurus-plugin-content-docs" / "current").mkdir(parents=True)
    (site / "i18n" / "id" / "docusaurus-plugin-content-docs" / "current" / "tags.yml").write_text("pupuk:\n  label: Pupuk Kompos\n", encoding="utf-8")
    assert _tags(site)["docs/jadwal-panen.md"] == ["panen", "Pupuk Kompos"]
