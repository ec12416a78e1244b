"""HTML pages from the package's Jinja2 templates, auto-escaped: every value that comes from
a document (titles, snippets, categories, front-matter fields) is shown as text, never markup."""

from __future__ import annotations

import json
import re
from importlib import resources

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from .texts import TEXTS, format_date

#: Private-use characters put around matched words in snippets, turned into ``<mark>``
#: after escaping (documents cannot inject markup through them: strays are dropped).
MARKS = ("\ue000", "\ue001")
_MARKED = re.compile("\ue000([^\ue000\ue001]*)\ue001")
#: Control characters (other than tab and line breaks) and stray marks are not shown.
_UNSHOWN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000\ue001]")
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}


def _finalize(value):
    """Applied to every ``{{ value }}`` before it is escaped."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return _UNSHOWN.sub("", value)
    return value


def highlighted(snippet: str) -> Markup:
    """``snippet`` escaped, its marked words in ``<mark>``."""
    marked = _MARKED.sub(r"<mark>\1</mark>", str(escape(snippet)))
    return Markup(_UNSHOWN.sub("", marked))


def as_text(value) -> str:
    """A front-matter value as text: strings as they are, lists and tables as JSON."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def number(value: int, lang: str) -> str:
    """``12345`` as ``12.345`` in Indonesian, ``12,345`` in English."""
    text = f"{value:,}"
    return text.replace(",", ".") if lang == "id" else text


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a clean text (separated by blank lines)."""
    return [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]


class Renderer:
    """Renders the page templates in one language."""

    def __init__(self) -> None:
        self.environment = Environment(
            loader=PackageLoader("arsip.web", "templates"),
            autoescape=True,
            finalize=_finalize,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.environment.filters.update(highlighted=highlighted, paragraphs=paragraphs, as_text=as_text, number=number)

    def render(self, template: str, lang: str, **context) -> bytes:
        """The page ``template`` with ``context``, in ``lang`` (``id`` or ``en``), as UTF-8."""
        page = self.environment.get_template(template).render(
            t=TEXTS[lang], lang=lang, date=lambda value: format_date(value, lang), **context
        )
        return page.encode("utf-8")


def static_files() -> dict[str, tuple[bytes, str]]:
    """The package's static files: name → (bytes, content type). Only these are served."""
    folder = resources.files("arsip.web") / "static"
    return {
        entry.name: (entry.read_bytes(), STATIC_TYPES[suffix])
        for entry in folder.iterdir()
        if (suffix := "." + entry.name.rsplit(".", 1)[-1]) in STATIC_TYPES
    }
