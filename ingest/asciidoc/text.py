"""An AsciiDoc body as plain text, read line by line as Asciidoctor reads its blocks.

Paragraphs stay paragraphs; section titles, block titles and list items are lines of their
own; a table is one line per row, its cells apart; listing, literal and source blocks are
kept verbatim; an admonition keeps its label (``Note``, or the document's
``:note-caption:``); comments, attribute entries, block attribute lines and preprocessor
lines are not text. An ``include::`` line still here (its file could not be read, see
:mod:`.include`) is left out and named in a problem, an attribute nothing in the file defines is left as written
(Asciidoctor's default) and named in a problem, and both branches of a conditional
(``ifdef::``) are kept, since the attributes a site sets are not known.
"""

from __future__ import annotations

import csv
import re
import textwrap
from dataclasses import dataclass, field

from .header import ATTRIBUTE_ENTRY, set_attribute
from .inline import InlineContext, image_alt_text, inline_text
from ..document import Problem
from ..markup.html import tidy_text, verbatim_block
from ..limits import MAX_EXPANDED_CHARS
from ..markup.plain_paragraphs import Paragraphs

#: Admonition labels Asciidoctor shows when the document does not set ``:name-caption:``.
ADMONITIONS = {"note": "Note", "tip": "Tip", "important": "Important", "warning": "Warning", "caution": "Caution"}
_DELIMITER = re.compile(r"^(-{4,}|\.{4,}|\+{4,}|_{4,}|={4,}|\*{4,}|/{4,}|--|`{3}[\w+-]*|[|,:!]={3,})[ \t]*$")
#: The delimiters (first character) of blocks whose content is more blocks.
_COMPOUND = frozenset(("=", "*", "_", "open"))
_SECTION = re.compile(r"^(={1,6}|#{1,6})[ \t]+(\S.*)$")
_BLOCK_TITLE = re.compile(r"^\.([^\s.].*)$")
_BLOCK_ATTRIBUTES = re.compile(r"^\[(.*)\][ \t]*$")
_BLOCK_MACRO = re.compile(r"^(\w[\w-]*)::([^\s\[]*)\[(.*)\][ \t]*$")
_LIST_ITEM = re.compile(r"^[ \t]*(?:\*{1,5}|-|\.{1,5}|\d{1,9}\.|[a-zA-Z]\.|[ivxIVX]{1,6}\)|<\d{1,3}>)[ \t]+(.*)$")
_CHECKBOX = re.compile(r"^\[[ xX*]\][ \t]+")
_DESCRIPTION = re.compile(r"^(?!\s)(.+?)(:{2,4}|;;)(?:[ \t]+(.*))?$")
_ADMONITION_PARAGRAPH = re.compile(r"^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+(.*)$")
_BREAK = re.compile(r"^(?:'{3,}|-{3}|\*{3}|- - -|\* \* \*|<{3,})[ \t]*$")
#: A cell's separator, with its specifier (``2+|``, ``.^a|``) after a space or at the line's start.
_CELL = re.compile(r"(?:(?:^|(?<=[ \t]))(?:\d*\*)?(?:\d+(?:\.\d+)?[+*])?[<^>]?(?:\.[<^>])?[adehlmsv]?)?(?<!\\)\|")
_COLUMNS = re.compile(r"(?:(\d+)\*)?[^,;]+")
_ID_CHARACTERS = re.compile(r"[^\w]+")


@dataclass
class Converted:
    """An AsciiDoc body as text, with what the conversion could not do."""

    text: str
    problems: list[Problem] = field(default_factory=list)
    #: The first section title (a document without a title line is titled by it).
    heading: str | None = None


def asciidoc_to_text(lines: list[str], attributes: dict[str, str], unset: set[str] | None = None) -> Converted:
    """The text of the body ``lines`` of a document whose header set ``attributes``."""
    context = InlineContext.defining(attributes, _section_titles(lines))
    reader = _Blocks(lines, context, set(unset or ()))
    reader.read()
    text = tidy_text(reader.text())  # the last paragraph converted too
    problems = []
    if context.over_budget:
        problems.append(Problem("text", f"attribute references would add over {MAX_EXPANDED_CHARS:,} characters; the rest are left as written"))
    if reader.includes:
        names = ", ".join(dict.fromkeys(reader.includes))
        problems.append(Problem("text", f"{len(reader.includes)} file(s) included with include:: are not read into this page: {names}"))
    undefined = reader.context.undefined
    if undefined:
        names = ", ".join("{" + name + "}" for name in undefined)
        problems.append(Problem("text", f"attribute(s) not defined in the file (set by the site or a file not read), left as written: {names}"))
    return Converted(text, problems, reader.heading)


def _section_titles(lines: list[str]) -> dict[str, str]:
    """Each section's id (Asciidoctor's automatic ``_judul_bagian``, or the ``[[id]]`` or
    ``[#id]`` above it) → its title, for ``<<id>>`` references."""
    titles: dict[str, str] = {}
    anchor = None
    for line in lines:
        section = _SECTION.match(line) if line[:1] in "=#" else None
        if section:
            title = section.group(2).rstrip(" \t=#")
            titles["_" + _ID_CHARACTERS.sub("_", title.lower()).strip("_")] = title
            if anchor:
                titles[anchor] = title
        anchor = line[2:-2].split(",")[0].strip() if line.startswith("[[") and line.rstrip().endswith("]]") else (
            line[2:].split("]")[0].split(".")[0] if line.startswith("[#") else None
        )
    return titles


class _Blocks(Paragraphs):
    """One pass over the body's lines (see the module docstring)."""

    def __init__(self, lines: list[str], context: InlineContext, unset: set[str]) -> None:
        super().__init__(lambda text: inline_text(text, context))
        self.lines = lines
        self.context = context
        self.unset = unset
        self.style: list[str] = []  # the positional attributes of the next block
        self.open: list[tuple[str, str | None]] = []  # open compound blocks: delimiter, text to add at the end
        self.includes: list[str] = []
        self.heading: str | None = None

    def read(self) -> None:
        index = 0
        while index < len(self.lines):
            index = self.line(index)

    def emit(self, text: str, inline: bool = True) -> None:
        """Add ``text`` as a paragraph of its own (its inline markup applied unless ``inline`` is False)."""
        super().emit(inline_text(text, self.context) if inline else text)

    def line(self, index: int) -> int:
        """Read the line at ``index`` (and the block it opens); the index of the next line."""
        line = self.lines[index]
        stripped = line.strip()
        if not stripped:
            self.flush()
            self.style = []
            return index + 1
        if line.startswith("//") and not line.startswith("////"):
            return index + 1
        delimiter = _DELIMITER.match(line)
        if delimiter:
            return self.delimited(index, delimiter.group(1))
        if line.startswith(":"):
            entry = ATTRIBUTE_ENTRY.match(line)
            if entry:
                set_attribute(self.context.attributes, self.unset, entry, (entry.group(4) or "").strip())
                if entry.group(2).lower() in self.context.attributes:
                    self.context.define(entry.group(2).lower(), self.context.attributes[entry.group(2).lower()])
                return index + 1
        macro = _BLOCK_MACRO.match(line) if "::" in line else None
        if macro:
            self.block_macro(macro)
            return index + 1
        attributes = _BLOCK_ATTRIBUTES.match(line) if line.startswith("[") else None
        if attributes:
            if not line.startswith("[["):
                self.style = attribute_list(attributes.group(1))
            return index + 1
        return self.text_line(line, stripped, index)

    def text_line(self, line: str, stripped: str, index: int) -> int:
        """A line of text: one that starts a block of one line, or a paragraph's line."""
        if self.paragraph and not self.item:
            item = _LIST_ITEM.match(line)
            if item:
                self.start(_CHECKBOX.sub("", item.group(1)), item=True)
            else:
                self.paragraph.append(line)
            return index + 1
        if self.block_start(line, stripped):
            return index + 1
        if self.paragraph:  # a list item's next line
            self.paragraph.append(line)
            return index + 1
        if (self.style and self.style[0].lower() in ("source", "listing", "literal")) or line[:1] in " \t":
            return self.verbatim_paragraph(index)
        self.start(line)
        return index + 1

    def block_start(self, line: str, stripped: str) -> bool:
        """Read a line that starts a block of one line (a title, an item); False for a paragraph's line."""
        section = _SECTION.match(line) if line[:1] in "=#" else None
        if section:
            self.emit(section.group(2).rstrip(" \t=#"))
            self.heading = self.heading or self.parts[-1]
            return True
        title = _BLOCK_TITLE.match(line) if line.startswith(".") else None
        if title and not _LIST_ITEM.match(line):
            self.emit(title.group(1))
            return True
        if stripped == "+":  # a list continuation: the next block belongs to the item
            return True
        if _BREAK.match(stripped):
            self.flush()
            return True
        item = _LIST_ITEM.match(line)
        if item:
            self.start(_CHECKBOX.sub("", item.group(1)), item=True)
            return True
        term = _DESCRIPTION.match(line) if ("::" in line or ";;" in line) else None
        if term:
            self.start(term.group(1) + (f": {term.group(3)}" if term.group(3) else ""), item=True)
            return True
        admonition = _ADMONITION_PARAGRAPH.match(line)
        if admonition:
            self.start(f"{self.caption(admonition.group(1))}: {admonition.group(2)}")
            return True
        return False

    def caption(self, name: str) -> str:
        """An admonition's label: the document's ``:note-caption:``, else Asciidoctor's."""
        name = name.lower()
        return self.context.attributes.get(f"{name}-caption") or ADMONITIONS[name]

    def block_macro(self, macro: re.Match) -> None:
        name, target, attributes = macro.group(1).lower(), macro.group(2), macro.group(3)
        if name == "include":
            self.includes.append(target)
        elif name == "image":
            self.emit(image_alt_text(attributes))
        elif name in ("ifdef", "ifndef"):
            if attributes.strip():  # ifdef::name[text]: its text, kept (the site's attributes are not known)
                self.emit(attributes)
        elif name not in ("ifeval", "endif", "video", "audio", "toc"):
            self.emit(f"{target} {attributes}".strip())  # an unknown block macro: shown as written

    def verbatim_paragraph(self, index: int) -> int:
        """A literal paragraph (indented, or styled ``[source]``/``[literal]``): its lines as
        written, less the indentation they share (Asciidoctor shows it so)."""
        end = index
        while end < len(self.lines) and self.lines[end].strip():
            end += 1
        self.style = []
        self.emit(verbatim_block(textwrap.dedent(_without_callouts(self.lines[index:end]))), inline=False)
        return end

    def delimited(self, index: int, delimiter: str) -> int:
        """A delimited block opened (or closed) by the line at ``index``; the next line's index."""
        if self.open and self.open[-1][0] == delimiter:
            _, closing = self.open.pop()
            if closing:
                self.emit(closing)
            else:
                self.flush()
            return index + 1
        attributes, self.style = self.style, []
        style = attributes[0].lower() if attributes else ""
        kind = "open" if delimiter == "--" else delimiter[0]
        if kind in _COMPOUND and style != "comment":
            if style in ADMONITIONS:
                self.emit(self.caption(style) + ":")
            else:
                self.flush()
            closing = None
            if style in ("quote", "verse") and len(attributes) > 1:
                closing = "\u2014 " + ", ".join(part.strip("\"'") for part in attributes[1:] if part)
            self.open.append((delimiter, closing))
            return index + 1
        close = "```" if kind == "`" else delimiter
        end = index + 1
        while end < len(self.lines) and self.lines[end].rstrip() != close:
            end += 1
        content = self.lines[index + 1 : end]
        if kind == "/" or style == "comment":
            self.flush()
        elif kind in "|,:!":
            self.table(content, delimiter, attributes)
        elif kind == "+" and style not in ("stem", "latexmath", "asciimath"):
            from ..markup.html import html_to_text

            self.emit(html_to_text("\n".join(content)), inline=False)
        else:  # a listing, literal or verse block's lines as written, indentation kept
            self.emit(verbatim_block(_without_callouts(content)), inline=False)
        return end + 1

    def table(self, content: list[str], delimiter: str, attributes: list[str]) -> None:
        """A table as one line per row, its cells apart (tabs, tidied to spaces)."""
        rows = _table_rows(content, delimiter[0], attributes)
        self.emit("\n".join("\t".join(inline_text(cell, self.context) for cell in row) for row in rows), inline=False)


def attribute_list(text: str) -> list[str]:
    """The attributes of a block attribute line, split at commas outside quotes
    (``source,python`` → ``source``, ``python``; ``cols="1,2"`` stays one)."""
    parts, current, quote = [], [], ""
    for character in text:
        if character in "\"'" and (not quote or character == quote):
            quote = "" if quote else character
        if character == "," and not quote:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(character)
    parts.append("".join(current).strip())
    return parts


def _without_callouts(lines: list[str]) -> str:
    """Verbatim lines without the callout numbers at their ends (``<1>``, ``// <2>``)."""
    kept = []
    for line in lines:
        end = line.rstrip()
        while end.endswith(">") and "<" in end:
            start = end.rfind("<")
            number = end[start + 1 : -1].removeprefix("!--").removesuffix("--")
            if not (number.isdigit() and len(number) <= 3):
                break
            end = end[:start].rstrip()
            for comment in ("//", "#", ";;", "--"):
                if end.endswith(comment) and (end[: -len(comment)].endswith((" ", "\t")) or end == comment):
                    end = end[: -len(comment)].rstrip()
                    break
        kept.append(end if end != line.rstrip() else line)
    return "\n".join(kept)


def _table_rows(content: list[str], separator: str, attributes: list[str]) -> list[list[str]]:
    """The rows of a table's ``content``: Asciidoctor's ``|`` cells (``!`` in a nested
    table), CSV (``,===``) or DSV (``:===``) lines; rows as wide as ``cols`` says, else as
    its first line of cells."""
    if separator in ",:":
        lines = [line for line in content if line.strip()]
        if separator == ",":
            return [[cell.strip() for cell in row] for row in csv.reader(lines)]
        return [[cell.strip() for cell in line.split(":")] for line in lines]
    marker = re.compile(_CELL.pattern.replace(r"\|", re.escape(separator)))
    cells, first_line_cells = [], 0
    for line in content:
        if not line.strip():
            if cells:
                cells[-1] += "\n\n"
            continue
        pieces = marker.split(line)
        if cells and pieces[0].strip():
            cells[-1] += "\n" + pieces[0]  # a cell continued on this line
        cells += [piece.strip() for piece in pieces[1:]]
        first_line_cells = first_line_cells or len(pieces) - 1
    width = _column_count(attributes) or first_line_cells or 1
    return [[cell.strip() for cell in cells[start : start + width]] for start in range(0, len(cells), width)]


def _column_count(attributes: list[str]) -> int:
    """The number of columns a table's ``cols="1,2,3"`` (or ``cols="3*"``) gives, or 0."""
    for attribute in attributes:
        name, _, value = attribute.partition("=")
        if name.strip() == "cols" and value.strip(" \"'"):
            value = value.strip(" \"'")
            if value.isdigit():
                return int(value)
            return sum(int(match.group(1) or 1) for match in _COLUMNS.finditer(value))
    return 0


_SKIPPED_LINE = re.compile(r"^(?://.*|:!?\w[\w-]*!?:.*|\[.*\][ \t]*|(?:include|ifeval|endif)::.*|(?:-{4,}|\.{4,}|\+{4,}|_{4,}|={4,}|\*{4,}|--|`{3}.*|[|,:!]={3,})[ \t]*)$")
_MACRO_MARKUP = re.compile(r"\b\w[\w-]*::?[^\s\[]*\[|\b(?:https?|ftp|irc|mailto)://?[^\s\[\]<>]*|\{\w[\w-]*\}|\[\[[^\]\n]*\]\]|<<[^<>,\n]*,?|</?[A-Za-z][^<>\n]*>")
_MARKUP_CHARACTERS = re.compile(r"[*_`#~^+|=\[\]<>{}]+")


def asciidoc_markup_free(body: str) -> str:
    """``body`` with its AsciiDoc markup removed and every word of its text kept: the
    conservative conversion (comments, attribute entries, block attribute and delimiter
    lines, includes, macro names and targets, addresses and attribute references go)."""
    kept, comment = [], False
    for line in body.split("\n"):
        if line.startswith("////") and not line.strip("/ \t"):
            comment = not comment
        elif not comment and not _SKIPPED_LINE.match(line):
            kept.append(line)
    text = _MACRO_MARKUP.sub(" ", "\n".join(kept))
    return tidy_text(_MARKUP_CHARACTERS.sub(" ", text))
