"""What Sphinx cross-references without a title point to: the section title a label stands
before (``:ref:`panduan-unggah```) and a document's title (``:doc:`panduan/unggah```).

Sphinx knows them from every page of its project; arsip reads one file at a time, in
parallel workers. So each process scans the reStructuredText files of a Sphinx project
once, the first time one of its pages needs a target its own text does not define, and
keeps what it found (:func:`project_targets`, cached per project folder; the pipeline
clears the cache at the start of a run). The scan is plain regular expressions over lines
at the left margin, where section titles and the labels before them always are (anything
indented — a literal block, a directive's content — cannot hold a section), so it reads a
project of thousands of pages in a fraction of a second. It reads at most
:data:`MAX_FILES` files of at most :data:`MAX_FILE_BYTES` each; what it left out is said
when a target is not found. A title is kept as its source line: the reader converts it
(with docutils) only when a page shows it.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import re
import stat
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .formats import EXCLUDED_DIRECTORIES

#: The extension of the pages Sphinx reads (its default ``source_suffix``).
PAGE_EXTENSIONS = (".rst",)
#: A project scan reads at most this many pages ...
MAX_FILES = 20_000
#: ... of at most this many bytes each (the reST reader's own limit on characters).
MAX_FILE_BYTES = 1_000_000

#: ``.. _label:`` at the left margin, with nothing after it (``.. _situs: https://…`` is a
#: link target, not a label).
_LABEL = re.compile(r"\.\. _(?!_)(`[^`]+`|[^`:\s][^:]*):\s*$")
#: A line of one punctuation character repeated: a section title's underline or overline.
_ADORNMENT = re.compile(r"([!-/:-@\[-`{-~])\1+\s*$")
#: What a label before something else than a section marks (for the problem that says why
#: the reference has no title): a directive's name.
_DIRECTIVE = re.compile(r"\.\.\s+([\w:-]+)::")
#: A line that starts a list item or explicit markup, never a section title.
_NOT_TITLE = re.compile(r"(?:\.\.|[-*+•])(?:\s|$)")


@dataclass(frozen=True)
class Label:
    """Where a label is defined: its document, and the section title it stands before (its
    source line) or, when it stands before something else, what (``figure``, ``paragraph``)."""

    docname: str
    title: str | None
    marks: str = "section"


@dataclass
class Targets:
    """Labels (normalized name → every definition, in document order) and document titles
    (docname → its first section title's source line) of some pages."""

    labels: dict[str, list[Label]] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    #: Pages scanned, and why some were not (None: all were).
    pages: int = 0
    left_out: str | None = None

    def fingerprint(self) -> str:
        """A digest of what references to these targets show (each label's page and title,
        each page's title): an index records it, and reads the project's pages again when
        it changes."""
        shown = sorted((name, [(label.docname, label.title, label.marks) for label in labels]) for name, labels in self.labels.items())
        text = json.dumps([shown, sorted(self.titles.items()), self.left_out], ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def add_page(self, docname: str, text: str) -> None:
        """Add the labels and the title of the page ``docname`` with the source ``text``."""
        self.pages += 1
        lines = text.split("\n")
        pending: list[str] = []  # labels waiting for what they stand before
        index = 0
        while index < len(lines):
            line = lines[index]
            if not line.strip() or line[0].isspace():
                index += 1
                continue
            label = _LABEL.match(line)
            if label:
                pending.append(normalized_label(label.group(1).strip("`")))
                index += 1
                continue
            title, end = _title_at(lines, index)
            if title is not None:
                self.titles.setdefault(docname, title)
            for name in pending:
                self.labels.setdefault(name, []).append(Label(docname, title, "section" if title is not None else _marked(line)))
            pending.clear()
            index = end


def normalized_label(name: str) -> str:
    """A label as Sphinx compares it: lower case, runs of white space as one space."""
    return " ".join(name.lower().split())


def _title_at(lines: list[str], index: int) -> tuple[str | None, int]:
    """The section title at line ``index`` (its text) and the line after it; (None, the next
    line) when no title starts there. A title is a line underlined by an adornment at least
    as long (or of 4 characters or more, as docutils takes it), or a line between an
    overline and an underline of the same character."""
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else ""
    over = _ADORNMENT.match(line)
    if over and following.strip() and index + 2 < len(lines):
        under = _ADORNMENT.match(lines[index + 2])
        if under and under.group(1) == over.group(1):
            return following.strip(), index + 3
    if over or _NOT_TITLE.match(line):
        return None, index + 1
    under = _ADORNMENT.match(following)
    if under and (len(following.rstrip()) >= 4 or len(following.rstrip()) >= len(line.rstrip())):
        return line.strip(), index + 2
    return None, index + 1


def _marked(line: str) -> str:
    """What a label stands before when it is not a section title: a directive's name, else
    ``paragraph``."""
    directive = _DIRECTIVE.match(line)
    return directive.group(1).lower() if directive else "paragraph"


def docname_of(path: str) -> str:
    """The Sphinx document name of a page at ``path`` in its project: the path without its
    extension (``panduan/unggah.rst`` → ``panduan/unggah``)."""
    return os.path.splitext(path)[0]


def document_target(target: str, docname: str) -> str:
    """The document a ``:doc:`` ``target`` written in the page ``docname`` names: from the
    project's root when it starts with ``/``, else from the page's folder."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(docname), target))


@lru_cache(maxsize=16)
def project_targets(folder: str) -> Targets:
    """The targets of every page of the Sphinx project in ``folder`` (its ``conf.py``'s
    folder), scanned once per process: the regular ``.rst`` files below it but in hidden
    folders and those arsip never reads (``_build``, ``node_modules`` …); a link is
    followed only to a file inside the project."""
    targets = Targets()
    too_large = 0
    inside = os.path.join(os.path.realpath(folder), "")
    for path in _pages(folder):
        if targets.pages >= MAX_FILES:
            targets.left_out = f"the project has more than {MAX_FILES:,} pages; the rest were not searched"
            break
        try:
            info = os.stat(path)
            if not stat.S_ISREG(info.st_mode) or (os.path.islink(path) and not os.path.realpath(path).startswith(inside)):
                continue  # as ingest: no pipe, device, nor link out of the project is read
            if info.st_size > MAX_FILE_BYTES:
                too_large += 1
                continue
            with open(path, "rb") as handle:
                text = handle.read(MAX_FILE_BYTES + 1).decode("utf-8", "replace")
        except OSError:
            continue
        targets.add_page(docname_of(os.path.relpath(path, folder).replace(os.sep, "/")), text.lstrip("\ufeff"))
    if too_large and targets.left_out is None:
        targets.left_out = f"{too_large} page(s) over {MAX_FILE_BYTES:,} bytes were not searched"
    return targets


def _pages(folder: str):
    """The reST pages below ``folder``, in a stable order."""
    for directory, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(name for name in dirnames if name not in EXCLUDED_DIRECTORIES and not name.startswith("."))
        for name in sorted(filenames):
            if name.lower().endswith(PAGE_EXTENSIONS):
                yield os.path.join(directory, name)


@dataclass(frozen=True)
class Found:
    """What a cross-reference shows: the source line of its target's title (None: not
    found), and why its text is a guess (None: it is what Sphinx shows)."""

    title: str | None
    guess: str | None = None


class CrossReferences:
    """The targets a page's ``:ref:`` and ``:doc:`` may name: its own labels and title
    first, then its Sphinx project's (``project``: the project's folder on disk, None when
    the page is in none), scanned only when a reference needs them."""

    def __init__(self, text: str, docname: str, project: str | None) -> None:
        self.text = text
        self.docname = docname
        self.project = project

    @cached_property
    def own(self) -> Targets:
        """The page's own targets (scanned when a reference first needs them)."""
        own = Targets()
        own.add_page(self.docname, self.text)
        return own

    def label(self, name: str) -> Found:
        """The section title the label ``name`` stands before."""
        key = normalized_label(name)
        definitions = self.own.labels.get(key)
        if not definitions and self.project:
            definitions = project_targets(self.project).labels.get(key)
        if not definitions:
            return Found(None, f"no label {name!r} in {self._scope()}")
        label = max(definitions, key=lambda definition: definition.docname)  # Sphinx reads pages in name order: the last wins
        if label.title is None:
            return Found(None, f"label {name!r} marks a {label.marks}, not a section title")
        if len({definition.docname for definition in definitions}) > 1:
            pages = ", ".join(sorted({definition.docname for definition in definitions}))
            return Found(label.title, f"label {name!r} is defined in several pages ({pages}); the title is {label.docname!r}'s, as Sphinx shows it")
        return Found(label.title)

    def document(self, target: str) -> Found:
        """The title of the page the ``:doc:`` ``target`` names."""
        docname = document_target(target, self.docname)
        title = self.own.titles.get(docname)
        if title is None and docname != self.docname and self.project:
            title = project_targets(self.project).titles.get(docname)
        if title is None:
            return Found(None, f"no page {docname!r} with a section title in {self._scope()}")
        return Found(title)

    def _scope(self) -> str:
        """Where targets were looked for, as a problem says it."""
        if not self.project:
            return "this page, which is in no Sphinx project (a folder with conf.py and index.rst)"
        targets = project_targets(self.project)
        searched = f"the {targets.pages:,} page(s) of its Sphinx project"
        return f"{searched}; {targets.left_out}" if targets.left_out else searched
