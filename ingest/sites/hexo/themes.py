"""The tag plugins Hexo's popular themes add (NexT, Butterfly, Fluid, Volantis, Stellar …):
what a reader sees of their parameters, as the themes' own ``scripts/tag`` code shows them.

Those tags join their parameters with spaces and split them again at commas (Butterfly's
and NexT's ``args.join(' ').split(',')``: ``{% btn url, Daftar Sekarang, fas fa-pen,
outline blue %}``) or at an ``@`` (NexT's and Fluid's ``{% label primary@Penting %}``,
``{% fold info @Rincian Anggaran %}``). Of the pieces, a reader sees the text: a button's
label, a folding block's or toggle's title, a label's or checkbox's words, an inline hidden
text and its button. The rest sets how it looks or where it points: CSS classes and
colours (``blue``, ``outline``, ``#ff7242``), Font Awesome icons (``fas fa-rocket``), URLs
and file names, sizes and ``key=value`` or ``key:value`` settings, booleans. So, by one
rule (:func:`theme_tag_text`): with an ``@`` after class names, the words after it; else
each comma-separated piece (or, without commas, each parameter) that is not such a setting.
A few tags say which piece is text by their place (:data:`_TEXT_PIECE`: Butterfly's
``{% span red, Tulisan %}`` and ``{% p center logo large, Judul %}``, whose style words are
the theme's own; a timeline's title, which may be a year).

Tabs (``{% tabs jadwal %}`` … ``{% endtabs %}``, NexT's and Butterfly's) and timelines
(Butterfly's ``{% timeline 2023 %}``) name their items in HTML comments, ``<!-- tab Musim
Hujan@fas fa-cloud -->`` and ``<!-- timeline Januari -->``: each item's caption is text
(:func:`marked_items`), its icon not; a tab without caption or icon is captioned by the
tabs' name and its number, as NexT does.
"""

from __future__ import annotations

import re

#: Words of the themes' classes: styles, colours and layout, never a reader's text.
STYLE_WORDS = frozenset(
    "default primary secondary success info warning danger light dark note tip done todo error bug example "
    "quote question abstract important caution blue red green yellow orange purple pink cyan gray grey black "
    "white simple modern flat disabled no-icon icon center left right block inline outline larger large "
    "small mini logo open checked h1 h2 h3 h4 h5 h6 true false".split()
)
#: Tags whose text is one piece by its place (the pieces split at commas): Butterfly's span
#: and paragraph (``{% span red, Tulisan merah %}``), a timeline's title and node's time.
_TEXT_PIECE = {"span": 1, "p": 1, "timeline": 0, "timenode": 0}
#: A parameter that is a setting, not text: an icon's classes (Font Awesome, iconfont,
#: Bootstrap and Remix icons), a number or size, a colour, ``key=value``/``key:value``, a
#: path or URL, a file name.
_SETTING = re.compile(
    r"(?:fa[srlbdk]?|fa-[\w-]+|iconfont|icon-[\w-]+|bi-[\w-]+|ri-[\w-]+|anzhiyu-[\w-]+)"
    r"|[\d.]+(?:px|em|rem|%|vh|vw|ms|s)?|#[0-9A-Fa-f]{3,8}|(?:rgba?|hsla?)\(.*\)"
    r"|[\w-]+[=:]\S.*|[a-z][\w+.-]*://\S*|(?:\.{0,2}/|#)\S*|[^\s/]+\.(?:png|jpe?g|gif|webp|svg|avif|mp4|mp3|pdf|html?)",
    re.I,
)
#: A tab's or timeline item's marker: ``<!-- tab Caption@icon -->``, ``<!-- endtab -->``.
_ITEM_MARKER = re.compile(r"<!--\s*(end)?(tab|timeline)\b[ \t]*([^\n]{0,200}?)\s*-->")


def theme_tag_text(name: str, values: list[str]) -> str:
    """What a reader sees of the parameters ``values`` (as Nunjucks splits them: at spaces, a
    quoted string one value) of the theme tag ``name`` (see the module's rule)."""
    joined = " ".join(values)
    if name in _TEXT_PIECE:
        pieces = joined.split(",")
        return pieces[_TEXT_PIECE[name]].strip() if len(pieces) > _TEXT_PIECE[name] else ""
    classes, at, after = joined.partition("@")
    if at and all(_is_setting(word) for word in classes.split()):
        return after.strip()
    pieces = [piece.strip() for piece in joined.split(",")] if "," in joined else values
    return " ".join(piece for piece in pieces if piece and not all(_is_setting(word) for word in piece.split()))


def marked_items(inner: str, name: str) -> str:
    """The body of a tabs or timeline tag named ``name`` (its first parameter) with each
    item's marker in place of its caption, set apart as a paragraph of its own."""
    number = 0

    def caption(match: re.Match) -> str:
        nonlocal number
        if match.group(1):
            return "\n\n"
        number += 1
        text, _, icon = match.group(3).partition("@")
        text = text.strip() or ("" if icon.strip() else f"{name} {number}".strip())
        return f"\n\n{text}\n\n" if text else "\n\n"

    return _ITEM_MARKER.sub(caption, inner)


def _is_setting(word: str) -> bool:
    """True when ``word`` sets a look or a target (a style word, an icon, a size, a URL …)."""
    return word.lower() in STYLE_WORDS or _SETTING.fullmatch(word) is not None
