"""reStructuredText source without its parser: markup stripped, the metadata block found,
and the parser's cost estimated.

Used where docutils is not (or must not be) run: the conservative conversion of a reST file
(:func:`rst_markup_free`, also what :func:`~..fidelity.checked_text` counts words against),
the lines of the docinfo block at the top (:func:`docinfo_lines`: metadata, not body), and
:func:`parser_costs`, which tells a file docutils would be slow on (dense inline markup,
large tables, many lists and directives).
Plain regular expressions only: importing this module never imports docutils.
"""

from __future__ import annotations

import re
import textwrap
from typing import Iterator

from ..fidelity import markup_removed
from ..markup.html import tidy_text, verbatim_block
from .attributions import ATTRIBUTION_CANDIDATE, dash_attributions

#: Directive options whose value a reader sees (``:caption:`` of a code block, ``:alt:``).
TEXT_OPTIONS = ("caption", "title", "alt")
#: Directives whose content is code (their argument is a language, not text).
CODE_DIRECTIVES = frozenset(("code", "code-block", "sourcecode", "highlight", "code-tab", "graphviz", "mermaid", "plantuml", "uml"))
#: Directives whose arguments are a condition, not text (their content is kept).
CONDITION_DIRECTIVES = frozenset(("only", "ifconfig"))
#: Directives that are navigation or indexing, not text: dropped, as a built site shows them.
NAVIGATION_DIRECTIVES = frozenset(("toctree", "index", "tabularcolumns", "sectionauthor", "moduleauthor", "codeauthor"))
#: Directives that would read another file: never followed.
FILE_DIRECTIVES = frozenset(("include", "literalinclude", "listing"))  # (Nikola's listing: a file of listings/)
#: Directives that show what the page does not hold (Nikola's and Pelican plugins'): media
#: embedded from an address, a gist's code, a list of the site's posts, a chart drawn from
#: data. Their text options (a chart's ``:title:``) are kept; the rest is named in a problem.
EMBED_DIRECTIVES = frozenset(("youtube", "vimeo", "soundcloud", "media", "gist", "post-list", "chart"))
#: Directives whose argument is an image's file and whose options and content are its
#: alt text, title and caption (Nikola's ``thumbnail``).
IMAGE_DIRECTIVES = frozenset(("thumbnail",))
#: Directives whose content is a block quote, its attribution too (docutils' own).
QUOTE_DIRECTIVES = frozenset(("epigraph", "highlights", "pull-quote"))
#: Directives whose arguments are not text: a language, a condition, a raw format, an image's file.
_ARGUMENT_NOT_TEXT = CODE_DIRECTIVES | CONDITION_DIRECTIVES | IMAGE_DIRECTIVES | {"raw"}

#: A section adornment or table border: one punctuation character repeated (``=====``,
#: ``+----+----+``, ``=== ===``).
_ADORNMENT = re.compile(r"^\s*(?:([!-/:-@\[-`{-~])\1{2,}|\+[-=+]+\+|=+(?: +=+)+)\s*$")
#: A field marker at the start of a line (``:date:``, ``:tags:``, ``:maxdepth:``).
_FIELD = re.compile(r"^[ \t]*:(?![ :])([^:\n]*[^:\s\\]):(?=[ \t]|$)")
_EXPLICIT = re.compile(r"^([ \t]*)\.\.(?:[ \t]+(.*))?$")
#: A role or directive name as docutils reads it (``py:func``, ``code-block``).
NAME = r"(?:(?!_)\w)+(?:[-._+:](?:(?!_)\w)+)*"
_DIRECTIVE = re.compile(rf"^(?:\|[^|\n]+\|[ \t]+)?({NAME})[ \t]*::(.*)$")
_TARGET = re.compile(r"^_")
_FOOTNOTE = re.compile(r"^\[[^\]\n]+\][ \t]*(.*)$")
_ROLE = re.compile(rf":{NAME}:(?=`)|(?<=`):{NAME}:")
#: ``:func:`~paket.modul.fungsi``` shows only its last part, ``fungsi``.
_SHORTENED_TARGET = re.compile(r"`~(?:[^`.\s]+\.)+([^`.\s]+)`")
#: A reference's ``<target>`` and the spaces before it, tried from the first space of a run
#: only (none before it): a run with no target after it fails there once, not again from
#: each of its spaces (the square of its length).
_REFERENCE_TARGET = re.compile(r"(?:(?<!\s)\s+)?<[^<>`\n]*>(?=`)")
_SUBSTITUTION = re.compile(r"\|(?![\s|])[^|\n]*(?<![\s|])\|_{0,2}")
_FOOTNOTE_REFERENCE = re.compile(r"\[(?:#[^\]\s]*|\*|\d+|[A-Za-z][\w.-]*)\]_")
#: Characters where docutils' inline parser starts to look for an end: each start it
#: cannot close costs a scan of the rest of its paragraph.
_INLINE_START = re.compile(r"[`*|]")
#: docutils' option (``-a``, ``+v``, ``-f berkas``, ``--semua``, ``--keluaran=berkas``, ``/V``).
_OPTION = r"(?:[-+][a-zA-Z0-9](?: ?(?:[a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>))?|(?:--|/)[a-zA-Z0-9][a-zA-Z0-9_-]*(?:[ =](?:[a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>))?)"
#: The list markers a line starts with (a bullet, an enumerator ``1.`` ``#.`` ``(a)`` ``iv)``, a
#: field ``:nama:``, options ``-a, --semua`` and the two spaces before their description),
#: each with the spaces after it: more than one when an item's first line starts a list of
#: its own (``- - kata``).
_LIST_MARKER = re.compile(rf"(?:(?P<bullet>[-*+\u2022\u2023\u2043])|(?P<enumerator>\(?(?:\d+|#|[A-Za-z]|[IVXLCDM]{{2,}}|[ivxlcdm]{{2,}})[.)])|(?P<field>:(?![ :])[^:\n]*[^:\s\\]:))(?:[ \t]+|$)|(?P<option>{_OPTION}(?:, {_OPTION})*)(?: {{2,}}| ?$)")
#: The start of explicit markup (a directive, comment, target, footnote: ``..``; an anonymous
#: target: ``__``), with a substitution definition's ``|name|`` after it.
_EXPLICIT_START = re.compile(r"(?:\.\.|__)(?: +|$)(?P<substitution>\|[^ |](?:[^|]*[^ |])?\|(?: |$))?")
#: A line of a line block (``| baris``).
_LINE_BLOCK = re.compile(r"\|(?: |$)")
_TITLE = re.compile(r"^([^\s.:][^\n]*)\n[ \t]*([!-/:-@\[-`{-~])\2{2,}[ \t]*$", re.M)
_TABLE_START = re.compile(r"^\s*(?:\+[-=+]|=+ )")
#: A paragraph's end that starts a literal block: ``::`` not escaped (docutils' rule).
_LITERAL_MARKER = re.compile(r"(?<!\\)(?:\\\\)*::\s*$")
#: The first character of a quoted literal block's lines: 7-bit punctuation, as docutils has it.
_QUOTE = re.compile(r"[!-/:-@\[-`{-~]")
#: The first line of a doctest block (``>>> cetak(nama)``).
_DOCTEST = re.compile(r"^[ \t]*>>>(?:[ \t]|$)")


def rst_markup_free(source: str) -> str:
    """``source`` with its reST markup removed and its text kept: the conservative
    conversion. Comments, ``toctree``/``index``/``include`` blocks, hyperlink targets,
    directive names and options (but ``:caption:``, ``:title:``, ``:alt:``), code languages,
    role names, reference targets (and what ``~`` hides of one), substitution and footnote references, section
    adornments and table borders are markup, and a paragraph's closing ``::`` shows as
    docutils shows it (:func:`_literal_marker_shown`); then :func:`~..fidelity.markup_free`
    applies, except to literal blocks (:func:`_segments`), kept as written; a block quote's
    attribution shows the dash docutils shows (:func:`_attributions_dashed`)."""
    pieces = [verbatim_block(text) if literal else _prose_markup_free(text) for text, literal in _segments(_attributions_dashed(source))]
    return tidy_text("".join(pieces))


def _attributions_dashed(source: str) -> str:
    """``source`` with each block quote's attribution shown as docutils' HTML writer shows
    it (``-- Pramoedya`` as ``—Pramoedya``, see :mod:`.attributions`), in the content of a
    quote directive (:data:`QUOTE_DIRECTIVES`) and in a block indented more, after a blank
    line, than a paragraph of text above it (or than the margin, at the top); not in a
    literal block, nor in a list item's or another directive's content (a quote there,
    indented more than its text, keeps its dash as written)."""
    if not ATTRIBUTION_CANDIDATE.search(source):
        return source  # (most sources: no line that may be one)
    lines = source.split("\n")
    index = _skip_blank(lines, 0)
    if index < len(lines) and lines[index][:1].isspace():  # a quote the source opens with
        index = _block_end(lines, index - 1, 0, True)
        dash_attributions(lines, 0, index)
    while index < len(lines):
        first = lines[index]
        indent = len(first) - len(first.lstrip())
        explicit = _EXPLICIT.match(first)
        if explicit:
            end = _block_end(lines, index, indent, bool(explicit.group(2)))
            directive = _DIRECTIVE.match(explicit.group(2) or "")
            if directive and directive.group(1).lower() in QUOTE_DIRECTIVES:
                dash_attributions(lines, index + 1, end)
            index = _skip_blank(lines, end)
            continue
        end = _paragraph_end(lines, index)
        # a paragraph of text: one indentation (not a definition's term), no list marker
        text = all(len(line) - len(line.lstrip()) == indent for line in lines[index:end]) and not _LIST_MARKER.match(first, indent)
        literal = _LITERAL_MARKER.search(lines[end - 1]) is not None
        if text or literal:
            block = _block_end(lines, end - 1, indent, True)  # the lines under it indented more
            if text and not literal:
                dash_attributions(lines, end, block)
            end = block
        index = _skip_blank(lines, end)
    return "\n".join(lines)


def _prose_markup_free(text: str) -> str:
    """``text`` (lines of reST outside literal blocks, their block markup gone) without its
    inline markup: roles, reference targets, substitution and footnote references, then
    what :func:`~..fidelity.markup_removed` removes."""
    if "`" in text:
        text = _SHORTENED_TARGET.sub(r"`\1`", _REFERENCE_TARGET.sub("", _ROLE.sub("", text)))
    if "|" in text:
        text = _SUBSTITUTION.sub(" ", text)
    if "]_" in text:
        text = _FOOTNOTE_REFERENCE.sub(" ", text)
    return markup_removed(text)


def _segments(source: str) -> Iterator[tuple[str, bool]]:
    """The text of ``source`` in order, as (lines, is a literal block): prose lines without
    their block markup (explicit markup, adornments, list markers), and the literal blocks
    docutils keeps as written, their common indentation removed: a paragraph's after
    ``::`` (:func:`_literal_end`), a code directive's content, a doctest block (``>>>``)."""
    kept: list[str] = []
    lines = source.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index]
        explicit = _EXPLICIT.match(line)
        start = index  # of the literal block found, if any: lines[start:index]
        if explicit:
            indent = len(explicit.group(1))
            text, kind = _explicit_text(explicit.group(2) or "")
            if kind == "markup":
                index = _block_end(lines, index, indent, bool(explicit.group(2)))
                if text:
                    kept.append(text)
                continue
            kept.append(text)
            end = _block_end(lines, index, indent, True) if kind == "literal" else index
            index = _options(lines, index + 1, indent, kept)
            if kind == "text":
                continue
            start, index = index, end  # a code directive's content
        elif _DOCTEST.match(line) and (index == 0 or not lines[index - 1].strip()):
            index = _paragraph_end(lines, index)
        else:
            index += 1
            if _ADORNMENT.match(line):
                continue
            # endswith first, cheap; the regex then tells an escaped ``\::`` (no marker) apart
            if not (line.rstrip().endswith("::") and _LITERAL_MARKER.search(line) and _paragraph_ends(lines, index)):
                kept.append(_list_markers_stripped(line))
                continue
            kept.append(_list_markers_stripped(_literal_marker_shown(line)))
            start, index = index, _literal_end(lines, index, len(line) - len(line.lstrip()))
        literal = lines[start:index]
        if any(literal_line.strip() for literal_line in literal):
            yield "\n".join(kept), False
            yield textwrap.dedent("\n".join(literal)), True
            kept = []
    yield "\n".join(kept), False


def _paragraph_ends(lines: list[str], index: int) -> bool:
    """True when the line before ``lines[index]`` is the last of its paragraph: a blank
    line follows, or none (a line indented more right after it is not a literal block:
    docutils keeps that paragraph's ``::``)."""
    return index >= len(lines) or not lines[index].strip()


def _paragraph_end(lines: list[str], index: int) -> int:
    """The first blank line (or the end) from ``index``."""
    while index < len(lines) and lines[index].strip():
        index += 1
    return index


def _literal_marker_shown(line: str) -> str:
    """A paragraph's last ``line`` as docutils shows it without the literal block's
    ``::``: one colon after a word (``Contoh:``), nothing after a space or alone."""
    text = line.rstrip()[:-2]
    return text.rstrip() if text[-1:] in ("", " ") else f"{text}:"


def _literal_end(lines: list[str], index: int, indent: int) -> int:
    """The line after the literal block that follows a paragraph's ``::`` (its last line
    indented by ``indent``, ``index`` the next): the lines indented more, with blank lines
    within; or, when the first line after the blank ones is not indented more and starts
    with punctuation (a quoted literal block: ``> baris``), the lines after it that start
    as it does."""
    end = _block_end(lines, index - 1, indent, True)
    if any(line.strip() for line in lines[index:end]) or end >= len(lines):
        return end
    first = lines[end]  # after blank lines only: no line indented more
    if len(first) - len(first.lstrip()) != indent or not _QUOTE.match(first, indent):
        return index
    while end < len(lines) and lines[end].startswith(first[: indent + 1]):
        end += 1
    return end


def _explicit_text(rest: str) -> tuple[str | None, str]:
    """What an explicit markup line (``.. rest``) keeps: (its text, or None for a comment;
    what its indented block is: ``markup`` when none of it is text, ``literal`` for a code
    directive's lines, ``text`` for reST)."""
    directive = _DIRECTIVE.match(rest)
    if directive:
        name = directive.group(1).lower()
        if name in NAVIGATION_DIRECTIVES or name in FILE_DIRECTIVES or name in EMBED_DIRECTIVES or name == "meta":  # meta: HTML metadata
            return "", "markup"
        if name in CODE_DIRECTIVES:
            return "", "literal"
        return ("" if name in _ARGUMENT_NOT_TEXT else directive.group(2)), "text"
    footnote = _FOOTNOTE.match(rest)
    if footnote:
        return footnote.group(1), "text"
    if _TARGET.match(rest):
        return "", "markup"
    return None, "markup"


def _block_end(lines: list[str], index: int, indent: int, has_text: bool) -> int:
    """The line after the explicit markup block starting at ``index`` (its lines indented
    more than ``indent``, blank lines within). An empty ``..`` line ends at once."""
    index += 1
    if not has_text and (index >= len(lines) or not lines[index].strip()):
        return index
    while index < len(lines):
        line = lines[index]
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        index += 1
    return index


def _options(lines: list[str], index: int, indent: int, kept: list[str]) -> int:
    """Skip a directive's option lines from ``index`` (with their continuation lines),
    keeping the values of text options."""
    option_indent = None  # the indentation of the option lines, once one is found
    text_option = False
    while index < len(lines):
        line = lines[index]
        line_indent = len(line) - len(line.lstrip())
        field = _FIELD.match(line)
        if field and line_indent > indent and option_indent in (None, line_indent):
            option_indent = line_indent
            text_option = field.group(1).lower() in TEXT_OPTIONS
            if text_option:
                kept.append(line[field.end() :])
        elif option_indent is not None and line.strip() and line_indent > option_indent:
            if text_option:
                kept.append(line)
        else:
            break
        index += 1
    return index


def _list_markers_stripped(line: str) -> str:
    """``line`` without the list markers it starts with that a reader does not see as
    text: bullets and ``#`` enumerators go, a field's name stays without its first colon
    (``Notulis: Budi``, as docutils gives it); numbered enumerators and options are text."""
    text = line.lstrip()
    parts = [line[: len(line) - len(text)]]
    position = 0
    while (marker := _LIST_MARKER.match(text, position)) and marker.end() > position:
        if marker["field"]:
            parts.append(marker.group()[1:])
        elif not marker["bullet"] and not (marker["enumerator"] and "#" in marker["enumerator"]):
            parts.append(marker.group())
        position = marker.end()
    return "".join(parts) + text[position:]


def rst_body(source: str, block: tuple[int, int] | None) -> str:
    """``source`` without its docinfo ``block`` (:func:`docinfo_lines`): what its text comes from."""
    if not block:
        return source
    lines = source.split("\n")
    return "\n".join(lines[: block[0]] + lines[block[1] :])


def docinfo_lines(source: str) -> tuple[int, int] | None:
    """The 0-based lines ``(first, end)`` of the field list at the top of ``source`` (after
    the title and subtitle, if any): the docinfo that docutils reads as metadata."""
    lines = source.split("\n")
    index = _skip_blank(lines, 0)
    for _ in range(2):  # the title, then a subtitle
        start = index + 1 if index < len(lines) and _ADORNMENT.match(lines[index]) else index
        if start + 1 < len(lines) and lines[start].strip() and _ADORNMENT.match(lines[start + 1]):
            index = _skip_blank(lines, start + 2)
    if index >= len(lines) or not _FIELD.match(lines[index]) or lines[index][:1].isspace():
        return None
    first = end = index
    while index < len(lines):
        line = lines[index]
        if _FIELD.match(line) or line[:1].isspace():
            end = index + 1
        elif line.strip():
            break
        index += 1
    return first, end


def field_of_docinfo_line(source: str, block: tuple[int, int], line: int) -> str:
    """The docinfo key that 1-based ``line`` of ``source`` belongs to (``fields.tags``)."""
    lines = source.split("\n")
    for index in range(min(line - 1, block[1] - 1), block[0] - 1, -1):
        field = _FIELD.match(lines[index])
        if field and not lines[index][:1].isspace():
            return f"fields.{field.group(1).lower()}"
    return "fields"


def docinfo_values(source: str, block: tuple[int, int] | None) -> dict[str, str]:
    """The docinfo ``block`` of ``source`` (see :func:`docinfo_lines`) as fields, without
    the parser: each ``:key: value`` (continuation lines joined), keys lower-cased."""
    values: dict[str, str] = {}
    key = None
    for line in source.split("\n")[block[0] : block[1]] if block else ():
        field = _FIELD.match(line)
        if field and not line[:1].isspace():
            key = field.group(1).lower()
            values[key] = line[field.end() :].strip()
        elif key and line.strip():
            values[key] = f"{values[key]} {line.strip()}".strip()
    return values


def first_title(source: str) -> str | None:
    """The first section title of ``source`` (a line underlined by an adornment), or None."""
    match = _TITLE.search(source)
    return match.group(1).strip() if match else None


def _skip_blank(lines: list[str], index: int) -> int:
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index


def parser_costs(source: str) -> tuple[int, int, int]:
    """What reading ``source`` would cost docutils, at most: (the characters its inline
    parser may scan, table cells, the parsers it starts). Each paragraph (lines between blank lines) costs its
    inline start characters times its length; a table's cells are parsed one by one, each
    a paragraph of its own, and counted instead: a grid table's ``|``, a simple table's rows
    times its columns. Lists and other parsers are counted by :func:`parser_starts`."""
    scans = cells = 0
    for block in re.split(r"\n[ \t]*\n", source):
        if not _TABLE_START.match(block):
            scans += len(_INLINE_START.findall(block)) * len(block)
        elif block.lstrip().startswith("+"):
            cells += block.count("|")
        else:
            columns = len(block.lstrip().split("\n", 1)[0].split())
            cells += columns * block.count("\n")
    return scans, cells, parser_starts(source)


def parser_starts(source: str) -> int:
    """The parsers docutils would start for ``source``, each a state machine of its own
    (about half a millisecond), however short what it reads: every bullet, enumerated,
    field, option and definition list (a directive's options too), every run of explicit
    markup (directives, comments, targets, footnotes, one after another at one indentation;
    a substitution definition starts one more) and every line block of more than one line. A
    marker (or a definition's term) starts one unless it continues the list or run of the
    marker above it at its indentation; an item's first line may start lists within it
    (``- - - kata``: three); a line without a marker ends those indented as deep as it or
    deeper. Linear time: one pass over the lines, each marker kept on a stack at most once."""
    started = 0
    open_lists: list[tuple[int, str]] = []  # (indentation, kind) of the lists a line is within
    lines = source.split("\n")
    for number, line in enumerate(lines):
        text = line.lstrip()
        if not text:
            continue
        indent = len(line) - len(text)
        while open_lists and open_lists[-1][0] > indent:
            open_lists.pop()
        following = lines[number + 1] if number + 1 < len(lines) else ""
        markers = _explicit(text, indent) or _markers(text, indent) or _line_block(text, indent, following) or _term(text, indent, following)
        if markers and markers[:1] == open_lists[-1:]:
            markers = markers[1:]  # the next item of an open list
        elif open_lists and open_lists[-1][0] == indent:
            open_lists.pop()  # a paragraph or another kind of list at the list's own level ends it
        started += len(markers)
        open_lists.extend(markers)
    return started


def _explicit(text: str, indent: int) -> list[tuple[int, str]]:
    """The explicit markup ``text`` (a line's text after its ``indent``) starts, as
    (indentation, kind) markers: a substitution definition's own parser after the run's."""
    start = _EXPLICIT_START.match(text)
    if not start:
        return []
    return [(indent, "explicit")] + ([(indent + start.start("substitution"), "substitution")] if start["substitution"] else [])


def _line_block(text: str, indent: int, following: str) -> list[tuple[int, str]]:
    """The line block (at ``indent``) whose line is ``text`` when the ``following`` line is
    not blank: a line block of one line is read without a parser of its own."""
    if not _LINE_BLOCK.match(text) or not following.strip():
        return []
    return [(indent, "line block")]


def _term(text: str, indent: int, following: str) -> list[tuple[int, str]]:
    """The item of a definition list (at ``indent``, of kind ``definition``) whose term is
    ``text`` (a line's text after its ``indent``) when the ``following`` line, with no
    blank line between, is indented more; else none."""
    if not following.strip() or len(following) - len(following.lstrip()) <= indent:
        return []
    return [(indent, "definition")]


def _markers(text: str, indent: int) -> list[tuple[int, str]]:
    """The list markers ``text`` (a line's text after its ``indent``) starts with, each as
    (its indentation, its kind: the bullet, ``enumerator``, ``field`` or ``option``)."""
    markers: list[tuple[int, str]] = []
    position = 0
    while marker := _LIST_MARKER.match(text, position):
        markers.append((indent + position, marker["bullet"] or marker.lastgroup))
        position = marker.end()
        if position == len(text):
            break
    return markers
