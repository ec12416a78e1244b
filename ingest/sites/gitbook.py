"""GitBook: a book's pages as GitBook shows them, from the Markdown its Git Sync writes.

A GitBook space synced to a repository holds Markdown pages, ``SUMMARY.md`` (the table of
contents: the book's navigation, not a page) and ``.gitbook/assets/`` (its files); a
``.gitbook.yaml`` may set another root or table of contents. GitBook writes its blocks as
tags: ``{% hint style="info" %}…{% endhint %}``, ``{% tabs %}{% tab title="Windows" %}…``,
``{% code title="pasang.sh" %}`` over a fenced block, ``{% embed url="…" %}``,
``{% content-ref url="…" %}``, ``{% file src="…" %}``, ``{% stepper %}{% step %}`` and
others. Each shows its contents; of its parameters, those that are text (a tab's or code
block's ``title``, a caption) are shown where it opens, the others (styles, addresses,
files) go (see :mod:`.parameters`). A tag in code stays as written.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from ..markup.pairs import SetAside, code_kept
from ..markup.seams import REMOVED, closed_seams, set_apart
from .parameters import parameter_text

#: A GitBook space's configuration (its ``root``: see :mod:`.gitbook_book`).
SPACE_CONFIG = ".gitbook.yaml"
#: What marks a folder as a GitBook space's: its configuration, its assets folder.
GITBOOK_MARKERS = (SPACE_CONFIG, ".gitbook")
#: A space's table of contents (at its root, or a language's folder in an older multilingual
#: book): the book's navigation, not a page.
SUMMARY = "SUMMARY.md"
SUMMARY_SKIPPED = "GitBook's table of contents (SUMMARY.md): the book's navigation, not a page"
#: GitBook's own tags in a page: one opened with parameters (``{% hint style="info" %}``),
#: a closing one (``{% endhint %}``).
SIGNS = re.compile(r"\{%\s*(?:hint\s+style=|content-ref\s+url=|embed\s+url=|tabs\s*%\}|code\s+title=|file\s+src=|stepper\s*%\})")
_TAG = re.compile(r"\{%\s*(end)?[a-z][\w-]*((?:[^%{}]|%(?!\}))*?)%\}")


def gitbook_markdown(body: str, page: Mapping[str, Any] | None = None) -> str:
    """The page's Markdown with GitBook's tags replaced by their parameters that are text
    (none: removed), outside code."""
    if "{%" not in body:
        return body
    aside = SetAside()

    def tag(match: re.Match) -> str:
        return REMOVED if match.group(1) else set_apart(" ".join(parameter_text(match.group(2))))

    return aside.restore(closed_seams(_TAG.sub(tag, code_kept(body, aside.keep))))
