"""Reading what can be read of an XML export that is not well-formed: each item on its own.

An export with one damaged spot (a bare ``&`` or an HTML entity such as ``&nbsp;`` outside
CDATA, written by hand or by an old plugin; a mismatched tag inside one item; a download
cut off half-way) is not XML, so a parser stops at the damage. :mod:`.xml_items` streams
the file as long as it parses; from the first damage on, this module takes the source
apart at the items' start and end tags (CDATA sections and comments, which may hold any
text, do not count) and parses each item alone, inside an element that declares the
namespaces the file declared before the damage:

- an item that parses is read as usual;
- one that does not is read again as a browser reads such text: a ``&`` that starts no
  entity is a ``&``, an HTML named entity (``&nbsp;``, ``&rsquo;``) is its character, a
  reference to a character XML forbids (``&#11;``) a space; the item gets a problem
  naming what was read so;
- an item that still does not parse, or has no end tag, is left out and reported with its
  number, line, id and title (as far as they come before the damage) and the parser's
  reason; a file cut off inside an item says so;
- the rest of the file (the export's own head and end, the items blanked out) is checked
  the same way: damage there, or a file cut off between items, is reported too.

lxml's ``recover=True`` is not used: it reads ``a & b`` and ``a &nbsp; b`` as "a  b" (the
``&`` and the entity dropped) and closes a mismatched tag where it guesses, with nothing in
the result to say what was lost. Every part goes through the same expat parser, after entity declarations were refused
(:func:`.xml_items.refuse_entities`), and every step is linear: each character is parsed
at most five times (in the file, in its item, in its item read again, and in the rest of
the file as it is and read again), and memory holds the text a few times over, not one
object per item or per ``&``.
"""

from __future__ import annotations

import html
import html.entities
import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Iterator
from xml.parsers.expat import errors

from ..document import Problem
from .xml_items import XmlItem, item_tags

#: Expat's errors for a text that ends before the document does: the file was cut off.
_CUT_OFF = frozenset(
    errors.codes[message]
    for message in (errors.XML_ERROR_NO_ELEMENTS, errors.XML_ERROR_UNCLOSED_TOKEN, errors.XML_ERROR_UNCLOSED_CDATA_SECTION, errors.XML_ERROR_PARTIAL_CHAR)
)
#: A reference (``&name;``, ``&#123;``, ``&#x7B;``; not one of XML's own five) or a ``&``
#: that starts none (group 1: the reference), outside CDATA sections, comments and
#: processing instructions (each matched whole, or to the end of the text when not closed).
_AMPERSAND = re.compile(
    r"<!\[CDATA\[.*?(?:\]\]>|\Z)|<!--.*?(?:-->|\Z)|<\?.*?(?:\?>|\Z)|&(?!(?:amp|lt|gt|quot|apos);)(#[0-9]{1,8};|#[xX][0-9a-fA-F]{1,8};|[A-Za-z][A-Za-z0-9]{0,31};)?", re.S
)
#: Characters escaped in what an entity is read as (a line break too: lines stay where they were).
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\n": "&#10;"}
#: The opening and closing of the element each item is parsed in.
_WRAPPER, _END = "<arsip-export", "</arsip-export>"
#: Children whose text names an item that cannot be read: its title and its id.
_TITLES = ("title", "regular-title", "conversation-title", "link-text")
_IDS = ("post_id", "id", "guid")
#: How many different references a problem names as examples.
_EXAMPLES = 3


@dataclass
class _Parsed:
    """What parsing one part of the source gave: the item element (None unless it is
    complete), the first error, and the item's tag, id and title as far as they were read."""

    element: ET.Element | None = None
    error: ET.ParseError | None = None
    tag: str = ""
    identifier: str = ""
    title: str = ""


def recover_items(text: str, item_names: frozenset[str], read: set[tuple[int, int]], namespaces: dict[str, str]) -> Iterator[XmlItem]:
    """The items of ``text`` but those read before the damage (starting at the positions in
    ``read``), each read alone (see the module's docstring), then the damage outside the
    items. ``namespaces`` maps each prefix the file declared before the damage to its URI."""
    lines = _Lines(text)
    opening = _WRAPPER + "".join(f' xmlns{":" + prefix if prefix else ""}="{_escape(uri)}"' for prefix, uri in namespaces.items()) + ">"
    cut_inside = False
    for number, (start, end, closed) in enumerate(_chunks(text, item_names), start=1):
        lines.advance(start)
        span = (lines.position(start), lines.position(end - 1))
        if span[0] in read:
            continue
        fragment = text[start:end]
        closing = _END if closed else ""  # an item without an end tag is parsed to its end, to say why
        parsed = _parse(opening + fragment + closing, item=True)
        if parsed.element is not None:
            yield XmlItem(parsed.element, span)
            continue
        repaired, problem = _as_browsers_read(fragment, lines, start)
        if problem is not None:
            parsed = _parse(opening + repaired + closing, item=True)
            if parsed.element is not None:
                yield XmlItem(parsed.element, span, [problem])
                continue
        name = _describe(number, span[0][0], parsed, fragment)
        if not closed and end == len(text) and parsed.error.code in _CUT_OFF:
            cut_inside = True
            yield XmlItem(None, span, damage=f"the file is cut off (truncated) inside {name}, which is left out; the items before it are read")
        elif not closed and parsed.error.code in _CUT_OFF:
            yield XmlItem(None, span, damage=f"{name} has no end tag before {'the next item' if end < len(text) else 'the end of the file'}: left out")
        else:
            where = _where(parsed.error, opening, fragment, repaired if problem else fragment, start, lines)
            yield XmlItem(None, span, damage=f"{name} is not well-formed XML ({where}): left out")
    outside = None if cut_inside else _outside_damage(text, item_names)
    if outside:
        yield XmlItem(None, damage=outside)


def as_browsers_read(source: str) -> str:
    """``source`` read as a browser reads it (see :func:`_as_browsers_read`)."""
    return _as_browsers_read(source)[0]


def _outside_damage(text: str, item_names: frozenset[str]) -> str | None:
    """What is wrong with ``text`` outside its items (the items blanked out, every line
    kept): None when that parses, as it is or read as a browser reads it."""
    rest, position, last = io.StringIO(), 0, None
    for number, (start, end, _) in enumerate(_chunks(text, item_names), start=1):
        rest.write(text[position:start])
        rest.write(re.sub(r"[^\n]", " ", text[start:end]))
        position, last = end, (number, start, _tag_name(text[start : start + 200]))
    rest.write(text[position:])
    skeleton = rest.getvalue()
    parsed = _parse(skeleton)
    if parsed.error is None:
        return None
    repaired, problem = _as_browsers_read(skeleton)
    if problem is not None:
        parsed = _parse(repaired)
        if parsed.error is None:
            return None
    if parsed.error.code in _CUT_OFF:
        after = f" after <{last[2]}> {last[0]} (line {_Lines(text).position(last[1])[0]})" if last else ""
        return f"the file is cut off (truncated){after}: it ends before the export does, so any items after that are missing"
    where = _where(parsed.error, "", skeleton, repaired if problem else skeleton, 0, _Lines(text))
    return f"not well-formed XML outside the items ({where}): what it held is not read"


def _parse(source: str, item: bool = False) -> _Parsed:
    """Parse ``source``: with ``item``, the item wrapped in it and what could be read of it
    before an error; else only whether (and where) ``source`` fails."""
    if item:
        try:  # most items parse: without events, as fast as the file's own parse
            wrapper = ET.fromstring(source)
            if len(wrapper) == 1:
                return _Parsed(element=wrapper[0])
        except ET.ParseError:
            pass
    parser = ET.XMLPullParser(events=("start", "end") if item else ())
    parsed, depth = _Parsed(), 0
    try:
        parser.feed(source)
        parser.close()
    except ET.ParseError as error:
        parsed.error = error
    try:
        for event, element in parser.read_events():
            depth += 1 if event == "start" else -1
            name = element.tag.rsplit("}", 1)[-1]
            if event == "start" and depth == 2:
                parsed.tag, parsed.identifier = name, element.get("id", "")
            elif event == "end" and depth == 2:
                if name in _TITLES and not parsed.title:
                    parsed.title = element.text or ""
                elif name in _IDS and not parsed.identifier:
                    parsed.identifier = (element.text or "").strip()
            elif event == "end" and depth == 1 and parsed.element is None:
                parsed.element = element
    except ET.ParseError as error:
        parsed.error = error  # the first error: one that ``close`` raised came after it
    if parsed.error is not None:
        parsed.element = None
    return parsed


def _describe(number: int, line: int, parsed: _Parsed, fragment: str) -> str:
    """``<item> 7 (line 120, id 42, “Rapat warga”)``: an item that cannot be read, named by
    what could be read of it (a title is shown as text, without its markup)."""
    tag = parsed.tag or _tag_name(fragment)
    title = " ".join(html.unescape(re.sub(r"<[^>]*>", "", parsed.title)).split())
    named = [f"line {line}"] + ([f"id {parsed.identifier}"] if parsed.identifier else []) + ([f"“{title[:80]}”"] if title else [])
    return f"<{tag}> {number} ({', '.join(named)})"


def _tag_name(fragment: str) -> str:
    """The local name of the element whose start tag begins ``fragment``."""
    return re.match(r"<([\w.:-]+)", fragment).group(1).rsplit(":", 1)[-1]


def _where(error: ET.ParseError, opening: str, source: str, parsed: str, start: int, lines: _Lines) -> str:
    """The parser's reason for ``error`` with its place in the file (``mismatched tag: line
    125, column 4``, the column from 0 as the parser counts it): the error was in ``opening
    + parsed``, where ``parsed`` is ``source`` (the part of the file at offset ``start``)
    or ``source`` read as a browser reads it."""
    line, column = error.position
    offset = max(0, min(_line_start(opening + parsed, line) + column - len(opening), len(parsed)))
    if parsed is not source:
        offset = _offset_in_source(source, offset)
    found_line, found_column = lines.position(start + min(offset, len(source)))
    return f"{str(error).rsplit(': line ', 1)[0]}: line {found_line}, column {found_column - 1}"


def _as_browsers_read(source: str, lines: _Lines | None = None, start: int = 0) -> tuple[str, Problem | None]:
    """``source`` (a part of the file at offset ``start``) read as a browser reads it: a
    ``&`` that starts no reference as ``&amp;``, an HTML named entity as its character, a
    reference to a character XML forbids as a space; and a problem naming what was read so
    (None when nothing was; its place is given when ``lines`` are)."""
    result, position, first = io.StringIO(), 0, None
    counts = {"bare": 0, "entity": 0, "forbidden": 0}
    examples: dict[str, dict[str, None]] = {"entity": {}, "forbidden": {}}
    for match, replacement, kind in _replacements(source):
        first = match.start() if first is None else first
        result.write(source[position : match.start()])
        result.write(replacement)
        position = match.start() + (1 if kind == "bare" else len(match.group(0)))
        counts[kind] += 1
        if kind in examples and len(examples[kind]) < _EXAMPLES:
            examples[kind][match.group(0)] = None
    if first is None:
        return source, None
    result.write(source[position:])
    said = [
        f"{counts[kind]} {one if counts[kind] == 1 else more}" + (f" ({', '.join(examples[kind])})" if kind in examples else "")
        for kind, one, more in (
            ("bare", "'&' not starting an entity read as '&'", "'&' not starting an entity read as '&'"),
            ("entity", "HTML entity decoded", "HTML entities decoded"),
            ("forbidden", "reference to a character XML does not allow read as a space", "references to characters XML does not allow read as spaces"),
        )
        if counts[kind]
    ]
    place = " (from line {}, column {})".format(*lines.position(start + first)) if lines is not None else ""
    return result.getvalue(), Problem("text", f"not well-formed XML read as a browser reads it{place}: " + ", ".join(said))


def _replacements(source: str) -> Iterator[tuple[re.Match, str, str]]:
    """Each reference or bare ``&`` of ``source`` that XML does not accept, with what it is
    read as and its kind (``bare``, ``entity``, ``forbidden``); a bare ``&`` replaces only
    the ``&`` of its match (``&foo;`` is the text "&foo;")."""
    for match in _AMPERSAND.finditer(source):
        reference = match.group(1)
        if match.group(0)[0] != "&":
            continue
        if reference and reference[0] == "#":
            if not _allowed(reference):
                yield match, " ", "forbidden"
        elif reference and reference in html.entities.html5:
            yield match, _escape(html.entities.html5[reference]), "entity"
        else:
            yield match, "&amp;", "bare"


def _offset_in_source(source: str, offset: int) -> int:
    """The offset in ``source`` of ``offset`` in ``source`` read as a browser reads it (an
    offset inside a replacement is the start of what it replaced)."""
    added = 0  # characters the replacements so far added
    for match, replacement, kind in _replacements(source):
        at = match.start() + added
        if offset < at:
            break
        if offset < at + len(replacement):
            return match.start()
        added += len(replacement) - (1 if kind == "bare" else len(match.group(0)))
    return offset - added


def _allowed(reference: str) -> bool:
    """True when the character reference ``#123;`` or ``#x7B;`` names a character XML allows."""
    number = int(reference[2:-1], 16) if reference[1] in "xX" else int(reference[1:-1])
    return number in (0x9, 0xA, 0xD) or 0x20 <= number <= 0xD7FF or 0xE000 <= number <= 0xFFFD or 0x10000 <= number <= 0x10FFFF


def _chunks(text: str, names: frozenset[str]) -> Iterator[tuple[int, int, bool]]:
    """The start and end offsets of each element of ``text`` named one of ``names``, and
    whether its end tag was found: one without an end tag ends where the next begins, or
    at the end of the text. Tags inside CDATA sections and comments do not count."""
    start = None
    for match in item_tags(names).finditer(text):
        if match.group(1) is None:
            continue
        if match.group(1) == "":
            if start is not None:
                yield start, match.start(), False
            start = match.start()
            if match.group(0).endswith("/>"):
                yield start, match.end(), True
                start = None
        elif start is not None:
            yield start, match.end(), True
            start = None
    if start is not None:
        yield start, len(text), False


def _escape(value: str) -> str:
    """``value`` as XML text or attribute value."""
    return "".join(_ESCAPES.get(char, char) for char in value)


def _line_start(text: str, line: int) -> int:
    """The offset where line ``line`` (from 1) of ``text`` starts (its end when it has fewer
    lines): newlines are counted a block at a time, so a text of many lines costs little."""
    offset, remaining, block = 0, line - 1, 65536
    while remaining:
        found = text.count("\n", offset, offset + block)
        if found < remaining and offset + block < len(text):
            offset, remaining = offset + block, remaining - found
            continue
        for _ in range(remaining):
            offset = text.find("\n", offset) + 1
            if not offset:
                return len(text)
        break
    return offset


class _Lines:
    """Line and column (from 1) of offsets of a text, counted from a mark that only moves
    forward (:meth:`advance`), so finding every item's place costs one pass over the text."""

    def __init__(self, text: str) -> None:
        self.text, self.offset, self.line, self.line_start = text, 0, 1, 0

    def advance(self, offset: int) -> None:
        """Move the mark to ``offset`` (not before it): later offsets are counted from there."""
        self.line, self.line_start = self._at(offset)
        self.offset = offset

    def position(self, offset: int) -> tuple[int, int]:
        """The line and column of ``offset`` (not before the mark)."""
        line, line_start = self._at(offset)
        return line, offset - line_start + 1

    def _at(self, offset: int) -> tuple[int, int]:
        newlines = self.text.count("\n", self.offset, offset)
        if not newlines:
            return self.line, self.line_start
        return self.line + newlines, self.text.rindex("\n", self.offset, offset) + 1
