"""AsciiDoc inline markup to plain text, as Asciidoctor shows it: passthroughs kept as
written, attribute references replaced by their values, macros by the text they show
(a link's text, an image's alt text, a footnote's text), emphasis markers removed.

Every pattern is linear in the text: a part between markers can never hold the closing
marker, so an opener without a closer costs one scan to the next marker, not to the end.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from ..limits import MAX_EXPANDED_CHARS
from ..markup.plain_paragraphs import keep, restore
from ..markup.seams import REMOVED, closed_seams

#: Asciidoctor's built-in character attributes (``{nbsp}``, ``{plus}`` …).
BUILT_IN_ATTRIBUTES = {
    "blank": "", "empty": "", "sp": " ", "nbsp": "\u00a0", "zwsp": "\u200b", "wj": "\u2060", "apos": "'",
    "quot": '"', "lsquo": "\u2018", "rsquo": "\u2019", "ldquo": "\u201c", "rdquo": "\u201d", "deg": "\u00b0",
    "plus": "+", "brvbar": "\u00a6", "vbar": "|", "amp": "&", "lt": "<", "gt": ">", "startsb": "[", "endsb": "]",
    "caret": "^", "asterisk": "*", "tilde": "~", "backslash": "\\", "backtick": "`", "two-colons": "::",
    "two-semicolons": ";;", "cpp": "C++", "pp": "++",
}
_PASSTHROUGH = re.compile(
    r"\+\+\+((?:[^+]|\+(?!\+\+))*)\+\+\+|\+\+((?:[^+]|\+(?!\+))*)\+\+|\bpass:[a-z,]*\[([^\]]*)\]"
    r"|`\+([^+`]*)\+`|(?<![\w\\+])\+([^+\s](?:[^+\n]*[^+\s])?)\+(?![\w+])"
)
_ATTRIBUTE_REFERENCE = re.compile(r"(\\?)\{(\w[\w-]*)\}")
#: A bibliography entry's anchor (``[[[pustaka]]]``, ``[[[pustaka,Santoso 2019]]]``): shown as its label in brackets.
_BIBLIOGRAPHY_ANCHOR = re.compile(r"\[\[\[([\w:.-]+)(?:,[ \t]*([^\[\]\n]*))?\]\]\]")
_ANCHOR = re.compile(r"\[\[[^\[\]\n]*\]\]|\banchor:[\w-]+\[[^\]\n]*\]|\(\(\([^()\n]*\)\)\)|\bindexterm:\[[^\]\n]*\]|\bicon:[\w-]+\[[^\]\n]*\]")
_URL_WITH_TEXT = re.compile(r"\b((?:https?|ftp|irc)://[^\s\[\]<>]+)\[([^\]\n]*)\]")
_LINK = re.compile(r"\b(?:link|mailto):([^\s\[]*)\[([^\]\n]*)\]")
_XREF = re.compile(r"\bxref:([^\s\[]*)\[([^\]\n]*)\]|<<([^<>,\n]+)(?:,[ \t]*([^<>\n]+))?>>")
_IMAGE = re.compile(r"\bimage:([^\s\[:][^\s\[]*)\[([^\]\n]*)\]")
_TEXT_MACRO = re.compile(r"\b(?:kbd|btn|stem|latexmath|asciimath|indexterm2):\[([^\]\n]*)\]|\(\(([^()\n]+)\)\)")
_MENU = re.compile(r"\bmenu:([^\s\[]+)\[([^\]\n]*)\]")
_FOOTNOTE = re.compile(r"\bfootnote(?:ref)?:([\w-]*)\[([^\]\n]*)\]")
#: A named attribute after the text of a macro (``[Teks, window=_blank]``).
_NAMED_ATTRIBUTE = re.compile(r",[ \t]*\w[\w-]*=")
_ROLE = re.compile(r"\[[.#][\w.#-]*\](?=[#*_`])")
_STRONG = re.compile(r"(\*\*|__|##|``)((?:(?!\1)[^\x00])+)\1")
_CONSTRAINED = re.compile(r"(?<![\w\\])([*_#`])([^\s*_#`](?:[^*_#`\x00]*[^\s*_#`\\])?)\1(?!\w)")
_SUB_SUPER = re.compile(r"(?<!\\)~([^~\s]+)~|(?<!\\)\^([^^\s]+)\^")
_HARD_BREAK = re.compile(r"[ \t]\+$", re.M)
_ESCAPE = re.compile(r"\\(?=[*_`#~^{\[<+(])")
_CHARACTER_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,10}\d{0,2});")


@dataclass
class InlineContext:
    """What inline conversion of one document needs and finds."""

    #: The document's attributes (header and body entries), by lower-case name.
    attributes: dict[str, str] = field(default_factory=dict)
    #: Section and anchor ids of the document → the title a ``<<id>>`` shows.
    titles: dict[str, str] = field(default_factory=dict)
    #: Attribute references that nothing in the file defines, left as written.
    undefined: list[str] = field(default_factory=list)
    #: Attribute → the undefined references its value keeps as written (``:a: {zzz}/x``):
    #: undefined too wherever the attribute is shown.
    dangling: dict[str, list[str]] = field(default_factory=dict)
    #: How many more characters attribute references may add to the document: a long value
    #: referred to many times (or values built from values) would otherwise multiply it.
    budget: int = MAX_EXPANDED_CHARS
    #: True once a reference was left as written because the budget was spent.
    over_budget: bool = False

    @classmethod
    def defining(cls, attributes: dict[str, str], titles: dict[str, str] | None = None) -> InlineContext:
        """A context with ``attributes`` defined in their order (see :meth:`define`)."""
        context = cls(titles=titles or {})
        for name, value in attributes.items():
            context.define(name, value)
        return context

    def define(self, name: str, value: str) -> None:
        """Set attribute ``name``; references in ``value`` to attributes defined before are
        replaced, as Asciidoctor replaces them where the entry stands."""
        dangling: list[str] = []
        if "{" in value:
            value = _ATTRIBUTE_REFERENCE.sub(lambda match: self._value_in_value(match, dangling), value)
        self.attributes[name] = value
        if dangling:
            self.dangling[name] = list(dict.fromkeys(dangling))
        else:
            self.dangling.pop(name, None)

    def _value_in_value(self, match: re.Match, dangling: list[str]) -> str:
        """What a reference in an attribute's value becomes; an undefined one (or one to an
        attribute whose value keeps undefined ones) is noted in ``dangling``."""
        value = self.value_of(match)
        name = match.group(2).lower()
        if value is None and not match.group(1) and not self.over_budget and name not in self.attributes and name not in BUILT_IN_ATTRIBUTES:
            dangling.append(name)
        dangling.extend(self.dangling.get(name, ()) if value is not None else ())
        return match.group(0) if value is None else value

    def shown(self, name: str) -> None:
        """Note that attribute ``name``'s value is shown: the undefined references it keeps are undefined here."""
        for missing in self.dangling.get(name, ()):
            if missing not in self.undefined:
                self.undefined.append(missing)

    def value_of(self, match: re.Match) -> str | None:
        """The value a reference (matched by :data:`_ATTRIBUTE_REFERENCE`, not escaped)
        shows, charged to the budget; None when it is not defined or the budget is spent."""
        name = match.group(2).lower()
        value = self.attributes.get(name, BUILT_IN_ATTRIBUTES.get(name))
        if value is None or match.group(1):
            return None
        self.budget -= len(value)
        if self.budget < 0:
            self.over_budget = True
            return None
        return value


def inline_text(text: str, context: InlineContext) -> str:
    """The text ``text`` (one paragraph) shows, its inline markup applied."""
    kept: list[str] = []
    if "+" in text or "pass:" in text:
        text = _PASSTHROUGH.sub(lambda match: keep(kept, next(group for group in match.groups() if group is not None)), text)
    if "{" in text:
        text = _ATTRIBUTE_REFERENCE.sub(lambda match: _attribute(match, context, kept), text)
    if "[" in text or "((" in text or "<<" in text:
        text = closed_seams(_macros(text, context, kept))  # before emphasis, whose marks look at the characters beside them
    if "[" in text:
        text = _ROLE.sub("", text)
    text = _STRONG.sub(r"\2", text)
    for _ in range(2):  # a constrained pair inside another: the inner one first
        text = _CONSTRAINED.sub(r"\2", text)
    if "~" in text or "^" in text:
        text = _SUB_SUPER.sub(lambda match: match.group(1) or match.group(2), text)
    if "+" in text:
        text = _HARD_BREAK.sub("", text)
    if "\\" in text:
        text = _ESCAPE.sub("", text)
    if "&" in text:
        text = _CHARACTER_REFERENCE.sub(lambda match: html.unescape(match.group(0)), text)
    return restore(text, kept)


def _attribute(match: re.Match, context: InlineContext, kept: list[str]) -> str:
    name = match.group(2).lower()
    if match.group(1):  # \{name}: written as it is
        return keep(kept, match.group(0)[1:])
    value = context.value_of(match)
    if value is not None:
        if context.dangling:
            context.shown(name)
        return value
    if name not in context.attributes and name not in BUILT_IN_ATTRIBUTES and name not in context.undefined:
        context.undefined.append(name)
    return keep(kept, match.group(0))  # Asciidoctor shows an undefined reference as written


def _macros(text: str, context: InlineContext, kept: list[str]) -> str:
    if "[[[" in text:
        text = _BIBLIOGRAPHY_ANCHOR.sub(lambda match: keep(kept, f"[{match.group(2) or match.group(1)}]"), text)
    text = _ANCHOR.sub(REMOVED, text)
    text = _URL_WITH_TEXT.sub(lambda match: shown_text(match.group(2)) or keep(kept, match.group(1)), text)
    text = _LINK.sub(lambda match: shown_text(match.group(2)) or keep(kept, match.group(1)), text)
    text = _XREF.sub(lambda match: _reference(match, context), text)
    text = _IMAGE.sub(lambda match: image_alt_text(match.group(2)) or REMOVED, text)
    text = _TEXT_MACRO.sub(lambda match: match.group(1) if match.group(1) is not None else match.group(2), text)
    text = _MENU.sub(lambda match: " > ".join([match.group(1), *filter(None, (item.strip() for item in match.group(2).split(">")))]), text)
    return _FOOTNOTE.sub(lambda match: f" ({match.group(2)})" if match.group(2) else REMOVED, text)


def shown_text(attributes: str) -> str:
    """The text a macro's attribute list shows: its first positional attribute (``[Teks
    tautan, window=_blank]`` and ``[Teks tautan^]`` → ``Teks tautan``), unquoted."""
    named = _NAMED_ATTRIBUTE.search(attributes)
    text = (attributes[: named.start()] if named else attributes).strip()
    text = text[:-1].rstrip() if text.endswith("^") else text  # ``^``: opens in a new window
    if len(text) > 1 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1]
    return text


def image_alt_text(attributes: str) -> str:
    """An image macro's alt text (its first attribute, before any comma)."""
    text = shown_text(attributes)
    return text if text[:1] in "\"'" else text.split(",", 1)[0].strip()


def _reference(match: re.Match, context: InlineContext) -> str:
    """What a cross reference shows: its text, else the title of a section or anchor of
    this document it points to, else its target (another page is not read)."""
    if match.group(1) is not None:
        text, target = shown_text(match.group(2)), match.group(1)
    else:
        text, target = (match.group(4) or "").strip(), match.group(3).strip()
    if text:
        return text
    page, _, fragment = target.partition("#")
    if page.endswith(".adoc"):  # another page (Antora's ``modul:halaman.adoc``): its name
        return page.rsplit("/", 1)[-1].rsplit(":", 1)[-1].removesuffix(".adoc")
    return context.titles.get(fragment or page, f"[{fragment or page}]")
