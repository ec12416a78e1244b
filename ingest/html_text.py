"""HTML to plain text with paragraphs kept (BeautifulSoup)."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

#: Elements that are page furniture, not content.
FURNITURE = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "iframe")

_BLOCKS = frozenset(
    "address article blockquote dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 hr li main "
    "ol p pre section table tbody thead tfoot tr ul caption details summary".split()
)
_CELLS = frozenset(("td", "th"))
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def parse_html(markup: str) -> BeautifulSoup:
    """Parse HTML with the standard-library parser (no native dependency)."""
    return BeautifulSoup(markup, "html.parser")


def node_text(node: Tag | BeautifulSoup, *, drop_furniture: bool = True) -> str:
    """Plain text of ``node``: blocks become paragraphs, ``<br>`` a line break."""
    if drop_furniture:
        for element in node.find_all(FURNITURE):
            element.decompose()
    parts: list[str] = []
    _collect(node, parts)
    return tidy_text("".join(parts))


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment or page."""
    return node_text(parse_html(markup))


def _collect(node: Tag, parts: list[str]) -> None:
    """Append the text of ``node``'s children to ``parts``. Walks with its own stack, not by
    recursion, so a page of thousands of nested elements costs time, not the stack."""
    stack: list[Tag | str] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):  # a separator queued to follow an element's children
            parts.append(item)
            continue
        for child in reversed(item.contents):
            stack.extend(_pieces(child))


def _pieces(child) -> list[Tag | str]:
    """What a child element becomes, in reverse order (the stack pops the last first)."""
    if isinstance(child, Comment):
        return []
    if isinstance(child, NavigableString):
        return [str(child)]
    if not isinstance(child, Tag):
        return []
    name = child.name
    if name == "br":
        return ["\n"]
    if name == "img":
        return [child.get("alt") or ""]
    if name in _BLOCKS:
        return ["\n\n", child, "\n\n"]
    if name in _CELLS:
        return [" ", child]
    return [child]


def tidy_text(text: str) -> str:
    """Collapse runs of spaces within lines and of blank lines between paragraphs."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
