"""What Pelican's ``pelicanconf.py`` (and ``publishconf.py``) say about where pages go.

The configuration is Python, and it is never run: it is parsed (:mod:`ast`) and only its
top-level assignments of literal values are read (``ARTICLE_URL = "{date:%Y}/{slug}/"``,
``SLUG_REGEX_SUBSTITUTIONS = [...]``, ``u'...'`` strings of Python 2 days too). A setting
given a computed value (``SITEURL = os.environ["SITEURL"]``), or assigned inside an ``if``
or ``try``, is *unknown*: a page whose place depends on it gets no URL and says why. A file
Python 3 cannot parse (``print "..."``) is read line by line, each ``NAME = literal``.
"""

from __future__ import annotations

import ast
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from ..python_files import parse_python

#: Pelican's configuration files, as sites name the one ``pelican -s`` reads: the name
#: ``pelican-quickstart`` writes, and the older ``pelican.conf.py``.
PELICAN_CONFIGS = ("pelicanconf.py", "pelican.conf.py")
#: The settings arsip reads, with Pelican 4's defaults (``pelican/settings.py``).
DEFAULTS: dict[str, Any] = {
    "SITEURL": "",
    "DEFAULT_LANG": "en",
    "PATH": "content",  # Pelican's default is the folder it is run in; its Makefile and tasks.py give content/
    "ARTICLE_PATHS": [""],
    "ARTICLE_EXCLUDES": [],
    "PAGE_PATHS": ["pages"],
    "PAGE_EXCLUDES": [],
    "IGNORE_FILES": ["**/.*"],
    "ARTICLE_URL": "{slug}.html",
    "ARTICLE_LANG_URL": "{slug}-{lang}.html",
    "DRAFT_URL": "drafts/{slug}.html",
    "DRAFT_LANG_URL": "drafts/{slug}-{lang}.html",
    "PAGE_URL": "pages/{slug}.html",
    "PAGE_LANG_URL": "pages/{slug}-{lang}.html",
    "DRAFT_PAGE_URL": "drafts/pages/{slug}.html",
    "DRAFT_PAGE_LANG_URL": "drafts/pages/{slug}-{lang}.html",
    "CATEGORY_SAVE_AS": "category/{slug}.html",
    "USE_FOLDER_AS_CATEGORY": True,
    "DEFAULT_CATEGORY": "misc",
    "DEFAULT_METADATA": {},
    "EXTRA_PATH_METADATA": {},
    "FILENAME_METADATA": r"(?P<date>\d{4}-\d{2}-\d{2}).*",
    "PATH_METADATA": "",
    "DEFAULT_DATE": None,
    "WITH_FUTURE_DATES": True,
    "TIMEZONE": "UTC",
    "AUTHOR": None,
    "SLUGIFY_SOURCE": "title",
    "SLUGIFY_USE_UNICODE": False,
    "SLUGIFY_PRESERVE_CASE": False,
    "SLUG_REGEX_SUBSTITUTIONS": [
        (r"[^\w\s-]", ""),
        (r"(?u)\A\s*", ""),
        (r"(?u)\s*\Z", ""),
        (r"[-\s]+", "-"),
    ],
    "CATEGORY_REGEX_SUBSTITUTIONS": None,  # None: SLUG_REGEX_SUBSTITUTIONS
    "AUTHOR_REGEX_SUBSTITUTIONS": None,
    "PLUGINS": [],
    "I18N_SUBSITES": {},  # the i18n_subsites plugin's languages, each with the settings it overrides
}
#: A ``NAME = value`` line, for a configuration Python 3 cannot parse.
_ASSIGNMENT_LINE = re.compile(r"^([A-Z][A-Z0-9_]*)\s*=\s*(.+?)\s*$", re.M)


class UnknownSetting(Exception):
    """The configuration computes the setting: its value is not known without running it."""


@dataclass(frozen=True)
class PelicanSettings:
    """The settings read from a Pelican configuration (``values``; the others have Pelican's
    defaults), and the names of those it computes (``unknown``), each with the file."""

    values: dict[str, Any] = field(default_factory=dict, hash=False)
    unknown: dict[str, str] = field(default_factory=dict, hash=False)

    def __getitem__(self, name: str) -> Any:
        """The setting ``name``; :class:`UnknownSetting` (naming it and its file) when computed."""
        if name in self.unknown:
            raise UnknownSetting(f"{self.unknown[name]} computes {name} (arsip reads literal values only)")
        return self.values.get(name, DEFAULTS.get(name))

    def fingerprint(self) -> str:
        """A short digest of the settings arsip reads: an index notes a change of them by it."""
        read = sorted((name, repr(self.values.get(name)), name in self.unknown) for name in DEFAULTS)
        return hashlib.sha256(repr(read).encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def overridden_by(self, other: PelicanSettings) -> PelicanSettings:
        """These settings with ``other``'s (``publishconf.py``, which imports these) over them;
        an empty string there (``SITEURL = ''``) leaves this one's."""
        given = {name: value for name, value in other.values.items() if value != ""}
        values = {name: value for name, value in self.values.items() if name not in other.unknown} | given
        unknown = {name: file for name, file in self.unknown.items() if name not in given} | other.unknown
        return PelicanSettings(values, unknown)


def pelican_settings(text: str, file: str = "pelicanconf.py") -> PelicanSettings:
    """The literal settings of the Pelican configuration ``file`` holding ``text`` (see the
    module's docstring)."""
    try:
        statements = parse_python(text).body
    except (SyntaxError, ValueError):
        return _settings_by_line(text, file)
    values: dict[str, Any] = {}
    unknown: dict[str, str] = {}
    for statement in statements:
        plain = isinstance(statement, ast.Assign) and all(isinstance(target, ast.Name) for target in statement.targets)
        value = _literal(statement.value) if plain else _UNKNOWN
        for name in _assigned_names(statement):
            if value is _UNKNOWN:
                values.pop(name, None)
                unknown[name] = file
            else:
                values[name] = value
                unknown.pop(name, None)
    return PelicanSettings(values, unknown)


def _settings_by_line(text: str, file: str) -> PelicanSettings:
    values: dict[str, Any] = {}
    unknown: dict[str, str] = {}
    for name, source in _ASSIGNMENT_LINE.findall(text):
        try:
            values[name] = ast.literal_eval(parse_python(source, "eval"))
            unknown.pop(name, None)
        except (SyntaxError, ValueError, RecursionError):
            values.pop(name, None)
            unknown[name] = file
    return PelicanSettings(values, unknown)


_UNKNOWN = object()


def _literal(node: ast.expr) -> Any:
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, RecursionError):
        return _UNKNOWN


def _assigned_names(statement: ast.stmt) -> list[str]:
    """The upper-case names a top-level statement assigns (anywhere inside an ``if``,
    ``try`` or loop: those are unknown)."""
    if isinstance(statement, ast.Assign):
        targets = statement.targets
    elif isinstance(statement, (ast.AugAssign, ast.AnnAssign)):
        targets = [statement.target]
    elif isinstance(statement, (ast.If, ast.Try, ast.For, ast.While, ast.With)):
        targets = [target for node in ast.walk(statement) if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign))
                   for target in (node.targets if isinstance(node, ast.Assign) else [node.target])]
    else:
        return []
    names = [node.id for target in targets for node in ast.walk(target) if isinstance(node, ast.Name)]
    return [name for name in names if name.isupper()]
