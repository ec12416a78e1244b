"""A generator's built site beside its sources: the ``_site/`` and ``_build/`` folders not read.

A ``_site`` or ``_build`` folder beside its site's sources (Jekyll's, Sphinx's build in the
project's repository) repeats them, and is not read; one with nothing beside it but hidden
files and a repository's own (``README``, ``LICENSE``, ``CNAME``, ``CHANGELOG``: a GitHub
Pages repository that keeps only its build) is all there is of its site, and is read. A
folder on disk is judged from its entries (:func:`built_sites_beside_sources`), an archive
from its members' names as they pass (:class:`BuiltFolders`), by the same rule.
"""

from __future__ import annotations

import re
from typing import Collection

from .formats import BUILT_SITE_DIRECTORIES, EXCLUDED_DIRECTORIES

#: The files of a repository that are not a site's sources: beside a built site alone, they
#: leave it the only pages there are (a GitHub Pages repository of ``_site/``, ``README.md``, ``CNAME``).
REPOSITORY_FILES = re.compile(r"(?:readme|licen[cs]e|copying|cname|changelog)(?:\.\w+)?", re.I)


def built_sites_beside_sources(dirnames: Collection[str], filenames: Collection[str]) -> list[str]:
    """The built-site folders among ``dirnames`` (``_site/``, ``_build/``) that have their
    site's sources beside them: another folder or file that is not hidden, excluded, nor one
    of a repository's own files. A built folder alone is all there is of its site, and is read."""
    built = sorted(BUILT_SITE_DIRECTORIES.intersection(dirnames))
    if not built:
        return []
    others = any(_is_source(name, folder=True) for name in dirnames)
    return built if others or any(_is_source(name, folder=False) for name in filenames) else []


def _is_source(name: str, folder: bool) -> bool:
    """True for an entry ``name`` of a folder (a ``folder`` or a file) that may be a site's
    sources: not hidden, and not an excluded folder (a built one among them) nor a
    repository's own file."""
    if name.startswith("."):
        return False
    return name not in EXCLUDED_DIRECTORIES if folder else REPOSITORY_FILES.fullmatch(name) is None


class BuiltFolders:
    """The built-site folders of an archive (``situs/_site``) with their sources beside them,
    judged as on disk (:func:`built_sites_beside_sources`) from the names of its files, given
    one at a time (:meth:`add`): of every folder, only whether it holds sources and the
    built-site folders directly in it are kept, never the names themselves."""

    def __init__(self) -> None:
        self.built: dict[str, set[str]] = {}  # folder → the built-site folders directly in it
        self.with_sources: set[str] = set()  # the folders that hold an entry that may be sources
        self._last_folder: str | None = None

    def add(self, name: str) -> None:
        """Count the archive's file ``name`` (its folders separated by ``/``, or ``\\\\`` as a
        Windows tool writes them in a zip)."""
        folder, _, file = name.replace("\\", "/").rpartition("/")
        # A file in the folder of the file before adds nothing about that folder's path that
        # the file before did not: only its own name is judged (archives list a folder's files together).
        if folder != self._last_folder:
            self._last_folder = folder
            self._add_folders(folder.split("/") if folder else [])
        if _is_source(file, folder=False):
            self.with_sources.add(folder)

    def _add_folders(self, parts: list[str]) -> None:
        """Count the folders of the path ``parts``, each in the one above it."""
        for depth, part in enumerate(parts):
            holder = "/".join(parts[:depth])
            if part in BUILT_SITE_DIRECTORIES:
                self.built.setdefault(holder, set()).add(part)
            elif _is_source(part, folder=True):
                self.with_sources.add(holder)

    def beside_sources(self) -> frozenset[str]:
        """The built-site folders counted so far that have sources beside them."""
        return frozenset(f"{holder}/{name}" if holder else name for holder, names in self.built.items() if holder in self.with_sources for name in names)
