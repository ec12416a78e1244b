"""Docsify sites in folders of an input: a folder whose own ``index.html`` runs Docsify
(:func:`~.docsify.runs_docsify`) is a site root of its own when Markdown pages lie beside it
or in a folder below it (Docsify loads ``README.md`` beside its app page by default, or the
pages of a ``basePath`` or ``homepage`` in a subfolder: ``basePath: 'docs/'``); the folders
of a mirror hold none, so their ``index.html`` runs no site. The rule of a folder on disk
and of an archive's folders alike."""

from __future__ import annotations

import os
from typing import Collection, Iterable

from ..formats import EXCLUDED_DIRECTORIES
from .docsify import APP_PAGE, runs_docsify
from .small_files import file_head

#: The extension of the pages Docsify shows (a route is a file's path without it).
PAGE = ".md"


def docsify_folder(folder: str, dirnames: Collection[str], filenames: Collection[str]) -> bool:
    """True when the folder ``folder`` on disk, holding ``dirnames`` and ``filenames``, is a
    Docsify site's: its own ``index.html`` runs Docsify (in its first lines, as when the
    folder is given) and Markdown pages lie beside it or below it. The ``index.html`` of a folder holding neither Markdown nor folders (a mirror's
    page) is not read, and the folders below are looked into only for an app page."""
    if APP_PAGE not in filenames:
        return False
    beside = any(name.endswith(PAGE) for name in filenames)
    if not beside and not dirnames:
        return False
    return runs_docsify(file_head(os.path.join(folder, APP_PAGE))) and (beside or _pages_below(folder))


def _pages_below(folder: str) -> bool:
    """True when a folder below ``folder`` (not a hidden or excluded one) holds a Markdown page."""
    for directory, dirnames, filenames in os.walk(folder):
        if directory != folder and any(name.endswith(PAGE) for name in filenames):
            return True
        dirnames[:] = [name for name in dirnames if not name.startswith(".") and name not in EXCLUDED_DIRECTORIES]
    return False


def holding_pages(page_folders: Iterable[str]) -> set[str]:
    """The folders of an archive (``situs/panduan``) holding a Markdown page, given those of
    ``page_folders`` that hold one directly, at any depth below (each with those above it)."""
    holding: set[str] = set()
    for folder in page_folders:
        while folder not in holding:
            holding.add(folder)
            if not folder:
                break
            folder = folder.rpartition("/")[0]
    return holding
