"""Org inline markup to plain text, as Org's HTML export shows it: a link is its
description (else its target), emphasis markers go (``*tebal*``, ``/miring/``,
``_garis_``, ``+coret+``; ``=kode=`` and ``~kode~`` kept verbatim inside), footnote
references go and inline footnotes keep their text, timestamps lose their brackets.

Every pattern is linear in the text: the part between two markers never holds the marker,
so an opener without a closer costs one scan to the next marker.
"""

from __future__ import annotations

import re

from ..markup.plain_paragraphs import keep, restore
from ..markup.seams import REMOVED, closed_seams

#: Org's emphasis: a marker after the line's start, a space or one of ``-({'"``; its
#: contents neither start nor end with a space; the closing marker before the end, a
#: space or one of ``-.,;:!?')}["\``.
_PRE = r"(?<![^\s\-({'\"\x00])"
_POST = r"(?![^\s\-.,;:!?')}\[\"\\\x00])"
_VERBATIM = re.compile(_PRE + r"([=~])(?=\S)((?:(?!\1)[^\n])*?(?<=\S))\1" + _POST)
_EMPHASIS = re.compile(_PRE + r"([*/_+])(?=[^\s])((?:(?!\1)[^\n])*?(?<=\S))\1" + _POST)
_LINK = re.compile(r"\[\[([^\[\]]+)\](?:\[([^\[\]]*)\])?\]")
_IMAGE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)$", re.I)
_FOOTNOTE = re.compile(r"\[fn:[\w-]*(?::([^\[\]]*))?\]")
_EXPORT_SNIPPET = re.compile(r"@@[\w-]+:[^@]*@@")
_INLINE_SOURCE = re.compile(r"\bsrc_[\w-]+(?:\[[^\[\]\n]*\])?\{([^{}\n]*)\}")
_MACRO = re.compile(r"\{\{\{([\w-]+)(?:\(([^()\n]*)\))?\}\}\}")
_TARGET = re.compile(r"<<<?([^<>\n]+)>>>?")
_TIMESTAMP = re.compile(r"[<\[](\d{4}-\d{2}-\d{2}(?: [^<>\[\]\n]{0,40})?)[>\]]")
_COOKIE = re.compile(r"\[\d*(?:%|/\d*)\]")
_LINE_BREAK = re.compile(r"\\\\[ \t]*$", re.M)


def org_inline_text(text: str, keywords: dict[str, str] | None = None) -> str:
    """The text ``text`` (one paragraph, heading or cell) shows; ``keywords`` are the file's
    ``#+KEY:`` values, for macros such as ``{{{title}}}``."""
    kept: list[str] = []
    if "@@" in text:
        text = _EXPORT_SNIPPET.sub(REMOVED, text)
    if "src_" in text:
        text = _INLINE_SOURCE.sub(lambda match: keep(kept, match.group(1)), text)
    if "=" in text or "~" in text:
        text = _VERBATIM.sub(lambda match: keep(kept, match.group(2)), text)
    if "[[" in text:
        text = _LINK.sub(lambda match: keep(kept, link_text(match.group(1), match.group(2))), text)
    if "[" in text:
        text = _COOKIE.sub(REMOVED, _FOOTNOTE.sub(lambda match: f" ({match.group(1)})" if match.group(1) else REMOVED, text))
        text = _TIMESTAMP.sub(r"\1", text)
    text = closed_seams(text)  # before emphasis, whose markers look at the characters beside them
    if "<" in text:
        text = _TARGET.sub(r"\1", _TIMESTAMP.sub(r"\1", text))
    if "{{{" in text:
        text = _MACRO.sub(lambda match: _macro(match, keywords or {}), text)
    for _ in range(2):  # one emphasis inside another: the inner one first
        text = _EMPHASIS.sub(lambda match: match.group(2), text)
    if "\\\\" in text:
        text = _LINE_BREAK.sub("", text)
    return restore(text, kept)


def link_text(target: str, description: str | None) -> str:
    """What a link shows: its description (its emphasis removed), else its target, less an
    internal link's ``*``/``#``; an image shows nothing (its file name is no text)."""
    if description is not None and description.strip():
        return org_inline_text(description)
    target = target.strip()
    if _IMAGE.search(target):
        return ""
    if target[:1] in "*#":
        return target[1:].strip()
    return target.removeprefix("file:")


def _macro(match: re.Match, keywords: dict[str, str]) -> str:
    name, arguments = match.group(1).lower(), match.group(2)
    if name in ("title", "author", "date", "email"):
        return keywords.get(name, "")
    return arguments or ""
