"""Markdown body to plain text for indexing, paragraphs kept (markdown-it-py token stream).

The body is parsed once by a CommonMark parser (with tables, strikethrough, footnotes and
definition lists) and its tokens are walked: text is kept, markup is not. Code (fenced,
indented, inline, at any depth) is kept verbatim and never read as HTML; raw HTML is
converted one block or inline tag at a time, so an unclosed tag cannot swallow the rest.
What belongs to one site generator (Liquid, Hugo shortcodes, MDX) is handled by its
:class:`~arsip.ingest.sites.syntax.Syntax`, given as ``syntax``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any, Mapping

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin

from ..document import Problem
from ..fidelity import bracketed_letters_joined, markup_free
from .html import html_to_text, image_alt, tidy_text, verbatim_block
from ..sites.mdx import MDX_INLINE_CHARACTERS
from .seams import REMOVED, closed_seams
from ..sites.syntax import Syntax, syntax_of

#: A heading's attributes at its end (``## Unduhan {#unduh .penting}``: Hugo's Goldmark,
#: kramdown, Pandoc, MkDocs' attr_list): an id or class first, so ``{hacker, coder}`` stays.
_HEADING_ATTRIBUTES = re.compile(r"[ \t]*\{[#.][^{}\n]*\}[ \t]*$")
_FOOTNOTE_MARKER = re.compile(r"\[\^[^\]\s\[]{1,100}\]")
#: A paragraph of only ``===`` or ``---`` (a rule the author drew, not a setext underline).
_RULE_TEXT = re.compile(r"^\s*[-=_*~]{3,}\s*$")
_INLINE_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
#: Inline elements whose content is not text (their tags arrive one html_inline token each).
_HIDDEN_INLINE = frozenset(("script", "style", "noscript", "template", "iframe", "svg"))
#: Block tokens that start and end a paragraph of the text.
_PARAGRAPH_BREAKS = frozenset(
    "heading blockquote table bullet_list ordered_list dl footnote_reference footnote_block admonition admonition_title".split()
)
#: A GitHub alert's marker: the first line of a quote (``> [!NOTE]``), not text.
_GITHUB_ALERT = re.compile(r"^\[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING)\][ \t]*\n?", re.I)
#: A ``:::`` container's opening line (Docusaurus, VitePress, Pandoc): its kind, then a title
#: in brackets (``:::tip[Kiat]``) or as the rest of the line, unless that is attributes.
_CONTAINER_TITLE = re.compile(r"^\s*[\w-]*\s*(?:\[([^\]\n]*)\]|([^=\{\}\n]*))")
_LINE_BREAKS = frozenset(("tr_close", "list_item_close", "dt_close", "dd_close"))
#: markdown-it's default: the contents of blocks deeper than this are skipped by the parser
#: (and read conservatively here, see :func:`_too_deep`); link labels cost up to this many
#: steps per bracket.
_MAX_NESTING = 20
_NEWLINES = re.compile(r"\r\n?")
#: Link targets whose normalized form is valid for markdown-it whatever follows (a web,
#: root-relative, fragment or dot-relative address): hrefs are never read, so these need
#: no normalizing; others are normalized as usual, since that decides their validity.
_PLAIN_LINK = re.compile(r"https?://|[/#.]", re.I)
#: The characters at which each inline rule can act: where it starts, and "]", where a link's
#: label ends (the link rules find it by skipping tokens). Text without them is plain for
#: every rule, so markdown-it's text rule need not stop at each "-", ":" or "=" it keeps for
#: extensions, and an inline token without them needs no inline parsing at all.
_INLINE_RULE_CHARACTERS = {
    "text": "",
    "newline": "\n",
    "escape": "\\",
    "backticks": "`",
    "strikethrough": "~",
    "emphasis": "*_",
    "link": "[]",
    "image": "![]",
    "footnote_ref": "[]",
    "autolink": "<",
    "html_inline": "<",
    "entity": "&",
    **MDX_INLINE_CHARACTERS,
}
#: markdown-it's whitespace around emphasis delimiters (``isWhiteSpace``); the start and end
#: of the inline content count as whitespace too.
_MARKDOWN_SPACE = "\t\n\x0b\x0c\r \xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
#: For a character of :data:`_INLINE_RULE_CHARACTERS`, the rules that act at it and a
#: pattern of the places where they can: elsewhere each of them leaves the character as
#: text, so content where the pattern finds nothing is as plain as content without it.
_WHERE_RULES_ACT = {
    # a run of stars with whitespace on both sides is neither left- nor right-flanking
    "*": ({"emphasis"}, rf"\*(?<=[^{_MARKDOWN_SPACE}*]\*)|\*(?<!\*\*)\**+(?=[^{_MARKDOWN_SPACE}*])"),
    # a run of underscores between letters or digits can neither open nor close emphasis
    "_": ({"emphasis"}, r"_(?<!\w_)|_(?!\w)"),
    # an entity is ``&#`` or ``&`` and a name; any other ``&`` is text
    "&": ({"entity"}, r"&(?=[#\w])"),
    # an image starts at ``![``
    "!": ({"image"}, r"!(?=\[)"),
    # strikethrough takes runs of two tildes or more
    "~": ({"strikethrough"}, r"~~"),
}
#: Where links, images and footnote markers can start in content of a body without
#: reference definitions: a label right before its target, and ``[^``.
_LINKS_WITHOUT_REFERENCES = ({"link", "image", "footnote_ref"}, r"\]\(|\[\^")
#: A link or image with a label of one line and a target without spaces, brackets,
#: parentheses, backslashes, ``<``, backticks or control characters, and no title (the
#: label's characters and the target's start are checked in :func:`_linked_tokens`).
_SIMPLE_LINK = re.compile(r"(!?)\[([^\[\]\n^][^\[\]\n]*)\]\(([^\s()<>\\\[\]`\x00-\x1f\x7f]+)\)")
#: markdown-it's newline rule: spaces before a line break go (two or more make it a hard
#: break, which is a new line here too), spaces and tabs after it are skipped. The spaces
#: are only tried from the first of a run (none before it): a run not ending at a line
#: break fails there once, not again from each of its spaces (the square of its length).
_LINE_BREAK = re.compile(r"(?:(?<! ) +)?\n[ \t]*")


#: Block rules that can only start at one of these marks: a body without any of them is
#: parsed without the rule, which could only fail there, line after line.
_BLOCK_RULE_MARKS = {
    "table": ("|",),
    "fence": ("```", "~~~"),
    "blockquote": (">",),
    "html_block": ("<",),
    "heading": ("#",),
    "footnote_def": ("[^",),
    "admonition": ("!!!", "???"),
    "container_any": (":::",),
}
def _unused_block_rules(source: str) -> frozenset[str]:
    """The block rules of :data:`_BLOCK_RULE_MARKS` that cannot start anywhere in ``source``."""
    return frozenset(rule for rule, marks in _BLOCK_RULE_MARKS.items() if not any(mark in source for mark in marks))


@lru_cache(maxsize=None)
def _parser(syntax: Syntax, unused_block_rules: frozenset[str] = frozenset()) -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING}).enable(["table", "strikethrough"])
    parser.core.ruler.at("normalize", _normalize)
    parser.use(footnote_plugin, inline=False, move_to_end=False).use(deflist_plugin)
    # admonitions (MkDocs ``!!! note "Judul"``) and ``:::`` containers are markup in every
    # generator that has them; their contents are Markdown like the rest
    parser.use(admon_plugin).use(container_plugin, "any", validate=lambda params, *_: True)
    parser.inline.ruler.at("footnote_ref", _footnote_marker)
    normalize = parser.normalizeLink
    parser.normalizeLink = lambda url: url if _PLAIN_LINK.match(url) else normalize(url)
    for plugin in syntax.markdown_plugins:
        parser.use(plugin)
    characters = _inline_rule_characters(parser)
    if characters is not None:  # else a rule whose characters are unknown: parse as markdown-it does
        parser.inline.ruler.at("text", partial(_text, _character_class(characters)))
        parser.core.ruler.at("inline", partial(_inline_core, _Specials.of(parser)))
    parser.block.ruler.disable(list(unused_block_rules), ignoreInvalid=True)
    return parser


def _normalize(state) -> None:
    """markdown-it core rule: line endings as ``\\n`` and NUL characters as U+FFFD, as
    markdown-it's own rule makes them, without rewriting a text that has neither."""
    source = state.src
    if "\r" in source:
        source = source.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in source:
        source = source.replace("\0", "\ufffd")
    state.src = source


def _inline_rule_characters(parser: MarkdownIt) -> set[str] | None:
    """The characters the parser's inline rules act at, or None if a rule is not known."""
    rules = parser.inline.ruler.get_active_rules()
    if any(rule not in _INLINE_RULE_CHARACTERS for rule in rules):
        return None
    return {character for rule in rules for character in _INLINE_RULE_CHARACTERS[rule]}


def _character_class(characters: set[str]) -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(sorted(characters))) + "]")


@dataclass(frozen=True)
class _Specials:
    """Where a parser's inline rules (all of them known) can act in an inline token's content."""

    #: Every character a rule acts at.
    anywhere: re.Pattern[str]
    #: Where a rule can act (see :data:`_WHERE_RULES_ACT`), in a body without reference definitions.
    in_text: re.Pattern[str]
    #: The same in a body with reference definitions (any bracket may start a link).
    in_text_with_references: re.Pattern[str]
    #: Where a rule can act in the label of a simple link and between links (see
    #: :func:`_linked_tokens`): the text there is parsed in its context, so every star counts.
    in_links: re.Pattern[str]

    @classmethod
    def of(cls, parser: MarkdownIt) -> _Specials:
        rules = parser.inline.ruler.get_active_rules()
        acting: dict[str, set[str]] = {}
        for rule in rules:
            for character in _INLINE_RULE_CHARACTERS[rule]:
                acting.setdefault(character, set()).add(rule)
        acting.pop("\n", None)  # line breaks are read by :func:`_line_breaks`
        brackets = {"[": _LINKS_WITHOUT_REFERENCES, "]": _LINKS_WITHOUT_REFERENCES}
        in_links = {character: found for character, found in _WHERE_RULES_ACT.items() if character != "*"}
        return cls(
            _character_class(set(acting)),
            _where_rules_act(acting, {**_WHERE_RULES_ACT, **brackets}),
            _where_rules_act(acting, _WHERE_RULES_ACT),
            _where_rules_act(acting, in_links),
        )


def _where_rules_act(acting: dict[str, set[str]], known: dict[str, tuple[set[str], str]]) -> re.Pattern[str]:
    """A pattern of the places where the rules ``acting`` at each character can act: for a
    character whose rules are all in ``known``, its pattern there; for the others, anywhere."""
    places, anywhere = [], set()
    for character, rules in acting.items():
        found = known.get(character)
        if found is not None and rules <= found[0]:
            if found[1] not in places:  # the brackets share one
                places.append(found[1])
        else:
            anywhere.add(character)
    places += sorted(re.escape(character) for character in anywhere)  # alternatives starting with a literal: searched fast
    return re.compile("|".join(places) or "(?!)")


def _text(stops: re.Pattern[str], state, silent: bool) -> bool:
    """markdown-it inline rule: text up to the next character where another rule can act
    (markdown-it's own rule, with ``stops`` instead of every character kept for extensions)."""
    stop = stops.search(state.src, state.pos, state.posMax)
    end = stop.start() if stop else state.posMax
    if end == state.pos:
        return False
    if not silent:
        state.append_pending(state.src[state.pos : end])
    state.pos = end
    return True


def _inline_core(specials: _Specials, state) -> None:
    """markdown-it core rule: each inline token's children. Plain content (see
    :func:`_plain_text`) becomes one text token, with line breaks as new lines, and content
    with only simple links and images their tokens (see :func:`_linked_tokens`), without
    inline parsing."""
    parser = state.md
    in_text = specials.in_text_with_references if "references" in state.env else specials.in_text
    for token in state.tokens:
        if token.type != "inline":
            continue
        text = _plain_text(token.content, in_text, specials.anywhere)
        linked = _linked_tokens(token.content, specials.in_links) if text is None and "](" in token.content else None
        if text is not None:
            token.children = [Token("text", "", 0, content=text)] if text else []
        elif linked is not None:
            token.children = linked
        else:
            if token.children is None:
                token.children = []
            parser.inline.parse(token.content, parser, state.env, token.children)


def _plain_text(content: str, in_text: re.Pattern[str], anywhere: re.Pattern[str]) -> str | None:
    """The text the inline parser makes of ``content`` when it is plain, else None. Plain:
    no place where an inline rule can act (``in_text``), or no character any rule acts at
    (``anywhere``) but the stars of a leading ``**strong**`` span followed by the end or a
    space (``**Tempat** : Balai desa``): its stars (emphasis) can only open and close that
    span, since nothing but a line's start is before it and a space after it."""
    if in_text.search(content) is None:
        return _line_breaks(content)
    if content.startswith("**"):
        close = anywhere.search(content, 2)
        if close and content.startswith("**", close.start()) and not anywhere.search(content, close.start() + 2):
            inner, rest = content[2 : close.start()], content[close.start() + 2 :]
            if inner and not inner[0].isspace() and not inner[-1].isspace() and rest[:1] in ("", " ", "\t", "\n"):
                return _line_breaks(inner + rest)
    return None


def _linked_tokens(content: str, special: re.Pattern[str]) -> list[Token] | None:
    """The tokens the inline parser makes of ``content`` where no inline rule can act
    (``special`` finds where one can, see :attr:`_Specials.in_links`) but those of simple
    links and images, as far as the text is concerned, else None. Simple: ``[label](target)``
    or ``![alt](target)`` with a label of one line where no rule can act (nothing in it is
    markup, nor can it start a footnote marker) and a target
    without spaces, brackets, parentheses, backslashes, ``<``, backticks or control
    characters that markdown-it keeps as it is (:data:`_PLAIN_LINK`), so it is always a
    valid link, and no title. A link is its label between link tokens, an image an image
    token with its alt text; the text between them is plain: the tokens the parser makes."""
    tokens: list[Token] = []
    end = 0
    for link in _SIMPLE_LINK.finditer(content):
        between, label = content[end : link.start()], link.group(2)
        if special.search(between) or special.search(label) or not _PLAIN_LINK.match(link.group(3)):
            return None
        if between:
            tokens.append(Token("text", "", 0, content=_line_breaks(between)))
        if link.group(1):
            tokens.append(Token("image", "img", 0, children=[Token("text", "", 0, content=label)]))
        else:
            tokens += [Token("link_open", "a", 1), Token("text", "", 0, content=label), Token("link_close", "a", -1)]
        end = link.end()
    if not tokens or special.search(content, end):
        return None
    if end < len(content):
        tokens.append(Token("text", "", 0, content=_line_breaks(content[end:])))
    return tokens


def _line_breaks(text: str) -> str:
    return _LINE_BREAK.sub("\n", text) if "\n" in text else text


def _footnote_marker(state, silent: bool) -> bool:
    """markdown-it inline rule: a ``[^label]`` marker is removed, defined or not.

    It replaces the footnote plugin's rule, which scans to the end of the paragraph from
    every ``[^`` (quadratic on a body of repeated ``[^``)."""
    match = _FOOTNOTE_MARKER.match(state.src, state.pos, state.posMax)
    if not match:
        return False
    if not silent:
        state.push("text", "", 0).content = REMOVED
    state.pos = match.end()
    return True


def markdown_to_text(
    body: str, page: Mapping[str, Any] | None = None, syntax: Syntax | str = "markdown", problems: list[Problem] | None = None
) -> str:
    """Plain text of a Markdown body.

    ``syntax`` is the site generator's syntax (or its name): Jekyll renders
    ``{{ page.x }}`` from ``page`` (the front matter) and drops other Liquid; an unknown
    generator keeps ``{{ ... }}`` as text. Images become their alt text and title, links
    their text, tables one line per row, footnotes their text without the markers.
    Quotes and lists nested deeper than the parser reads are converted conservatively,
    with a problem added to ``problems``.
    """
    syntax = syntax_of(syntax)
    if syntax.markdown_raw_html is not None:
        body, omitted = syntax.markdown_raw_html(body)
        if problems is not None:
            problems.extend(omitted)
    if syntax.body_problems is not None and problems is not None:
        problems.extend(syntax.body_problems(body, page or {}))
    too_deep = _TooDeep()
    text = _parsed_text(syntax.prepare_markdown(body, page or {}), syntax, too_deep)
    if too_deep.count and problems is not None:
        problems.append(
            Problem("text", f"{too_deep.count} part(s) nested more than {_MAX_NESTING} quotes or lists deep were read conservatively (markup stripped, every word kept)")
        )
    return text


class _TooDeep:
    """The parts of a body nested deeper than the parser reads (it skips their contents):
    their source lines are converted conservatively instead, and counted."""

    def __init__(self) -> None:
        self.count = 0
        self._lines: dict[str, list[str]] = {}  # per source, split once however many parts

    @staticmethod
    def starts_at(tokens: list[Token], index: int) -> bool:
        """True when ``tokens[index]`` opens a quote or list item at the nesting limit whose
        contents were skipped (it is closed right after it opens)."""
        token = tokens[index]
        return token.nesting == 1 and token.level >= _MAX_NESTING - 1 and bool(token.map) and tokens[index + 1].nesting == -1

    def text(self, source: str, line_range: list[int]) -> str:
        """The source lines ``line_range`` (as markdown-it numbers them), markup stripped."""
        if source not in self._lines:
            self._lines[source] = _NEWLINES.sub("\n", source).split("\n")
        self.count += 1
        return markup_free("\n".join(self._lines[source][line_range[0] : line_range[1]]))


def _parsed_text(source: str, syntax: Syntax, too_deep: _TooDeep, *, keep_marks: bool = False) -> str:
    parts: list[str] = []
    _blocks(_parser(syntax, _unused_block_rules(source)).parse(source), parts, syntax, source, too_deep)
    return tidy_text(closed_seams("".join(parts)), keep_marks=keep_marks)


def _html_block_text(fragment: str, syntax: Syntax, too_deep: _TooDeep) -> str:
    """A raw HTML block's text; the Markdown its generator reads in it is read as Markdown
    (MDX's JSX components' children, kramdown's ``markdown="1"`` elements)."""
    markdown = syntax.html_markdown(fragment) if syntax.html_markdown is not None else None
    if markdown is not None:
        return _parsed_text(markdown, syntax, too_deep, keep_marks=True)
    return syntax.html_text(fragment, keep_marks=True)


def _blocks(tokens: list[Token], parts: list[str], syntax: Syntax, source: str, too_deep: _TooDeep) -> None:
    for index, token in enumerate(tokens):
        kind = token.type
        if token.nesting == 1 and too_deep.starts_at(tokens, index):
            parts.append(f"\n\n{too_deep.text(source, token.map)}\n\n")
        elif kind == "inline":
            if index and tokens[index - 1].type == "admonition_title_open" and '"' not in tokens[index - 2].info:
                continue  # a title the plugin made from the admonition's kind, not the author's
            text = _inline(token.children or [], syntax)
            if index > 1 and tokens[index - 2].type == "blockquote_open":
                text = _GITHUB_ALERT.sub("", text)
            elif index and tokens[index - 1].type == "heading_open" and "{" in text:
                text = _HEADING_ATTRIBUTES.sub("", text)
            parts.append("" if _RULE_TEXT.match(text) else text)
        elif kind == "container_any_open":
            title = _CONTAINER_TITLE.match(token.info)
            parts.append(f"\n\n{(title.group(1) or title.group(2) or '').strip()}\n\n")
        elif kind == "container_any_close":
            parts.append("\n\n")
        elif kind in ("fence", "code_block"):
            parts.append(verbatim_block(token.content))  # its lines as written, indentation kept
        elif kind == "html_block":
            parts.append(f"\n\n{_html_block_text(token.content, syntax, too_deep)}\n\n")
        elif kind in ("paragraph_open", "paragraph_close"):
            parts.append("" if token.hidden else "\n\n")
        elif kind in _LINE_BREAKS:
            parts.append("\n")
        elif kind in ("th_close", "td_close"):
            parts.append("\t")
        elif kind == "hr" or kind.rsplit("_", 1)[0] in _PARAGRAPH_BREAKS:
            parts.append("\n\n")


def _inline(tokens: list[Token], syntax: Syntax) -> str:
    parts: list[str] = []
    hidden: list[str] = []  # open <script>-like inline elements
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "html_inline":
            _inline_html(token.content, parts, hidden, tokens[index - 1].content if index and tokens[index - 1].type == "html_inline" else "")
        elif hidden:
            continue
        elif kind == "text":
            parts.append(_text_of(token.content, syntax))
        elif kind == "code_inline":
            parts.append(token.content)
        elif kind in ("softbreak", "hardbreak"):
            if not (parts and parts[-1] == "\n"):  # the line ends after a ``<br>``: one break
                parts.append("\n")
        elif kind == "image":
            parts.append(_image_text(token, syntax) or REMOVED)
    return "".join(parts)


def _text_of(content: str, syntax: Syntax) -> str:
    """A text token's text: the generator's markup in text goes (kramdown attribute lists in
    all; MkDocs' attribute lists and icons), and a letter bracketed inside a word (a
    command's mnemonic in tldr pages: ``E[x]trak``, ``[t]ampilkan``) joins its word."""
    content = syntax.text(content)
    return bracketed_letters_joined(content) if "[" in content else content


def _inline_html(tag: str, parts: list[str], hidden: list[str], previous_tag: str) -> None:
    """An inline HTML tag adds no text: ``<br>`` breaks the line, ``<script>`` hides what
    follows. What shows something that is not text — an image without alt text, an
    ``<svg>``, an element closed right where it opens (an icon, ``<i class="fa fa-home"></i>``)
    — is a removal (see :mod:`.seams`)."""
    match = _INLINE_TAG.match(tag)
    if not match:
        return  # a comment, processing instruction or declaration
    closing, name = match.group(1) == "/", match.group(2).lower()
    if name == "br":
        parts.append("\n")
    elif name in _HIDDEN_INLINE:
        if closing and name in hidden:
            del hidden[hidden.index(name) :]
        elif not closing:
            parts.append(REMOVED)
            if not tag.rstrip().endswith("/>"):
                hidden.append(name)
    elif name == "img":
        parts.append(html_to_text(tag) or REMOVED)
    elif closing and not hidden and _opens(previous_tag, name):
        parts.append(REMOVED)


def _opens(tag: str, name: str) -> bool:
    """True when the inline HTML ``tag`` opens an element named ``name``."""
    match = _INLINE_TAG.match(tag)
    return match is not None and not match.group(1) and match.group(2).lower() == name


def _image_text(token: Token, syntax: Syntax) -> str:
    """An image's alt text (unless it only names its file or address) and its title."""
    alt = image_alt(_inline(token.children or [], syntax).strip())
    title = str(token.attrs.get("title") or "").strip()
    return " ".join(part for part in (alt, title) if part)
