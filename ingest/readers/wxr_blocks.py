"""WordPress reusable blocks ("synced patterns"): a post that shows one holds only a
reference to it (``<!-- wp:block {"ref":77} /-->``), and the block's content is an item of
its own in the export (post type ``wp_block``, not a document). The post shows that content
where the reference stands, so it is put there before the post is read; a reference to a
block the export does not hold is named in a problem.
"""

from __future__ import annotations

import json
import re

from ..document import Problem

#: A reference to a reusable block: its attributes, JSON holding the block's ``ref``.
_REFERENCE = re.compile(r"<!--\s*wp:block\s+(\{.*?\})\s*/-->", re.S)
#: How deep blocks holding blocks are put in place.
_MAX_DEPTH = 8


def shows_blocks(text: str) -> bool:
    """True when the export ``text`` may hold a post that shows a reusable block (else its
    ``wp_block`` items need not be collected)."""
    return "wp:block" in text and "wp_block" in text


def with_reusable_blocks(content: str, blocks: dict[str, str], problems: list[Problem]) -> str:
    """``content`` with each reusable block it refers to in place (their own references in
    turn); a reference to a block ``blocks`` lacks is removed and named in ``problems``."""
    if "wp:block" not in content:
        return content
    missing: list[str] = []
    content = _expanded(content, blocks, missing, ())
    if missing:
        listed = ", ".join(dict.fromkeys(missing))
        problems.append(Problem("text", f"{len(missing)} reusable block(s) not in the export, their content not read (ref {listed})"))
    return content


def _expanded(content: str, blocks: dict[str, str], missing: list[str], stack: tuple[str, ...]) -> str:
    def block(match: re.Match) -> str:
        try:
            ref = str(json.loads(match.group(1)).get("ref", ""))
        except (ValueError, AttributeError):
            return match.group(0)
        if ref in stack or len(stack) >= _MAX_DEPTH:
            return ""  # (a block holding itself shows nothing more of it)
        if ref not in blocks:
            missing.append(ref)
            return ""
        return _expanded(blocks[ref], blocks, missing, stack + (ref,))

    return _REFERENCE.sub(block, content)


#: A block saved without content (``<!-- wp:latest-posts {"postsToShow":5} /-->``): what it
#: shows, the site renders each time a page is shown (the latest posts, the archives, the
#: categories, a feed's items, a plugin's form), so the export does not hold it.
_SERVER_RENDERED = re.compile(r"<!--\s*wp:([a-z][a-z0-9-]*(?:/[a-z][a-z0-9-]*)?)(?:\s+\{.*?\})?\s*/-->", re.S)
#: A query loop (``<!-- wp:query -->`` … ``<!-- /wp:query -->``): the blocks inside it are
#: filled with each post the site finds when the page is shown.
_QUERY_LOOP = re.compile(r"<!--\s*wp:query\b.*?<!--\s*/wp:query\s*-->", re.S)


def rendered_blocks(content: str) -> list[str]:
    """The blocks of ``content`` that the site renders when the page is shown (see
    :data:`_SERVER_RENDERED`, :data:`_QUERY_LOOP`), each name once, in order of appearance
    (``wp:query``, ``wp:latest-posts``); empty when it has none."""
    if "/-->" not in content and "wp:query" not in content:  # (neither kind can be there)
        return []
    names = ["wp:query"] if _QUERY_LOOP.search(content) else []
    names += (f"wp:{name}" for name in _SERVER_RENDERED.findall(_QUERY_LOOP.sub("", content)))
    return list(dict.fromkeys(names))
