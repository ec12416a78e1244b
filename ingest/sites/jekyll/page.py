"""What Jekyll 4 puts in a page's ``page`` variable itself, where its front matter (over its
front-matter defaults) gives nothing, as far as arsip can know it.

- A post's, draft's or collection document's ``page.title`` is its file name titleized
  (``Document#populate_title``, :func:`~.urls.document_title`); a page's is nothing — but a
  Markdown page whose body opens with a heading, which GitHub Pages'
  ``jekyll-titles-from-headings`` makes its title: which build the site had is not known.
- A document's ``page.date`` is its front matter's ``date`` (or its defaults'), else the date
  its file name starts with (``Document#modify_date``), as a time in the site's ``timezone`` (``Utils.parse_date``
  calls ``localtime``; without one, UTC, as :mod:`.urls` takes it); a document dated by
  neither is dated by the build's clock or its file's modification time, not known. A page
  has no date of its own: nothing.

What is not known is left out of the mapping, so :mod:`.outputs` names it.
"""

from __future__ import annotations

import re
from typing import Any

from .config import JekyllSite
from .dates import build_time
from .urls import DATED_NAME, below_collections_dir, document_date, document_kind, document_title

#: A heading opening a Markdown page, as ``jekyll-titles-from-headings`` finds it (its
#: ``TITLE_REGEX``): an ATX heading of level 1 to 3, or a Setext heading.
_OPENING_HEADING = re.compile(r"\A\s*(?:#{1,3}\s+.*|.*\r?\n[-=]+\s*)$", re.M)


def page_variables(path: str, data: dict[str, Any], body: str, site: JekyllSite) -> dict[str, Any]:
    """What ``{{ page.x }}`` reads in the file at ``path`` (below the site's root) whose front
    matter over its defaults is ``data`` and whose body is ``body``: ``data`` with the
    ``title`` and ``date`` Jekyll gives it (see the module), None for what shows nothing,
    and without those arsip does not know."""
    relative = below_collections_dir(path, site)
    kind = document_kind(relative, True, site) if relative is not None else None
    page = dict(data)
    if data.get("title") in (None, False):
        if kind is not None:
            page["title"] = document_title(path, True, site)
        elif _titled_by_heading(path, body, site):
            page.pop("title", None)
        else:
            page["title"] = None
    if kind is None:
        page.setdefault("date", None)
        return page
    name = DATED_NAME.match(relative.rsplit("/", 1)[-1])  # (any document's name may date it: ``Document#populate_title``)
    date = document_date(data.get("date"), name.group(1) if name else None, site.timezone)
    if date is None:
        page.pop("date", None)
    else:
        page["date"] = build_time(date, site.timezone)
    return page


def _titled_by_heading(path: str, body: str, site: JekyllSite) -> bool:
    """True for a Markdown page whose body opens with a heading (see the module)."""
    extension = "." + path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    return extension in site.markdown_ext and _OPENING_HEADING.match(body) is not None

