"""The library's readers refuse a path that does not exist as the command line does: when
called, before anything is read, with FileNotFoundError naming it (the command line exits 2,
see tests/test_cli_missing_paths.py); a broken symbolic link exists and is an input that fails."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

import arsip
from arsip.ingest.pipeline import read_files
from arsip.ingest.results import IngestReport

SITE = str(Path(__file__).parent / "data" / "library-paths")


@pytest.mark.parametrize("read", [arsip.read_documents, read_files], ids=["read_documents", "read_files"])
@pytest.mark.parametrize("missing_first", [False, True], ids=["after-a-folder", "before-a-folder"])
def test_a_missing_path_raises_when_called_and_nothing_is_read(tmp_path, read, missing_first):
    missing = str(tmp_path / "arsip-lama")
    report = IngestReport(on_file=lambda *args: pytest.fail("a file was read"))
    with pytest.raises(FileNotFoundError) as raised:
        read([missing, SITE] if missing_first else [SITE, missing], report=report)  # not iterated
    assert raised.value.filename == missing and raised.value.errno == errno.ENOENT
    assert report.files_seen == 0 and report.failures == [] and report.generators == {}


def test_paths_given_as_an_iterator_are_read():
    (document,) = arsip.read_documents(iter([SITE]))
    assert document.title == "Rapat Warga Membahas Kerja Bakti"


def test_a_broken_symbolic_link_is_an_input_that_fails(tmp_path):
    link = tmp_path / "tautan.md"
    link.symlink_to(tmp_path / "tidak-ada.md")
    report = IngestReport()
    titles = [document.title for document in arsip.read_documents([SITE, str(link)], report=report)]
    assert titles == ["Rapat Warga Membahas Kerja Bakti"]
    assert [(failure.path, failure.reason) for failure in report.failures] == [(str(link), "broken symbolic link")]
