"""The one error-text helper, and that every stage uses it."""

import errno
import os
from pathlib import Path

from arsip.ingest.errors import describe_os_error

REPOSITORY = Path(__file__).resolve().parent.parent


def test_an_os_error_is_described_by_its_reason_in_lower_case():
    error = OSError(errno.ENOENT, os.strerror(errno.ENOENT), "/tmp/hilang.md")
    assert describe_os_error(error) == "no such file or directory"


def test_an_os_error_without_a_reason_is_described_by_its_text():
    assert describe_os_error(OSError("Berkas Rusak")) == "berkas rusak"


def test_no_module_writes_its_own_error_text():
    helper = REPOSITORY / "ingest" / "errors.py"
    copies = [
        str(path.relative_to(REPOSITORY))
        for stage in ("ingest", "index", "cli", "arsip")
        for path in (REPOSITORY / stage).rglob("*.py")
        if path != helper and "strerror or str(" in path.read_text(encoding="utf-8")
    ]
    assert copies == []
