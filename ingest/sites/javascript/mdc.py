"""MDC, the Markdown of Nuxt Content: its components, as the rendered page shows them.

Nuxt Content reads its pages' Markdown with MDC syntax: a block component opens on a line of
its own with two colons or more and its name (``::alert{type="info"}``, ``:::tabs-item{label="npm"}``
nested in a ``::tabs``), perhaps its props as YAML between ``---`` lines right under it, and
closes on a line of as many colons (``::``); a slot is named on a line of its own
(``#title``); an inline component is ``:name[its content]{props}`` (``:badge[Baru]{color="green"}``);
attributes in braces follow a span, a link, an image, emphasis or code
(``[penting]{.merah}``, ``**tebal**{style="…"}``, ``` `kode`{lang="ts"} ```); ``{{ $doc.judul }}``
shows a front matter value of the page. What a component shows of its own is its code's,
but its content is the page's Markdown, and its props named like text (``title``,
``label``, ``judul`` …: see :mod:`..parameters`; not ``name``, an icon's) are words it shows; so the markup goes,
the content is read as Markdown, and those props stand where the component opens. Code
(fenced and inline) is left as written.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from ...markup.pairs import SetAside, all_code_kept
from ...markup.seams import REMOVED, closed_seams, set_apart
from ..parameters import HUMAN_PARAMETERS, parameter_text

#: The props named like text, but ``name``, which names an icon or an element in Vue's
#: components (``:icon{name="i-lucide-info"}``).
_TEXT_PROPS = HUMAN_PARAMETERS - {"name"}

#: A block component's opening line: its colons, name and props (``::card{title="Kartu"}``).
_BLOCK_OPEN = re.compile(r"^[ \t]*:{2,}[A-Za-z][\w-]*[ \t]*(?:\{(?P<props>[^\n]*)\})?[ \t]*$")
#: A block component's closing line, and a slot's name on a line of its own.
_BLOCK_CLOSE = re.compile(r"^[ \t]*:{2,}[ \t]*$")
_SLOT = re.compile(r"^[ \t]*#[A-Za-z][\w-]*[ \t]*$")
#: An inline component with content or props (``:badge[Baru]{color="green"}``, ``:icon{name="x"}``),
#: not a colon inside a word, a time or an address.
_INLINE = re.compile(r"(?<![\w:/]):[A-Za-z][\w-]*(?:\[(?P<content>[^\]\n]*)\](?:\{(?P<props>[^}\n]*)\})?|\{(?P<only>[^}\n]*)\})")
#: A span with attributes (``[penting]{.merah}``), and attributes after a link, an image,
#: emphasis or code set aside (``\x00``: its placeholder's end).
_SPAN = re.compile(r"(?<![!\]\w])\[(?P<text>[^\]\n]*)\]\{[^}\n]*\}")
_ATTRIBUTES = re.compile(r"(?<=[)*_\x00])\{[ \t]*[.#\w][^}\n]*\}")
#: A binding of a front matter value (``{{ $doc.judul }}``, ``{{ $doc.judul || 'Tanpa judul' }}``).
_BINDING = re.compile(r"""\{\{\s*\$doc\.(?P<key>[\w-]+)\s*(?:\|\|\s*(?P<quote>['"])(?P<default>[^'"\n]*)(?P=quote)\s*)?\}\}""")


def mdc_markdown(body: str, page: Mapping[str, Any] | None = None) -> str:
    """``body`` (a Nuxt Content page's Markdown, with its front matter ``page``) with MDC's
    markup read as the module says."""
    if "::" not in body and "{" not in body and "[" not in body:
        return body  # (every MDC mark holds "::" — a block —, "{" — props, a binding — or "[" — an inline component's content)
    aside = SetAside()
    body = all_code_kept(body, aside.keep)
    if "::" in body:
        body = _blocks_read(body)
    if "{{" in body:
        body = _BINDING.sub(lambda match: _bound(match, page or {}), body)
    body = _INLINE.sub(_inline_text, body)
    body = _SPAN.sub(lambda match: match.group("text"), body)
    body = _ATTRIBUTES.sub(REMOVED, body)
    return aside.restore(closed_seams(body))


def _blocks_read(body: str) -> str:
    """``body`` with each block component's opening line made the text of its props (or a
    blank line), its YAML props, its slots' names and its closing line gone."""
    lines = body.split("\n")
    out: list[str] = []
    index = depth = 0
    while index < len(lines):
        line = lines[index]
        opening = _BLOCK_OPEN.match(line)
        if opening:
            depth += 1
            out += ["", " ".join(parameter_text(opening.group("props") or "", text_names=_TEXT_PROPS)), ""]
            if index + 1 < len(lines) and lines[index + 1].strip() == "---":  # its props as YAML
                end = next((later for later in range(index + 2, len(lines)) if lines[later].strip() == "---"), None)
                index = end if end is not None else index
        elif depth and (_BLOCK_CLOSE.match(line) or _SLOT.match(line)):
            depth -= _BLOCK_CLOSE.match(line) is not None
            out.append("")
        else:
            out.append(line)
        index += 1
    return "\n".join(out)


def _bound(match: re.Match, page: Mapping[str, Any]) -> str:
    """What a ``{{ $doc.key }}`` binding shows: the page's value, else its default."""
    value = page.get(match.group("key"))
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    return match.group("default") or REMOVED


def _inline_text(match: re.Match) -> str:
    """What an inline component shows of the page: its content, else its props named like text."""
    if match.group("content") is not None:
        return match.group("content")
    return set_apart(" ".join(parameter_text(match.group("only") or "", text_names=_TEXT_PROPS)))
