"""Opener … closer spans (Liquid blocks, shortcodes, comments) replaced in linear time."""

from __future__ import annotations

import re
from typing import Callable


def replace_pairs(text: str, opener: re.Pattern, closer: re.Pattern, replace: Callable[[re.Match, str], str]) -> str:
    """``text`` with each opener … closer span replaced by ``replace(opener match, inner text)``.

    Openers and closers are found once each and paired in one pass, so an opener without a
    closer costs nothing more (a lazy ``.*?`` would scan the rest of the text for each)."""
    closers = list(closer.finditer(text))
    parts, position, next_closer = [], 0, 0
    for match in opener.finditer(text):
        if match.start() < position:
            continue
        while next_closer < len(closers) and closers[next_closer].start() < match.end():
            next_closer += 1
        if next_closer == len(closers):
            break
        end = closers[next_closer]
        parts += [text[position : match.start()], replace(match, text[match.end() : end.start()])]
        position = end.end()
    parts.append(text[position:])
    return "".join(parts)
