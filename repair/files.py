"""Repairing encoding damage in the source files themselves, byte for byte where undamaged.

A file is decoded with its line endings kept, repaired line by line with the same ftfy
configuration ingest uses, and encoded back the way it came (same encoding, same BOM).
Only damaged spans change: line endings, front-matter formatting, quoting, comments and
the trailing newline are untouched, and YAML is never loaded and re-dumped. Files in a
legacy code page are reported, and converted to UTF-8 only when asked.

Writing is atomic per file (:mod:`arsip.ingest.atomic_write`): the original bytes go to a backup first
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
from typing import Callable, Iterator

from arsip.ingest.atomic_write import atomic_output, atomic_write
from arsip.ingest.declared_charset import declare_utf8
from arsip.ingest.decode import NotText, split_bom
from arsip.ingest.document import FileFailure, Repair, Unrepairable
from arsip.ingest.errors import describe_os_error
from arsip.ingest.limits import DEFAULT_MAX_BYTES
from arsip.ingest.mojibake import repair_text
from arsip.ingest.readers.registry import decode_file, detect_reader, unread_reason
from arsip.ingest.sources import Skip, discover, input_root

_UNICODE_CODECS = {"utf-8": "utf-8", "utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be", "utf-32-le": "utf-32-le", "utf-32-be": "utf-32-be"}


_LINE = re.compile(r"[^\n]*\n|[^\n]+$")


class RepairError(OSError):
    """A file that cannot be repaired or written; the message says why."""


class LeftAlone(Exception):
    """A file deliberately not written (hard-linked, or changed since it was read)."""

    def __init__(self, reason: str, key: str) -> None:
        super().__init__(reason)
        #: The summary counter this case is counted under.
        self.key = key


@dataclass
class FilePlan:
    """What repairing one file would do."""

    path: str
    original: bytes
    encoding: str
    repaired: bytes | None = None
    repairs: list[Repair] = field(default_factory=list)
    #: Damage left as it was because its repair would lose text or leave damage behind.
    unrepairable: list[Unrepairable] = field(default_factory=list)
    #: The file is in a legacy code page (converted only with ``to_utf8``).
    legacy: bool = False
    #: The encoding a UTF-8 file declares that its bytes contradict (``iso-8859-1``; the
    #: declaration is corrected only with ``to_utf8``).
    misdeclared: str | None = None
    #: What the file's bytes that its declared code page does not define were read as
    #: (browsers read them so: see :class:`~arsip.ingest.decode.UndefinedBytes`); None: none.
    undefined: str | None = None
    text_before: str = ""
    text_after: str = ""
    #: Device, inode, size and mtime when the file was read: a write checks them first.
    identity: tuple[int, int, int, int] = (0, 0, 0, 0)
    #: Its number of hard links when it was read.
    links: int = 1

    @property
    def changes(self) -> bool:
        """True when writing would change the file."""
        return self.repaired is not None and self.repaired != self.original


def plan_file(path: str, *, to_utf8: bool = False) -> FilePlan:
    """Work out the repair of the file at ``path`` without writing anything."""
    try:
        with open(path, "rb") as stream:
            original = stream.read()
            info = os.fstat(stream.fileno())
    except OSError as error:
        raise RepairError(f"cannot read: {describe_os_error(error)}") from None
    plan = plan_bytes(path, original, to_utf8=to_utf8)
    plan.identity, plan.links = _identity(info), info.st_nlink
    return plan


def plan_bytes(path: str, original: bytes, *, to_utf8: bool = False) -> FilePlan:
    """Work out the repair of ``original``, the bytes of the file named ``path`` (on disk or
    in an archive)."""
    try:
        decoded, reader = decode_file(original, os.path.basename(path), keep_newlines=True)
    except NotText as error:
        raise RepairError(str(error)) from None
    bom, _ = split_bom(original)
    codec = _UNICODE_CODECS.get(decoded.encoding.split(" ")[0])
    plan = FilePlan(path, original, decoded.encoding, legacy=codec is None)
    plan.text_before = decoded.text
    repaired = repair_text(decoded.text)
    plan.text_after, plan.repairs, plan.unrepairable = repaired.text, repaired.repairs, repaired.unrepairable
    if codec == "utf-8" and decoded.declared and decoded.problem:  # the bytes contradicted it
        plan.misdeclared = str(decoded.declared)
    if decoded.undefined:
        plan.undefined = decoded.undefined.describe(decoded.declared)
    if plan.legacy and not to_utf8:
        return plan  # reported, left alone
    if to_utf8 and decoded.declared and (plan.legacy or plan.misdeclared):  # the file must now say it is UTF-8
        said_utf8 = declare_utf8(plan.text_after, decoded.declared, xml=reader is not None and reader.declares_charset == "xml")
        if said_utf8 is None:
            raise RepairError(f"declares {decoded.declared} in a form arsip cannot change to utf-8: left as it was (change the declaration by hand)")
        plan.text_after = said_utf8
    plan.repaired = (bom if codec else b"") + plan.text_after.encode(codec or "utf-8")
    return plan


def unified_diff(plan: FilePlan) -> str:
    """A unified diff of what writing ``plan`` would change (text, as ``patch`` applies it)."""
    if not plan.changes:
        return ""
    before, after = _lines(plan.text_before), _lines(plan.text_after)
    name = quoted_name(plan.path)
    lines = difflib.unified_diff(before, after, fromfile=name, tofile=name)
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


_NEEDS_QUOTES = re.compile(r'[\x00-\x1f\x7f-\x9f"\\]')
_C_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", '"': '\\"', "\\": "\\\\"}


def quoted_name(path: str) -> str:
    """``path`` as a diff header names it: C-quoted (as GNU diff, git and ``patch`` do) when
    it holds a control character, a quote or a backslash, so a newline in a file name cannot
    make ``patch`` target another file."""
    if not _NEEDS_QUOTES.search(path):
        return path
    return '"' + _NEEDS_QUOTES.sub(lambda m: _C_ESCAPES.get(m[0]) or "".join(f"\\{byte:03o}" for byte in m[0].encode("utf-8", "surrogateescape")), path) + '"'


def _lines(text: str) -> list[str]:
    """Lines split at LF only, each keeping its ending (CRLF stays intact, as patch expects)."""
    return _LINE.findall(text)


def backup_path(path: str, root: str, backup_dir: str | None) -> Path:
    """Where the original of ``path`` is kept: ``FILE.orig`` beside it, or under
    ``backup_dir`` at the same path relative to ``root``."""
    if backup_dir:
        return Path(backup_dir) / os.path.relpath(os.path.abspath(path), root)
    return Path(path + ".orig")


def backup_dir_conflict(paths: list[str], backup_dir: str) -> str | None:
    """The input root that ``backup_dir`` is, or lies inside (its backups would be read
    again as inputs), or None when it is safely outside every root."""
    backups = os.path.realpath(backup_dir)
    for path in paths:
        root = os.path.realpath(input_root(path))
        if backups == root or backups.startswith(root.rstrip(os.sep) + os.sep):
            return root
    return None


def write_repair(plan: FilePlan, backup: Path | None, *, break_links: bool = False) -> None:
    """Write ``plan`` atomically, after keeping the original bytes at ``backup``.

    Raises :class:`LeftAlone` for a hard-linked file (unless ``break_links``) and for a
    file that changed since it was planned, checked again just before the rename; a
    backup made for such a file is removed again. Raises :class:`RepairError` when the
    file or its backup cannot be written.
    """
    target = Path(plan.path)
    try:
        info = target.stat()
        directory_writable = target.parent.stat().st_mode & stat.S_IWUSR
    except OSError as error:
        raise RepairError(f"cannot write: {describe_os_error(error)}") from None
    if _identity(info) != plan.identity:
        raise _changed()
    if info.st_nlink > 1 and not break_links:
        raise LeftAlone(f"has {info.st_nlink} hard links; left as it was (--break-links repairs this name only)", "hard_linked")
    if not info.st_mode & stat.S_IWUSR:
        raise RepairError("the file is read-only; left as it was")
    if not directory_writable:
        raise RepairError("its directory is read-only; left as it was")
    made = _keep_backup(plan.original, backup, info) if backup is not None else None
    try:
        with atomic_output(target) as stream:
            stream.write(plan.repaired or b"")
            if not _still_as_read(plan):
                raise _changed()
    except LeftAlone:
        if made is not None:
            made.unlink()
        raise
    except OSError as error:
        raise RepairError(f"cannot write {target}: {describe_os_error(error)}") from None


def _identity(info: os.stat_result) -> tuple[int, int, int, int]:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _still_as_read(plan: FilePlan) -> bool:
    """True when the file on disk is still the one ``plan`` was made from."""
    try:
        with open(plan.path, "rb") as stream:
            return _identity(os.fstat(stream.fileno())) == plan.identity and stream.read() == plan.original
    except OSError:
        return False


def _changed() -> LeftAlone:
    return LeftAlone("changed while repair ran; left as it was (run repair again)", "changed")


def _keep_backup(original: bytes, backup: Path, info: os.stat_result) -> Path | None:
    """Keep ``original`` at ``backup`` (or ``backup.N``, never overwriting an earlier
    backup) with the original's mode, owner and mtime; returns the file made, if any."""
    if backup.is_dir():
        raise RepairError(f"cannot keep a backup at {backup}: it is a folder; left as it was")
    try:
        if backup.is_file() and backup.read_bytes() == original:
            return None
        candidate, number = backup, 1
        while os.path.lexists(candidate):
            candidate = backup.with_name(f"{backup.name}.{number}")
            number += 1
        candidate.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(candidate, original, like=info)
        os.utime(candidate, ns=(info.st_atime_ns, info.st_mtime_ns))
    except OSError as error:
        raise RepairError(f"cannot keep a backup at {backup}: {describe_os_error(error)}; left as it was") from None
    return candidate


@dataclass
class FileOutcome:
    """What happened to one input: its plan, or why it was skipped, left alone or failed."""

    path: str
    plan: FilePlan | None = None
    skipped: str | None = None
    error: str | None = None
    written: bool = False
    #: Why a file that needed repair was deliberately not written, and its summary key.
    left_alone: LeftAlone | None = None

    @property
    def in_archive(self) -> bool:
        """True for a damaged archive member (reported; --write never rewrites it)."""
        return self.left_alone is not None and self.left_alone.key == "in_archive"


@dataclass
class WriteOptions:
    """How ``repair_paths`` writes: nothing, or repairs with these choices."""

    write: bool = False
    to_utf8: bool = False
    backup_dir: str | None = None
    backup: bool = True
    break_links: bool = False


#: Why ``--write`` passes over an archive without opening it.
ARCHIVE_NOT_REWRITTEN = "archive: never rewritten (arsip repair without --write reports its members' damage; extract it to repair them)"
#: Why a damaged archive member is not written.
IN_ARCHIVE = "inside an archive: --write never rewrites one (extract it to repair this file)"


def repair_paths(paths: list[str], options: WriteOptions | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[FileOutcome]:
    """Plan (and with ``options.write``, apply) the repair of every text file below ``paths``.

    Archive members are planned from the archive and reported, never rewritten; with
    ``options.write`` an archive is skipped as :data:`ARCHIVE_NOT_REWRITTEN`, unopened.
    Symbolic links are reported, never rewritten, and not followed out of the given roots.
    """
    options = options or WriteOptions()
    for path in paths:
        root = input_root(path)
        for item in discover([path], max_bytes, archive_skip=ARCHIVE_NOT_REWRITTEN if options.write else None):
            if isinstance(item, Skip):
                yield FileOutcome(item.path, skipped=item.reason)
            elif isinstance(item, FileFailure):
                yield FileOutcome(item.path, error=item.reason)
            elif item.fs_path is None:
                yield _check_member(item.path, item.data or b"", options)
            elif os.path.islink(item.fs_path):
                yield FileOutcome(item.path, skipped="symbolic link (repair the file it points to)")
            else:
                yield _repair_one(item.fs_path, root, options)


def _planned(path: str, plan: Callable[[], FilePlan]) -> FileOutcome:
    """The outcome of ``plan()``, the repair plan of ``path``: the plan, or why it failed or
    why the file is not read."""
    try:
        made = plan()
    except RepairError as error:
        return FileOutcome(path, error=str(error))
    name = os.path.basename(path)
    if detect_reader(name, made.text_before[:4096]) is None:
        return FileOutcome(path, skipped=unread_reason(made.original, name) or "unsupported format")
    return FileOutcome(path, plan=made)


def _check_member(path: str, data: bytes, options: WriteOptions) -> FileOutcome:
    """The repair plan of an archive member (``site.zip!/path``): reported, never written."""
    outcome = _planned(path, lambda: plan_bytes(path, data, to_utf8=options.to_utf8))
    if outcome.plan is not None and outcome.plan.changes:
        outcome.left_alone = LeftAlone(IN_ARCHIVE, "in_archive")
    return outcome


def _repair_one(path: str, root: str, options: WriteOptions) -> FileOutcome:
    outcome = _planned(path, lambda: plan_file(path, to_utf8=options.to_utf8))
    plan = outcome.plan
    if plan is None:
        return outcome
    if options.write and plan.changes:
        backup = backup_path(path, root, options.backup_dir) if options.backup else None
        try:
            write_repair(plan, backup, break_links=options.break_links)
            outcome.written = True
        except LeftAlone as reason:
            outcome.left_alone = reason
        except RepairError as error:
            outcome.error = str(error)
    elif plan.changes and plan.links > 1:  # say so before --write is run
        outcome.left_alone = LeftAlone(f"has {plan.links} hard links; --write will leave it as it was (--break-links repairs this name only)", "hard_linked")
    return outcome
