"""Hugo's path globs and the file filters of its mounts.

Hugo matches a glob as gobwas/glob does with ``/`` as the separator, pattern and path in
lower case (``hugofs/hglob/glob.go``): ``*`` is any characters but ``/``, ``**`` any
characters, ``?`` one character but ``/``, ``[a-z]`` and ``[!a-z]`` one of (not of) a
class, ``{a,b}`` either alternative, ``\\`` the next character as it is.

A mount of ``module.mounts`` may name the files of its source it mounts: ``files``, a
list of globs of which a ``"! "`` one excludes (Hugo 0.153 and later), or the older
``includeFiles`` and ``excludeFiles`` (one glob or a list each), which Hugo reads as the
includes followed by the excludes (``hglob.NewFilenameFilter``). How Hugo combines them
when a mount sets both is not confirmed: each way it may is kept (see :func:`mount_files`). A glob is matched
against a path from the mount's source with a leading ``/`` (``/berita/panen.md``; one
without the ``/`` gets it), the first that matches deciding; a path none matches is
mounted only when no glob includes. Hugo walks the source folder by folder and leaves out
a folder the filter does not admit with all below it; an including glob admits the
folders above what it names (``/berita/2024/*.md`` admits ``/berita`` and
``/berita/2024``), and one with ``/**/`` matches without that folder too
(``hglob.NewFilenameFilterV2``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Mapping

#: The prefix of a glob of ``files`` that excludes (``hglob.NegationPrefix``).
NEGATION = "! "


#: A glob's tokens: an escaped character, a wildcard, a character class (``[!a-z]``), a
#: brace or comma, any other character.
_TOKEN = re.compile(r"\\(.)|\*\*|\*|\?|\[(!?)((?:[^\]\\]|\\.)+)\]|.", re.S)
#: What a wildcard matches.
_WILDCARDS = {"**": ".*", "*": "[^/]*", "?": "[^/]"}


@lru_cache(maxsize=256)
def hugo_glob(pattern: str) -> re.Pattern:
    """``pattern`` as Hugo matches it against a path in lower case (see the module's
    docstring); one gobwas/glob cannot compile (an unclosed ``{``) matches itself only."""
    parts: list[str] = []
    depth = 0
    for token in _TOKEN.finditer(pattern.lower()):
        text, escaped, negated, members = token.group(), token.group(1), token.group(2), token.group(3)
        if escaped is not None:
            parts.append(re.escape(escaped))
        elif members is not None:
            parts.append("[" + ("^" if negated else "") + "".join(c if c == "-" else re.escape(c) for c in members) + "]")
        elif text in _WILDCARDS:
            parts.append(_WILDCARDS[text])
        elif text == "{":
            depth += 1
            parts.append("(?:")
        elif text == "}" and depth:
            depth -= 1
            parts.append(")")
        elif text == "," and depth:
            parts.append("|")
        else:
            parts.append(re.escape(text))
    return re.compile(("".join(parts) if depth == 0 else re.escape(pattern.lower())) + r"\Z")


def mount_files(mount: Mapping[str, Any]) -> tuple[tuple[str, ...], ...]:
    """The ways Hugo may read the globs that name which files of its source the mount
    ``mount`` (its keys in lower case) mounts, each a tuple of globs (empty: all are
    mounted): ``files``, or ``includeFiles`` followed by ``excludeFiles`` with
    :data:`NEGATION` — one way. A mount that sets both gives four: how Hugo 0.153 and
    later combine them is not confirmed (``files`` alone, before or after the older
    globs, or these alone)."""
    files = _globs(mount.get("files"))
    excludes = _globs(mount.get("excludefiles"))
    older = _globs(mount.get("includefiles")) + tuple(glob if glob.startswith(NEGATION) else NEGATION + glob for glob in excludes)
    if files and older:
        return (files, files + older, older + files, older)
    return (files or older,)


def _globs(value: Any) -> tuple[str, ...]:
    """A setting of one glob or a list of them, as a tuple (blank ones left out)."""
    values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return tuple(item for item in values if isinstance(item, str) and item.strip())


def mounts_file(readings: tuple[tuple[str, ...], ...], path: str) -> bool:
    """Whether a mount whose :func:`mount_files` are ``readings`` may mount the file at
    ``path`` below its source: by one of them, every folder above it is admitted, and the file too."""
    return any(_mounted(globs, path) for globs in readings)


def unsure_of(readings: tuple[tuple[str, ...], ...], path: str) -> bool:
    """Whether the :func:`mount_files` ``readings`` disagree on mounting the file at ``path``."""
    return len(readings) > 1 and len({_mounted(globs, path) for globs in readings}) > 1


def _mounted(globs: tuple[str, ...], path: str) -> bool:
    """Whether the filter of ``globs`` admits the file at ``path`` and every folder above it."""
    if not globs:
        return True  # (a filter without entries admits every path: the same answer, without the regular expressions)
    entries = _filter(globs)
    folders = path.lower().split("/")
    return all(_admits(entries, "/" + "/".join(folders[: depth + 1]), depth < len(folders) - 1) for depth in range(len(folders)))


#: An entry of a mount's filter: whether a path it matches is admitted (an include) or
#: not, whether it admits only folders (the folders above an include), and its glob.
_Entry = tuple[bool, bool, re.Pattern]


@lru_cache(maxsize=64)
def _filter(globs: tuple[str, ...]) -> tuple[_Entry, ...]:
    """The entries of Hugo's filter for ``globs``, in the order they are tried."""
    entries: list[_Entry] = []
    for glob in globs:
        include = not glob.startswith(NEGATION)
        written = glob.removeprefix(NEGATION)
        for pattern in _expanded(written if written.startswith("/") else "/" + written):
            entries.append((include, False, hugo_glob(pattern)))
            if include:
                parts = pattern.rsplit("/", 1)[0].split("/")
                entries += [(True, True, hugo_glob("/" + "/".join(part for part in parts[1 : depth + 1] if part))) for depth in range(len(parts))]
    return tuple(entries)


def _expanded(pattern: str) -> list[str]:
    """``pattern`` and, for each ``/**/`` in it, the pattern without that folder
    (``/a/**/b.md`` also as ``/a/b.md``)."""
    patterns = [pattern]
    for current in patterns:
        start = current.find("/**/")
        while start != -1:
            shorter = current[: start + 1] + current[start + 4 :]
            if shorter not in patterns:
                patterns.append(shorter)
            start = current.find("/**/", start + 4)
    return patterns


def _admits(entries: tuple[_Entry, ...], path: str, is_folder: bool) -> bool:
    """Whether the filter ``entries`` admits ``path`` (from the source, with a leading ``/``):
    the first entry that matches decides; none: admitted when no entry includes."""
    includes = False
    for include, folders_only, glob in entries:
        if folders_only and not is_folder:
            continue
        if glob.match(path):
            return include
        includes = includes or include
    return not includes
