"""The HTML of a Ghost post from its editor's document, for an export without ``html``:
Lexical (Ghost 5), Mobiledoc (Ghost 1–4) or Markdown (Ghost 0.x).

Only what a reader sees is kept: the text of paragraphs, headings, lists and quotes, and of
cards (an image's alt text and caption, a callout, a toggle, a bookmark's title and
description, an HTML or Markdown card, a code block). What Ghost shows only in emails (the
``email`` and ``email-cta`` cards) and markers (the paywall, dividers) are not text.
"""

from __future__ import annotations

import html
import json
from typing import Any

from ..markup.markdown import markdown_to_text

#: Lexical element types and the HTML element each becomes.
_LEXICAL_BLOCKS = {"paragraph": "p", "quote": "blockquote", "aside": "blockquote", "listitem": "li", "list": "ul", "root": "div"}
#: Card values that are text, in the order a card shows them, and whether each is HTML (a
#: caption, a callout's text) or plain text (an alt text, code).
_CARD_VALUES = (
    ("header", True), ("subheader", True), ("heading", True), ("title", False), ("alt", False), ("html", True), ("calloutText", True),
    ("content", True), ("productTitle", True), ("productDescription", True), ("description", False), ("buttonText", False),
    ("code", False), ("fileTitle", False), ("fileCaption", False), ("caption", True),
)
#: Cards whose content is only in emails, or that show no text.
_NOT_SHOWN = frozenset(("email", "email-cta", "paywall", "horizontalrule", "hr", "divider", "signup"))


def document_html(lexical: Any, mobiledoc: Any, markdown: Any) -> str | None:
    """HTML of the first of the post's documents that can be read; None when none can."""
    for source, convert in ((lexical, _lexical_html), (mobiledoc, _mobiledoc_html)):
        document = _json(source)
        if document is not None:
            converted = convert(document)
            if converted is not None:
                return converted
    if isinstance(markdown, str) and markdown.strip():
        return _paragraphs(markdown_to_text(markdown))
    return None


def _json(value: Any) -> dict | None:
    """A document stored as JSON text (or already parsed); None when it is not a JSON object."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except (ValueError, RecursionError):
            return None
    return value if isinstance(value, dict) else None


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(part).replace(chr(10), '<br>')}</p>" for part in text.split("\n\n") if part.strip())


def _lexical_html(document: dict) -> str | None:
    root = document.get("root")
    return _lexical_node(root) if isinstance(root, dict) else None


def _lexical_node(node: dict) -> str:
    kind = node.get("type", "")
    if kind in _NOT_SHOWN:
        return ""
    if kind == "linebreak":
        return "<br>"
    if isinstance(node.get("text"), str):  # text, extended-text, code-highlight, tab
        return html.escape(node["text"])
    children = node.get("children")
    if isinstance(children, list):
        inner = "".join(_lexical_node(child) for child in children if isinstance(child, dict))
        tag = node.get("tag") if kind in ("heading", "extended-heading") and node.get("tag") in ("h1", "h2", "h3", "h4", "h5", "h6") else None
        tag = tag or _LEXICAL_BLOCKS.get(kind.removeprefix("extended-"))
        return f"<{tag}>{inner}</{tag}>" if tag else inner
    return _card(node)


def _card(payload: dict) -> str:
    """A card's text as HTML blocks: its values of text, and those of the items it lists (a gallery's images)."""
    if payload.get("cardName") == "markdown" or isinstance(payload.get("markdown"), str):
        return _paragraphs(markdown_to_text(str(payload.get("markdown") or "")))
    values = [(payload[key], is_html) for key, is_html in _CARD_VALUES if isinstance(payload.get(key), str) and payload[key].strip()]
    parts = [f"<div>{value}</div>" if is_html else f"<p>{html.escape(value)}</p>" for value, is_html in values]
    for value in payload.values():
        items = value if isinstance(value, list) else [value] if isinstance(value, dict) else []
        parts += [_card(item) for item in items if isinstance(item, dict)]
    return "".join(parts)


def _mobiledoc_html(document: dict) -> str | None:
    """Mobiledoc 0.3: markup sections ``[1, tag, markers]``, list sections ``[3, tag, items]``,
    image sections ``[2, src]`` and cards ``[10, index]``."""
    sections, cards, atoms = document.get("sections"), document.get("cards") or [], document.get("atoms") or []
    if not isinstance(sections, list):
        return None
    parts = []
    for section in sections:
        if not isinstance(section, list) or not section:
            continue
        if section[0] == 1 and len(section) > 2:
            tag = str(section[1]).lower() if str(section[1]).lower() in ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "aside") else "p"
            parts.append(f"<{tag}>{_markers(section[2], atoms)}</{tag}>")
        elif section[0] == 3 and len(section) > 2 and isinstance(section[2], list):
            parts.append("<ul>" + "".join(f"<li>{_markers(item, atoms)}</li>" for item in section[2]) + "</ul>")
        elif section[0] == 10 and len(section) > 1 and isinstance(section[1], int) and 0 <= section[1] < len(cards):
            card = cards[section[1]]
            if isinstance(card, list) and len(card) > 1 and isinstance(card[1], dict) and card[0] not in _NOT_SHOWN:
                parts.append(_card({**card[1], "cardName": card[0]}))
    return "".join(parts)


def _markers(markers: Any, atoms: list) -> str:
    """The text of a section's markers: text ``[0, …, value]`` and atoms ``[1, …, index]`` (their text)."""
    text = []
    for marker in markers if isinstance(markers, list) else ():
        if not isinstance(marker, list) or len(marker) < 4:
            continue
        if marker[0] == 0 and isinstance(marker[3], str):
            text.append(html.escape(marker[3]))
        elif marker[0] == 1 and isinstance(marker[3], int) and 0 <= marker[3] < len(atoms):
            atom = atoms[marker[3]]
            text.append(html.escape(str(atom[1])) if isinstance(atom, list) and len(atom) > 1 else "")
    return "".join(text)
