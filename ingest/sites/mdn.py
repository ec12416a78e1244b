"""MDN Web Docs (Yari, rari): its pages' KumaScript macros and hidden content, as a reader of the built page sees them.

A macro is ``{{name}}`` or ``{{name(arguments)}}``: a name in any case, arguments quoted
strings or numbers; ``\\{{`` shows the braces themselves. MDN's link macros show a link's
display text, else the item they link to (``{{Glossary("HTML", "bahasa HTML")}}`` is
"bahasa HTML", ``{{domxref("Element")}}`` "Element", ``{{HTMLElement("img")}}`` "<img>",
``{{Interwiki("wikipedia", "HTML")}}`` "HTML"). Sidebars, the previous/next navigation,
embedded live samples and the compatibility and specification tables are no text of the
page and go. Any other macro shows words MDN takes from its own data (a banner, a badge, a
specification's name or status): arsip does not have them, so the macro goes and the page
gets a problem naming it. The patterns are linear: a macro's arguments are on one line,
hold no brace and are at most :data:`_MAX_ARGUMENTS` characters long.

MDN's definition lists (a list item holding the term, its child ``- : `` item the
definition) read as the term, then the definition, not as a nested list whose item starts
with a colon. What MDN hides is no text either: a code block marked ``hidden`` (```` ```css hidden ````,
the part of a live sample a reader is not shown) and, in the old HTML pages, an element of
the class ``hidden`` (``<div class="hidden">``, ``<pre class="brush: css hidden">``).
"""

from __future__ import annotations

import html
import re
from typing import Any, Mapping

from ..document import Problem
from ..markup.pairs import replace_pairs
from ..markup.seams import REMOVED, closed_seams

_MAX_ARGUMENTS = 500
_MACRO = re.compile(r"(\\?)\{\{[ \t]*([A-Za-z][\w-]*)[ \t]*(?:\(([^\n{}]{0,%d}?)\))?[ \t]*\}\}" % _MAX_ARGUMENTS)
#: A fenced code block marked ``hidden`` in its info string, and the fence that closes it.
_HIDDEN_FENCE = (re.compile(r"^ {0,3}(?:`{3,}|~{3,})[^\n`]*\bhidden\b[^\n]*$", re.M), re.compile(r"^ {0,3}(?:`{3,}|~{3,})[ \t]*$", re.M))
#: A definition of MDN's definition lists: the marker ``- :`` of a term's child item.
_DEFINITION = re.compile(r"^([ \t]*)- : ", re.M)
#: An element of the class ``hidden`` in HTML, and its end tag (a ``<div>`` or a ``<pre>``).
_HIDDEN_ELEMENTS = tuple(
    (re.compile(r"<%s\b[^<>]*\bclass=[\"'][^\"'<>]*\bhidden\b[^<>]*>" % tag, re.I), re.compile(r"</%s\s*>" % tag, re.I)) for tag in ("pre", "div")
)
_ARGUMENT = re.compile(r'"([^"]*)"|\'([^\']*)\'|([^,\s"\'][^,]*)')
#: Link macros (names in lower case): the place of the argument that is the link's display
#: text; without it (or when empty) the link shows the item, the first argument (the
#: article, the second, for ``Interwiki``).
_LINKS = {
    **dict.fromkeys(
        (
            "glossary", "domxref", "cssxref", "jsxref", "htmlelement", "svgelement", "mathmlelement", "svgattr",
            "httpheader", "httpmethod", "httpstatus", "webextapiref", "csp", "event", "ariarole", "anch", "htmlattrdef",
        ),
        1,
    ),
    "htmlattrxref": 2,
    "interwiki": 2,
}
#: Link macros whose item is an element, shown as its tag (``<img>``).
_ELEMENTS = frozenset(("htmlelement", "svgelement", "mathmlelement"))
#: Macros that show no text of the page: navigation, embedded examples, tables MDN builds
#: from its compatibility and specification data, icons (and every ``…sidebar``).
_NOT_TEXT = frozenset(
    (
        "compat", "specifications", "embedlivesample", "embedghlivesample", "embedinteractiveexample", "embedyoutube",
        "jsfiddleembed", "livesamplelink", "previous", "next", "previousnext", "previousmenu", "previousmenunext", "nextmenu",
        "quicklinkswithsubpages", "listsubpages", "listsubpagesgrouped", "subpageswithsummaries", "inheritancediagram",
        "cssinfo", "csssyntax", "svginfo", "htmlref", "jsref", "cssref", "apiref", "svgref", "httpref", "xsltref",
        "defaultapisidebar", "toc",
        # badges drawn as icons, their words only for screen readers
        "experimental_inline", "experimentalbadge", "non-standard_inline", "nonstandardbadge", "deprecated_inline",
    )
)


def mdn_markdown(body: str, page: Mapping[str, Any] | None = None) -> str:
    """MDN's ``body`` (Markdown, or an old page's HTML) as a reader sees it: hidden code
    blocks and elements removed, macros as :func:`mdn_macros` shows them."""
    body = _shown_parts(body)
    if "- : " in body:
        body = _DEFINITION.sub(lambda match: "\n" + match.group(1), body)
    return mdn_macros(body)


def _shown_parts(body: str) -> str:
    """``body`` without what MDN hides: code blocks marked ``hidden``, hidden elements."""
    if "hidden" not in body:
        return body
    if "``" in body or "~~" in body:
        body = replace_pairs(body, *_HIDDEN_FENCE, lambda match, inner: "")
    return mdn_html(body)


def mdn_html(markup: str) -> str:
    """MDN's HTML without the elements of the class ``hidden`` (see the module's docstring)."""
    if "hidden" not in markup:
        return markup
    for opener, closer in _HIDDEN_ELEMENTS:
        markup = replace_pairs(markup, opener, closer, lambda match, inner: "")
    return markup


def mdn_macros(body: str) -> str:
    """``body`` with its macros as a reader sees them (see the module's docstring)."""
    if "{{" not in body:
        return body
    return closed_seams(_MACRO.sub(_shown, body))


def mdn_problems(body: str) -> list[Problem]:
    """The macros shown in ``body`` whose words MDN takes from its own data: not read, named."""
    if "{{" not in body:
        return []
    names = [match.group(2) for match in _MACRO.finditer(_shown_parts(body)) if not match.group(1) and _kind(match.group(2)) is None]
    if not names:
        return []
    return [Problem("text", f"{len(names)} MDN macro(s) show words MDN takes from its own data, not read: {', '.join(dict.fromkeys(names))}")]


def _kind(name: str) -> str | None:
    """``link`` or ``not text`` for the macros arsip reads as MDN shows them, else None."""
    lowered = name.lower()
    if lowered in _LINKS:
        return "link"
    return "not text" if lowered in _NOT_TEXT or lowered.endswith("sidebar") else None


def _shown(match: re.Match) -> str:
    """What a macro shows: a link's text, or nothing; an escaped one, itself."""
    if match.group(1):
        return match.group(0)[1:]
    name = match.group(2).lower()
    if name not in _LINKS:
        return REMOVED
    arguments = [html.unescape(a or b or c.strip()) for a, b, c in _ARGUMENT.findall(match.group(3) or "")]
    place = _LINKS[name]
    item = arguments[1] if name == "interwiki" and len(arguments) > 1 else arguments[0] if arguments else ""
    text = arguments[place] if len(arguments) > place and arguments[place] else f"<{item}>" if name in _ELEMENTS and item else item
    return html.escape(text, quote=False) if text else REMOVED
