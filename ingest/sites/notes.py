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
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

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


@dataclass(frozen=True)
class NotePublishing:
    """Which notes a vault's publisher leaves out by their ``publish`` property:
    ``explicit`` (Quartz's ExplicitPublish), all but those it sets ``true``; else (Obsidian
    Publish) those it sets ``false``."""

    #: The publisher, as a document's reader names it ("Obsidian Publish", "Quartz").
    publisher: str
    explicit: bool = False

    def unpublished(self, fields: dict[str, Any]) -> bool:
        """True for a note with front matter ``fields`` that the publisher leaves out."""
        value = fields.get("publish")
        return value not in _PUBLISHED if self.explicit else value is False


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
        return NotePublishing("Quartz", explicit=_EXPLICIT_PUBLISH.search(_COMMENT_LINE.sub("", text)) is not None)
    import yaml  # (loaded by the run already)

    config = yaml.safe_load(text)
    plugins = config.get("plugins") if isinstance(config, dict) else None
    entries = [entry for entry in plugins if isinstance(entry, dict)] if isinstance(plugins, list) else []
    explicit = any(_EXPLICIT_PLUGIN in str(entry.get("source", "")) and entry.get("enabled") is not False for entry in entries)
    return NotePublishing("Quartz", explicit=explicit)
