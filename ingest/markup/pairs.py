"""Opener … closer spans (Liquid blocks, shortcodes, comments) replaced in linear time, and
what such replacements share: code set aside meanwhile, code as a fenced block."""

from __future__ import annotations

import re
from typing import Callable

_PLACEHOLDER = re.compile(r"\x00(\d+)\x00")
#: Inline code, whatever it holds.
_ANY_INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)[^\n]*?(?<!`)\1(?!`)")
#: Inline code holding a brace (what template and expression syntax could read in it).
_INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)([^`\n{]*\{[^`\n]*)(?<!`)\1(?!`)")
#: A fence's opening or closing line (up to three ``>`` before it: a fence in a quote, as
#: Hexo's ``backtick_code_block`` filter and CommonMark read them).
_FENCE = re.compile(r"^(?:[^\S\n]*>){0,3}[^\S\n]*(`{3,}|~{3,})(.*)$")


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


def all_code_kept(body: str, keep: Callable[[str], str]) -> str:
    """``body`` with each fenced code block and every inline code replaced by ``keep(code)``:
    markup that no code shows as markup (Docsify's, Vue's in VuePress) is read outside them."""
    body = code_kept(body, keep)
    return _ANY_INLINE_CODE.sub(lambda match: keep(match.group(0)), body) if "`" in body else body


def code_kept(body: str, keep: Callable[[str], str]) -> str:
    """``body`` with each fenced code block, and inline code holding a brace, replaced by
    ``keep(code)``: no template tag or expression is read in them (Hexo's tags, MDX's
    expressions)."""
    if "```" in body or "~~~" in body:
        body = _fences_kept(body, keep)
    if "`" in body:
        body = _INLINE_CODE.sub(lambda match: keep(match.group(0)), body)
    return body


def _fences_kept(body: str, keep: Callable[[str], str]) -> str:
    """``body`` with each fenced block (opening line to closing line) replaced by ``keep(block)``."""
    out: list[str] = []
    block: list[str] = []
    fence = ""
    for line in body.split("\n"):
        match = _FENCE.match(line)
        if block:
            block.append(line)
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence) and not match.group(2).strip():
                out.append(keep("\n".join(block)))
                block = []
        elif match and not (match.group(1)[0] == "`" and "`" in match.group(2)):
            fence = match.group(1)
            block = [line]
        else:
            out.append(line)
    return "\n".join(out + block)


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
