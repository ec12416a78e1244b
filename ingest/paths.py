"""File names as text: every path arsip prints or uses as an id is valid Unicode.

Python hands over a file name that is not valid UTF-8 (``caf\\xe9.md`` from an old Latin-1
export, or a tar member) with each undecodable byte as a lone surrogate, which cannot be
written as UTF-8 (JSON, the index). These functions spell such a byte ``%XX`` instead.
"""

from __future__ import annotations

import re

_UNDECODABLE = re.compile("[\udc80-\udcff]")


def path_text(path: str) -> str:
    """``path`` for display: each undecodable byte as ``%XX`` (``caf%E9.md``)."""
    return _UNDECODABLE.sub(lambda match: f"%{ord(match[0]) - 0xDC00:02X}", path)


def path_id(path: str) -> str:
    """``path`` as a stable, unambiguous id: a literal ``%`` is ``%25``, an undecodable byte ``%XX``."""
    return path_text(path.replace("%", "%25"))
