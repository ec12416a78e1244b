"""A Quartz repository (``quartz.config.ts`` beside a ``content/`` folder holding files) is
read as Quartz publishes it: the notes of ``content/`` alone — not Quartz's code, its own
README and documentation (``docs/``) — less those the configuration's ``ignorePatterns``
match (``private``, ``templates``, ``**/*.excalidraw.md``), each counted by its reason
(ingest/sites/notes.py)."""

import shutil
from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites.notes import OUTSIDE_QUARTZ_CONTENT, QUARTZ_IGNORED, NotePublishing, quartz_publishing

SITE = Path(__file__).parent / "data" / "notes" / "quartz-repositori"
NOTES = ["content/index.md", "content/kebun/kopi-gayo.md"]


def _read(root: Path) -> tuple[list[str], IngestReport]:
    report = IngestReport()
    documents = read_documents([str(root)], IngestOptions(), report)
    return sorted(document.id.split("!/", 1)[-1].removeprefix("quartz-repositori/") for document in documents), report


def test_only_the_notes_of_the_content_folder_are_read():
    ids, report = _read(SITE)
    assert ids == NOTES
    assert report.skipped[OUTSIDE_QUARTZ_CONTENT] == 5  # README.md, docs/ (2), quartz/components/ (2)
    assert report.skipped[QUARTZ_IGNORED] == 3


def test_the_repository_in_an_archive_too(tmp_path):
    archive = shutil.make_archive(str(tmp_path / "kebun"), "zip", SITE.parent, SITE.name)
    assert _read(Path(archive))[0] == NOTES


def test_without_notes_in_content_every_file_is_read_as_before(tmp_path):
    site = tmp_path / "kebun"
    shutil.copytree(SITE, site)
    shutil.rmtree(site / "content")
    ids, _ = _read(site)
    assert "README.md" in ids and "docs/index.md" in ids


def test_ignore_patterns_are_globs_below_the_content_folder():
    notes = NotePublishing("Quartz", content="content", ignored=("private", "**/*.excalidraw.md", "arsip/*.md"))
    assert notes.unread_reason("content/private/a/b.md") == QUARTZ_IGNORED
    assert notes.unread_reason("content/kebun/denah.excalidraw.md") == QUARTZ_IGNORED
    assert notes.unread_reason("content/arsip/lama.md") == QUARTZ_IGNORED
    assert notes.unread_reason("content/arsip/2020/lama.md") is None  # (``*`` stays within a folder)
    assert notes.unread_reason("content/kebun/private/a.md") is None  # (``private`` is the folder at the top)
    assert notes.unread_reason("content/privat.md") is None


def test_quartz_5_s_yaml_gives_its_ignore_patterns():
    text = "configuration:\n  pageTitle: Kebun Catatan\n  ignorePatterns:\n    - private\n    - templates\nplugins: []\n"
    assert quartz_publishing("quartz.config.yaml", text).ignored == ("private", "templates")
