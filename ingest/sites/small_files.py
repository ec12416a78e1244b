"""Reading a site's small files whole: configurations, metadata files beside a page."""

from __future__ import annotations

import os

#: The most bytes of a configuration file that is read.
MAX_CONFIG_BYTES = 1_000_000


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
