"""WordPress footnotes (the block editor's, WordPress 6.3 and later): a footnote's mark in
the text is a number in ``<sup data-fn="ID" class="fn">``, and its text is not in the post's
content but in the post's ``footnotes`` meta, JSON (``[{"id": "ID", "content": "…"}]``).
The footnotes block (``<!-- wp:footnotes /-->``) shows them there, as a numbered list in
the meta's order, each with a link back to its mark. So the list is put where the block
stands before the post is read, and the marks go (as a Markdown footnote's ``[^1]`` does);
marks whose footnotes the export does not give are named in a problem.
"""

from __future__ import annotations

import json
import re

from ..document import Problem

#: The footnotes block (dynamic: the content holds only its comment).
_BLOCK = re.compile(r"<!--\s*wp:(?:core/)?footnotes\b(?:\s+\{.*?\})?\s*/-->", re.S)
#: A footnote's mark: the number linked to its footnote.
_MARK = re.compile(r"<sup\b[^>]*\bdata-fn=[^>]*>.*?</sup>", re.S)


def shows_footnotes(content: str) -> bool:
    """True when the post's ``content`` may hold footnotes (their marks or their block)."""
    return "data-fn" in content or "wp:footnotes" in content or "wp:core/footnotes" in content


def with_footnotes(content: str, footnotes: str, problems: list[Problem]) -> str:
    """``content`` with its footnote marks removed and its footnotes block replaced by the
    footnotes the post's ``footnotes`` meta (JSON) holds, as WordPress lists them; marks
    whose footnotes the meta does not give (missing, not a JSON list) are named in ``problems``."""
    if not shows_footnotes(content):
        return content
    content, marks = _MARK.subn("", content)
    if not _BLOCK.search(content):
        return content  # (without the block WordPress shows no footnote)
    notes = _notes(footnotes)
    if notes is None:
        if marks:
            problems.append(Problem("text", f"{marks} footnote mark(s) whose footnotes the export does not give (no footnotes meta): their text is not read"))
        notes = []
    listed = "".join(f"<li>{note}</li>" for note in notes)
    return _BLOCK.sub(lambda match: f"\n<ol class=\"wp-block-footnotes\">{listed}</ol>\n" if listed else "", content)


def _notes(footnotes: str) -> list[str] | None:
    """The content (HTML) of each footnote the meta's JSON lists, None when it lists none
    that can be read (an empty meta, or one that is not JSON)."""
    try:
        listed = json.loads(footnotes) if footnotes.strip() else None
    except ValueError:
        listed = None
    if not isinstance(listed, list):
        return None
    return [note["content"] for note in listed if isinstance(note, dict) and isinstance(note.get("content"), str)]
