"""MDX: Markdown with JSX components, ``{expressions}``, ``{/* comments */}`` and module lines.

What is text: a component's children (Markdown) and its props named like text (``title``,
``label``, ``alt``, ``caption``, ``description``, ``text`` …, see :mod:`.parameters`), as
strings (``title="Catatan penting"``) or string expressions (``title={"Catatan"}``); the
labels of a list prop (Nextra's ``<Tabs items={['Windows', 'macOS']}>``); a
string-literal expression ``{"teks"}`` (so ``{" "}`` is a space). What is not: component
names and other props, a text-named prop whose value is an identifier (react.dev's
``<Diagram name="render_tree">``), expressions that are code (``{props.nama}``), comments,
and ``import``/``export`` statements. A fenced block of the language ``mdx-code-block`` is
not code: Docusaurus unwraps it before MDX reads the page (:func:`unwrapped_code_blocks`),
so what it holds is read as MDX. Every scan is linear: braces are paired once per text,
and a tag is scanned at most :data:`MAX_TAG` characters.
"""

from __future__ import annotations

import html
import re
from typing import Callable

from markdown_it.rules_block import fence, heading

from ..markup.pairs import SetAside, code_kept, replace_pairs
from .parameters import HUMAN_PARAMETERS, is_identifier
from ..markup.seams import APART, REMOVED, closed_seams

#: Docusaurus' ``mdx-code-block`` fence, of three backticks then of four, as its preprocessor
#: finds it (``unwrapMdxCodeBlocks`` of ``@docusaurus/utils``): from a line's start, the content
#: up to the first line of only the same fence; a block whose opening line directly follows
#: another's closing line is not unwrapped there either.
_MDX_CODE_BLOCKS = tuple(
    re.compile(r"(^|\r?\n) *%s *mdx-code-block\r?\n(.*?)\r?\n *%s(\r?\n|\Z)" % (fence, fence), re.S) for fence in ("```", "````")
)
#: Longer tags are not read as JSX (they stay text): a bound on the scan from each ``<``.
MAX_TAG = 4096
_COMMENT = (re.compile(r"\{/\*"), re.compile(r"\*/\}"))
_MODULE_LINE = re.compile(r"(?:import|export)\s")
#: What a bracket count skips: string literals and line comments (brackets in them are not code).
_NOT_CODE = re.compile(r""""(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\\n]|\\.)*`|//[^\n]*""")
#: A line that goes on with code left open: indented, or closing a bracket.
_CODE_GOES_ON = re.compile(r"[ \t]|[)\]}]")
_BRACE_SIGNIFICANT = re.compile(r"""[{}"'`\\\n]""")
_TAG_START = re.compile(r"<(/?)(?:([A-Za-z][\w.:-]*)|(?=>))")
_SPACE = re.compile(r"\s*")
_PROP_NAME = re.compile(r"[A-Za-z_$][\w:$.-]*")
_EQUALS = re.compile(r"\s*=\s*")
#: A string literal (a template literal without ``${``).
_LITERAL = r"""(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\$]|\\.|\$(?!\{))*)`)"""
#: An expression that is one string literal.
_STRING_LITERAL = re.compile(r"\s*" + _LITERAL + r"\s*", re.S)
#: An expression that is an array of string literals (``['Windows', 'macOS']``).
_STRING_ARRAY = re.compile(r"\s*\[\s*(?:" + _LITERAL + r"\s*,\s*)*(?:" + _LITERAL + r"\s*)?\]\s*", re.S)
_EACH_LITERAL = re.compile(_LITERAL, re.S)
#: Props whose value is a list of labels shown to a reader: Nextra's ``<Tabs items={[...]}>``.
LABEL_LIST_PROPS = frozenset(("items",))
_ESCAPE = re.compile(r"\\(.)", re.S)


def mdx_comments(text: str) -> str:
    """``{/* comments */}`` removed."""
    return replace_pairs(text, *_COMMENT, lambda match, inner: REMOVED) if "{/*" in text else text


def mdx_html(markup: str) -> str:
    """Raw HTML of an MDX body as BeautifulSoup should see it: comments removed, and each
    ``{expression}`` replaced by its text if it is a string literal, else by nothing
    (as an attribute's value, quoted: ``className={gaya.kotak}`` becomes ``className=""``)."""
    markup = mdx_comments(markup)
    if "{" not in markup:
        return closed_seams(markup)
    braces = brace_ends(markup)
    parts, position = [], 0
    for start in sorted(braces):
        if start < position:
            continue  # inside an expression already replaced
        before = start
        while before > position and markup[before - 1] in " \t\n":
            before -= 1
        text = html.escape(string_literal(markup[start + 1 : braces[start]]) or "")
        is_value = before > position and markup[before - 1] == "="
        parts += [markup[position:start], f'"{text}"' if is_value else text or REMOVED]
        position = braces[start] + 1
    parts.append(markup[position:])
    return closed_seams("".join(parts))


def unwrapped_code_blocks(body: str, page: object = None) -> str:
    """``body`` with each ``mdx-code-block`` fence unwrapped, its content left in its place,
    as Docusaurus does before MDX reads a page (``page``: unused, a syntax's signature)."""
    if "mdx-code-block" not in body:  # (a cheap look before the scans)
        return body
    for pattern in _MDX_CODE_BLOCKS:
        body = pattern.sub(lambda match: match.group(1) + match.group(2) + match.group(3), body)
    return body


def mdx_compared(body: str) -> str:
    """An MDX body as the word check (:func:`~..fidelity.checked_text`) counts it: an
    expression is markup, as its conversion reads it (a string literal is its text, code
    is nothing: ``{props.nama}``, ``onClick={() => buka(!terbuka)}``), except in fenced
    blocks and code spans, which are code kept as written; ``mdx-code-block`` fences are
    unwrapped first, as for the conversion."""
    body = unwrapped_code_blocks(body)
    if "{" not in body:
        return body
    aside = SetAside()
    return aside.restore(mdx_html(code_kept(body, aside.keep)))


def brace_ends(text: str) -> dict[int, int]:
    """Each ``{`` of ``text`` → the position of its matching ``}`` (quotes inside braces are
    strings; a quote ends at its line's end unless it is a template literal)."""
    ends: dict[int, int] = {}
    opened: list[int] = []
    quote = ""
    escaped_until = -1
    for match in _BRACE_SIGNIFICANT.finditer(text):
        position, char = match.start(), match.group()
        if position <= escaped_until:
            continue
        if quote:
            if char == "\\":
                escaped_until = position + 1
            elif char == quote or (char == "\n" and quote != "`"):
                quote = ""
        elif char == "{":
            opened.append(position)
        elif char == "}":
            if opened:
                ends[opened.pop()] = position
        elif opened and char in "\"'`":
            quote = char
    return ends


def string_literal(expression: str) -> str | None:
    """The text of an expression that is one string literal (``"teks"``), else None."""
    match = _STRING_LITERAL.fullmatch(expression)
    if not match:
        return None
    return _unquoted(match)


def string_array(expression: str) -> list[str] | None:
    """The texts of an expression that is an array of string literals, else None."""
    if not _STRING_ARRAY.fullmatch(expression):
        return None
    return [_unquoted(match) for match in _EACH_LITERAL.finditer(expression)]


def _unquoted(match: re.Match) -> str:
    """The text of a matched :data:`_LITERAL`, its escapes undone."""
    return _ESCAPE.sub(r"\1", next(group for group in match.groups() if group is not None))


class JsxTag:
    """A JSX tag scanned from a text: where it ends, its name (empty for a fragment ``<>``),
    whether it closes, and the text of its props named like text."""

    __slots__ = ("end", "name", "closing", "text")

    def __init__(self, end: int, name: str, closing: bool, text: list[str]) -> None:
        self.end, self.name, self.closing, self.text = end, name, closing, text

    @property
    def is_component(self) -> bool:
        """A component (``<Callout>``, ``<Tabs.Item>``) or fragment, not an HTML element."""
        return not self.name or self.name[0].isupper()


def scan_tag(text: str, start: int, braces: dict[int, int]) -> JsxTag | None:
    """The JSX tag at ``text[start]`` (a ``<``), or None when none starts there."""
    head = _TAG_START.match(text, start)
    if not head:
        return None
    closing, name = bool(head.group(1)), head.group(2) or ""
    limit = min(len(text), start + MAX_TAG)
    position, props = head.end(), []
    while position < limit:
        position = _SPACE.match(text, position).end()
        if text.startswith("/>", position) or text.startswith(">", position):
            end = position + (2 if text[position] == "/" else 1)
            return JsxTag(end, name, closing, props)
        if text.startswith("{", position):  # {...spread}
            position = braces.get(position, limit) + 1
            continue
        prop = _PROP_NAME.match(text, position)
        if not prop or not name:
            return None
        position = prop.end()
        equals = _EQUALS.match(text, position)
        if not equals or equals.end() == position:
            continue  # a boolean prop
        value_start = position = equals.end()
        value, position = _prop_value(text, position, limit, braces)
        if value is None:
            return None
        prop_name = prop.group().lower()
        if prop_name in HUMAN_PARAMETERS and value.strip() and not is_identifier(value.strip()):
            props.append(value.strip())
        elif prop_name in LABEL_LIST_PROPS and text.startswith("{", value_start):
            props += [label.strip() for label in string_array(text[value_start + 1 : position - 1]) or () if label.strip()]
    return None


def _prop_value(text: str, position: int, limit: int, braces: dict[int, int]) -> tuple[str | None, int]:
    """A prop's value at ``position``: its text ("" for code) and where it ends."""
    opener = text[position : position + 1]
    if opener in ('"', "'"):
        end = text.find(opener, position + 1, limit)
        return (None, position) if end < 0 else (text[position + 1 : end], end + 1)
    if opener == "{":
        end = braces.get(position, limit)
        if end >= limit:
            return None, position
        return string_literal(text[position + 1 : end]) or "", end + 1
    return None, position


def jsx_components(fragment: str) -> str | None:
    """An HTML block with its JSX component tags (``<Catatan title="...">``) replaced by the
    text of their props, leaving Markdown to parse; None if it has no component."""
    braces = brace_ends(fragment) if "{" in fragment else {}
    parts, position, found = [], 0, False
    start = fragment.find("<")
    while start >= 0:
        tag = scan_tag(fragment, start, braces)
        if tag is not None and tag.is_component:
            found = True
            parts += [fragment[position:start], " ".join(tag.text), "\n"]
            position = tag.end
        start = fragment.find("<", max(start + 1, position))
    return "".join(parts) + fragment[position:] if found else None


def _braces_of(state) -> dict[int, int]:
    """The brace pairs of the inline text being parsed (paired once per text)."""
    cache = state.env.setdefault("mdx_braces", {})
    if state.src not in cache:
        cache[state.src] = brace_ends(state.src)
    return cache[state.src]


def _component_lines(state, start_line: int, end_line: int, silent: bool) -> bool:
    """markdown-it block rule: lines holding only JSX tags — components (``<Tabs>``,
    ``<TabItem label="Python">``, ``</Tabs>``, a tag over several lines) and elements
    (``<div className="flex">``: in MDX 2 and later every tag is JSX, none raw HTML) — are a
    block of their own, as MDX reads JSX: the lines after them are Markdown even without a
    blank line between (an indented fence or list in ``<TabItem>``, an image in a ``<div>``),
    and they end no block of it. The block is raw HTML to the walk, which keeps its props
    that are text."""
    begin = state.bMarks[start_line] + state.tShift[start_line]
    position = _tags_only_end(state, begin)
    if position is None:
        return False
    if silent:
        return True
    line = start_line
    while line < end_line and state.eMarks[line] < position:
        line += 1
    token = state.push("html_block", "", 0)
    token.map = [start_line, line + 1]
    token.content = state.src[state.bMarks[start_line] : position]
    state.line = line + 1
    return True


def _tags_only_end(state, begin: int) -> int | None:
    """Where the line at ``begin`` ends when it holds only JSX tags (one or more, a tag
    perhaps over several lines), else None."""
    if state.src[begin : begin + 1] != "<":
        return None
    braces = _braces_of(state)
    position = begin
    while True:
        tag = scan_tag(state.src, position, braces)
        if tag is None:
            return None
        position = tag.end
        while position < len(state.src) and state.src[position] in " \t":
            position += 1
        if position >= len(state.src) or state.src[position] == "\n":
            return position
        if state.src[position] != "<":
            return None


def _declining_text_after_tags(html_block: Callable) -> Callable:
    """markdown-it's ``html_block`` rule, declining a line that starts with a JSX tag and
    goes on with text after its tags: MDX makes no block of JSX and text on one line, but a
    paragraph whose inline JSX holds Markdown (``<div>Warga **wajib** hadir.</div>`` shows
    "wajib" in bold, where CommonMark makes an HTML block of the line, its stars kept)."""

    def html_block_of_mdx(state, start_line: int, end_line: int, silent: bool) -> bool:
        begin = state.bMarks[start_line] + state.tShift[start_line]
        if state.src[begin : begin + 1] == "<" and scan_tag(state.src, begin, _braces_of(state)) is not None:
            if _tags_only_end(state, begin) is None:
                return False
        return html_block(state, start_line, end_line, silent)

    return html_block_of_mdx


def _module_block(state, start_line: int, end_line: int, silent: bool) -> bool:
    """markdown-it block rule: ``import``/``export`` statements (up to a blank line) are not text."""
    begin = state.bMarks[start_line] + state.tShift[start_line]
    if state.sCount[start_line] >= 4 or state.level > 0:
        return False
    if not _MODULE_LINE.match(state.src, begin):
        return False
    if silent:
        return True
    state.line = module_end(lambda line: state.src[state.bMarks[line] : state.eMarks[line]], start_line, end_line)
    return True


def module_end(line_at: Callable[[int], str], start: int, end: int) -> int:
    """The line after the ``import``/``export`` statement that starts at line ``start``
    (``line_at(n)`` is line ``n``; lines end at ``end``). A statement ends at a blank line,
    as in MDX, unless a bracket it opened is still open and the next line goes on with
    code (indented, or closing a bracket): MDX reads on while the code is incomplete
    (``export const meta = {`` with a blank line between its fields)."""
    depth, line = 0, start
    while line < end:
        text = line_at(line)
        if not text.strip():
            following = line + 1
            while following < end and not line_at(following).strip():
                following += 1
            if depth <= 0 or following >= end or not _CODE_GOES_ON.match(line_at(following)):
                return line
            line = following
            continue
        depth += _open_brackets(text)
        line += 1
    return line


def module_statements_removed(text: str) -> str:
    """``text`` without its ``import``/``export`` statements (each from a line starting
    with ``import`` or ``export``, ending as :func:`module_end` says)."""
    lines = text.split("\n")
    kept, line = [], 0
    while line < len(lines):
        if _MODULE_LINE.match(lines[line] + "\n"):
            line = module_end(lines.__getitem__, line, len(lines))
        else:
            kept.append(lines[line])
            line += 1
    return "\n".join(kept)


def _open_brackets(line: str) -> int:
    """How many more of ``( [ {`` than of ``) ] }`` a line of JavaScript has, outside strings and comments."""
    if "'" in line or '"' in line or "`" in line or "//" in line:
        line = _NOT_CODE.sub("", line)
    return line.count("(") + line.count("[") + line.count("{") - line.count(")") - line.count("]") - line.count("}")


def _comment_inline(state, silent: bool) -> bool:
    """markdown-it inline rule: ``{/* ... */}`` is removed before emphasis can read its stars."""
    if not state.src.startswith("{/*", state.pos):
        return False
    last_ends = state.env.setdefault("mdx_comment_last_end", {})  # one rfind per text, not per "{/*"
    if state.src not in last_ends:
        last_ends[state.src] = state.src.rfind("*/}")
    if last_ends[state.src] < state.pos:
        return False
    end = state.src.find("*/}", state.pos + 3)
    if not silent:
        state.push("text", "", 0).content = REMOVED
    state.pos = end + 3
    return True


def _expression_inline(state, silent: bool) -> bool:
    """markdown-it inline rule: ``{expression}`` is its text when it is a string literal
    (``{" "}``, ``{"teks"}``), else nothing (code)."""
    if state.src[state.pos] != "{":
        return False
    end = _braces_of(state).get(state.pos)
    if end is None or end >= state.posMax:
        return False
    if not silent:
        literal = string_literal(state.src[state.pos + 1 : end])
        state.push("text", "", 0).content = literal or REMOVED
    state.pos = end + 1
    return True


def _component_inline(state, silent: bool) -> bool:
    """markdown-it inline rule: a JSX component tag within a line (``<Badge text="Baru" />``,
    ``<Callout title="...">``) is the text of its props, set apart by spaces."""
    if state.src[state.pos] != "<":
        return False
    tag = scan_tag(state.src, state.pos, _braces_of(state))
    if tag is None or tag.end > state.posMax or not (tag.is_component or "{" in state.src[state.pos : tag.end]):
        return False
    if not silent:
        state.push("text", "", 0).content = APART + " ".join(tag.text) + APART if tag.text else APART
    state.pos = tag.end
    return True


#: The characters at which :func:`mdx_plugin`'s inline rules start (read by markdown_text,
#: whose text rule stops only where some inline rule can start).
MDX_INLINE_CHARACTERS = {"mdx_comment": "{", "mdx_expression": "{", "mdx_component": "<"}


def _at_any_indent(rule: Callable) -> Callable:
    """A markdown-it block rule that also starts four spaces or more in: MDX turns indented
    code off, and with it micromark's limit on how far in a construct may start (a fence
    or heading indented in a component's children, ``<TabItem>`` then ``    ```python``)."""

    def rule_at_any_indent(state, start_line: int, end_line: int, silent: bool) -> bool:
        if state.sCount[start_line] - state.blkIndent < 4:
            return False  # (the rule itself, at its place, reads it)
        outer = state.blkIndent
        state.blkIndent = state.sCount[start_line]  # the construct's own indentation is its margin
        try:
            return rule(state, start_line, end_line, silent)
        finally:
            state.blkIndent = outer

    return rule_at_any_indent


def mdx_plugin(parser) -> None:
    """markdown-it plugin for MDX: module lines, comments, expressions and component tags.
    MDX has no indented code (a component's children are often indented: they are
    Markdown, and a fence or heading there is one); fenced code is code as everywhere."""
    parser.block.ruler.disable("code")
    parser.block.ruler.before("html_block", "mdx_component_lines", _component_lines)
    html_rule = next(found for found in parser.block.ruler.__rules__ if found.name == "html_block")
    parser.block.ruler.at("html_block", _declining_text_after_tags(html_rule.fn), {"alt": list(html_rule.alt)})
    for name, rule in (("fence", fence), ("heading", heading)):
        alternatives = next(found.alt for found in parser.block.ruler.__rules__ if found.name == name)
        parser.block.ruler.before(name, f"mdx_indented_{name}", _at_any_indent(rule), {"alt": list(alternatives)})
    mdx1_plugin(parser)
    parser.inline.ruler.before("emphasis", "mdx_comment", _comment_inline)
    parser.inline.ruler.after("mdx_comment", "mdx_expression", _expression_inline)


def mdx1_plugin(parser) -> None:
    """markdown-it plugin for MDX 1 (Docusaurus 2): module lines and component tags. MDX 1
    reads no expression in Markdown text (braces there are text: ``/pengguna/{id}``, so a
    ``{/* */}`` there is text too) and keeps indented code; a JSX block's ``{…}`` is code."""
    parser.block.ruler.before("paragraph", "mdx_module", _module_block)
    parser.inline.ruler.before("html_inline", "mdx_component", _component_inline)
