"""Reading a site's small files whole (configurations, metadata files beside a page), and
the first lines of a file (the signs of its generator)."""

from __future__ import annotations

import os

#: The most bytes of a configuration file that is read.
MAX_CONFIG_BYTES = 1_000_000
#: How much of a file is read for the signs of its generator in its first lines.
HEAD_BYTES = 16384


def small_file_text(path: str, limit: int = MAX_CONFIG_BYTES) -> str | None:
    """The text of the file at ``path`` (UTF-8, a byte that is not replaced); None when there
    is no file to read there, or it is over ``limit`` bytes."""
    try:
        if not os.path.isfile(path) or os.path.getsize(path) > limit:
            return None
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read()
    except OSError:
        return None


def file_head(path: str) -> str:
    """The first :data:`HEAD_BYTES` of the file at ``path`` as text; nothing for what is not
    a regular file (opening a named pipe would wait for a writer for ever)."""
    try:
        if not os.path.isfile(path):
            return ""
        with open(path, "rb") as handle:
            return handle.read(HEAD_BYTES).decode("utf-8", "replace")
    except OSError:
        return ""
