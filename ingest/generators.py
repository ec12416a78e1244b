"""Which site generator made an input root: Jekyll, Hugo, MDX, WordPress, Pelican, Docs, HTML.

Detection looks at the root's configuration files first, then at the names and the first
lines of a bounded sample of its files. Each generator's syntax is applied only to its own
roots (see :mod:`.site_syntax`); an unknown generator reads as plain Markdown, where
``{{ ... }}`` is content.
"""

from __future__ import annotations

import os
import re
from collections import Counter

#: The generators arsip knows, as ``--generator`` accepts them and records name them.
GENERATORS = ("jekyll", "hugo", "mdx", "wordpress", "pelican", "docs", "html", "markdown")

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
_JEKYLL_SIGNS = re.compile(r"\{%-?\s*(?:include|highlight|raw|if|for|assign|capture|comment)\b|\{\{-?\s*(?:page|site|include)\.")
_HUGO_SIGNS = re.compile(r"\A\+\+\+|\{\{[<%]")
_DOCS_SIGNS = re.compile(r"^ms\.(?:topic|date|author|service)\s*:", re.M)
_PELICAN_SIGNS = re.compile(r"\A(?:Title|Judul):[^\n]*\n(?:[A-Z][a-z]+:[^\n]*\n)*?(?:Date|Tanggal):", re.M)


def detect_generator(path: str) -> str:
    """The generator of the input root ``path`` (a folder, or a file judged by its folder)."""
    if os.path.isfile(path):
        if path.lower().endswith(".mdx"):
            return "mdx"
        path = os.path.dirname(os.path.abspath(path))
    try:
        names = set(os.listdir(path))
    except OSError:
        return "markdown"
    for generator, markers in _MARKERS:
        if names.intersection(markers):
            return generator
    if names.intersection(_HUGO_CONFIG) and "content" in names:
        return "hugo"
    return _from_sample(path)


def _from_sample(root: str) -> str:
    """Judge by the files themselves: extensions first, then signs in their first lines."""
    votes: Counter[str] = Counter()
    extensions: Counter[str] = Counter()
    for file_path in _sample(root):
        ext = os.path.splitext(file_path)[1].lower()
        extensions[ext] += 1
        if ext in (".md", ".markdown", ".mdx", ".txt"):
            head = _head(file_path)
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


def _sample(root: str):
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
