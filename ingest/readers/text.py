"""Plain text, including pages scraped from the web with their furniture still on them.

Scraped pages carry a breadcrumb line, share counters, captions repeated under each
image and a comment form at the end. These are dropped; the headline becomes the title.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..markup.html import tidy_text
from . import RawDocument, SourceFile

_BREADCRUMB_START = re.compile(r"^(?:beranda|home|homepage|halaman utama|depan)\b", re.I)
_BREADCRUMB_SEPARATORS = re.compile(r"\s(?:»|›|>|/|\|)\s")
_SHARE_WORD = re.compile(r"^(?:\d[\d.,]*\s*)?(?:berbagi|bagikan|shares?|dibagikan)$", re.I)
_COUNT = re.compile(r"^\d[\d.,]*[kK]?$")
_FOOTER = re.compile(
    r"^(?:komentar via facebook|leave a reply|tinggalkan balasan|tinggalkan komentar|"
    r"please enter your (?:comment|name here)!?|you have entered an incorrect email address!?|"
    r"save my name, email,? and website.*|post comment|kirim komentar|"
    r"berita terkait|baca juga:?|related posts?:?|share this:?|bagikan ini:?)$",
    re.I,
)
# WordPress thumbnails ("foto-3-300x238") glued in front of a caption or paragraph.
_THUMBNAIL_PREFIX = re.compile(r"^[\w-]*?-\d{2,4}x\d{2,4}(?=[A-Z])")
_MAX_TITLE_CHARS = 200


def read(text: str, source: SourceFile) -> Iterator[RawDocument]:
    """Yield the one document of a plain-text file."""
    lines = [line.rstrip() for line in text.split("\n")]
    lines = _drop_breadcrumb(lines)
    kept: list[str] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if _is_share_counter(lines, index) or _FOOTER.match(stripped):
            continue
        if stripped and kept and stripped == kept[-1].strip():
            continue  # a caption repeated under its image
        kept.append(_THUMBNAIL_PREFIX.sub("", line))
    title, body = _split_title(kept)
    yield RawDocument(text=tidy_text("\n".join(body)), heading=title)


def _drop_breadcrumb(lines: list[str]) -> list[str]:
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        short = len(stripped.split()) <= 8 and not stripped.endswith((".", "!", "?", ":"))
        if short and (_BREADCRUMB_START.match(stripped) or _BREADCRUMB_SEPARATORS.search(stripped)):
            return lines[:index] + lines[index + 1 :]
        return lines
    return lines


def _is_share_counter(lines: list[str], index: int) -> bool:
    stripped = lines[index].strip()
    if _SHARE_WORD.match(stripped) and not stripped.isdigit():
        return True
    following = next((line.strip() for line in lines[index + 1 :] if line.strip()), "")
    return bool(_COUNT.match(stripped)) and bool(_SHARE_WORD.match(following))


def _split_title(lines: list[str]) -> tuple[str | None, list[str]]:
    """The headline is the first non-empty line when it is short and not a sentence."""
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if len(stripped) <= _MAX_TITLE_CHARS and not stripped.endswith((".", ",", ";")):
            return stripped, lines[index + 1 :]
        return None, lines
    return None, lines
