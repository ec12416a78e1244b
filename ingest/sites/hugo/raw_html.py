"""Raw HTML in a Hugo site's Markdown, as Goldmark renders it.

Hugo's Goldmark shows no raw HTML unless the site sets ``markup.goldmark.renderer.unsafe =
true`` (the default is false since Hugo 0.60, gohugo.io "Configure markup"): each block of
raw HTML becomes ``<!-- raw HTML omitted -->``, so the published page shows none of its
text, and so does each inline tag (Goldmark's ``renderRawHTML``; its inline parser reads
one tag, comment, processing instruction, declaration or CDATA section at a time, as
CommonMark does): an image's alt text is lost, a ``<br>`` breaks no line, and the text
between an opening and a closing tag (``<kbd>Ctrl</kbd>``, even ``<script>``'s) is shown
as text. Code spans are text, not HTML. A shortcode is not Markdown: its tag's parameters
are not read by Goldmark, nor is the content written between ``{{< x >}}`` and
``{{< /x >}}`` (Hugo gives it to the shortcode's template as written): its HTML is shown.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from typing import Any, Iterator, Mapping

from markdown_it import MarkdownIt

from ...document import Problem
from ...markup.html import html_to_text
from ...markup.seams import REMOVED
from ..parameters import HUGO_PARAMETERS
from .config import setting

#: CommonMark's blocks only (Goldmark follows CommonMark): where the raw HTML blocks are.
_BLOCKS = MarkdownIt("commonmark").disable("inline")
#: A shortcode tag: its delimiter (``<`` or ``%``), whether it closes, its name.
_SHORTCODE = re.compile(r"\{\{([<%])-?\s*(/?)\s*([\w./-]+)" + HUGO_PARAMETERS + r"\s*-?[>%]\}\}")
#: A raw HTML block's first tag name (``div`` of ``<div class="peta">``).
_FIRST_TAG = re.compile(r"<([A-Za-z][\w-]*)")
#: Where raw HTML, a block or inline, can start.
_HTML_START = re.compile(r"<[A-Za-z/!?]")
#: Goldmark's inline raw HTML (``parser/raw_html.go``): an opening tag (its name in group
#: 1), a closing tag, a comment, a processing instruction, a declaration, a CDATA section.
_ATTRIBUTE = r"""(?:\s+[a-zA-Z_:][a-zA-Z0-9:._-]*(?:\s*=\s*(?:[^"'=<>`\x00-\x20]+|'[^']*'|"[^"]*"))?)"""
_INLINE_HTML = re.compile(
    r"<([A-Za-z][A-Za-z0-9-]*)" + _ATTRIBUTE + r"*\s*/?>|</[A-Za-z][A-Za-z0-9-]*\s*>"
    r"|<!---->|<!--(?:-?[^>-])(?:-?[^-])*-->|<\?[^\n]*?\?>|<![A-Z]+\s+[^>\n]*>|<!\[CDATA\[[\s\S]*?\]\]>"
)
#: What the inline parser reads before raw HTML: a backslash escape, a run of backticks
#: (a code span's start), or a ``<``.
_INLINE_MARK = re.compile(r"\\.|`+|<", re.S)
#: Inline tags that show text of their own (an image its alt text).
_TEXT_TAGS = frozenset(("img",))


def raw_html_omitted(config: Mapping[str, Any]) -> bool:
    """True when the site's Markdown renderer omits raw HTML: Goldmark (Hugo's default,
    ``markup.defaultMarkdownHandler``) without ``markup.goldmark.renderer.unsafe = true``.
    A configuration written for Hugo before 0.60 (a top-level ``blackfriday`` table, its
    Markdown settings then, and no ``markup``) was built with Blackfriday, which shows raw HTML."""
    if setting(config, "markup") is None and setting(config, "blackfriday") is not None:
        return False
    handler = setting(config, "markup", "defaultmarkdownhandler")
    if handler is not None and str(handler).lower() != "goldmark":
        return False
    return setting(config, "markup", "goldmark", "renderer", "unsafe") is not True


def goldmark_raw_html(body: str) -> tuple[str, list[Problem]]:
    """``body`` as Goldmark without ``unsafe`` shows it: the lines of each raw HTML block
    blank and each inline tag removed (not in a shortcode's tag or a ``{{< x >}}``
    shortcode's content), and a problem naming what was left out that held text."""
    kept, reason = _omitted(body)
    return kept, [Problem("text", reason)] if reason else []


class _LeftOut:
    """The raw HTML left out of a body that held text: blocks by their first tag, inline
    tags by name, and the words of each kind."""

    def __init__(self) -> None:
        self.blocks: Counter[str] = Counter()
        self.tags: Counter[str] = Counter()
        self.block_words = self.tag_words = 0

    def block(self, html: str) -> None:
        """A raw HTML block left out."""
        text = html_to_text(html)
        if text:
            tag = _FIRST_TAG.search(html)
            self.blocks[f"<{tag.group(1).lower()}>" if tag else "HTML"] += 1
            self.block_words += len(text.split())

    def tag(self, html: str, name: str) -> None:
        """An inline tag named ``name`` (empty for a closing tag, a comment …) left out."""
        text = html_to_text(html) if name in _TEXT_TAGS else ""
        if text:
            self.tags[f"inline <{name}>"] += 1
            self.tag_words += len(text.split())

    def reason(self) -> str | None:
        """The problem's reason, None when nothing that held text was left out."""
        what = []
        if self.blocks:
            what.append(f"{self.blocks.total()} raw HTML block(s) of {self.block_words} word(s)")
        if self.tags:
            what.append(f"{self.tags.total()} inline raw HTML tag(s) of {self.tag_words} word(s)")
        if not what:
            return None
        listed = ", ".join(f"{name} ({count})" for name, count in (self.blocks + self.tags).items())
        return f"{' and '.join(what)} left out, as Hugo's Goldmark omits raw HTML unless markup.goldmark.renderer.unsafe is true: {listed}"


@lru_cache(maxsize=4)  # (the text and the body it is compared with are both read from one body)
def _omitted(body: str) -> tuple[str, str | None]:
    if "<" not in body or not _HTML_START.search(body):
        return body, None  # nothing starts a tag: no raw HTML
    lines = body.split("\n")
    starts = _line_starts(lines)
    shown = _shortcode_spans(body)
    left_out = _LeftOut()
    for token in _BLOCKS.parse(body):
        if not token.map:
            continue
        first, last = token.map
        if token.type == "html_block" and not _inside(starts[first], shown):
            left_out.block(token.content)
            lines[first:last] = [""] * (last - first)
        elif token.type == "inline" and "<" in token.content:
            lines[first:last] = _inline_omitted("\n".join(lines[first:last]), starts[first], shown, left_out).split("\n")
    return "\n".join(lines), left_out.reason()


def _inline_omitted(source: str, start: int, shown: list[tuple[int, int]], left_out: _LeftOut) -> str:
    """The source of a block's inline content (at ``start`` in its body) with each raw HTML
    tag outside ``shown`` left out: :data:`~...markup.seams.REMOVED` in its place, so the
    words on both sides meet as the page shows them, and the block's lines stay as they are."""
    parts, done = [], 0
    for tag in _inline_tags(source):
        if _inside(start + tag.start(), shown):
            continue
        left_out.tag(tag.group(), (tag.group(1) or "").lower())
        parts += [source[done : tag.start()], REMOVED]
        done = tag.end()
    return "".join(parts) + source[done:] if parts else source


def _inline_tags(source: str) -> Iterator[re.Match]:
    """The inline raw HTML of ``source`` as Goldmark reads it, left to right: not inside a
    code span (a run of backticks up to the next run of as many) nor escaped (``\\<b>``)."""
    position = 0
    while mark := _INLINE_MARK.search(source, position):
        position = mark.end()
        if mark.group()[0] == "`":
            closing = re.compile(rf"(?<!`){mark.group()}(?!`)").search(source, position)
            position = closing.end() if closing else position  # (no closing run: the backticks are text)
        elif mark.group() == "<" and (tag := _INLINE_HTML.match(source, mark.start())):
            yield tag
            position = tag.end()


def _line_starts(lines: list[str]) -> list[int]:
    """Where each of ``lines`` starts in their text (joined by new lines)."""
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    return starts


def _shortcode_spans(body: str) -> list[tuple[int, int]]:
    """Where Goldmark does not read ``body``: its shortcodes' tags and the contents of its
    ``{{< x >}}`` … ``{{< /x >}}`` shortcodes (a closing tag closes the last open one of its
    name), as sorted spans that do not overlap."""
    if "{{" not in body:
        return []
    open_tags: dict[str, list[int]] = {}
    contents: list[tuple[int, int]] = []
    for match in _SHORTCODE.finditer(body):
        delimiter, closing, name = match.groups()[:3]
        contents.append(match.span())
        if delimiter != "<":
            continue
        if not closing:
            open_tags.setdefault(name, []).append(match.end())
        elif open_tags.get(name):
            contents.append((open_tags[name].pop(), match.start()))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(contents):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``position`` lies inside one of ``spans`` (sorted, not overlapping)."""
    index = bisect.bisect_right(spans, position, key=lambda span: span[0]) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]
