"""Raw HTML in a Hugo site's Markdown, as Goldmark renders it.

Hugo's Goldmark shows no raw HTML unless the site sets ``markup.goldmark.renderer.unsafe =
true`` (the default is false since Hugo 0.60, gohugo.io "Configure markup"): each block of
raw HTML becomes ``<!-- raw HTML omitted -->``, so the published page shows none of its
text. A shortcode's content written between ``{{< x >}}`` and ``{{< /x >}}`` is not Markdown
(Hugo gives it to the shortcode's template as written): its HTML is shown.
Inline raw HTML is omitted too, but a tag shows no text of its own (see
:mod:`...markup.markdown`): its words around it stay.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any, Mapping

from markdown_it import MarkdownIt

from ...document import Problem
from ...markup.html import html_to_text
from ..parameters import HUGO_PARAMETERS
from .config import setting

#: CommonMark's blocks only (Goldmark follows CommonMark): where the raw HTML blocks are.
_BLOCKS = MarkdownIt("commonmark").disable("inline")
#: A shortcode tag written with ``<`` delimiters: whether it closes, its name.
_ANGLE_SHORTCODE = re.compile(r"\{\{<-?\s*(/?)\s*([\w./-]+)" + HUGO_PARAMETERS + r"\s*-?>\}\}")
#: A raw HTML block's first tag name (``div`` of ``<div class="peta">``).
_FIRST_TAG = re.compile(r"<([A-Za-z][\w-]*)")
#: A line that starts a raw HTML block (up to three spaces, or a quote's ``>``, before ``<``).
_HTML_LINE = re.compile(r"^[ \t>]*<", re.M)


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
    blank (not those of a ``{{< x >}}`` shortcode's content), and a problem naming the
    blocks left out that held text."""
    kept, reason = _omitted(body)
    return kept, [Problem("text", reason)] if reason else []


@lru_cache(maxsize=4)  # (the text and the body it is compared with are both read from one body)
def _omitted(body: str) -> tuple[str, str | None]:
    if "<" not in body or not _HTML_LINE.search(body):
        return body, None  # no line starts with a tag: no raw HTML block
    lines = body.split("\n")
    starts = _line_starts(lines)
    shown = _shortcode_contents(body)
    left_out: dict[str, int] = {}
    words = 0
    for token in _BLOCKS.parse(body):
        if token.type != "html_block" or not token.map or _inside(starts[token.map[0]], shown):
            continue
        text = html_to_text(token.content)
        if text:
            tag = _FIRST_TAG.search(token.content)
            name = f"<{tag.group(1).lower()}>" if tag else "HTML"
            left_out[name] = left_out.get(name, 0) + 1
            words += len(text.split())
        lines[token.map[0] : token.map[1]] = [""] * (token.map[1] - token.map[0])
    if not left_out:
        return "\n".join(lines), None
    listed = ", ".join(f"{name} ({count})" for name, count in left_out.items())
    reason = (
        f"{sum(left_out.values())} raw HTML block(s) of {words} word(s) left out, as Hugo's Goldmark omits raw HTML "
        f"unless markup.goldmark.renderer.unsafe is true: {listed}"
    )
    return "\n".join(lines), reason


def _line_starts(lines: list[str]) -> list[int]:
    """Where each of ``lines`` starts in their text (joined by new lines)."""
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    return starts


def _shortcode_contents(body: str) -> list[tuple[int, int]]:
    """Where the contents of the ``{{< x >}}`` … ``{{< /x >}}`` shortcodes of ``body`` lie (a
    closing tag closes the last open one of its name), as sorted spans that do not overlap."""
    if "{{<" not in body:
        return []
    open_tags: dict[str, list[int]] = {}
    contents: list[tuple[int, int]] = []
    for match in _ANGLE_SHORTCODE.finditer(body):
        closing, name = match.group(1), match.group(2)
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
