"""What Ghost's cards show that is no writing, in a post's HTML as Ghost renders it: in an
export's ``html`` and on a page a Ghost theme (Casper …) built, which a crawler saved.

The players of audio and video cards (their controls: play button, elapsed time and
length, "1×" speed; the overlay's play button; the audio thumbnail, whose alt text Ghost
always writes as "audio-thumbnail"), and the numbers of a Markdown card's footnotes as
markdown-it renders them (the mark in the text, ``footnote-ref``, and the "↩︎" link back to
it, ``footnote-backref``), which go as a Markdown footnote's ``[^1]`` does, the footnote's
text staying. An audio card keeps its title, a video card its caption.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

#: Classes of the elements that are no writing (see the module's docstring).
_CARD_FURNITURE = re.compile(r"^(?:kg-(?:audio-player|audio-thumbnail|video-player-container|video-overlay)|footnote-ref|footnote-backref)$")
#: What HTML holds when it may hold any of them (one substring test each).
_CARD_FURNITURE_HINTS = ("kg-audio-card", "kg-video-card", "footnote-ref", "footnote-backref")


def may_hold_card_furniture(markup: str) -> bool:
    """False when ``markup`` holds none of the cards' furniture (a substring test)."""
    return any(hint in markup for hint in _CARD_FURNITURE_HINTS)


def drop_card_furniture(soup: BeautifulSoup) -> None:
    """Remove the cards' furniture (:data:`_CARD_FURNITURE`) from ``soup``."""
    for element in soup.find_all(class_=_CARD_FURNITURE):
        if not element.decomposed:
            element.decompose()
