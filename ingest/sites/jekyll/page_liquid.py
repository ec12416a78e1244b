"""A Jekyll page's Liquid tags and outputs read in page order, as Liquid renders them, so
that a variable the page sets has its value where it is output.

- ``{% assign x = … %}`` gives ``x`` the value of its expression (a string or number
  literal, a ``page.`` or ``site.`` value, a variable set before, through the filters arsip
  applies: :func:`~.outputs.output_value`); ``{% capture x %}…{% endcapture %}`` the text it
  captures, its own tags and outputs rendered there. An output after it shows that value
  (``{{ judul | upcase }}``, ``{{ page.date | date: format }}``); before it, the variable
  is nil, which shows nothing, as in Liquid.
- What arsip does not know stays not known (:data:`~.outputs.NOT_KNOWN`): an expression
  it cannot evaluate or with a filter it does not apply, a loop's variable (``{% for post
  in … %}``, ``tablerow``, ``increment``, ``decrement``), and a variable set inside an
  ``if``, ``unless``, ``case`` or loop block when the page sets it elsewhere too (which of
  its values stands depends on a condition arsip does not evaluate; arsip shows every
  branch's text, so a variable set once, in a branch, has that value).
- A code block set aside before (a ``highlight`` block's content, given as ``code``) is
  read where the block stands, as Jekyll renders it (``HighlightBlock#render`` highlights
  what Liquid's ``Block#render``, ``super``, renders of its body): its outputs show the
  values they have there, one arsip does not know nothing (code is verbatim, and not read
  for problems); a tag that shows nothing (``assign``, ``if``, ``for``, ``case``…) is
  removed, with the whitespace its ``{%-``/``-%}`` trims, and sets what it sets, for the
  code after it and the page after the block; another tag (an include not read into the
  page, a plugin's) stays as written.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Callable, Mapping

from ...markup.pairs import replace_pairs
from ...markup.seams import REMOVED
from .dates import UnknownDate
from .outputs import NOT_KNOWN, Unknown, output_text, output_value, unapplied_filters

#: ``{% capture catatan %}`` … ``{% endcapture %}``: the variable it sets.
LIQUID_CAPTURE = (re.compile(r"\{%-?\s*capture\s+([\w-]+)\s*-?%\}"), re.compile(r"\{%-?\s*endcapture\s*-?%\}"))
#: The tags that set a variable of a page's Liquid: ``assign``, ``capture``, a loop's
#: ``for x in``, ``increment`` and ``decrement``; the kind and the variable's name.
LIQUID_SETS = re.compile(r"\{%-?\s*(assign|capture|for|tablerow|increment|decrement)\s+([\w-]+)")
#: An output of a variable without filters (a filter may show text of nothing, ``| default:
#: "…"``, ``| size``): the variable's first name (``judul`` of ``{{ judul.teks }}``).
_PLAIN_VARIABLE = re.compile(r"^([A-Za-z_][\w-]*)(?:\.[\w-]+)*$")
#: The variable an output starts with, before its filters (``ketua`` of ``{{ ketua | default: "…" }}``).
_FIRST_VARIABLE = re.compile(r"([A-Za-z_][\w-]*)(?:\.[\w-]+)*\s*\|")
#: The variables Jekyll gives every page's Liquid (its ``UnifiedPayloadDrop``, an include's
#: ``include``, a loop's ``forloop``), and Liquid's literals.
JEKYLL_GLOBALS = frozenset(
    "site page layout content paginator jekyll theme highlighter_prefix highlighter_suffix include forloop tablerowloop "
    "true false nil null empty blank".split()
)
#: A Liquid output, ``{{ expression }}``: its expression.
LIQUID_OUTPUT = re.compile(r"\{\{-?\s*([^{}]*?)\s*-?\}\}")
#: In page order: where a capture was taken out (its number), a tag (an output inside it,
#: ``{% include {{ page.sisipan }} %}``, is part of it), an output and its expression, or
#: where a text was set aside (:class:`~...markup.pairs.SetAside`: its number).
_IN_ORDER = re.compile(r"\x00capture(\d+)\x00|(\{%(?:[^%{}]|%(?!\})|\{\{[^{}]*\}\})*%\})|" + LIQUID_OUTPUT.pattern + r"|\x00(\d+)\x00")
#: ``{% assign x = expression %}``: the variable and the expression.
_ASSIGN = re.compile(r"\{%-?\s*assign\s+([\w-]+)\s*=\s*((?:[^%]|%(?!\}))*?)\s*-?%\}")
#: A loop's variable (``for``, ``tablerow``) or a counter (``increment``, ``decrement``).
_LOOP = re.compile(r"\{%-?\s*(?:for|tablerow|increment|decrement)\s+([\w-]+)")
#: A tag opening or closing a block whose content runs on a condition or repeats.
_BLOCK = re.compile(r"\{%-?\s*(end)?(?:if|unless|case|for|tablerow)\b")
#: A tag of Liquid's that shows nothing itself: it sets a variable, or chooses or repeats text.
_SHOWS_NOTHING = re.compile(r"\{%-?\s*(?:assign|if|elsif|else|endif|unless|endunless|case|when|endcase|for|endfor|break|continue)\b")
#: The whitespace Liquid's whitespace control trims: before ``{%-`` and ``{{-``, after ``-%}`` and ``-}}``.
_TRIMMED = re.compile(r"(?<!\s)\s+(?=\{[{%]-)|(?<=-[%}]\})\s+")

#: Told of each output as it is read: the output's match (where it stands in the text
#: ``match.string``), its expression, and what it shows, None when arsip does not know it.
OutputSeen = Callable[[re.Match, str, "str | None"], None]


def set_variables(body: str) -> frozenset[str]:
    """The variables the Liquid of ``body`` sets (:data:`LIQUID_SETS`)."""
    return frozenset(name for _, name in LIQUID_SETS.findall(body)) if "{%" in body else frozenset()


def unset(expression: str, variables: frozenset[str]) -> bool:
    """Whether the output ``expression`` is a variable without filters Jekyll gives no
    value, so shows nothing: one neither Jekyll (:data:`JEKYLL_GLOBALS`) nor the page (``variables``) sets."""
    variable = _PLAIN_VARIABLE.match(expression)
    return variable is not None and variable.group(1) not in JEKYLL_GLOBALS and variable.group(1) not in variables


class PageLiquid:
    """The Liquid of a page with front matter ``page`` in a site with settings ``site``,
    read in page order (:meth:`rendered`); ``seen`` is told of each output. ``code`` holds
    the code blocks set aside by their number (see the module): each is given its outputs'
    values where it stands."""

    def __init__(
        self, page: Mapping[str, Any], site: Mapping[str, str | None] | None, seen: OutputSeen | None = None, code: dict[int, str] | None = None
    ) -> None:
        self.page, self.site, self.seen = page, site, seen
        self.code = code if code is not None else {}
        self.names: frozenset[str] = frozenset()
        #: Variables the page sets more than once: one set in a block is then not known.
        self.reset: frozenset[str] = frozenset()
        self.values: dict[str, Any] = {}
        self.captures: list[tuple[str, str]] = []
        self.depth = 0
        #: Reading a code block: what is removed leaves no seam mark.
        self.in_code = False

    def rendered(self, body: str) -> str:
        """``body`` with its tags removed (:data:`~..markup.seams.REMOVED`) and its outputs
        shown, in page order; an output arsip does not know is removed too."""
        sets = [found for text in (body, *self.code.values()) if "{%" in text for found in LIQUID_SETS.findall(text)]
        counts = Counter(name for _, name in sets)
        self.names = frozenset(counts)
        self.reset = frozenset(name for name, count in counts.items() if count > 1)
        self.values = dict.fromkeys(self.names)  # (nil until set, as in Liquid)
        self.values.update((name, NOT_KNOWN) for kind, name in sets if kind not in ("assign", "capture"))  # (a loop's: named wherever it is output)
        self.captures, self.depth = [], 0
        return self._in_order(body)

    def _in_order(self, body: str) -> str:
        """``body`` read from its start: its captures, tags and outputs in turn."""
        if "endcapture" in body:
            body = replace_pairs(body, *LIQUID_CAPTURE, self._taken_out)
        return _IN_ORDER.sub(self._read, body)

    def _taken_out(self, match: re.Match, inner: str) -> str:
        self.captures.append((match.group(1), inner))
        return f"\x00capture{len(self.captures) - 1}\x00"

    def _read(self, match: re.Match) -> str:
        """What one capture, tag or output shows (see the module), its variables set; a code
        block set aside stays so, its Liquid read (:meth:`_code_rendered`)."""
        removed = "" if self.in_code else REMOVED
        if match.group(1) is not None:
            name, inner = self.captures[int(match.group(1))]
            self._set(name, self._in_order(inner))
            return removed
        if match.group(2) is not None:
            self._tag(match.group(2))
            return match.group(2) if self.in_code and not _SHOWS_NOTHING.match(match.group(2)) else removed
        if match.group(4) is not None:
            index = int(match.group(4))
            if index in self.code:
                self.code[index] = self._code_rendered(self.code[index])
            return match.group(0)
        if self.in_code:
            return self._shown(match.group(3)) or ""
        shown = self._shown(match.group(3))
        if self.seen is not None:
            self.seen(match, match.group(3), shown)
        return REMOVED if shown is None else shown

    def _code_rendered(self, code: str) -> str:
        """A code block's content read where it stands (see the module)."""
        self.in_code = True
        try:
            return self._in_order(_TRIMMED.sub("", code) if "-" in code else code)
        finally:
            self.in_code = False

    def _tag(self, tag: str) -> None:
        """Set what the tag ``tag`` sets, follow the blocks it opens and closes, and read the
        outputs inside it."""
        assign = _ASSIGN.match(tag)
        if assign:
            self._set(assign.group(1), self._evaluated(assign.group(2)))
        loop = _LOOP.match(tag)
        if loop:
            self.values[loop.group(1)] = NOT_KNOWN
        block = _BLOCK.match(tag)
        if block:
            self.depth += -1 if block.group(1) else 1
        if self.seen is not None and "{{" in tag:
            for output in LIQUID_OUTPUT.finditer(tag):
                self.seen(output, output.group(1), self._shown(output.group(1)))

    def _evaluated(self, expression: str) -> Any:
        """The value an ``{% assign %}`` gives: its expression's, :data:`~.outputs.NOT_KNOWN`
        when arsip does not know it or does not apply one of its filters."""
        if unapplied_filters(expression):
            return NOT_KNOWN
        try:
            return output_value(expression, self.page, self.site, self.values)
        except (Unknown, UnknownDate):
            return NOT_KNOWN

    def _set(self, name: str, value: Any) -> None:
        self.values[name] = NOT_KNOWN if self.depth > 0 and name in self.reset else value

    def _shown(self, expression: str) -> str | None:
        """What the output ``expression`` shows here, None when arsip does not know it."""
        if unset(expression, self.names):
            return ""
        values = self.values
        first = _FIRST_VARIABLE.match(expression) if "|" in expression else None
        if first and first.group(1) not in JEKYLL_GLOBALS and first.group(1) not in self.names:
            values = {**values, first.group(1): None}  # (nil, as Liquid gives it to its filters: ``| default: "…"`` shows its argument)
        return output_text(expression, self.page, self.site, values)
