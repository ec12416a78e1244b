"""Vaults of notes whose publisher reads a note's ``publish`` property: Obsidian Publish and
Quartz.

- Obsidian Publish (its core plugin enabled in the vault's ``.obsidian/core-plugins.json``:
  ``"publish": true``, or ``publish`` in the older list) never publishes a note whose
  ``publish`` property is ``false``; ``true`` selects it for publishing.
- Quartz with its ``ExplicitPublish`` filter publishes only the notes whose ``publish`` is
  ``true`` (or the text ``"true"``): Quartz 4's ``quartz.config.ts`` calls
  ``Plugin.ExplicitPublish()`` among its filters, Quartz 5's ``quartz.config.yaml`` lists the
  plugin ``github:quartz-community/explicit-publish`` enabled. Its default ``RemoveDrafts``
  filter leaves out ``draft: true``, as every site arsip reads does.

A note either leaves out is a draft, kept only with ``--include-drafts``.

A Quartz repository (its configuration beside a ``content/`` folder that holds files) is
Quartz's code, its own documentation (``docs/``) and README, and the notes of ``content/``,
which ``npx quartz build`` publishes (its default ``--directory``; ``quartz/build.ts`` globs
``**/*.md`` there): the other files are no notes, nor are those the configuration's
``ignorePatterns`` (globs below ``content/``, by default ``private``, ``templates`` and
``.obsidian``) match, nor those a ``.gitignore`` in ``content/`` ignores (Quartz 4 globs with
globby's ``gitignore: true``, ``quartz/util/glob.ts``, which reads the ``.gitignore`` files
below the folder it globs: with the globby 14 Quartz 4 depends on, not the repository's own
above it). A file of ``content/`` that is not Markdown (an image, a PDF, an ``.html`` or
``.txt`` file) is copied into the site as it is by Quartz's ``Assets`` emitter: not a note.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Iterable

from .eleventy_ignores import is_ignored

#: The list of an Obsidian vault's core plugins and whether each one is enabled.
OBSIDIAN_PLUGINS = ".obsidian/core-plugins.json"
#: Quartz's configuration: Quartz 4's code, Quartz 5's YAML.
QUARTZ_CONFIGS = ("quartz.config.ts", "quartz.config.yaml")
#: Quartz's filter that publishes only ``publish: true`` notes, called in Quartz 4's
#: configuration (``ExternalPlugin.`` in Quartz 5's code), and its plugin in Quartz 5's.
_EXPLICIT_PUBLISH = re.compile(r"\b(?:External)?Plugin\.ExplicitPublish\s*\(")
_EXPLICIT_PLUGIN = "quartz-community/explicit-publish"
#: A line that is only a comment (a filter named there is not used).
_COMMENT_LINE = re.compile(r"^[ \t]*//[^\n]*", re.M)
#: The values of ``publish`` that Quartz's ExplicitPublish publishes.
_PUBLISHED = (True, "true")
#: The folder of a Quartz repository whose notes it publishes (``npx quartz build -d content``).
QUARTZ_CONTENT = "content"
#: Why a file of a Quartz repository outside its content folder is not read.
OUTSIDE_QUARTZ_CONTENT = "outside the Quartz content folder: not a note Quartz publishes"
#: Why a note its configuration's ``ignorePatterns`` match is not read.
QUARTZ_IGNORED = "matched by the Quartz configuration's ignorePatterns: not a note Quartz publishes"
#: Why a note a ``.gitignore`` of the content folder ignores is not read.
QUARTZ_GIT_IGNORED = "ignored by a .gitignore in the Quartz content folder: not a note Quartz publishes"
#: Why a file of the content folder that is not Markdown is not read.
QUARTZ_ASSET = "a file Quartz copies into the site as it is (not Markdown: an asset of its content folder), not a note"
#: The notes Quartz reads: ``quartz/build.ts`` globs ``**/*.md`` (case-sensitive, as fast-glob matches).
_NOTE_SUFFIX = ".md"
#: Quartz 4's ``ignorePatterns: ["private", "templates"]`` and the strings of such a list.
_IGNORE_PATTERNS = re.compile(r"\bignorePatterns\s*:\s*\[([^\]]*)\]")
_STRING = re.compile(r"""(['"])((?:(?!\1)[^\\\n])*)\1""")
#: The parts of a glob, as fast-glob reads them: ``**/``, ``**``, ``*``, ``?``, other text.
_GLOB_PART = re.compile(r"\*\*/|\*\*|\*|\?|[^*?]+")


@dataclass(frozen=True)
class NotePublishing:
    """Which notes a vault's publisher leaves out by their ``publish`` property:
    ``explicit`` (Quartz's ExplicitPublish), all but those it sets ``true``; else (Obsidian
    Publish) those it sets ``false``."""

    #: The publisher, as a document's reader names it ("Obsidian Publish", "Quartz").
    publisher: str
    explicit: bool = False
    #: Quartz: the folder below the repository's root whose notes it publishes
    #: (:data:`QUARTZ_CONTENT`, when it holds files; None: every folder is read), and the
    #: configuration's ``ignorePatterns``, globs below that folder.
    content: str | None = None
    ignored: tuple[str, ...] = ()
    #: Quartz: the patterns of the ``.gitignore`` files in its content folder, anchored at
    #: that folder (see :func:`git_ignore_patterns`).
    git_ignored: tuple[str, ...] = ()

    def unpublished(self, fields: dict[str, Any]) -> bool:
        """True for a note with front matter ``fields`` that the publisher leaves out."""
        value = fields.get("publish")
        return value not in _PUBLISHED if self.explicit else value is False

    def unread_reason(self, path: str) -> str | None:
        """Why the publisher makes no note of the file at ``path`` (below the site's root):
        Quartz's, that it is outside its content folder, its ``ignorePatterns`` match it
        (a folder they match, ``private``, holds no notes), a ``.gitignore`` of the content
        folder ignores it, or it is not Markdown (an asset); None otherwise."""
        if self.content is None:
            return None
        if not path.startswith(self.content + "/"):
            return OUTSIDE_QUARTZ_CONTENT
        inside = path[len(self.content) + 1 :]
        parts = inside.split("/")
        places = ["/".join(parts[:end]) for end in range(1, len(parts) + 1)]
        if any(_glob(pattern).fullmatch(place) for pattern in self.ignored for place in places):
            return QUARTZ_IGNORED
        if is_ignored(inside, self.git_ignored):
            return QUARTZ_GIT_IGNORED
        if path.endswith(_NOTE_SUFFIX) or parts[-1].startswith("."):
            return None  # (a note; or a hidden file, which Quartz's globs do not match: no asset)
        return QUARTZ_ASSET

    def state(self) -> list:
        """What an index records of these settings (the content folder and ignored globs
        only when Quartz's content folder is read, as before they were)."""
        state = [self.publisher, self.explicit] + ([self.content, list(self.ignored)] if self.content is not None else [])
        return state + [list(self.git_ignored)] if self.git_ignored else state


def git_ignore_patterns(files: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """The patterns of ``.gitignore`` files, given as (their folder below the folder globbed,
    ``""`` for its own; their text), anchored at the folder globbed, as git reads them: a
    line with a slash before its end is a path from its file's folder, one without matches
    at any depth below it; ``!`` lines re-include; an outer file's lines come first, so a
    deeper file's win."""
    patterns = []
    for folder, text in sorted(files, key=lambda file: (file[0].count("/") + bool(file[0]), file[0])):
        base = f"/{folder}/" if folder else "/"
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            negation, body = ("!", line[1:]) if line.startswith("!") else ("", line)
            anchored = "/" in body.rstrip("/")
            patterns.append(negation + base + (body.lstrip("/") if anchored else "**/" + body))
    return tuple(patterns)


def obsidian_publishing(text: str) -> NotePublishing | None:
    """Obsidian Publish when the vault's core plugins file ``text`` enables it, else None.
    Raises ``json.JSONDecodeError`` for a file that is not JSON."""
    plugins = json.loads(text)
    enabled = plugins.get("publish") is True if isinstance(plugins, dict) else isinstance(plugins, list) and "publish" in plugins
    return NotePublishing("Obsidian Publish") if enabled else None


def quartz_publishing(name: str, text: str) -> NotePublishing:
    """What Quartz's configuration ``name`` holding ``text`` says of its notes: whether its
    filters include ExplicitPublish — called (not in a comment) in ``quartz.config.ts``,
    a plugin entry of ``quartz.config.yaml`` not ``enabled: false``. Raises
    ``yaml.YAMLError`` for a YAML file that does not parse."""
    if not name.endswith(".yaml"):
        code = _COMMENT_LINE.sub("", text)
        patterns = _IGNORE_PATTERNS.search(code)
        ignored = tuple(match.group(2) for match in _STRING.finditer(patterns.group(1))) if patterns else ()
        return NotePublishing("Quartz", explicit=_EXPLICIT_PUBLISH.search(code) is not None, ignored=ignored)
    import yaml  # (loaded by the run already)

    config = yaml.safe_load(text)
    plugins = config.get("plugins") if isinstance(config, dict) else None
    entries = [entry for entry in plugins if isinstance(entry, dict)] if isinstance(plugins, list) else []
    explicit = any(_EXPLICIT_PLUGIN in str(entry.get("source", "")) and entry.get("enabled") is not False for entry in entries)
    settings = config.get("configuration") if isinstance(config, dict) else None
    patterns = settings.get("ignorePatterns") if isinstance(settings, dict) else None
    ignored = tuple(pattern for pattern in patterns if isinstance(pattern, str)) if isinstance(patterns, list) else ()
    return NotePublishing("Quartz", explicit=explicit, ignored=ignored)


def _glob(pattern: str) -> re.Pattern:
    """The paths a glob of ``ignorePatterns`` matches, as fast-glob reads it: ``*`` and
    ``?`` within a part, ``**`` across parts (``**/*.excalidraw.md``); a leading ``./`` or
    a trailing ``/`` does not count."""
    pattern = pattern.removeprefix("./").rstrip("/")
    parts = {"**/": "(?:.*/)?", "**": ".*", "*": "[^/]*", "?": "[^/]"}
    return re.compile("".join(parts.get(part) or re.escape(part) for part in _GLOB_PART.findall(pattern)))
