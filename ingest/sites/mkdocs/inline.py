"""What a MkDocs site's text extensions make of a page's text, as its ``mkdocs.yml`` configures
them (:class:`~.config.MkDocsSettings`); without an extension, its syntax stays as written.

- ``pymdownx.emoji``: a shortcode of its emoji index (``:smile:``, ``:+1:``; with Material for
  MkDocs' index also its icons, ``:material-account:``, ``:octicons-mark-github-16:``) is an
  image on the built page, not a word: it goes. A shortcode the index does not have
  (``:senyum:``, ``10:30:45``) stays, as on the built page.
- ``pymdownx.keys``: ``++ctrl+alt+del++`` shows the keys' names joined by the separator,
  "Ctrl+Alt+Del"; a quoted key shows its text (``++"Tombol Merah"++``); a name the key
  database does not have leaves the whole ``++…++`` as written, as the extension does.

The emoji and key databases are pymdownx's own (pymdown-extensions, the package that
provides these extensions), imported only when a site configures them.
"""

from __future__ import annotations

import html
import importlib
import re
from functools import lru_cache
from typing import Callable

from .config import Keys, MkDocsSettings
from ...markup.seams import REMOVED

#: An emoji shortcode, as pymdownx.emoji finds them.
_SHORTCODE = re.compile(r":[+\-\w]+:")
#: Material for MkDocs' icons (its emoji index adds every icon of its icon sets).
MATERIAL_ICON = re.compile(r":(?:material|fontawesome|octicons|simple)-[a-z0-9]+(?:-[a-z0-9]+)*:")
_QUOTED = r""""(?:\\.|[^\\"])+"|'(?:\\.|[^\\'])+'"""
#: ``++key+key++`` as pymdownx.keys finds it: names or quoted texts joined by single ``+``.
_KEYS = re.compile(rf"(?<!\\)\+\+((?:(?:[\w\-]+|{_QUOTED})\+(?!\+))*?(?:[\w\-]+|{_QUOTED}))\+\+")
_KEY = re.compile(rf"[\w\-]+|{_QUOTED}")
_ESCAPE = re.compile(r"\\(.)")


@lru_cache(maxsize=32)
def configured_text(settings: MkDocsSettings, attribute_lists: Callable[[str], str]) -> Callable[[str], str]:
    """Text → text as the site's extensions show it: ``attribute_lists`` first (MkDocs' attribute
    lists, always markup), then emoji and keys when configured."""
    steps = [attribute_lists]
    if settings.emoji:
        steps.append(_Emoji(settings.emoji, settings.icons).remove)
    if settings.keys:
        steps.append(_Keys(settings.keys).show)

    def text(content: str) -> str:
        for step in steps:
            content = step(content)
        return content

    return text


class _Emoji:
    """The shortcodes of one pymdownx emoji database (loaded on first use)."""

    def __init__(self, database: str, icons: bool) -> None:
        self.database, self.icons = database, icons
        self._names: frozenset[str] | None = None

    def remove(self, text: str) -> str:
        """``text`` without the shortcodes the index has (each a removal, see :mod:`...markup.seams`)."""
        if ":" not in text:
            return text
        parts, start, search = [], 0, 0
        while match := _SHORTCODE.search(text, search):
            if self._known(match.group(0)):
                parts += [text[start : match.start()], REMOVED]
                start = search = match.end()
            else:
                search = match.end() - 1  # its closing colon may open the next
        return "".join(parts) + text[start:] if parts else text

    def _known(self, shortcode: str) -> bool:
        if self._names is None:
            module = importlib.import_module(f"pymdownx.{self.database}")
            self._names = frozenset(module.emoji).union(module.aliases)
        return shortcode in self._names or (self.icons and MATERIAL_ICON.fullmatch(shortcode) is not None)


class _Keys:
    """pymdownx.keys' key names (its database and the site's ``key_map``) and settings."""

    def __init__(self, keys: Keys) -> None:
        self.keys = keys
        self._names: dict[str, str] | None = None
        self._aliases: dict[str, str] = {}

    def show(self, text: str) -> str:
        """``text`` with each ``++…++`` of known keys as the built page shows it."""
        return _KEYS.sub(self._shown, text) if "++" in text else text

    def _shown(self, match: re.Match) -> str:
        names = [self._name(key) for key in _KEY.findall(match.group(1))]
        return match.group(0) if None in names else self.keys.separator.join(names)

    def _name(self, key: str) -> str | None:
        """What the page shows for one key: a quoted text as it is, a known name's label."""
        if key.startswith(('"', "'")):
            return html.unescape(_ESCAPE.sub(r"\1", key[1:-1])).strip()
        if self._names is None:
            from pymdownx import keymap_db

            self._names = {**keymap_db.keymap, **dict(self.keys.key_map)}
            self._aliases = keymap_db.aliases
        key = _camel_case_read(key) if self.keys.camel_case else key
        return self._names.get(self._aliases.get(key, key))


def _camel_case_read(key: str) -> str:
    """``PageUp`` as ``page-up`` (pymdownx.keys' ``camel_case``)."""
    return re.sub(r"(?<=[^-])([A-Z])", r"-\1", key).lower()
