"""Never lose text silently: compare the words of a raw body with the words of its text.

Words are runs of four or more letters. Markup is not words: tag and attribute names, URLs,
link targets, file names, shortcode and component names, Liquid and template syntax,
kramdown attribute lists and footnote labels are removed from the raw body before counting. When a
conversion keeps less than :data:`MIN_SHARE` of the raw body's words, the document gets a
problem (field ``text``) and the conservative conversion, which keeps every word.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from typing import Callable

from .document import Problem
from .html_text import tidy_text
from .pairs import replace_pairs

MIN_SHARE = 0.9
WORD = re.compile(r"[^\W\d_]{4,}")
#: Attributes whose values are text for a reader (kept by the conversions).
_TEXT_ATTRIBUTE = re.compile(r"""\b(?:alt|title|caption|label|alt-text)\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')""", re.I)
_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>|<!\[CDATA\[|\]\]>|<![^<>]*>|<\?[^<>]*\?>")
_COMMENT = (re.compile(r"<!--"), re.compile(r"-->"))
_MDX_COMMENT = (re.compile(r"\{/\*"), re.compile(r"\*/\}"))
#: Hugo shortcodes, ``:::`` directives and containers, ``!!!`` admonitions: only their
#: text-like quoted values are words.
_DIRECTIVE = re.compile(r"\{\{[<%]-?\s*/?\s*[\w./-]+([^{}]*?)-?[>%]\}\}|^ {0,3}(?::::|!!!|\?\?\?\+?)[ \t]*[\w-]*([^\n]*)$", re.M)
_QUOTED = re.compile(r'"([^"\n]*)"')
_LIQUID_COMMENT = (re.compile(r"\{%-?\s*comment\s*-?%\}"), re.compile(r"\{%-?\s*endcomment\s*-?%\}"))
_URL = re.compile(r"\b(?:https?|ftp|mailto):[^\s<>)\]\"']+|\bwww\.[^\s<>)\]\"']+")
_LINK_TARGET = re.compile(r"\]\([^()\s]*(?:\s+\"[^\"\n]*\")?\)|^ {0,3}\[(?!\^)[^\]\n]+\]:\s*\S+", re.M)
#: (Each alternative starts with a literal character: a scan skips to where one of them is.)
_TEMPLATE = re.compile(r"\{%[^{}]*%\}|\{\{[^{}\n]*\|[^{}\n]*\}\}|\{\{[<%]?\s*/?[\w./-]*|>\}\}|%\}\}|\}\}|\{/\*|\*/\}|\{:[^{}\n]*\}")
_SHORTCODE_NAME = re.compile(r"\[![\w-]+\b(?:[^\[\]\n]|\[[^\[\]\n]*\](?:\([^()\n]*\))?)*\]|\[[a-z][\w-]*[=\s][^\[\]\n]*\]|\[/[a-z][\w-]*\]|\[\^[^\]\s]+\]")
#: (Tried only where a run of name characters starts: the same matches, one scan of each run.)
_FILE_NAME = re.compile(r"(?<![\w.()-])[\w.()-]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|pdf|docx?|xlsx?|pptx?|mp[34]|zip)\b", re.I)
#: An MDX ``import``/``export`` statement: from its line up to a blank line, as MDX reads it.
_MODULE_LINE = re.compile(r"^(?:import|export)\s[^\n]*(?:\n(?![ \t]*(?:\n|$))[^\n]*)*", re.M)
_FENCE_INFO = re.compile(r"^\s*(?:```|~~~)[^\n]*$", re.M)
_BRACKETED_LETTER = re.compile(r"(?<=[^\W\d_])\[([^\W\d_])\]|\[([^\W\d_])\](?=[^\W\d_])")
_MARKUP_CHARACTERS = re.compile(r"[*_~`#>|\[\]{}]+")


def bracketed_letters_joined(text: str) -> str:
    """``text`` with each letter bracketed inside a word joined to it: ``E[x]trak`` is the
    word ``Extrak`` (a command's mnemonic in tldr pages). ``[x] done``, ``catatan[1]`` stay."""
    return _BRACKETED_LETTER.sub(lambda match: match.group(1) or match.group(2), text)


def markup_free(body: str) -> str:
    """``body`` with its markup removed and its text kept: the conservative conversion."""
    text = replace_pairs(body, *_COMMENT, lambda match, inner: " ") if "<!--" in body else body
    text = replace_pairs(text, *_LIQUID_COMMENT, lambda match, inner: " ") if "comment" in text else text
    text = replace_pairs(text, *_MDX_COMMENT, lambda match, inner: " ") if "{/*" in text else text
    # each pattern runs only when the text has the characters it needs (a scan of a
    # text without them finds nothing, and "in" is much cheaper than a regex scan)
    if "{{" in text or ":::" in text or "!!!" in text or "???" in text:
        text = _DIRECTIVE.sub(lambda match: " " + " ".join(value for value in _QUOTED.findall(match.group(0)) if " " in value) + " ", text)
    if "<" in text or "]]>" in text:
        text = _TAG.sub(lambda match: " " + " ".join(filter(None, sum(_TEXT_ATTRIBUTE.findall(match.group(0)), ()))) + " ", text)
    if "import" in text or "export" in text:
        text = _MODULE_LINE.sub("", text)
    if "]" in text:
        text = _LINK_TARGET.sub("] ", text)
    if "{" in text or "}" in text:
        text = _TEMPLATE.sub(" ", text)
    if ":" in text or "www." in text:
        text = _URL.sub(" ", text)
    if "[" in text:
        text = bracketed_letters_joined(_SHORTCODE_NAME.sub(" ", text))
    text = _FILE_NAME.sub(" ", text)
    if "```" in text or "~~~" in text:
        text = _FENCE_INFO.sub("", text)
    return tidy_text(html.unescape(_MARKUP_CHARACTERS.sub(" ", text)))


def words(text: str) -> Counter:
    """The words of ``text`` (runs of four or more letters), case-folded, with counts."""
    return _counted(WORD.findall(text))


def _counted(found: list[str]) -> Counter:
    return Counter(map(str.casefold, found))


def kept_share(raw: Counter, text: str) -> float:
    """The share of the words ``raw`` that ``text`` still has (1.0 when ``raw`` has none)."""
    return _share(raw, words(text))


def _share(raw: Counter, kept: Counter) -> float:
    total = sum(raw.values())
    if not total:
        return 1.0
    return sum((raw & kept).values()) / total


def checked_text(body: str, converted: str, problems: list[Problem], conservative: Callable[[str], str] = markup_free) -> str:
    """``converted`` if it keeps enough of ``body``'s words; else the conservative
    conversion (``conservative``: :func:`markup_free`, or a format's own), with a problem
    recorded in ``problems``."""
    upper = len(WORD.findall(body))  # the raw body's words, markup included: at least its text's
    converted_words = WORD.findall(converted)
    if len(converted_words) >= MIN_SHARE * upper:
        return converted  # the cheap, common case: nearly as many words as the raw body has at all
    raw = words(conservative(body))
    share = _share(raw, _counted(converted_words))
    if share >= MIN_SHARE:
        return converted
    problems.append(Problem("text", f"the conversion kept {share:.0%} of the body's words; the text was converted conservatively instead"))
    return conservative(body)
