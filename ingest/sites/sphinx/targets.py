"""What Sphinx cross-references without a title point to: the section title a label stands
before (``:ref:`panduan-unggah```) and a document's title (``:doc:`panduan/unggah```).

:class:`Targets` gathers them from pages with plain regular expressions over the lines at
the left margin, where section titles and the labels before them always are (anything
indented — a literal block, a directive's content — cannot hold a section): a project of
thousands of pages is scanned in a fraction of a second, without docutils. A title is kept
as its source line; the reader converts it only when a page shows it. Where a project's
pages are read from, and when, is :mod:`.project`'s job.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import re
from dataclasses import dataclass, field

#: The extension of the pages Sphinx reads (its default ``source_suffix``).
PAGE_EXTENSIONS = (".rst",)

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
            if pending:
                label = Label(docname, title) if title is not None else _marked(docname, line)
                for name in pending:
                    self.labels.setdefault(name, []).append(label)
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


def _marked(docname: str, line: str) -> Label:
    """A label of the page ``docname`` before ``line``, which is no section title: a
    ``.. rubric::`` (its text is the title, as in Sphinx), else what it marks, with no
    title: a directive's name (``figure``), or ``paragraph``."""
    directive = _DIRECTIVE.match(line)
    if directive and directive.group(1).lower() == "rubric" and line[directive.end() :].strip():
        return Label(docname, line[directive.end() :].strip(), "rubric")
    return Label(docname, None, directive.group(1).lower() if directive else "paragraph")


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
