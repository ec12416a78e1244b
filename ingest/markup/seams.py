"""Where markup within a line is removed, the text on both sides meets as a sentence.

A site's markup that stands for something not read as text — an icon (Hugo's
``{{< icon "x" >}}``, MkDocs' ``:material-home:``, an ``<img>`` without alt text), an
embed, a Liquid tag, a JSX expression that is code, a footnote marker — leaves the spaces
that set it apart from the words around it. Each place that removes such markup leaves
:data:`REMOVED` (or :data:`APART`) instead, and :func:`closed_seams` then closes each seam
by one rule: punctuation right after the removed markup joins the word before it
(``desa {{< icon "x" >}}.`` is ``desa.``), and a word right after it joins an opening
bracket right before it (``({{< icon "x" >}} libur)`` is ``(libur)``); Markdown's
emphasis marks count as such punctuation and brackets (``**Catatan {{< icon "x" >}}**:``
stays strong, ``**Catatan**:``). Nothing else
changes: spaces the author wrote between words and punctuation (``harga : Rp 5.000``)
stay, as do those between a removed thing and punctuation (``desa <Ikon /> :``), and
words never join. At a line's start its indentation stays as it was (it is Markdown's
structure). The marks are Unicode noncharacters, reserved for a program's own use.
"""

from __future__ import annotations

import re

#: Left where markup was removed: the words on both sides meet as they are written.
REMOVED = "\ufdd0"
#: Left where markup was removed that sets the words on both sides apart (a JSX tag:
#: ``desa<Ikon />kantor`` is ``desa kantor``).
APART = "\ufdd1"
#: A run of removals, the spaces and tabs between and after them (a run starts at a removal,
#: so a long run of spaces is not tried from each of its spaces: the spaces before it are
#: found by looking back once).
_RUN = re.compile("[\ufdd0\ufdd1](?:[ \t]*[\ufdd0\ufdd1])*[ \t]*")
#: Punctuation that follows a word without a space, and brackets a word follows so.
_CLOSING = frozenset(".,;:!?)]}»”’…")
_OPENING = frozenset("([{«“‘")
#: Markdown's emphasis marks: closing ones join the word before as punctuation does.
_EMPHASIS = frozenset("*_~")


def set_apart(text: str) -> str:
    """``text`` in place of markup, set apart from the words right before and after it
    (``{{< tab "Linux" >}}Jalankan`` is ``Linux Jalankan``), never indenting a line; no
    text is a removal."""
    return APART + text + APART if text else REMOVED


def closed_seams(text: str) -> str:
    """``text`` with each :data:`REMOVED` and :data:`APART` gone, its seam closed as the
    module says."""
    if REMOVED not in text and APART not in text:
        return text
    parts, position = [], 0
    for match in _RUN.finditer(text):
        start = match.start()
        while start > position and text[start - 1] in " \t":
            start -= 1
        parts += [text[position:start], _closed(text, start, match.end())]
        position = match.end()
    parts.append(text[position:])
    return "".join(parts)


def _closed(text: str, start: int, end: int) -> str:
    """What the run of removals and spaces ``text[start:end]`` leaves."""
    run = text[start:end]
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    spaces = run.replace(REMOVED, "").replace(APART, "")
    if before in "\r\n":
        return spaces  # a line's indentation, or a line of only removed markup
    if (after in _CLOSING or _closes_emphasis(text, end)) and run[-1] not in " \t":
        return ""
    if (before in _OPENING or _opens_emphasis(text, start)) and run[0] not in " \t" and after not in "\r\n":
        return ""
    return spaces or (" " if APART in run and after not in "\r\n" else "")


def _closes_emphasis(text: str, end: int) -> bool:
    """True when Markdown emphasis marks (``*``, ``_``, ``~``) start at ``end`` and close
    there: a space, punctuation or the line's end follows them (``**Catatan {{< icon >}}**:``
    is ``**Catatan**:``, strong, where a space before the marks would leave them as text)."""
    marks = end
    while marks < len(text) and text[marks] in _EMPHASIS:
        marks += 1
    return marks > end and (marks == len(text) or text[marks].isspace() or text[marks] in _CLOSING)


def _opens_emphasis(text: str, start: int) -> bool:
    """True when Markdown emphasis marks end at ``start`` and open there: a space, an
    opening bracket or the line's start is before them."""
    marks = start
    while marks > 0 and text[marks - 1] in _EMPHASIS:
        marks -= 1
    return marks < start and (marks == 0 or text[marks - 1].isspace() or text[marks - 1] in _OPENING)
