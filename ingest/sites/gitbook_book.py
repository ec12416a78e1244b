"""The root folder of a GitBook book's files. A GitBook legacy (GitBook 3, ``gitbook-cli``)
or HonKit book is a folder holding ``book.json``, the book's configuration, and its table of
contents ``SUMMARY.md`` beside it or in the folder its ``root`` names (``"root": "./docs"``):
the book's files are that folder's (HonKit's ``Book.getContentFS`` reduces the book to it;
``book.json`` stays outside), its ``SUMMARY.md`` and ``README.md`` there, its pages' paths
below it. A GitBook space synced to a repository says the same in its ``.gitbook.yaml``
(``root: ./docs/``: GitBook's Git Sync content configuration), its other paths below it."""

from __future__ import annotations

import json
import os
import posixpath
from typing import Collection

from .gitbook import SUMMARY
from .small_files import small_file_text

#: A legacy book's configuration.
BOOK_CONFIG = "book.json"
#: Why a file of a legacy book outside the folder ``root`` names is not read.
OUTSIDE_BOOK_ROOT = "outside the GitBook book's root folder (the root its book.json or .gitbook.yaml names): not a page of the book"


def book_root(text: str) -> str | None:
    """The folder below a ``book.json``'s own that holds the book's files, as the ``root``
    of that configuration (``text``) names it (``"./docs"`` → ``docs``); None when it names
    none (the book's files are beside it), or one outside that folder or not a path: a
    ``book.json`` that is not a JSON object names none."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return root_folder(data.get("root")) if isinstance(data, dict) else None


def root_folder(root: object) -> str | None:
    """The folder below a configuration's own that its ``root`` setting names (``./docs/`` →
    ``docs``); None when it names none (``./``), or one outside that folder or not a path."""
    if not isinstance(root, str) or root.startswith("/"):
        return None
    path = posixpath.normpath(root.replace("\\", "/"))
    return None if path == "." or path == ".." or path.startswith("../") else path


def rooted_book(folder: str, filenames: Collection[str]) -> bool:
    """True when the folder ``folder`` on disk, holding ``filenames``, holds a ``book.json``
    whose ``root`` names a folder below it holding the book's ``SUMMARY.md``."""
    if BOOK_CONFIG not in filenames:
        return False
    text = small_file_text(os.path.join(folder, BOOK_CONFIG))
    root = book_root(text) if text is not None else None
    return root is not None and os.path.isfile(os.path.join(folder, *root.split("/"), SUMMARY))
