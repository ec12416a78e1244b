"""Opener … closer spans (Liquid blocks, shortcodes, comments) replaced in linear time, and
what such replacements share: code set aside meanwhile, code as a fenced block."""

from __future__ import annotations

import re
from typing import Callable

_PLACEHOLDER = re.compile(r"\x00(\d+)\x00")


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


def fenced(code: str) -> str:
    """``code`` as a fenced block that no backtick run inside it can close."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"\n{fence}\n{code.strip(chr(10))}\n{fence}\n"


class SetAside:
    """Texts set aside while a body is rewritten (code no rule may touch), each replaced by
    a placeholder no rule matches, and put back by :meth:`restore`."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def keep(self, text: str) -> str:
        """The placeholder of ``text``, set aside."""
        self.texts.append(text)
        return f"\x00{len(self.texts) - 1}\x00"

    def restore(self, body: str, rounds: int = 1) -> str:
        """``body`` with the texts set aside back in place (``rounds`` times: a text set
        aside may hold placeholders of texts set aside before it)."""
        for _ in range(rounds):
            if not self.texts or "\x00" not in body:
                break
            body = _PLACEHOLDER.sub(lambda match: self.texts[int(match.group(1))], body)
        return body
