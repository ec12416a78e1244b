"""Snippets: the passages of a document where a query's words occur, with those words marked.

Only a stretch of the text around the first match is analyzed (a few stretches at most,
when a term first occurs inside another word), so a long document costs no more than a
short one; in it, the one or two passages with the most distinct matched words are chosen.
"""

from __future__ import annotations

import re
from typing import Iterator

#: Characters of a document's text analyzed for its snippet (around the first match).
SOURCE_CHARS = 2_000
#: Length of one passage, and of the plain opening used when nothing matched in the text.
PASSAGE_CHARS = 120
CONTEXT_CHARS = 40
PASSAGES = 2
#: Most stretches of a long text analyzed while looking for a match.
WINDOWS = 5
BETWEEN = " … "
#: Longest paragraph that may be left out of snippets as an echo of metadata.
ECHO_CHARS = 300

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"\w")
_WORDS = re.compile(r"\w+")


def make_snippet(
    text: str, terms: set[str], analyzer, marks: tuple[str, str] = ("", ""), metadata: list[str] = (), echoed: list[str] = ()
) -> str:
    """The best passages of ``text`` for the index ``terms`` (as ``analyzer`` makes them),
    with ``marks`` around each matched word. Paragraphs of ``text`` that only repeat
    ``echoed`` values (see :func:`without_echoes`) are left out. When nothing matched in
    the rest of ``text``: the passages of the ``metadata`` string with the most distinct
    terms in it (see :func:`_most_mentioning`), else the opening of ``text`` (of the
    metadata when it is empty)."""
    body = without_echoes(text, echoed)
    found = _passages(body, terms, analyzer, marks)
    if found is None and metadata and terms:
        found = next(filter(None, (_passages(source, terms, analyzer, marks) for source in _most_mentioning(metadata, terms))), None)
    if found is not None:
        return found
    return _clip(body or " ".join(metadata), 2 * PASSAGE_CHARS)


def _most_mentioning(sources: list[str], terms: set[str]) -> list[str]:
    """The ``sources`` that may match ``terms``, those mentioning the most distinct terms
    first (then in their order). A stem's letters after its first are in every word it
    matches (a prefix may change the first: pukul → memukul), so a source is looked for
    them, which costs far less than analyzing every source."""
    hint = re.compile("|".join(re.escape(term[1:] if len(term) > 3 else term) for term in sorted(terms, key=len, reverse=True)))
    counted = [(len(set(hint.findall(source.lower()))), number, source) for number, source in enumerate(sources)]
    return [source for count, _, source in sorted(counted, key=lambda item: (-item[0], item[1])) if count]


def without_echoes(text: str, echoed: list[str]) -> str:
    """``text`` without its paragraphs made only of whole ``echoed`` values (a document's
    title and front-matter values) and punctuation: a site template's heading such as
    Jekyll's ``{{ page.nohibah }} - {{ page.title }}`` (``424 - Media Sosial …``), or an
    image whose alt text is the record's number. They repeat what the hit shows already.
    Only paragraphs of at most :data:`ECHO_CHARS` (headings, captions) are looked at, and
    only those whose every word is a word of some value are matched against the values
    (a value's match begins and ends at word boundaries, so it removes whole words only)."""
    values = sorted({" ".join(value.split()).casefold() for value in echoed if len(value) <= ECHO_CHARS} - {""}, key=len, reverse=True)
    if not values:
        return text
    vocabulary = set(_WORDS.findall(" ".join(values)))
    echo = None
    paragraphs = _PARAGRAPH_BREAK.split(text)
    kept = []
    for paragraph in paragraphs:
        normal = " ".join(paragraph.split()).casefold() if len(paragraph) <= ECHO_CHARS else None
        if normal is not None and vocabulary.issuperset(_WORDS.findall(normal)):
            echo = echo or re.compile("|".join(rf"(?<!\w){re.escape(value)}(?!\w)" for value in values))
            if _WORD.search(echo.sub(" ", normal)) is None:
                continue
        kept.append(paragraph)
    return text if len(kept) == len(paragraphs) else "\n\n".join(kept)


def _passages(text: str, terms: set[str], analyzer, marks: tuple[str, str]) -> str | None:
    """The best passages of ``text`` with the matches marked, or None when none matched."""
    for window in _windows(text, terms):
        matches = [(token.startchar, token.endchar, token.text) for token in analyzer(window, chars=True) if token.text in terms]
        if matches:
            break
    else:
        return None
    spans: list[list[int]] = []
    for first, last in sorted(_best_passages(matches)):
        start = window.rfind(" ", 0, max(0, matches[first][0] - CONTEXT_CHARS)) + 1
        end = window.find(" ", max(matches[last][1], start + PASSAGE_CHARS))
        end = len(window) if end < 0 else end
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return BETWEEN.join(_marked(window, start, end, matches, marks) for start, end in spans)


def _marked(window: str, start: int, end: int, matches, marks: tuple[str, str]) -> str:
    """``window[start:end]`` with ``marks`` around the matches inside it."""
    before, after = marks
    pieces, cursor = [], start
    for match_start, match_end, _ in matches:
        if match_start >= cursor and match_end <= end:
            pieces += [window[cursor:match_start], before, window[match_start:match_end], after]
            cursor = match_end
    pieces.append(window[cursor:end])
    return "".join(pieces)


def _windows(text: str, terms: set[str]) -> Iterator[str]:
    """Stretches of ``text`` that may hold a match: the whole of a short text, else up to
    :data:`WINDOWS` stretches around places where a term occurs as a substring. (Stems are
    nearly always substrings of the words they match; a substring may also sit inside
    another word, ``hak`` in ``pihak``, hence the further stretches.)"""
    if len(text) <= SOURCE_CHARS:
        yield text
        return
    if not terms:
        return
    occurrences = re.compile("|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True)))
    covered, tried = 0, 0
    for occurrence in occurrences.finditer(text.lower()):
        if occurrence.start() < covered:
            continue
        start = max(0, occurrence.start() - PASSAGE_CHARS)
        window = text[start : start + SOURCE_CHARS]
        yield window if start == 0 else window.split(" ", 1)[-1]
        covered, tried = start + SOURCE_CHARS - PASSAGE_CHARS, tried + 1
        if tried == WINDOWS:
            return


def _best_passages(matches: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Up to :data:`PASSAGES` non-overlapping runs of matches ``(first, last)``, each
    spanning at most :data:`PASSAGE_CHARS`, with the most distinct words (then matches)."""
    candidates = []
    last = 0
    for first, (start, _, _) in enumerate(matches):
        last = max(last, first)
        while last + 1 < len(matches) and matches[last + 1][1] - start <= PASSAGE_CHARS:
            last += 1
        distinct = len({text for _, _, text in matches[first : last + 1]})
        candidates.append((distinct, last - first, -first, first, last))
    candidates.sort(reverse=True)
    chosen: list[tuple[int, int]] = []
    for *_, first, last in candidates:
        if all(last < other_first or first > other_last for other_first, other_last in chosen):
            chosen.append((first, last))
            if len(chosen) == PASSAGES:
                break
    return chosen


def _clip(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a space, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"
