"""Writing a file so that a crash, a full disk or an error never leaves it half written.

The one way arsip writes a file it was asked to produce or repair. The new bytes go to a
temporary file in the target's directory, which is flushed and fsynced, renamed over the
target, and the directory is fsynced so the rename itself survives a power cut.

What the target already is decides the rest:

- an existing regular file keeps its permission bits, and its owner and group where the
  system allows it (as root, or when they already are ours); a failed chown is ignored;
- a missing file is created with mode ``0666 & ~umask``, like any other program's output;
- a symbolic link is written through: the file it points to is replaced, the link stays;
- anything else (a FIFO, a character device, a socket) is written into in place, since
  the user named it as the output: it is never replaced by a regular file.

Errors surface as :class:`OSError` for callers to report; the temporary file is removed and
the target is left as it was.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from contextlib import contextmanager
from typing import BinaryIO, Iterator

#: fsync on pipes, sockets and some filesystems fails with these: nothing to flush there.
_FSYNC_UNSUPPORTED = {errno.EINVAL, errno.ENOTSUP, errno.EROFS}


@contextmanager
def atomic_output(path: str | os.PathLike, *, like: os.stat_result | None = None) -> Iterator[BinaryIO]:
    """Yield a binary file whose content replaces ``path`` atomically when the block ends.

    ``like`` gives the mode and owner to use instead of the target's own (for a backup
    copy that should look like the file it copies). If the block raises, the target is
    unchanged and the exception propagates.
    """
    target = os.path.realpath(path)
    try:
        current = os.stat(target)
    except FileNotFoundError:
        current = None
    if current is not None and not stat.S_ISREG(current.st_mode):
        with _in_place(target) as stream:
            yield stream
        return
    with _replacing(target, like or current) as stream:
        yield stream


def atomic_write(path: str | os.PathLike, data: bytes, *, like: os.stat_result | None = None) -> None:
    """Replace the content of ``path`` with ``data`` atomically (see :func:`atomic_output`)."""
    with atomic_output(path, like=like) as stream:
        stream.write(data)


@contextmanager
def _in_place(target: str) -> Iterator[BinaryIO]:
    """Write into a FIFO, device or other non-regular file the user named."""
    with open(target, "wb") as stream:
        yield stream
        stream.flush()
        _fsync(stream.fileno())


@contextmanager
def _replacing(target: str, model: os.stat_result | None) -> Iterator[BinaryIO]:
    """Write a temporary file beside ``target`` and rename it over ``target`` when complete."""
    directory, name = os.path.split(target)
    descriptor, temporary = _create_temporary(directory, name)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            if model is not None:
                _copy_owner_and_mode(stream.fileno(), model)
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
    fsync_directory(directory)


def _create_temporary(directory: str, name: str) -> tuple[int, str]:
    """A new, exclusive file beside the target; the kernel applies the umask to 0666."""
    while True:
        temporary = os.path.join(directory, f".{name}.{secrets.token_hex(4)}.arsip-tmp")
        try:
            return os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666), temporary
        except FileExistsError:
            continue


def _copy_owner_and_mode(descriptor: int, model: os.stat_result) -> None:
    """Give the open file ``model``'s owner and group where allowed, then its mode bits.

    The owner comes first: chown clears set-user-ID bits, which chmod then restores.
    """
    if (model.st_uid, model.st_gid) != (os.geteuid(), os.getegid()):
        try:
            os.fchown(descriptor, model.st_uid, model.st_gid)
        except PermissionError:
            try:  # an ordinary user may still give the file a group they belong to
                os.fchown(descriptor, -1, model.st_gid)
            except PermissionError:
                pass
    os.fchmod(descriptor, stat.S_IMODE(model.st_mode))


def _fsync(descriptor: int) -> None:
    try:
        os.fsync(descriptor)
    except OSError as error:
        if error.errno not in _FSYNC_UNSUPPORTED:
            raise


def fsync_directory(directory: str | os.PathLike) -> None:
    """Make a rename or a new entry in ``directory`` durable."""
    descriptor = os.open(directory or ".", os.O_RDONLY)
    try:
        _fsync(descriptor)
    finally:
        os.close(descriptor)
