""""Baca juga" inserts: a line that is only "Baca juga:" (read also), "Lihat juga",
"Artikel terkait" or "Berita terkait" (related) and links to other articles. Those are
other articles' titles, not this one's text: in a search archive they make a page match
queries about another story. HTML's inserts are :func:`~..sites.syntax.read_also_removed`'s;
Markdown's (a post jekyll-import or a WordPress-to-Hugo exporter wrote, or an author typed)
are :func:`markdown_read_also_removed`'s.
"""

from __future__ import annotations

import re

from .pairs import SetAside, code_kept

#: Every label holds one of these, in lower case: "juga", "pula", or the start of "terkait"
#: (not all of it: ``re.I`` also matches "ı" and "İ" to its "i", which ``str.lower`` does
#: not make an "i"; the Kelvin sign it matches to "k" lowers to "k").
LABEL_WORDS = ("juga", "pula", "terka")


def label_words(space: str) -> str:
    """The words of a label, ``space`` (a pattern) between them."""
    return rf"(?:(?:baca|lihat)(?:{space})+(?:juga|pula)|(?:artikel|berita)(?:{space})+terkait)\b"


#: A Markdown link, with an optional title (``[Judul](/x "Judul")``).
_LINK = r"\[[^\[\]\n]+\]\([^()\s]+(?:[ \t]+\"[^\"\n]*\")?\)"
#: The label at a line's start (after a list marker or a heading's marks, bold or not), then
#: its colon and closing marks (one loop: see the HTML rule's label).
_LABEL = r"^[ \t]{0,3}(?:[-+*][ \t]+|#{1,6}[ \t]+)?[*_]{0,3}" + label_words(r"[ \t]") + r"[ \t*_:#]*"
#: The label and links on its line, separated by commas, bars or spaces.
_ON_ITS_LINE = _LABEL + r"(?:" + _LINK + r"[ \t*_,|;]*)+$"
#: The label alone on its line, then lines (a list, or not) each only a link.
_LINES_BELOW = (
    _LABEL + r"\n(?:[ \t]*\n)?(?:[ \t]{0,3}(?:[-+*]|\d+[.)])?[ \t]*[*_]{0,3}" + _LINK + r"[ \t*_,|;]*(?:\n|\Z))+"
)
_INSERT = re.compile(rf"{_ON_ITS_LINE}|{_LINES_BELOW}", re.I | re.M)


def markdown_read_also_removed(body: str) -> str:
    """A Markdown ``body`` without its "Baca juga" inserts outside code: a line that is only
    the label and links, or the label alone on its line over lines each only a link (a
    list of them, or not). "Baca juga" in a sentence, or a label before other words, stays."""
    lowered = body.lower()
    if not any(word in lowered for word in LABEL_WORDS):  # a body without them has no label
        return body
    aside = SetAside()
    kept = code_kept(body, aside.keep)
    return aside.restore(_INSERT.sub(lambda match: "\n" if match.group(0).endswith("\n") else "", kept))
