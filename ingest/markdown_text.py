"""Markdown (Jekyll/Hugo flavoured) body to plain text for indexing, paragraphs kept."""

from __future__ import annotations

import html
import re
from typing import Any, Mapping

from .html_text import html_to_text, tidy_text

_LIQUID_OUTPUT = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}", re.S)
_LIQUID_TAG = re.compile(r"\{%-?.*?-?%\}", re.S)
_LIQUID_COMMENT = re.compile(r"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", re.S)
_PAGE_VARIABLE = re.compile(r"^(?:page|include)\.([\w-]+)(?:\s*\|.*)?$")
_KRAMDOWN_ATTRIBUTES = re.compile(r"\{:[^}\n]*\}|\{::[^}\n]*/?\}")
_FILE_NAME = re.compile(r"^[\w.-]+\.[A-Za-z]{3,4}$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)|!\[([^\]]*)\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)|\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s+\S.*$", re.M)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_FENCE = re.compile(r"^ {0,3}(```|~~~)[^\n]*$", re.M)
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M)
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$", re.M)
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.M)
_BLOCKQUOTE = re.compile(r"^ {0,3}>[ \t]?", re.M)
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+", re.M)
_TABLE_DELIMITER = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.M)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
_EMPHASIS_STAR = re.compile(r"\*(?=\S)([^*\n]+?)(?<=\S)\*")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"`+([^`\n]+)`+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def render_liquid(body: str, page: Mapping[str, Any]) -> str:
    """Render ``{{ page.x }}`` from the front matter; drop other Liquid tags and outputs."""

    def output(match: re.Match) -> str:
        variable = _PAGE_VARIABLE.match(match.group(1))
        if variable and variable.group(1) in page:
            value = page[variable.group(1)]
            return "" if value is None else str(value)
        return ""

    body = _LIQUID_COMMENT.sub("", body)
    body = _LIQUID_OUTPUT.sub(output, body)
    return _LIQUID_TAG.sub("", body)


def _alt_text(match: re.Match) -> str:
    """An image's alt text, unless it is only the image's file name."""
    alt = match.group(1) or match.group(2) or ""
    return "" if _FILE_NAME.match(alt.strip()) else alt


def markdown_to_text(body: str, page: Mapping[str, Any] | None = None) -> str:
    """Plain text of a Markdown body.

    Liquid outputs are rendered from ``page`` (the front matter), kramdown attribute
    lists removed, images reduced to their alt text, links to their text, emphasis and
    code markers removed, raw HTML converted through BeautifulSoup.
    """
    text = render_liquid(body, page or {}) if "{" in body else body
    if "{:" in text:
        text = _KRAMDOWN_ATTRIBUTES.sub("", text)
    text = _FENCE.sub("", text)
    if "[" in text:
        text = _REFERENCE_DEFINITION.sub("", text)
        text = _IMAGE.sub(_alt_text, text)
        text = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
    if _HTML_TAG.search(text):
        text = html_to_text(text)
    elif "&" in text:
        text = html.unescape(text)
    text = _HEADING.sub(r"\1", text)
    text = _SETEXT_UNDERLINE.sub("", text)
    text = _RULE.sub("", text)
    text = _BLOCKQUOTE.sub("", text)
    text = _TABLE_DELIMITER.sub("", text)
    text = _LIST_MARKER.sub("", text)
    if "*" in text or "_" in text or "~" in text or "`" in text:
        text = _STRONG.sub(r"\2", text)
        text = _STRIKE.sub(r"\1", text)
        text = _EMPHASIS_STAR.sub(r"\1", text)
        text = _EMPHASIS_UNDERSCORE.sub(r"\1", text)
        text = _CODE.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    text = text.replace("|", " ")
    return tidy_text(text)
