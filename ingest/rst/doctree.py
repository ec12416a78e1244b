"""A reStructuredText document read with docutils, safely: its text, title and docinfo.

The input is untrusted. docutils runs with file insertion disabled (no ``.. include::``, no
``raw``/``csv-table`` ``:file:`` or ``:url:``: nothing is read from disk or the network),
without configuration files, without syntax highlighting, never halting on bad markup and
reporting nothing: its messages are collected and become the document's problems. Only the
transforms that give the text are applied: substitutions, the promoted title and the
docinfo. This module imports docutils: it is imported only when a reST file is read.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from docutils import nodes
from docutils.frontend import get_default_settings
from docutils.parsers.rst import Parser
from docutils.transforms import frontmatter
from docutils.transforms import references as references_transforms
from docutils.utils import new_document

from ..document import Problem
from ..markup.html import html_to_text, image_alt, tidy_text, verbatim_block
from .attributions import ATTRIBUTION_DASH
from .directives import dropped, register_fallbacks
from .markup import rst_markup_free
from .references import Shown, resolve_references
from ..sites.sphinx.project import CrossReferences

#: docutils settings for untrusted input (see the module docstring).
SAFE_SETTINGS: dict[str, Any] = {
    "file_insertion_enabled": False,
    "raw_enabled": True,  # raw HTML is converted to text here, never rendered
    "report_level": 5,  # nothing is written anywhere: messages are observed instead
    "halt_level": 5,  # bad markup never raises
    "_disable_config": True,
    "input_encoding": "unicode",
    "syntax_highlight": "none",  # code stays as written; Pygments is never loaded
    "smart_quotes": False,
    "trim_footnote_reference_space": True,  # "teks [#]_" reads "teks", not "teks "
    "language_code": "en",
    "pep_references": False,
    "rfc_references": False,
}
#: Markup messages quoted in a document's problem (the rest are counted).
_QUOTED_MESSAGES = 3
#: What docutils says when file insertion is disabled (``raw``/``csv-table`` ``:file:``).
_FILE_REFUSED = re.compile(r"directive disabled|File and URL access deactivated")
#: The characters every inline markup of reST has (emphasis, literals, roles, substitutions,
#: references, footnotes, escapes); a line without them is its own text.
_INLINE_MARKUP = re.compile(r"[*`|_\[\\]")
#: Elements whose content is never text of the page.
_INVISIBLE = (nodes.comment, nodes.substitution_definition, nodes.target, nodes.pending, nodes.decoration, nodes.docinfo, nodes.label, nodes.meta, nodes.transition)


@dataclass
class ReadRst:
    """What a reST source gives: its text, titles, docinfo fields and problems."""

    text: str
    title: str | None = None
    heading: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: What each cross-reference without a title shows: (its source, its text).
    references: list[tuple[str, str]] = field(default_factory=list)


@lru_cache(maxsize=1)
def _settings_defaults():
    return get_default_settings(Parser)


def parse(
    source: str, max_line: int, substitutions: tuple[tuple[str, str], ...] = (), references: CrossReferences | None = None
) -> tuple[nodes.document, list[nodes.system_message], Shown]:
    """The doctree of ``source`` (lines up to ``max_line`` characters), docutils'
    messages about it (WARNING and above) and what its cross-references show (found in
    ``references``, see :mod:`.references`); ``substitutions`` (name, text) are
    defined where ``source`` does not define them itself."""
    settings = _settings_defaults().copy()
    for name, value in {**SAFE_SETTINGS, "warning_stream": io.StringIO(), "line_length_limit": max_line}.items():
        setattr(settings, name, value)
    document = new_document("<rst>", settings)
    messages: list[nodes.system_message] = []
    document.reporter.attach_observer(lambda message: messages.append(message) if message["level"] >= 2 else None)
    register_fallbacks(source, document)
    Parser().parse(source, document)
    _define_missing(document, substitutions)
    # before the substitutions are copied to where they are used: each reference resolved once
    shown = resolve_references(document, references, lambda title: section_title_text(title, substitutions))
    for transform in (references_transforms.Substitutions, frontmatter.DocTitle, frontmatter.DocInfo):
        transform(document).apply()
    return document, messages, shown


@lru_cache(maxsize=1024)
def section_title_text(line: str, substitutions: tuple[tuple[str, str], ...] = ()) -> str:
    """The text of a section title whose source is ``line`` (inline markup read), as a page
    shows it."""
    if not _INLINE_MARKUP.search(line):
        return line.strip()  # most titles: nothing for the parser to read
    snippet = f"{line}\n{'=' * (2 * len(line) + 4)}\n"  # an underline long enough for wide characters too
    document, _, _ = parse(snippet, len(snippet), substitutions)
    title = next(document.findall(nodes.title), None)
    return _Walk().inline(title) if title is not None else rst_markup_free(line)


def _define_missing(document: nodes.document, substitutions: tuple[tuple[str, str], ...]) -> None:
    """Define each of ``substitutions`` that ``document`` does not define itself (docutils
    matches a substitution's name regardless of case, so a page's ``|Release|`` wins too)."""
    for name, text in substitutions:
        if nodes.fully_normalize_name(name) not in document.substitution_names:
            definition = nodes.substitution_definition(text, nodes.Text(text), names=[name])
            document += definition
            document.note_substitution_def(definition, name)


def read_rst(
    source: str, max_line: int, substitutions: tuple[tuple[str, str], ...] = (), references: CrossReferences | None = None
) -> ReadRst:
    """Read ``source`` (see :func:`parse`) into text, title, first heading, docinfo fields,
    problems, and what its cross-references show."""
    document, messages, shown = parse(source, max_line, substitutions, references)
    walk = _Walk()
    blocks = walk.blocks(document)
    promoted = document.children[0] if document.children and isinstance(document.children[0], nodes.title) else None
    first_heading = next((title for title in document.findall(nodes.title) if isinstance(title.parent, nodes.section)), None)
    read = ReadRst(
        text=tidy_text("\n\n".join(blocks)),
        title=promoted.astext() if promoted is not None else None,
        heading=first_heading.astext() if first_heading is not None and promoted is None else None,
        fields=docinfo_fields(document),
    )
    markup = [message for message in messages if not _refused_file(message)]
    if markup:
        quoted = "; ".join(_message_text(message) for message in markup[:_QUOTED_MESSAGES])
        more = f" (and {len(markup) - _QUOTED_MESSAGES} more)" if len(markup) > _QUOTED_MESSAGES else ""
        read.problems.append(Problem("text", f"{len(markup)} reST markup problem(s), read as written: {quoted}{more}"))
    read.problems.extend(Problem("text", f"{_message_text(message)} (arsip never reads other files or URLs)") for message in messages if _refused_file(message))
    read.problems.extend(Problem("text", reason) for reason in walk.dropped)
    if shown.problem():
        read.problems.append(Problem("text", shown.problem()))
    read.references = shown.texts
    return read


def _refused_file(message: nodes.system_message) -> bool:
    """True for docutils' message that a directive's file or URL was not read."""
    return bool(_FILE_REFUSED.search(message.astext()))


def _message_text(message: nodes.system_message) -> str:
    first = message.children[0].astext().split("\n", 1)[0] if message.children else ""
    line = message.get("line")
    return f"line {line}: {first}" if line else first


def docinfo_fields(document: nodes.document) -> dict[str, Any]:
    """The docinfo (the field list at the top) as fields: keys lower-cased, ``:authors:``
    a list of names, every other value its text."""
    fields: dict[str, Any] = {}
    for docinfo in document.findall(nodes.docinfo):
        for item in docinfo.children:
            if isinstance(item, nodes.field):
                fields[item[0].astext().strip().lower()] = item[1].astext().strip()
            elif isinstance(item, nodes.authors):
                fields["authors"] = [author.astext().strip() for author in item.children]
            else:
                fields[item.tagname] = item.astext().strip()
    return fields


class _Walk:
    """Doctree → blocks of text (paragraphs, one line per list item or table row)."""

    def __init__(self) -> None:
        self.dropped: list[str] = []

    def blocks(self, node: nodes.Element) -> list[str]:
        """The text blocks of ``node``'s children, in order."""
        blocks: list[str] = []
        for child in node.children:
            blocks.extend(self.block(child))
        return [block for block in blocks if block.strip()]

    def block(self, node: nodes.Node) -> list[str]:
        """The text blocks of one body element."""
        if isinstance(node, nodes.Text):
            return [node.astext()]
        if isinstance(node, _INVISIBLE) or (isinstance(node, nodes.topic) and "contents" in node["classes"]):
            return []  # (a topic of class contents: the table of contents of .. contents::, navigation)
        if isinstance(node, dropped):
            self.dropped.append(node["reason"])
            return []
        if isinstance(node, nodes.system_message):
            # the source of a construct docutils could not read (a malformed table):
            # kept, markup stripped (the message itself is a problem of the document);
            # a directive whose file was not read is not text
            if _refused_file(node):
                return []
            return [rst_markup_free(child.astext()) for child in node.findall(nodes.literal_block)]
        if isinstance(node, (nodes.literal_block, nodes.doctest_block, nodes.math_block)):
            return [verbatim_block(node.astext())]  # its lines as written, indentation kept
        if isinstance(node, nodes.raw):
            return [self.raw(node)]
        if isinstance(node, nodes.image):
            return [_alt(node)]
        if isinstance(node, nodes.attribution):
            return [ATTRIBUTION_DASH + self.inline(node)]  # (docutils' HTML writers' dash, see .attributions)
        if isinstance(node, nodes.TextElement):
            return [self.inline(node)]
        if isinstance(node, (nodes.bullet_list, nodes.enumerated_list, nodes.definition_list, nodes.field_list, nodes.option_list, nodes.line_block)):
            return ["\n".join(self.item(child) for child in node.children)]
        if isinstance(node, nodes.table):
            return self.table(node)
        return self.blocks(node)

    def item(self, node: nodes.Node) -> str:
        """One list item, definition, field or option as lines."""
        if isinstance(node, nodes.field):
            return f"{self.inline(node[0])}: " + " ".join(self.blocks(node[1]))
        if isinstance(node, nodes.option_list_item):
            return " ".join((node[0].astext(), *self.blocks(node[1])))
        return "\n".join(self.block(node) if isinstance(node, nodes.TextElement) else self.blocks(node))

    def table(self, node: nodes.table) -> list[str]:
        """A table's title, then its rows, one line each, cells separated by a tab."""
        title = [self.inline(child) for child in node.children if isinstance(child, nodes.title)]
        rows = ["\t".join(" ".join(self.blocks(entry)) for entry in row.children) for row in node.findall(nodes.row)]
        return title + ["\n".join(rows)]

    def inline(self, node: nodes.Element) -> str:
        """The text of an element whose children are inline: markers of footnotes and
        citations dropped, images as their alt text, raw HTML as its text."""
        parts: list[str] = []
        for child in node.children:
            if isinstance(child, nodes.Text):
                parts.append(child.astext())  # (a backslash escape: the character alone, an escaped space nothing)
            elif isinstance(child, (nodes.footnote_reference, nodes.citation_reference)):
                continue
            elif isinstance(child, nodes.image):
                parts.append(_alt(child))
            elif isinstance(child, nodes.raw):
                parts.append(self.raw(child))
            elif isinstance(child, nodes.Element):
                parts.append(self.inline(child))
        return "".join(parts)

    def raw(self, node: nodes.raw) -> str:
        """Raw HTML as its text; raw markup of another format is left out (a problem)."""
        formats = node.get("format", "").split()
        if "html" in formats:
            return html_to_text(node.astext())
        self.dropped.append(f"raw {' '.join(formats) or 'markup'} left out ({len(node.astext())} characters)")
        return ""


def _alt(image: nodes.image) -> str:
    """An image's alt text, unless it only names its file or address."""
    return image_alt((image.get("alt") or "").strip())
