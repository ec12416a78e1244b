"""What every XML export reader shares: streaming the items (WordPress ``<item>``, Atom
``<entry>``) with the span of the source each one covers, and refusing what XML could use
to blow up (entity declarations). Recognising the root element is :mod:`.xml_formats`' job.

Characters XML forbids (control characters other than tab and line breaks: Word's manual
line break U+000B pasted into a post is the usual one, and WordPress exports it as it is)
are read as spaces, so one of them does not fail the whole export; each item that held
some gets a problem saying how many and where the first was. Whitespace before the XML
declaration (blank lines a WordPress plugin or theme printed before the export or feed;
XML allows nothing there) is passed over, as feed readers and the WordPress importer pass
over it: the declaration, already read for the encoding, is blanked out, so every item is
read, and each gets a problem saying what was wrong with the file.

A file that is otherwise not well-formed XML is streamed up to its first damage; from there
on, each item is read alone (:mod:`.xml_recovery`): every item that can be read is, and
each that cannot is reported, named and with the reason. A file of which no item at all
can be read, or that declares entities, raises :class:`ReadError`: the file fails as a
whole with that reason. Entity declarations are refused before parsing (no real export
declares any; a "billion laughs" file does), and expat's own limit on entity
amplification stays behind that as a second guard.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Callable, Iterator

from ..document import Problem
from . import RawDocument, ReadError

#: The first and last position (line, column, from 1) of an element in the source.
Span = tuple[tuple[int, int], tuple[int, int]]
#: What can come before the root element's start tag: comments, and entity declarations to find.
_BEFORE_ROOT = re.compile(r"<!--.*?(?:-->|\Z)|<!ENTITY\b|<[A-Za-z_]", re.S)
#: Characters XML 1.0 does not allow in a document.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: An XML declaration after whitespace (group 1), which XML allows only at the very start.
_LATE_DECLARATION = re.compile(r"([ \t\r\n]+)<\?xml[ \t\r\n][^>]*>")


@dataclass(slots=True)
class XmlItem:
    """One item of an XML export: its element, the span of the source it covers and the
    problems of its part of the source; or, when it cannot be read (``element`` None), why
    (``damage``, naming the item): also damage outside the items (``span`` None)."""

    element: ET.Element | None
    span: Span | None = None
    problems: list[Problem] = field(default_factory=list)
    damage: str | None = None


def local_name(tag: str) -> str:
    """``tag`` without its namespace: ``{http://www.w3.org/2005/Atom}entry`` → ``entry``."""
    return tag.rsplit("}", 1)[-1]


def refuse_entities(text: str) -> None:
    """Raise :class:`ReadError` when the document declares entities (``<!ENTITY``)."""
    for match in _BEFORE_ROOT.finditer(text):
        if match.group(0) == "<!ENTITY":
            raise ReadError("the XML declares entities (<!ENTITY>), which arsip does not expand")
        if not match.group(0).startswith("<!--"):
            return  # the root element has started: declarations can only come before it


def feed_head(text: str, item_names: frozenset[str]) -> ET.Element | None:
    """The root element with what comes before the first item (a feed's own title, author
    and links), or None when that part does not parse (reading the items says why)."""
    refuse_entities(text)
    text, _ = _late_declaration_blanked(text)
    text, _ = _forbidden_as_spaces(text)
    first = next((tag for tag in item_tags(item_names).finditer(text) if tag.group(1) == ""), None)
    head = _head(text[: first.start() if first else len(text)])
    if head is None:  # damaged: read as a browser reads it, as the items are
        from .xml_recovery import as_browsers_read

        head = _head(as_browsers_read(text[: first.start() if first else len(text)]))
    return head


def _head(text: str) -> ET.Element | None:
    """The root element with what ``text`` holds of it (None when any of it does not parse)."""
    parser = ET.XMLPullParser(events=("start",))
    parser.feed(text)
    try:
        started = [element for _, element in parser.read_events()]
    except ET.ParseError:
        return None
    return started[0] if started else None


def xml_items(
    text: str, item_names: frozenset[str], on_namespace: Callable[[str, str], None] | None = None
) -> Iterator[XmlItem]:
    """Each element of ``text`` whose local name is in ``item_names`` (``item``, ``entry``),
    once it is complete, with the span of the source it covers and the problems of its part
    of the source (characters XML forbids, read as spaces); the element is cleared once the
    caller moves on, so memory holds one item at a time. From the first damage on, each item
    is read alone, and those that cannot be read come as items without an element.
    ``on_namespace(prefix, uri)`` hears each namespace declaration as it is read."""
    refuse_entities(text)
    text, late = _late_declaration_blanked(text)
    text, forbidden = _forbidden_as_spaces(text)
    spans = _element_spans(text, item_names)
    namespaces: dict[str, str] = {}
    read: set[tuple[int, int]] = set()  # where the items read before any damage start
    try:
        for event, element in ET.iterparse(io.StringIO(text), events=("start-ns", "end")):
            if event == "start-ns":
                namespaces.setdefault(*element)
                if on_namespace is not None:
                    on_namespace(*element)
                continue
            if local_name(element.tag) not in item_names:
                continue
            span = next(spans, None)
            read.add(span[0] if span else (0, 0))
            yield XmlItem(element, span, _forbidden_in(forbidden, span) + late)
            element.clear()
        return
    except ET.ParseError as error:
        damage = error
    from .xml_recovery import recover_items  # only damaged files need it (and it needs this module)

    unread: list[XmlItem] = []  # until an item is read: a file of which none can be read fails
    any_read = bool(read)
    for item in recover_items(text, item_names, read, namespaces):
        if item.element is None and not any_read:
            unread.append(item)
            continue
        any_read = True
        yield from unread
        unread.clear()
        if item.element is not None:
            item.problems[:0] = _forbidden_in(forbidden, item.span) + late
        yield item
    if unread:
        raise ReadError(f"invalid XML: {damage}")


def xml_documents(
    text: str,
    item_names: frozenset[str],
    tag: str,
    build: Callable[[ET.Element], RawDocument],
    on_namespace: Callable[[str, str], None] | None = None,
) -> Iterator[RawDocument]:
    """The document ``build`` reads from each item of ``text`` (see :func:`xml_items`) whose
    tag is ``tag`` (an element of another vocabulary that happens to be named so is not one),
    with its span and the problems of its part of the source; an item that cannot be read
    is a document that only says why."""
    for item in xml_items(text, item_names, on_namespace):
        if item.element is None:
            yield RawDocument(text="", unreadable=item.damage)
        elif item.element.tag == tag:
            document = build(item.element)
            document.span = item.span
            document.problems.extend(item.problems)
            yield document


def _late_declaration_blanked(text: str) -> tuple[str, list[Problem]]:
    """``text`` with an XML declaration that whitespace comes before blanked out (every
    position stays where it was: whitespace before the root element is XML), and the
    problem that says so (none when the declaration, if any, opens the text)."""
    late = _LATE_DECLARATION.match(text)
    if late is None:
        return text, []
    space = late.group(1)
    lines = space.count("\n")
    amount = f"{lines} blank line(s)" if lines else f"{len(space)} space(s)"
    blank = re.sub(r"[^\n]", " ", late.group(0)[len(space):])
    problem = Problem("text", f"{amount} before the XML declaration, which XML allows only at the very start of a file: passed over, as feed readers and the WordPress importer pass over it")
    return space + blank + text[late.end():], [problem]


def _forbidden_as_spaces(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """``text`` with each character XML forbids replaced by a space (every position stays
    where it was), and the line, column and character of each."""
    if not _FORBIDDEN.search(text):
        return text, []
    found = [
        (text.count("\n", 0, match.start()) + 1, match.start() - text.rfind("\n", 0, match.start()), match.group(0))
        for match in _FORBIDDEN.finditer(text)
    ]
    return _FORBIDDEN.sub(" ", text), found


def _forbidden_in(forbidden: list[tuple[int, int, str]], span: Span | None) -> list[Problem]:
    """The problem of an item whose span held characters XML forbids (none when it held none)."""
    held = [(line, column, char) for line, column, char in forbidden if span is not None and span[0] <= (line, column) <= span[1]]
    if not held:
        return []
    line, column, char = held[0]
    return [Problem("text", f"{len(held)} character(s) XML does not allow (the first {char!r} at line {line}, column {column}) read as spaces")]


def _element_spans(text: str, names: frozenset[str]) -> Iterator[Span]:
    """The first and last position (line, column) of each element named one of ``names``
    (with or without a namespace prefix), in document order; tags inside CDATA sections and
    comments, which may hold any text, do not count."""
    tags = item_tags(names)
    line, line_start, position, start = 1, 0, 0, None
    for match in tags.finditer(text):
        if match.group(1) is None:
            continue
        newlines = text.count("\n", position, match.start())
        if newlines:
            line += newlines
            line_start = text.rindex("\n", position, match.start()) + 1
        position = match.start()
        if match.group(1) == "":
            start = (line, match.start() - line_start + 1)
        elif start is not None:
            inner = text.count("\n", match.start(), match.end())  # a closing tag split over lines
            end_line_start = text.rindex("\n", match.start(), match.end()) + 1 if inner else line_start
            yield start, (line + inner, match.end() - end_line_start)
            start = None


def item_tags(names: frozenset[str]) -> re.Pattern:
    """Start and end tags of the elements named one of ``names`` (group 1: ``/`` or ""),
    and the CDATA sections and comments around them (group 1: None; one that is not closed
    runs to the end of the text, so that many of them cost one pass, not one each)."""
    return re.compile(r"<!\[CDATA\[.*?(?:\]\]>|\Z)|<!--.*?(?:-->|\Z)|<(/?)(?:[\w.-]+:)?(?:%s)\b[^>]*>" % "|".join(map(re.escape, sorted(names))), re.S)
