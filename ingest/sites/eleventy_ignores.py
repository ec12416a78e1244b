"""The files an Eleventy site leaves out: its ``.eleventyignore`` files, its ``.gitignore`` and
the ignores its configuration adds, read as Eleventy reads them (``EleventyFiles.js``,
11ty.dev "Ignore Template Files").

Eleventy reads ``.eleventyignore`` in the project's root folder and in its input folder,
and the project's ``.gitignore`` unless the configuration calls
``eleventyConfig.setUseGitIgnore(false)``; ``eleventyConfig.ignores.add("README.md")``
adds one more (a path from the project's root). Each line is a glob from the folder of its
file — ``README.md`` is the root's README only, not one in every folder, unlike git —, a
folder stands for everything below it (Eleventy adds ``/**`` to a line naming a folder,
with or without its trailing slash), and blank lines, ``#`` comments and ``!`` lines
(which Eleventy does not read as exceptions) are left out. The ignore files are read from
disk or from an archive's members alike (see :func:`ignore_patterns`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import lru_cache

from .small_files import small_file_text

#: The ignore files Eleventy reads, and the one it reads only at the project's root.
ELEVENTY_IGNORE = ".eleventyignore"
GIT_IGNORE = ".gitignore"
#: Why a file an ignore file names is not read as a page.
IGNORED = "ignored by Eleventy (.eleventyignore, .gitignore or its configuration's ignores): not a page of the site"
#: The configuration's own ignores, and its turning ``.gitignore`` off.
_ADDED = re.compile(r"""\.ignores\.add\(\s*["'`]([^"'`\n]+)["'`]\s*\)""")
_NO_GIT_IGNORE = re.compile(r"\bsetUseGitIgnore\s*\(\s*false\s*\)")
#: The largest ignore file read (a larger one is not an ignore file).
MAX_IGNORE_BYTES = 100_000


def configured_ignores(config: str) -> tuple[tuple[str, ...], bool]:
    """What an Eleventy configuration (its text) says of ignored files: the paths it adds
    (``ignores.add``), and whether it reads ``.gitignore`` (not after ``setUseGitIgnore(false)``)."""
    return tuple(_ADDED.findall(config)), _NO_GIT_IGNORE.search(config) is None


def ignore_patterns(read: Callable[[str], str | None], input_folder: str, added: tuple[str, ...] = (), git_ignore: bool = True) -> tuple[str, ...]:
    """The ignores of the Eleventy site whose input folder is ``input_folder`` (``""``: the
    root), as patterns anchored at the site's root (see the module's rule); ``read(path)``
    gives the text of the file at ``path`` from the site's root, or None when there is none.

    A line's pattern is written without ``/**``: anchored gitignore matching already takes
    a folder it names with everything below it, as Eleventy's ``folder/**`` does, so the
    rule needs no look at which paths are folders (an archive's are not on disk)."""
    files = [(folder, ELEVENTY_IGNORE) for folder in dict.fromkeys(("", input_folder))]
    lines = [("", line) for line in added]
    for folder, name in files + ([("", GIT_IGNORE)] if git_ignore else []):
        lines += [(folder, line) for line in _lines(read("/".join(part for part in (folder, name) if part)))]
    patterns = []
    for folder, line in lines:
        path = "/".join(part for part in (folder, re.sub(r"^(?:\./|/)+", "", line.strip()).rstrip("/")) if part)
        if path and not line.strip().startswith(("#", "!")):
            patterns.append("/" + path)
    return tuple(patterns)


def ignore_file_reader(root: str) -> Callable[[str], str | None]:
    """How :func:`ignore_patterns` reads the ignore files of the site in the folder ``root`` on disk."""
    return lambda path: small_file_text(os.path.join(root, path), MAX_IGNORE_BYTES)


def is_ignore_file(name: str) -> bool:
    """True for a file name Eleventy reads as an ignore file (``.eleventyignore``, ``.gitignore``)."""
    return name in (ELEVENTY_IGNORE, GIT_IGNORE)


def is_ignored(path: str, patterns: tuple[str, ...]) -> bool:
    """True when the file at ``path`` (from the site's root) is one of ``patterns``."""
    return bool(patterns) and _spec(patterns).match_file(path)


def _lines(text: str | None) -> list[str]:
    """The lines of an ignore file's text (none when it could not be read, or was too large to be one)."""
    return [line for line in text.splitlines() if line.strip()] if text is not None else []


@lru_cache(maxsize=16)
def _spec(patterns: tuple[str, ...]):
    """The patterns as globs (pathspec's gitignore matching, anchored as each starts with ``/``)."""
    import pathspec  # only for Eleventy sites with ignores

    return pathspec.GitIgnoreSpec.from_lines(patterns)
