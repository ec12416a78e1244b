"""Find the inputs: files, directories (recursive) and .zip / .tar.gz archives.

Discovery yields one :class:`Source` per candidate file, a :class:`Skip` for files passed
over on purpose, and a :class:`FileFailure` for anything that cannot be listed or opened.
It never writes anything and never follows a link out of the roots it was given.
"""

from __future__ import annotations

import os
import stat
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Iterator

from .document import FileFailure
from .errors import describe_os_error
from .formats import EXCLUDED_DIRECTORIES, is_archive, skip_reason
from .limits import DEFAULT_MAX_BYTES



@dataclass
class Source:
    """One input file: on disk (``fs_path``) or already read from an archive (``data``)."""

    id: str
    path: str
    fs_path: str | None = None
    data: bytes | None = None
    #: The site generator of the input root (set by the pipeline).
    generator: str = "markdown"


@dataclass
class Skip:
    """A file passed over on purpose, with the reason (counted in the summary)."""

    path: str
    reason: str


def input_root(path: str) -> str:
    """The root that ids are relative to: the directory itself, or a file's directory."""
    absolute = os.path.abspath(path)
    return absolute if os.path.isdir(absolute) else os.path.dirname(absolute)


def discover(paths: list[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Source | Skip | FileFailure]:
    """Yield every input below ``paths`` in a stable order."""
    for path in paths:
        if os.path.isdir(path):
            yield from _walk(path, max_bytes)
        elif os.path.lexists(path):
            yield from _file(path, os.path.basename(path), input_root(path), max_bytes)
        else:
            yield FileFailure(path, "no such file or directory")


def _walk(root: str, max_bytes: int) -> Iterator[Source | Skip | FileFailure]:
    failures: list[FileFailure] = []

    def on_error(error: OSError) -> None:
        failures.append(FileFailure(error.filename or root, describe_os_error(error)))

    for directory, dirnames, filenames in os.walk(root, onerror=on_error):
        yield from failures
        failures.clear()
        dirnames[:] = sorted(name for name in dirnames if name not in EXCLUDED_DIRECTORIES)
        for name in sorted(filenames):
            path = os.path.join(directory, name)
            relative = os.path.relpath(path, root).replace(os.sep, "/")
            yield from _file(path, relative, root, max_bytes)
    yield from failures


def _file(path: str, relative: str, root: str, max_bytes: int) -> Iterator[Source | Skip | FileFailure]:
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            target = os.path.realpath(path)
            if not os.path.exists(target):
                yield FileFailure(path, "broken symbolic link")
                return
            if os.path.commonpath([target, os.path.realpath(root)]) != os.path.realpath(root):
                yield Skip(path, "symbolic link out of the input root")
                return
            info = os.stat(path)
    except OSError as error:
        yield FileFailure(path, describe_os_error(error))
        return
    if not stat.S_ISREG(info.st_mode):
        yield Skip(path, "not a regular file")
        return
    if is_archive(path):
        yield from _archive(path, relative, max_bytes)
        return
    reason = skip_reason(path)
    if reason:
        yield Skip(path, reason)
    elif info.st_size > max_bytes:
        yield FileFailure(path, _too_large(info.st_size, max_bytes))
    else:
        yield Source(relative, path, fs_path=path)


def _archive(path: str, relative: str, max_bytes: int) -> Iterator[Source | Skip | FileFailure]:
    try:
        if path.lower().endswith(".zip"):
            yield from _zip_members(path, relative, max_bytes)
        else:
            yield from _tar_members(path, relative, max_bytes)
    except (OSError, zipfile.BadZipFile, tarfile.TarError, EOFError) as error:
        yield FileFailure(path, f"unreadable archive: {error}")


def _member_problem(name: str) -> str | None:
    pure = PurePosixPath(name.replace("\\", "/"))
    if pure.is_absolute() or ".." in pure.parts or (pure.parts and pure.parts[0].endswith(":")):
        return "unsafe member path (absolute or with '..'); not read"
    if any(part in EXCLUDED_DIRECTORIES for part in pure.parts[:-1]):
        return "excluded directory"
    return None


def _member(archive: str, relative: str, name: str, size: int, max_bytes: int, read) -> Iterator[Source | Skip | FileFailure]:
    display = f"{archive}!/{name}"
    problem = _member_problem(name)
    if problem:
        yield (Skip(display, problem) if problem == "excluded directory" else FileFailure(display, problem))
        return
    reason = skip_reason(name)
    if reason:
        yield Skip(display, reason)
        return
    if size > max_bytes:
        yield FileFailure(display, _too_large(size, max_bytes))
        return
    data = read(max_bytes + 1)
    if len(data) > max_bytes:  # the declared size lied (a decompression bomb)
        yield FileFailure(display, _too_large(len(data), max_bytes))
        return
    yield Source(f"{relative}!/{name}", display, data=data)


def _zip_members(path: str, relative: str, max_bytes: int) -> Iterator[Source | Skip | FileFailure]:
    with zipfile.ZipFile(path) as archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            if info.is_dir():
                continue

            def read(limit: int, info=info) -> bytes:
                with archive.open(info) as member:
                    return member.read(limit)

            try:
                yield from _member(path, relative, info.filename, info.file_size, max_bytes, read)
            except (OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError) as error:
                yield FileFailure(f"{path}!/{info.filename}", f"unreadable archive member: {error}")


def _tar_members(path: str, relative: str, max_bytes: int) -> Iterator[Source | Skip | FileFailure]:
    with tarfile.open(path, mode="r|*") as archive:
        for info in archive:
            if not info.isfile():
                continue
            member = archive.extractfile(info)
            if member is None:
                continue
            yield from _member(path, relative, info.name, info.size, max_bytes, member.read)


def _too_large(size: int, max_bytes: int) -> str:
    return f"file of {size / 1e6:,.1f} MB is over the {max_bytes / 1e6:,.0f} MB limit (raise it with --max-size)"

