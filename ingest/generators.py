"""Which site generator made an input root: Jekyll, Hugo, MDX, WordPress, Pelican, Docs, HTML
(a Blogger backup says so itself: its reader sets ``blogger``).

Detection looks at the root's configuration files first, then at the names and the first
lines of a bounded sample of its files. Each generator's syntax is applied only to its own
roots (see :mod:`.site_syntax`); an unknown generator reads as plain Markdown, where
``{{ ... }}`` is content. An archive (``.zip``, ``.tar.gz``) is a root of its own, judged
the same way from its members: its root is its top folder when every member is inside one
(``situs/hugo.toml``, ``situs/content/...``), else the archive's top.
"""

from __future__ import annotations

import lzma
import os
import re
import tarfile
import zipfile
import zlib
from collections import Counter
from typing import Callable, Iterable, Iterator

from .formats import is_archive

#: The generators arsip knows, as ``--generator`` accepts them and records name them.
GENERATORS = ("jekyll", "hugo", "mdx", "wordpress", "blogger", "pelican", "docs", "html", "markdown")

#: Files or folders in a root that name its generator.
_MARKERS = (
    ("jekyll", ("_config.yml", "_config.yaml", "_config.toml", "_posts")),
    ("hugo", ("hugo.toml", "hugo.yaml", "hugo.json", "archetypes")),
    ("pelican", ("pelicanconf.py",)),
    ("docs", ("docfx.json", ".openpublishing.publish.config.json")),
    ("mdx", ("docusaurus.config.js", "docusaurus.config.ts")),
    ("wordpress", ("wp-config.php", "wp-content")),
)
_SAMPLE_FILES = 200
_HEAD_BYTES = 16384
_HUGO_CONFIG = ("config.toml", "config.yaml")
#: What reading a damaged archive raises: detection then judges by what was read.
_ARCHIVE_DAMAGE = (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError, zlib.error, lzma.LZMAError, RuntimeError, NotImplementedError)
_JEKYLL_SIGNS = re.compile(r"\{%-?\s*(?:include|highlight|raw|if|for|assign|capture|comment)\b|\{\{-?\s*(?:page|site|include)\.")
_HUGO_SIGNS = re.compile(r"\A\+\+\+|\{\{[<%]")
_DOCS_SIGNS = re.compile(r"^ms\.(?:topic|date|author|service)\s*:", re.M)
_PELICAN_SIGNS = re.compile(r"\A(?:Title|Judul):[^\n]*\n(?:[A-Z][a-z]+:[^\n]*\n)*?(?:Date|Tanggal):", re.M)


#: A file of the sample: its name, and how to read its first bytes as text.
Sampled = tuple[str, Callable[[], str]]


def detect_generator(path: str) -> str:
    """The generator of the input root ``path`` (a folder, an archive, or a file judged by its folder)."""
    if os.path.isfile(path):
        if path.lower().endswith(".mdx"):
            return "mdx"
        if is_archive(path):
            return archive_generator(path)
        path = os.path.dirname(os.path.abspath(path))
    try:
        names = set(os.listdir(path))
    except OSError:
        return "markdown"
    return _judge(names, ((file_path, lambda file_path=file_path: _head(file_path)) for file_path in _sample(path)))


def archive_generator(path: str) -> str:
    """The generator of the site in the archive ``path``, judged from its members' names and
    first lines (a damaged or unreadable archive judges by what could be read)."""
    listing = _ArchiveListing()
    try:
        if path.lower().endswith(".zip"):
            with zipfile.ZipFile(path) as opened:
                for info in opened.infolist():
                    if not info.is_dir():
                        listing.add(info.filename, lambda info=info: _zip_head(opened, info))
        else:
            with tarfile.open(path, mode="r|*") as opened:
                for info in opened:
                    opened.members.clear()  # a stream keeps no headers
                    if info.isfile():
                        listing.add(info.name, lambda info=info: _member_head(opened.extractfile(info)))
    except _ARCHIVE_DAMAGE:
        pass
    return listing.judge()


class _ArchiveListing:
    """What detection needs of an archive, gathered member by member in one pass: the names
    directly in its root (its top folder when all members share one) and a bounded sample
    of its files with their first lines (read as they pass: a tar stream is read once)."""

    def __init__(self) -> None:
        self.tops: set[str] = set()  # first parts of the member paths: the names directly in the archive's top
        self.inner_names: set[str] = set()  # names directly in its one top folder (while there is one)
        self.sample: list[tuple[str, str]] = []

    def add(self, name: str, head: Callable[[], str]) -> None:
        parts = [part for part in name.replace("\\", "/").split("/") if part not in ("", ".")]
        if not parts:
            return
        self.tops.add(parts[0])
        if len(self.tops) == 1 and len(parts) > 1:
            self.inner_names.add(parts[1])
        elif len(self.tops) > 1:
            self.inner_names.clear()
        hidden = any(part.startswith(".") or part == "node_modules" for part in parts[:-1])
        if not hidden and len(self.sample) < _SAMPLE_FILES:
            self.sample.append((name, head() if _is_markdown(name) else ""))

    def judge(self) -> str:
        one_folder = len(self.tops) == 1 and self.inner_names
        names = self.inner_names if one_folder else self.tops
        return _judge(names, ((name, lambda head=head: head) for name, head in self.sample))


def _judge(names: set[str], sample: Iterable[Sampled]) -> str:
    """The generator of a root with the entries ``names``, else of its ``sample`` files."""
    for generator, markers in _MARKERS:
        if names.intersection(markers):
            return generator
    if names.intersection(_HUGO_CONFIG) and "content" in names:
        return "hugo"
    return _from_sample(sample)


def _is_markdown(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in (".md", ".markdown", ".mdx", ".txt")


def _from_sample(sample: Iterable[Sampled]) -> str:
    """Judge by the files themselves: extensions first, then signs in their first lines."""
    votes: Counter[str] = Counter()
    extensions: Counter[str] = Counter()
    for file_path, read_head in sample:
        ext = os.path.splitext(file_path)[1].lower()
        extensions[ext] += 1
        if _is_markdown(file_path):
            head = read_head()
            for generator, sign in (("jekyll", _JEKYLL_SIGNS), ("hugo", _HUGO_SIGNS), ("docs", _DOCS_SIGNS), ("pelican", _PELICAN_SIGNS)):
                if sign.search(head):
                    votes[generator] += 1
    if extensions[".mdx"]:
        return "mdx"
    if votes:
        return votes.most_common(1)[0][0]
    markdown = sum(extensions[ext] for ext in (".md", ".markdown", ".mdown", ".mkd", ".mkdn"))
    if not markdown and extensions[".html"] + extensions[".htm"]:
        return "html"
    return "markdown"


def _sample(root: str) -> Iterator[str]:
    count = 0
    for directory, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(name for name in dirnames if not name.startswith(".") and name != "node_modules")
        for name in sorted(filenames):
            yield os.path.join(directory, name)
            count += 1
            if count >= _SAMPLE_FILES:
                return


def _head(path: str) -> str:
    try:
        with open(path, "rb") as handle:
            return handle.read(_HEAD_BYTES).decode("utf-8", "replace")
    except OSError:
        return ""


def _zip_head(opened: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    with opened.open(info) as member:
        return _member_head(member)


def _member_head(member) -> str:
    return member.read(_HEAD_BYTES).decode("utf-8", "replace") if member is not None else ""
