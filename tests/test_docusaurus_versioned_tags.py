"""A Docusaurus site's released docs versions each label their tags by the tags file of
their own folder, as Docusaurus loads a version (``getTagsFile`` given the version's
content paths): ``versioned_docs/version-1.0/tags.yml``, not the current ``docs/tags.yml``;
a version without one shows its keys as written (tests/data/docusaurus-versioned-tags)."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import zip_of

SITE = Path(__file__).parent / "data" / "docusaurus-versioned-tags"
#: Each page's tags, by the labels Docusaurus shows.
TAGS = {
    "docs/jadwal-panen.md": ["Panen Raya", "Pupuk Organik"],  # the current docs: docs/tags.yml
    "versioned_docs/version-2.0/jadwal-panen.md": ["panen", "pupuk"],  # its folder has no tags file
    "versioned_docs/version-1.0/jadwal-panen.md": ["Musim Panen", "Irigasi", "pupuk"],  # its own file; irigasi listed without a label
    "i18n/en/docusaurus-plugin-content-docs/version-1.0/jadwal-panen.md": ["Musim Panen", "Irigasi"],  # a translation of version 1.0
}


def _tags(path, prefix: str = "") -> dict[str, list[str]]:
    documents = read_documents([str(path)], IngestOptions(workers=1), IngestReport())
    return {document.id.removeprefix(prefix): [tag.label for tag in document.tags] for document in documents}


def test_each_version_labels_its_tags_by_its_own_tags_file():
    assert _tags(SITE) == TAGS


def test_an_archived_site_labels_them_the_same(tmp_path):
    archive = zip_of(SITE, tmp_path / "tani.zip", "tani-main/")
    assert _tags(archive, "tani.zip!/tani-main/") == TAGS
