"""The content folder of a Quartz repository as ``npx quartz build`` reads it: only its
Markdown files are notes (Quartz's Assets emitter copies the others, ``.txt``, ``.html``,
as they are), less those a ``.gitignore`` in the content folder ignores (Quartz globs with
globby's ``gitignore: true``: the ``.gitignore`` files below the folder it globs, a deeper
one's ``!`` lines re-including), on disk and in an archive (tests/data/notes/quartz-aset)."""

import shutil
from pathlib import Path

import pytest

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites.notes import QUARTZ_ASSET, QUARTZ_GIT_IGNORED, NotePublishing, git_ignore_patterns

SITE = Path(__file__).parent / "data" / "notes" / "quartz-aset"
#: The notes Quartz publishes: the repository's own .gitignore (above the content folder) is
#: not read by the globby of Quartz 4, so content/catatan-lokal.md is one.
NOTES = ["content/catatan-lokal.md", "content/index.md", "content/kebun/panen.draf.md"]


def _read(root: Path) -> tuple[list[str], IngestReport]:
    report = IngestReport()
    documents = read_documents([str(root)], IngestOptions(), report)
    return sorted(document.id.split("!/", 1)[-1].removeprefix("quartz-aset/") for document in documents), report


@pytest.mark.parametrize("packed", [False, True])
def test_only_markdown_not_git_ignored_is_a_note(tmp_path, packed):
    root = Path(shutil.make_archive(str(tmp_path / "kebun"), "zip", SITE.parent, SITE.name)) if packed else SITE
    ids, report = _read(root)
    assert ids == NOTES
    assert report.skipped[QUARTZ_ASSET] == 2  # kebun/bibit.txt, lampiran/peta.html
    assert report.skipped[QUARTZ_GIT_IGNORED] == 2  # rahasia.md (content/.gitignore), kebun/pemangkasan.draf.md (kebun/.gitignore)


def test_git_ignore_lines_read_as_git_reads_them():
    patterns = git_ignore_patterns([("kebun", "*.draf.md\n!panen.draf.md\n"), ("", "# catatan\nrahasia.md\narsip/lama/\n/tamu.md\n")])
    notes = NotePublishing("Quartz", content="content", git_ignored=patterns)
    assert notes.unread_reason("content/rahasia.md") == QUARTZ_GIT_IGNORED
    assert notes.unread_reason("content/kebun/rahasia.md") == QUARTZ_GIT_IGNORED  # (a name alone matches at any depth)
    assert notes.unread_reason("content/arsip/lama/2019.md") == QUARTZ_GIT_IGNORED
    assert notes.unread_reason("content/tamu.md") == QUARTZ_GIT_IGNORED
    assert notes.unread_reason("content/kebun/tamu.md") is None  # (``/tamu.md`` is the folder's own)
    assert notes.unread_reason("content/kebun/bibit/pupuk.draf.md") == QUARTZ_GIT_IGNORED
    assert notes.unread_reason("content/kebun/panen.draf.md") is None  # (re-included by the deeper file)
    assert notes.unread_reason("content/pupuk.draf.md") is None  # (kebun/.gitignore holds for kebun/ alone)
    assert notes.unread_reason("content/.catatan") is None  # (a hidden file is no asset Quartz copies)
