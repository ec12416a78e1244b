"""An Org document read line by line as Org's exporter reads it: its ``#+KEY:`` keywords,
and its body as plain text.

Headings keep their text, without TODO keywords (``TODO``/``DONE`` and the file's own
``#+TODO:`` ones), priorities, statistics cookies and tags; a heading marked ``COMMENT`` or
tagged ``:noexport:`` is left out with everything under it, as Org's export leaves it.
Paragraphs stay paragraphs, list items are lines, a table is one line per row with its
cells apart, ``#+BEGIN_SRC``/``#+BEGIN_EXAMPLE`` blocks and ``:`` lines are kept verbatim,
``#+BEGIN_EXPORT html`` is read as HTML. Keyword lines, property and logbook drawers,
planning lines (``SCHEDULED:``), clock lines, comments, ``#+BEGIN_COMMENT`` blocks and a
code block's ``#+RESULTS:`` (Babel exports the code only, by default) are not text. ``#+INCLUDE:`` and ``#+SETUPFILE:`` name files that are not read (a problem
names them).
"""

from __future__ import annotations

import re
import textwrap
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field

from ..document import Problem
from ..markup.html import tidy_text, verbatim_block
from .inline import org_inline_text
from ..markup.plain_paragraphs import Paragraphs

#: A keyword line, ``#+KEY: value``; Hugo reads ``#+KEY[]: a b`` as a list.
_KEYWORD = re.compile(r"^[ \t]*#\+(\w[\w-]*(?:\[\])?):(?:[ \t]+(.*))?$")
_BLOCK_BEGIN = re.compile(r"^[ \t]*#\+begin_(\w+)(?:[ \t]+(\S+))?", re.I)
HEADING = re.compile(r"^(\*+)[ \t]+(.*)$")
_PRIORITY = re.compile(r"^\[#[A-Za-z0-9]\][ \t]*")
_TAGS = re.compile(r"^:(?:[\w@#%]+:)+$")
_DRAWER = re.compile(r"^[ \t]*:([\w-]+):[ \t]*$")
#: Drawers Org's export leaves out (other drawers' contents are exported).
_HIDDEN_DRAWERS = frozenset(("properties", "logbook"))
_PLANNING = re.compile(r"^[ \t]*(?:SCHEDULED|DEADLINE|CLOSED|CLOCK):")
_COMMENT = re.compile(r"^[ \t]*#(?:[ \t]|$)")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-+]|[ \t]\*|\d{1,9}[.)]|[A-Za-z][.)])[ \t]+(?:\[@\w+\][ \t]*)?(?:\[[ xX-]\][ \t]*)?(.*)$")
_TABLE_RULE = re.compile(r"^[ \t]*\|[-+:| \t]*$|^[ \t]*\+[-+=]*[ \t]*$")
_FIXED_WIDTH = re.compile(r"^[ \t]*:(?: (.*))?$")
_RULE = re.compile(r"^[ \t]*-{5,}[ \t]*$")
_ESCAPED = re.compile(r"^([ \t]*),(?=,*(?:\*|#\+))", re.M)
#: Keywords whose value is a file Org would read into the document.
_FILE_KEYWORDS = ("include", "setupfile")
#: Keywords whose value is visible text where they stand (a table's or an image's caption).
_TEXT_KEYWORDS = ("caption",)
_TODO_KEYWORDS = ("todo", "seq_todo", "typ_todo")


@dataclass
class OrgDocument:
    """An Org document: its keywords (lower-case names; a repeated keyword's values one a line)
    and its body's text."""

    keywords: dict[str, str] = field(default_factory=dict)
    text: str = ""
    #: The raw lines that are the body (keyword lines and drawers excluded), for the fidelity check.
    body: str = ""
    problems: list[Problem] = field(default_factory=list)
    #: The first heading's text (a document without ``#+TITLE`` is titled by it).
    heading: str | None = None


@dataclass
class Heading:
    """A heading's parts: its TODO keyword, its words, its tags; ``left_out`` when marked
    ``COMMENT`` or tagged ``:noexport:`` (Org's export leaves its subtree out)."""

    todo: str | None
    words: str
    tags: list[str]
    left_out: bool


def parse_heading(text: str, todo: frozenset[str]) -> Heading:
    """The parts of a heading's ``text`` (after its stars), ``todo`` its possible keywords."""
    words, tags = text.strip(), []
    if words.endswith(":"):
        last = words.rsplit(None, 1)
        if _TAGS.match(last[-1]):
            tags, words = last[-1].strip(":").split(":"), (last[0] if len(last) == 2 else "")
    first = words.split(None, 1)
    keyword = first[0] if first and first[0] in todo else None
    if keyword:
        words = first[1] if len(first) > 1 else ""
    words = _PRIORITY.sub("", words)
    return Heading(keyword, words, tags, words == "COMMENT" or words.startswith("COMMENT ") or "noexport" in tags)


def read_org(text: str, keywords: dict[str, str] | None = None) -> OrgDocument:
    """Read the Org document ``text`` (its front matter, if any, already removed);
    ``keywords``: those of the file it is part of (an ox-hugo post's subtree)."""
    lines = text.split("\n")
    document = OrgDocument(keywords={**(keywords or {}), **org_keywords(lines)})
    reader = _Lines(lines, document, todo_keywords(document.keywords)[0])
    reader.read()
    document.text = tidy_text(reader.text())
    document.body = "\n".join(reader.raw)
    if reader.files:
        names = ", ".join(dict.fromkeys(reader.files))
        document.problems.append(Problem("text", f"{len(reader.files)} file(s) named by #+INCLUDE or #+SETUPFILE are not read into this page: {names}"))
    return document


def org_keywords(lines: list[str]) -> dict[str, str]:
    """Every ``#+KEY: value`` line outside blocks, by lower-case key (a repeated key's values
    on lines of their own)."""
    keywords: dict[str, str] = {}
    block = None
    for line in lines:
        if "#+" not in line:
            continue
        begin = _BLOCK_BEGIN.match(line)
        if begin and block is None:
            block = begin.group(1).lower()
        elif block is not None:
            if line.strip().lower() == f"#+end_{block}":
                block = None
        else:
            keyword = _KEYWORD.match(line)
            if keyword:
                name, value = keyword.group(1).lower(), (keyword.group(2) or "").strip()
                keywords[name] = f"{keywords[name]}\n{value}" if name in keywords else value
    return keywords


def todo_keywords(keywords: dict[str, str]) -> tuple[frozenset[str], frozenset[str]]:
    """The TODO keywords a heading may start with (Org's ``TODO``/``DONE`` and the file's
    own ``#+TODO: A B | C``), and those of them that mean done (``DONE``, ``C``)."""
    names, done = {"TODO", "DONE"}, {"DONE"}
    for key in _TODO_KEYWORDS:
        for sequence in keywords.get(key, "").split("\n"):
            words = [word.split("(")[0] for word in sequence.split()]
            names.update(word for word in words if word != "|")
            if words:
                done.update(words[words.index("|") + 1 :] if "|" in words else words[-1:])
    return frozenset(names), frozenset(done)


class _Lines(Paragraphs):
    """One pass over an Org document's lines (see the module docstring)."""

    def __init__(self, lines: list[str], document: OrgDocument, todo: frozenset[str]) -> None:
        super().__init__(lambda text: org_inline_text(text, document.keywords))
        self.lines = lines
        self.document = document
        self.todo = todo
        self.raw: list[str] = []  # the lines that hold text, as written
        self.files: list[str] = []
        self.row = False  # the paragraph being read is a table row
        #: Where each kind of end line is (``:end:``, ``#+end_src`` …): a block or drawer
        #: finds its end by looking it up, not by reading the lines after it again.
        self.ends: dict[str, list[int]] = defaultdict(list)
        for number, line in enumerate(lines):
            stripped = line.strip().lower()
            if stripped.startswith(("#+end_", ":end:")):
                self.ends[stripped].append(number)

    def end_of(self, index: int, closing: str) -> int | None:
        """The first line after ``index`` that is ``closing`` (lower case), or None."""
        ends = self.ends.get(closing, [])
        found = bisect_left(ends, index + 1)
        return ends[found] if found < len(ends) else None

    def read(self) -> None:
        index, skip_level = 0, 0
        while index < len(self.lines):
            line = self.lines[index]
            heading = HEADING.match(line) if line.startswith("*") else None
            if skip_level and not (heading and len(heading.group(1)) <= skip_level):
                index += 1  # under a heading left out
                continue
            skip_level = 0
            if heading:
                skip_level = self.heading(heading)
                index += 1
            else:
                index = self.line(index)

    def read_range(self, index: int, end: int) -> None:
        """Read the lines from ``index`` to ``end`` (a block's or drawer's contents)."""
        while index < end:
            index = self.line(index)

    def start(self, text: str, item: bool = False, row: bool = False) -> None:
        """Start a paragraph, a list item or (``row``) a table row with ``text``."""
        super().start(text, item or row)
        self.row = row

    def heading(self, match: re.Match) -> int:
        """Add a heading's text; the level whose subtree is left out (``COMMENT``, ``:noexport:``), or 0."""
        heading = parse_heading(match.group(2), self.todo)
        if heading.left_out:
            self.flush()
            return len(match.group(1))
        self.raw.append(heading.words)
        self.emit(org_inline_text(heading.words, self.document.keywords))
        self.document.heading = self.document.heading or self.parts[-1]
        return 0

    def line(self, index: int) -> int:
        """Read the line at ``index`` (and the block or drawer it opens); the next line's index."""
        line = self.lines[index]
        stripped = line.strip()
        if not stripped:
            self.flush()
            return index + 1
        if stripped.startswith("#"):
            return self.hash_line(index, line)
        if stripped.startswith(":"):
            drawer = _DRAWER.match(line)
            if drawer and drawer.group(1).lower() != "end":
                end = self.end_of(index, ":end:")
                if end is None:  # never closed: not a drawer, Org reads it as text
                    return self.text_line(index, line)
                if drawer.group(1).lower() not in _HIDDEN_DRAWERS:
                    self.read_range(index + 1, end)
                return end + 1
            fixed = _FIXED_WIDTH.match(line)
            if fixed:
                self.raw.append(fixed.group(1) or "")
                self.emit(fixed.group(1) or "")
                return index + 1
        if _PLANNING.match(line):
            return index + 1
        return self.text_line(index, line)

    def hash_line(self, index: int, line: str) -> int:
        """A line starting with ``#``: a comment, a keyword or a block's start."""
        if _COMMENT.match(line):
            return index + 1
        begin = _BLOCK_BEGIN.match(line)
        if begin:
            return self.block(index, begin.group(1).lower(), (begin.group(2) or "").lower())
        keyword = _KEYWORD.match(line)
        if keyword:
            name, value = keyword.group(1).lower(), (keyword.group(2) or "").strip()
            if name in _FILE_KEYWORDS and value:
                self.files.append(value.split('"')[1] if value.count('"') >= 2 else value.split()[0])
            elif name in _TEXT_KEYWORDS and value:
                self.raw.append(value)
                self.emit(org_inline_text(value, self.document.keywords))
            elif name == "results":  # a code block's results: Babel exports only the code by default
                return self.results_end(index + 1)
            return index + 1
        if line.strip().lower().startswith("#+end_"):
            return index + 1  # the end of a quote, verse or center block
        return self.text_line(index, line)

    def results_end(self, index: int) -> int:
        """The line after the results that start at ``index`` (up to a blank line; a block or
        drawer of results whole)."""
        begin = _BLOCK_BEGIN.match(self.lines[index]) if index < len(self.lines) else None
        drawer = _DRAWER.match(self.lines[index]) if begin is None and index < len(self.lines) else None
        end = self.end_of(index, f"#+end_{begin.group(1).lower()}") if begin else self.end_of(index, ":end:") if drawer else None
        if end is not None:
            return end + 1
        while index < len(self.lines) and self.lines[index].strip():
            index += 1
        return index

    def block(self, index: int, kind: str, parameter: str) -> int:
        """A ``#+BEGIN_…`` block; the index of the line after its end."""
        end = self.end_of(index, f"#+end_{kind}")
        if end is None:  # never closed: Org reads the line as a paragraph's
            return self.text_line(index, self.lines[index])
        content = _ESCAPED.sub(r"\1", "\n".join(self.lines[index + 1 : end]))
        if kind in ("src", "example"):
            self.raw.append(content)
            self.emit(verbatim_block(textwrap.dedent(content)))  # as Org exports it: less the indentation its lines share
        elif kind == "export":
            if parameter == "html":
                from ..markup.html import html_to_text

                self.raw.append(content)
                self.emit(html_to_text(content))
        elif kind != "comment":  # quote, verse, center and special blocks: their contents are Org
            self.flush()
            self.read_range(index + 1, end)
            self.flush()
        return end + 1

    def text_line(self, index: int, line: str) -> int:
        """A line of text: a table row, a list item, a rule, or a paragraph's line."""
        self.raw.append(line)
        stripped = line.strip()
        if stripped.startswith(("|", "+")) and (stripped.startswith("|") or _TABLE_RULE.match(line)):
            if not _TABLE_RULE.match(line):
                cells = stripped.strip("|").split("|")
                self.start("\t".join(cell.strip() for cell in cells), row=True)
            return index + 1
        if _RULE.match(line):
            self.flush()
            return index + 1
        item = _LIST_ITEM.match(line)
        if item:
            term, separator, description = item.group(1).partition(" ::")
            if separator and description[:1] in ("", " ", "\t"):  # - istilah :: penjelasan
                self.start(f"{term.strip()}: {description.strip()}" if description.strip() else term.strip(), item=True)
            else:
                self.start(item.group(1), item=True)
            return index + 1
        if self.paragraph and not self.row and (not self.item or line[:1] in " \t"):
            self.paragraph.append(line)  # a paragraph's or an item's next line
        else:
            self.start(line)
        return index + 1


_MARKUP = re.compile(r"\[\[(?:[^\[\]]*)\]\[|\[\[|\]\]|https?://\S+|[*/_=~+|\[\]<>{}]+")


def org_markup_free(body: str) -> str:
    """The conservative conversion of an Org body's text lines: link targets, addresses and
    markup characters removed, every word kept."""
    return tidy_text(_MARKUP.sub(" ", body))
