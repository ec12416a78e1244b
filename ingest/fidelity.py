"""Never lose text silently: compare the words of a raw body with the words of its text.

Words are runs of four or more letters. Markup is not words: tag and attribute names, URLs,
link targets, file names, shortcode and component names, Liquid and template syntax,
kramdown attribute lists and footnote labels are removed from the raw body before counting. When a
conversion keeps less than :data:`MIN_SHARE` of the raw body's words, the document gets a
problem (field ``text``) and the conservative conversion, which keeps every word. HTML
(:func:`checked_html`) is compared as the element the text was read from shows it: its
text nodes and images' alt text, less what the conversion removed from it on purpose.
"""

from __future__ import annotations

import functools
import html
import math
import re
from collections import Counter
from typing import Callable

from bs4 import BeautifulSoup, NavigableString, Tag

from .document import Problem
from .markup.html import FURNITURE, TEXT_BREAKS, image_alt, is_note, node_text, parse_html, tidy_text
from .markup.seams import closed_seams
from .sites.mdx import module_statements_removed
from .markup.pairs import replace_pairs
from .sites.parameters import HUGO_PARAMETERS, SETTING_PARAMETERS, is_code
from .sites.syntax import KRAMDOWN_TOC, eleventy_bundles_removed, hidden_shortcodes_removed

MIN_SHARE = 0.9
WORD = re.compile(r"[^\W\d_]{4,}")
_LETTER = re.compile(r"[^\W\d_]")
_ASCII = bytes(range(128))
#: Each byte of UTF-8 text as "a" for an ASCII letter (``[^\W\d_]`` in ASCII is ``[A-Za-z]``)
#: or " " for anything else, bytes of non-ASCII characters included; and as the letter in lower case.
_AS_LETTER = bytes(ord("a") if chr(byte).isascii() and chr(byte).isalpha() else ord(" ") for byte in range(256))
_AS_LOWER_LETTER = bytes(ord(chr(byte).lower()) if chr(byte).isascii() and chr(byte).isalpha() else ord(" ") for byte in range(256))
_LOWER_WORD = re.compile(r"[a-z]{4,}")
#: Attributes whose values are text for a reader (kept by the conversions): of a component
#: (``<Callout title="...">``) these; of an HTML element only ``alt`` (a link's or an image's
#: ``title`` is a tooltip, which the HTML conversion leaves out).
_TEXT_ATTRIBUTE = re.compile(r"""\b(?:alt|title|caption|label|alt-text)\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')""", re.I)
_ALT_ATTRIBUTE = re.compile(r"""\balt\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')""", re.I)
_SRC_ATTRIBUTE = re.compile(r"""\ssrc\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')""", re.I)
_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>|<!\[CDATA\[|\]\]>|<![^<>]*>|<\?[^<>]*\?>")
_TAG_NAME = re.compile(r"</?([A-Za-z][\w]*)")
_COMMENT = (re.compile(r"<!--"), re.compile(r"-->"))
_MDX_COMMENT = (re.compile(r"\{/\*"), re.compile(r"\*/\}"))
#: Hugo shortcodes, ``:::`` directives and containers, ``!!!`` admonitions: only their
#: text-like quoted values are words (not those of a parameter named like a setting,
#: :data:`~.sites.parameters.SETTING_PARAMETERS`).
_DIRECTIVE = re.compile(r"\{\{[<%]-?\s*/?\s*[\w./-]+" + HUGO_PARAMETERS + r"-?[>%]\}\}|^ {0,3}(?::::|!!!|\?\?\?\+?)[ \t]*[\w-]*([^\n]*)$", re.M)
_QUOTED = re.compile(r'(?:([\w-]+)\s*=\s*)?"([^"\n]*)"')
_LIQUID_COMMENT = (re.compile(r"\{%-?\s*comment\s*-?%\}"), re.compile(r"\{%-?\s*endcomment\s*-?%\}"))
_URL = re.compile(r"\b(?:https?|ftp|mailto):[^\s<>)\]\"']+|\bwww\.[^\s<>)\]\"']+")
#: An inline link or image whose label has no brackets: its label is text (read before the
#: shortcode names, which a bracketed label such as ``[laporan warga]`` would look like).
_INLINE_LINK = re.compile(r"\[([^\[\]\n]*)\]\([^()\s]*(?:\s+\"[^\"\n]*\")?\)")
_LINK_TARGET = re.compile(r"\]\([^()\s]*(?:\s+\"[^\"\n]*\")?\)|^ {0,3}\[(?!\^)[^\]\n]+\]:\s*\S+", re.M)
#: (Each alternative starts with a literal character: a scan skips to where one of them is.
#: A Liquid tag may hold an output: ``{% include {{ page.sisipan }} %}``.)
_TEMPLATE = re.compile(r"\{%(?:[^{}]|\{\{[^{}\n]*\}\})*%\}|\{\{[^{}\n]*\|[^{}\n]*\}\}|\{\{[<%]?\s*/?[\w./-]*|>\}\}|%\}\}|\}\}|\{/\*|\*/\}|\{:[^{}\n]*\}|\{[#.][\w-][^{}\n]*\}")
_SHORTCODE_NAME = re.compile(r"\[![\w-]+\b(?:[^\[\]\n]|\[[^\[\]\n]*\](?:\([^()\n]*\))?)*\]|\[[a-z][\w-]*[=\s][^\[\]\n]*\]|\[/[a-z][\w-]*\]|\[\^[^\]\s]+\]")
_EXTENSIONS = r"\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|pdf|docx?|xlsx?|pptx?|mp[34]|zip)\b"
#: (Tried only where a run of name characters starts: the same matches, one scan of each run.)
_FILE_NAME = re.compile(r"(?<![\w.()-])[\w.()-]+" + _EXTENSIONS, re.I)
_EXTENSION = re.compile(_EXTENSIONS, re.I)
_FENCE_INFO = re.compile(r"^\s*(?:```|~~~)[^\n]*$", re.M)
#: A bracketed letter with a letter before or after it (starting with "[", the scan skips to each "[").
_BRACKETED_LETTER = re.compile(r"\[([^\W\d_])\](?:(?<=[^\W\d_]\[[^\W\d_]\])|(?=[^\W\d_]))")
_MARKUP_CHARACTERS = re.compile(r"[*_~`#>|\[\]{}]+")
#: The start and end tags of each element of :data:`~.markup.html.FURNITURE`.
_FURNITURE_TAGS = {name: (re.compile(rf"<{name}\b[^<>]*>", re.I), re.compile(rf"</{name}\s*>", re.I)) for name in FURNITURE}
#: The tag of an element that sets its text apart (see :data:`~.markup.html.TEXT_BREAKS`).
_TEXT_BREAK_TAG = re.compile(r"</?(?:" + "|".join(sorted(TEXT_BREAKS, reverse=True)) + r")\b[^<>]*>", re.I)


def bracketed_letters_joined(text: str) -> str:
    """``text`` with each letter bracketed inside a word joined to it: ``E[x]trak`` is the
    word ``Extrak`` (a command's mnemonic in tldr pages). ``[x] done``, ``catatan[1]`` stay."""
    return _BRACKETED_LETTER.sub(lambda match: match.group(1), text)


def markup_free(body: str) -> str:
    """``body`` with its markup removed and its text kept: the conservative conversion."""
    return tidy_text(markup_removed(body))


def markup_removed(body: str) -> str:
    """:func:`markup_free`'s text before its spaces and blank lines are tidied."""
    text = replace_pairs(body, *_COMMENT, lambda match, inner: " ") if "<!--" in body else body
    text = replace_pairs(text, *_LIQUID_COMMENT, lambda match, inner: " ") if "comment" in text else text
    text = replace_pairs(text, *_MDX_COMMENT, lambda match, inner: " ") if "{/*" in text else text
    text = eleventy_bundles_removed(hidden_shortcodes_removed(text, " "), " ")
    if "<" in text:
        text = _furniture_removed(text)
    # each pattern runs only when the text has the characters it needs (a scan of a
    # text without them finds nothing, and "in" is much cheaper than a regex scan)
    if "{{" in text or ":::" in text or "!!!" in text or "???" in text:
        text = _DIRECTIVE.sub(_directive_words, text)
    if "<" in text or "]]>" in text:
        text = _TAG.sub(_tag_text, text)
    if "import" in text or "export" in text:
        text = module_statements_removed(text)  # MDX's, as MDX reads them
    if "]" in text:
        text = _LINK_TARGET.sub("] ", _INLINE_LINK.sub(_link_label, text))
    if "{" in text or "}" in text:
        text = _TEMPLATE.sub(" ", KRAMDOWN_TOC.sub(" ", text) if "toc" in text else text)
    if "http" in text or "ftp:" in text or "mailto:" in text or "www." in text:  # what a URL starts with
        text = _URL.sub(" ", text)
    if "[" in text:
        text = bracketed_letters_joined(_SHORTCODE_NAME.sub(" ", text))
    text = _replaced_in_lines_with(_EXTENSION, _FILE_NAME, text)  # a file name is on one line and has an extension
    if "```" in text or "~~~" in text:
        text = _FENCE_INFO.sub("", text)
    return html.unescape(_MARKUP_CHARACTERS.sub(" ", text))


def _directive_words(match: re.Match) -> str:
    """What of a shortcode or directive is words: its quoted values with a space that are
    neither code nor a setting's."""
    values = (value for name, value in _QUOTED.findall(match.group(0)) if name.lower() not in SETTING_PARAMETERS)
    return " " + " ".join(value for value in values if " " in value and not is_code(value)) + " "


def _furniture_removed(text: str) -> str:
    """``text`` less the HTML elements the conversion removes as furniture (a script's or a
    style's code, a form; not a note in an ``<aside>``), as it removes them: their words
    are not the body's."""
    lowered = text.lower()
    for name, tags in _FURNITURE_TAGS.items():
        if f"<{name}" in lowered:
            text = replace_pairs(text, *tags, lambda match, inner: f"{match.group(0)}{inner}" if _opens_note(match.group(0)) else " ")
    return text


@functools.lru_cache(maxsize=256)  # (a body's asides mostly repeat one start tag)
def _opens_note(start_tag: str) -> bool:
    """True for the start tag of an ``<aside>`` that is a note (see :func:`~.markup.html.is_note`)."""
    return start_tag[1:6].lower() == "aside" and is_note(parse_html(start_tag).aside)


def _link_label(match: re.Match) -> str:
    """What of an inline link or image is text: its label, but not an image's label that
    only names its file (``![peta desa.png](peta.png)``: the conversion drops it, see
    :func:`~.markup.html.image_alt`)."""
    label = match.group(1)
    if match.start() and match.string[match.start() - 1] == "!":
        label = image_alt(label)
    return f" {label} "


def _tag_text(match: re.Match) -> str:
    """What of a tag is text: its attributes that are (see :data:`_TEXT_ATTRIBUTE`; an
    ``alt`` that only names the image's file is not), between spaces."""
    tag = match.group(0)
    name = _TAG_NAME.match(tag)
    component = name is not None and name.group(1)[0].isupper() and not name.group(1).isupper()
    if component:
        return " " + " ".join(filter(None, sum(_TEXT_ATTRIBUTE.findall(tag), ()))) + " "
    src = _SRC_ATTRIBUTE.search(tag)
    src_value = (src.group(1) or src.group(2) or "") if src else ""
    return " " + " ".join(image_alt(value, src_value) for value in filter(None, sum(_ALT_ATTRIBUTE.findall(tag), ()))) + " "


def _replaced_in_lines_with(hint: re.Pattern, pattern: re.Pattern, text: str) -> str:
    """``pattern.sub(" ", text)``, run only on the lines where ``hint`` is found: the same text
    for a pattern whose every match contains a hint, never spans a line break and reads a line
    break at its edges as it reads the start or end of the text."""
    pieces, done = [], 0
    for found in hint.finditer(text):
        if found.start() < done:
            continue  # on a line already replaced
        start = text.rfind("\n", done, found.start()) + 1  # done is 0 or at a line break
        end = text.find("\n", found.end())
        end = len(text) if end < 0 else end
        pieces += [text[done:start], pattern.sub(" ", text[start:end])]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def words(text: str) -> Counter:
    """The words of ``text`` (runs of four or more letters), case-folded, with counts."""
    encoded = _utf8_if_letters_ascii(text)
    if encoded is None:
        return Counter(map(str.casefold, WORD.findall(text)))
    # every letter is ASCII: a word is a run of ASCII letters, and casefold() of one is lower()
    return Counter(_LOWER_WORD.findall(encoded.translate(_AS_LOWER_LETTER).decode("ascii")))


def word_count(text: str) -> int:
    """How many words ``text`` has: ``len(WORD.findall(text))``, without listing them."""
    encoded = _utf8_if_letters_ascii(text)
    if encoded is None:
        return len(WORD.findall(text))
    # every letter is ASCII: each word starts with four letters after a non-letter or at the
    # start, and two such starts cannot overlap (" aaaa" has one space), so count() finds them all
    letters = encoded.translate(_AS_LETTER)
    return letters.count(b" aaaa") + letters.startswith(b"aaaa")


def _utf8_if_letters_ascii(text: str) -> bytes | None:
    """``text`` in UTF-8 if all its letters are ASCII (a byte of another character is then
    never part of a word), else None."""
    encoded = text.encode("utf-8", "surrogatepass")
    if len(encoded) == len(text) or not _LETTER.search(encoded.translate(None, _ASCII).decode("utf-8", "surrogatepass")):
        return encoded
    return None


def kept_share(raw: Counter, text: str) -> float:
    """The share of the words ``raw`` that ``text`` still has (1.0 when ``raw`` has none)."""
    total = sum(raw.values())
    if not total:
        return 1.0
    return sum((raw & words(text)).values()) / total


def checked_text(body: str, converted: str, problems: list[Problem], conservative: Callable[[str], str] | None = None) -> str:
    """``converted`` if it keeps enough of ``body``'s words; else the conservative
    conversion (``conservative``: a format's own, by default :func:`markup_free`), with a
    problem recorded in ``problems``."""
    # the cheap, common case: nearly as many words as the raw body has at all, markup included
    if word_count(converted) >= MIN_SHARE * word_count(body):
        return converted
    # markup_free's text is tidied only when it is the result: tidying changes spaces, never words
    conserved = conservative(body) if conservative else markup_removed(body)
    share = kept_share(words(conserved), converted)
    if share >= MIN_SHARE:
        return converted
    kept = math.floor(share * 100)  # rounded down: a share just under 90% never reads "90%"
    problems.append(Problem("text", f"the conversion kept {kept}% of the body's words; the text was converted conservatively instead"))
    return conserved if conservative else tidy_text(conserved)


def html_markup_free(markup: str) -> str:
    """``markup`` (HTML) with its markup removed and its text kept, each block's, cell's and
    ``<br>``'s tag a paragraph break: the conservative conversion of HTML."""
    return markup_free(closed_seams(_TEXT_BREAK_TAG.sub("\n\n", markup)))


def checked_html(content: Tag | BeautifulSoup, converted: str, problems: list[Problem]) -> str:
    """``converted``, the text read from the HTML element ``content`` (the article of a page,
    the body of a post), if it keeps enough of the words ``content`` shows; else the
    conservative conversion of ``content`` (:func:`html_markup_free`), with a problem
    recorded in ``problems``. ``content`` is as the conversion left it: what it drops on
    purpose (furniture, which :func:`~.markup.html.node_text` replaces; share rows,
    related posts) is not in it any more, and is not counted."""
    # the cheap, common case: nearly as many words as the text and the images' alt text have
    if word_count(converted) >= MIN_SHARE * _shown_word_count(content):
        return converted
    return checked_text(str(content), converted, problems, conservative=html_markup_free)


def _shown_word_count(content: Tag | BeautifulSoup) -> int:
    """How many words the text of ``content`` and the alt text of its images have (not
    its comments, scripts and styles: strings of other types; nor the title and description
    of an SVG drawing, which name it for screen readers: see :func:`~.markup.html.svg_text`)."""
    shown = []
    for node in content.descendants:
        if type(node) is NavigableString:
            if node.parent.name in ("title", "desc") and node.parent.find_parent("svg") is not None:
                continue
            shown.append(node)
        elif type(node) is Tag and node.name == "img":
            shown.append(image_alt(node.get("alt") or "", node.get("src") or ""))
    return word_count(" ".join(shown))


def checked_html_text(markup: str, problems: list[Problem], *, text_attributes: frozenset[str] = frozenset()) -> str:
    """Plain text of the HTML fragment ``markup`` (a post's body, see
    :func:`~.markup.html.html_to_text`), checked by :func:`checked_html`."""
    fragment = parse_html(markup)
    return checked_html(fragment, node_text(fragment, text_attributes=text_attributes), problems)
