"""File names as text: every path arsip prints or uses as an id is valid Unicode.

Python hands over a file name that is not valid UTF-8 (``caf\\xe9.md`` from an old Latin-1
export, or a tar member) with each undecodable byte as a lone surrogate, which cannot be
written as UTF-8 (JSON, the index). These functions spell such a byte ``%XX`` instead. :func:`page_name` is the name a path
gives its page (a title or a date when the page has none of its own).
"""

from __future__ import annotations

import re

_UNDECODABLE = re.compile("[\udc80-\udcff]")
#: The main file of a folder that is one page: Hugo's page bundles (``index.md``,
#: ``_index.md``), Docusaurus' blog posts (``2023-05-01-rilis/index.mdx``), ``index.html``.
_FOLDER_PAGE = re.compile(r"_?index\.\w+$", re.I)


def path_text(path: str) -> str:
    """``path`` for display: each undecodable byte as ``%XX`` (``caf%E9.md``)."""
    if path.isascii():  # (most paths; an undecodable byte is a surrogate, never ASCII)
        return path
    return _UNDECODABLE.sub(lambda match: f"%{ord(match[0]) - 0xDC00:02X}", path)


def path_id(path: str) -> str:
    """``path`` as a stable, unambiguous id: a literal ``%`` is ``%25``, an undecodable byte ``%XX``."""
    return path_text(path.replace("%", "%25"))


def page_name(path: str) -> str:
    """The name of the page at ``path`` (a file id, ``/`` between folders): its file name
    without the extension, or its folder's name for a folder's main file
    (``berita/2023-05-01-rilis/index.md`` is ``2023-05-01-rilis``)."""
    folder, _, name = path.rpartition("/")
    folder_name = folder.rpartition("/")[2]
    if _FOLDER_PAGE.match(name) and folder_name and not folder_name.endswith("!"):  # not an archive's top
        return folder_name
    return name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
