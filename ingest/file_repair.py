"""Repairing encoding damage in the source files themselves, byte for byte where undamaged.

A file is decoded with its line endings kept, repaired line by line with the same ftfy
configuration ingest uses, and encoded back the way it came (same encoding, same BOM).
Only damaged spans change: line endings, front-matter formatting, quoting, comments and
the trailing newline are untouched, and YAML is never loaded and re-dumped. Files in a
legacy code page are reported, and converted to UTF-8 only when asked.

Writing is atomic per file (:mod:`.atomic_write`): the original bytes go to a backup first
(with the original's mode and owner), then the repaired bytes replace the file, which keeps
its mode and owner. An interrupted run leaves each file either original or fully repaired.
"""

from __future__ import annotations

import difflib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .atomic_write import atomic_write
from .decode import NotText, decode_bytes, split_bom
from .document import FileFailure, Repair
from .errors import describe_os_error
from .formats import detect_format
from .mojibake import repair_text
from .limits import DEFAULT_MAX_BYTES
from .sources import Skip, discover, input_root

_UNICODE_CODECS = {"utf-8": "utf-8", "utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be", "utf-32-le": "utf-32-le", "utf-32-be": "utf-32-be"}


_LINE = re.compile(r"[^\n]*\n|[^\n]+$")


class RepairError(OSError):
    """A file that cannot be repaired or written; the message says why."""


@dataclass
class FilePlan:
    """What repairing one file would do."""

    path: str
    original: bytes
    encoding: str
    repaired: bytes | None = None
    repairs: list[Repair] = field(default_factory=list)
    #: The file is in a legacy code page (converted only with ``to_utf8``).
    legacy: bool = False
    text_before: str = ""
    text_after: str = ""

    @property
    def changes(self) -> bool:
        """True when writing would change the file."""
        return self.repaired is not None and self.repaired != self.original


def plan_file(path: str, *, to_utf8: bool = False) -> FilePlan:
    """Work out the repair of the file at ``path`` without writing anything."""
    try:
        original = Path(path).read_bytes()
    except OSError as error:
        raise RepairError(f"cannot read: {describe_os_error(error)}") from None
    try:
        decoded = decode_bytes(original, keep_newlines=True)
    except NotText as error:
        raise RepairError(str(error)) from None
    bom, _ = split_bom(original)
    codec = _UNICODE_CODECS.get(decoded.encoding.split(" ")[0])
    plan = FilePlan(path, original, decoded.encoding, legacy=codec is None)
    plan.text_before = decoded.text
    plan.text_after, plan.repairs = repair_text(decoded.text)
    if plan.legacy and not to_utf8:
        return plan  # reported, left alone
    plan.repaired = (bom if codec else b"") + plan.text_after.encode(codec or "utf-8")
    return plan


def unified_diff(plan: FilePlan) -> str:
    """A unified diff of what writing ``plan`` would change (text, as ``patch`` applies it)."""
    if not plan.changes:
        return ""
    before, after = _lines(plan.text_before), _lines(plan.text_after)
    lines = difflib.unified_diff(before, after, fromfile=plan.path, tofile=plan.path)
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def _lines(text: str) -> list[str]:
    """Lines split at LF only, each keeping its ending (CRLF stays intact, as patch expects)."""
    return _LINE.findall(text)


def backup_path(path: str, root: str, backup_dir: str | None) -> Path:
    """Where the original of ``path`` is kept: ``FILE.orig`` beside it, or under
    ``backup_dir`` at the same path relative to ``root``."""
    if backup_dir:
        return Path(backup_dir) / os.path.relpath(os.path.abspath(path), root)
    return Path(path + ".orig")


def write_repair(plan: FilePlan, backup: Path | None) -> None:
    """Write ``plan`` atomically, after keeping the original bytes at ``backup``."""
    target = Path(plan.path)
    info = target.stat()
    if not info.st_mode & stat.S_IWUSR:
        raise RepairError("the file is read-only; left as it was")
    if not target.parent.stat().st_mode & stat.S_IWUSR:
        raise RepairError("its directory is read-only; left as it was")
    if backup is not None:
        _keep_backup(plan.original, backup, info)
    _write_file(target, plan.repaired or b"")


def _keep_backup(original: bytes, backup: Path, info: os.stat_result) -> None:
    if backup.exists() and backup.read_bytes() == original:
        return
    candidate, number = backup, 1
    while candidate.exists():  # never overwrite an earlier backup
        candidate = backup.with_name(f"{backup.name}.{number}")
        number += 1
    candidate.parent.mkdir(parents=True, exist_ok=True)
    _write_file(candidate, original, like=info)
    os.utime(candidate, ns=(info.st_atime_ns, info.st_mtime_ns))


def _write_file(target: Path, data: bytes, like: os.stat_result | None = None) -> None:
    try:
        atomic_write(target, data, like=like)
    except OSError as error:
        raise RepairError(f"cannot write {target}: {describe_os_error(error)}") from None


@dataclass
class FileOutcome:
    """What happened to one input: its plan, or why it was skipped or failed."""

    path: str
    plan: FilePlan | None = None
    skipped: str | None = None
    error: str | None = None
    written: bool = False


def repair_paths(
    paths: list[str],
    *,
    write: bool = False,
    to_utf8: bool = False,
    backup_dir: str | None = None,
    backup: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[FileOutcome]:
    """Plan (and with ``write``, apply) the repair of every text file below ``paths``.

    Archive members and symbolic links are reported, never rewritten; links are not
    followed out of the given roots.
    """
    for path in paths:
        root = input_root(path)
        for item in discover([path], max_bytes):
            if isinstance(item, Skip):
                yield FileOutcome(item.path, skipped=item.reason)
            elif isinstance(item, FileFailure):
                yield FileOutcome(item.path, error=item.reason)
            elif item.fs_path is None:
                yield FileOutcome(item.path, skipped="inside an archive (not rewritten)")
            elif os.path.islink(item.fs_path):
                yield FileOutcome(item.path, skipped="symbolic link (repair the file it points to)")
            else:
                yield _repair_one(item.fs_path, root, write, to_utf8, backup_dir if backup else None, backup)


def _repair_one(path: str, root: str, write: bool, to_utf8: bool, backup_dir: str | None, backup: bool) -> FileOutcome:
    try:
        plan = plan_file(path, to_utf8=to_utf8)
    except RepairError as error:
        return FileOutcome(path, error=str(error))
    if detect_format(os.path.basename(path), plan.text_before[:4096]) is None:
        return FileOutcome(path, skipped="unsupported format")
    outcome = FileOutcome(path, plan=plan)
    if write and plan.changes:
        try:
            write_repair(plan, backup_path(path, root, backup_dir) if backup else None)
            outcome.written = True
        except RepairError as error:
            outcome.error = str(error)
    return outcome
