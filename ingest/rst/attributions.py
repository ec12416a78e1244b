"""The attribution of a block quote (``-- Pramoedya Ananta Toer`` under an epigraph), as
docutils' HTML writer shows it.

docutils reads a quote's line starting with ``--``, ``---`` or an em dash, after a blank
line and some of the quote's text, at the quote's own indentation, as its attribution
(``docutils/parsers/rst/states.py``, ``Body.split_attribution``; the content of
``.. epigraph::``, ``.. highlights::`` and ``.. pull-quote::`` is a block quote too), and
drops the dash; its HTML writers show an em dash again, with no space, before the
attribution (``docutils/writers/_html_base.py``, ``HTMLTranslator.visit_attribution``: the
``attribution`` setting's default, ``dash``), as do Sphinx, Nikola and Pelican, which
render with them: ``—Pramoedya Ananta Toer``.
Plain regular expressions only: importing this module never imports docutils.
"""

from __future__ import annotations

import re

#: What docutils' HTML writers show before an attribution.
ATTRIBUTION_DASH = "\u2014"
#: The dash an attribution starts with and the spaces after it (docutils' ``attribution_pattern``).
_ATTRIBUTION = re.compile("(---?(?!-)|\u2014) *(?=[^ \\n])")
#: A line that may be an attribution: indented, after a blank line, starting so.
ATTRIBUTION_CANDIDATE = re.compile("\n[ \t]*\n[ \t]+(?:---?(?!-)|\u2014) *[^ \n]")


def dash_attributions(lines: list[str], start: int, end: int) -> None:
    """Show in ``lines[start:end]``, the lines of a block quote (blank lines within), each
    attribution's first line as docutils' HTML writer shows it (``—Pramoedya``): a line at
    the quote's indentation, after a blank line and a line of the quote's text, starting
    with a dash, and whose lines after it, up to a blank line, share one indentation (else
    docutils reads it as text). A quote goes on after its attribution, its own text first."""
    indent = min((len(line) - len(line.lstrip()) for line in lines[start:end] if line.strip()), default=0)
    text_seen = blank_before = False
    index = start
    while index < end:
        line = lines[index]
        if not line.strip():
            blank_before = True
            index += 1
            continue
        dash = _ATTRIBUTION.match(line, indent) if text_seen and blank_before and len(line) - len(line.lstrip()) == indent else None
        after = _attribution_end(lines, index, end) if dash else None
        if after is not None:
            lines[index] = line[:indent] + ATTRIBUTION_DASH + line[dash.end():]
            text_seen, index = False, after
        else:
            text_seen, index = True, index + 1
        blank_before = False


def _attribution_end(lines: list[str], index: int, end: int) -> int | None:
    """The line after the attribution starting at ``lines[index]`` (at the first blank line,
    or ``end``), None when its lines after the first are not indented alike."""
    indents = set()
    index += 1
    while index < end and lines[index].strip():
        indents.add(len(lines[index]) - len(lines[index].lstrip()))
        index += 1
    return index if len(indents) <= 1 else None
