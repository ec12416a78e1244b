"""Hugo's configuration folder (``config/``) as a plain ``hugo`` build reads it.

``hugo`` builds in the ``production`` environment (``hugo server`` in ``development``):
the files of ``config/_default/`` are read, then those of ``config/production/`` merged
over them, a table's keys one by one, the later value winning (gohugo.io, "Configuration
directory"; checked against Hugo 0.111.3). In each folder the main file (``hugo.toml``, or
``config.toml``, ``.yaml``, ``.json``; a main file at the site's top counts as
``_default``'s, as ``production``'s files merge over it too) holds any setting, and a file named after one root
key holds that key's table: ``params.toml`` is ``[params]``, ``permalinks.toml``
``[permalinks]``, ``markup.toml`` ``[markup]``, ``module.toml`` ``[module]`` (its mounts),
``languages.toml`` ``[languages]`` and
``languages.id.toml`` ``[languages.id]``.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any, Mapping, NamedTuple

import yaml

from .globs import mount_files, mounts_file, unsure_of

#: The environment a plain ``hugo`` build reads over ``_default``.
HUGO_ENVIRONMENT = "production"
#: The folders of ``config/`` a build reads, in order.
ENVIRONMENTS = ("_default", HUGO_ENVIRONMENT)
#: A folder's main file, by Hugo's precedence.
MAIN_FILES = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json")
#: A file of one root key's table (and, for ``languages``, of one language's).
_KEY_FILE = re.compile(r"^(params|permalinks|markup|module|languages)(?:\.([a-z]{2,3}(?:-[a-z0-9]+)?))?\.(?:toml|ya?ml|json)$", re.I)


def is_setting(entry: str) -> bool:
    """True for a file of an environment folder whose text :func:`folder_config` reads."""
    return entry in MAIN_FILES or _key_file(entry) is not None


def folder_config(files: Mapping[str, str]) -> dict[str, Any] | None:
    """The configuration the files of Hugo's ``config/`` folder give a plain ``hugo`` build
    (``files``: each entry below ``config/`` → its text, ``_default/hugo.toml``,
    ``production/params.toml`` …), its top-level keys in lower case; None when
    ``_default`` has no main file that parses (a file of ``production`` that does not is
    left out, as its settings cannot be known)."""
    merged: dict[str, Any] = {}
    for environment in ENVIRONMENTS:
        entries = {entry.split("/", 1)[1]: text for entry, text in files.items() if entry.startswith(environment + "/") and entry.count("/") == 1}
        main = next((name for name in MAIN_FILES if name in entries), None)
        data = _data(main, entries[main]) if main else None
        if environment == "_default" and data is None:
            return None
        _merge(merged, _lowered(data or {}))
        for entry in sorted(entries):
            match = _key_file(entry)
            table = _data(entry, entries[entry]) if match else None
            if isinstance(table, dict):
                key, language = match.group(1).lower(), match.group(2)
                _merge(merged, {key: {language.lower(): table} if language else table})
    return merged


def setting(config: Any, *keys: str) -> Any:
    """The value of the setting at ``keys`` (lower case: ``"markup", "goldmark"``) in the
    site's configuration, whose keys Hugo reads ignoring their case; None when it is not set."""
    value = config
    for key in keys:
        if not isinstance(value, Mapping):
            return None
        value = next((item for name, item in value.items() if str(name).lower() == key), None)
    return value


def block_attributes(config: Mapping[str, Any]) -> bool:
    """True when the site's Markdown converter, Goldmark, reads attribute lists on a line
    of their own after a block (``{.lead}`` under a paragraph, ``{.table}`` under a table):
    ``markup.goldmark.parser.attribute.block`` set true. Hugo's default is false, and then
    such a line is shown as written (gohugo.io, "Configure markup")."""
    return setting(config, "markup", "goldmark", "parser", "attribute", "block") is True


def theme_folders(config: Mapping[str, Any]) -> tuple[str, ...]:
    """The folders of the site's themes from its root, in the order Hugo looks a template
    up in them after the site's own ``layouts/``: ``theme``, one name or a list, left to
    right, each in ``themesDir`` (``themes`` by default) (gohugo.io, "Theme components").
    No ``theme``: none (a theme in ``themes/`` the configuration does not name is not used)."""
    themes = config.get("theme")
    names = [themes] if isinstance(themes, str) else themes if isinstance(themes, list) else []
    folder = config.get("themesdir")
    folder = folder.strip("/") if isinstance(folder, str) and folder.strip("/") else "themes"
    return tuple(f"{folder}/{name.strip('/')}" for name in names if isinstance(name, str) and name.strip("/"))


def static_folders(config: Mapping[str, Any]) -> tuple[str, ...]:
    """The folders from the site's root whose ``CNAME`` Hugo copies to the root of the built
    site, in the order it mounts them (``modules/config.go``, ``ApplyProjectConfigDefaults``):
    the sources of ``module.mounts`` whose target is ``static`` when a mount targets
    ``static`` or a folder in it (then ``staticDir`` is not read), less those whose globs
    leave the ``CNAME`` out, or may (see :func:`~.globs.mount_files`), else ``staticDir``, one
    folder or a list, and ``staticDir0`` to ``staticDir10`` after it; ``static`` when none is set."""
    mounts = _mounts(config)
    if any(target == "static" or target.startswith("static/") for _, target, _ in mounts):
        copied = (source for source, target, mount in mounts if target == "static" and source and _copies_cname(_files(mount)))
        return tuple(dict.fromkeys(copied))
    keys = ("staticdir", *(f"staticdir{number}" for number in range(11)))
    folders = [_folder(item) for key in keys for item in _strings(config.get(key))]
    return tuple(dict.fromkeys(folder for folder in folders if folder)) or ("static",)


class ContentMount(NamedTuple):
    """A folder Hugo reads pages from: of the language ``lang`` (None: the default one),
    ``source`` from the site's root, mounted at ``target`` below the content, the files of
    it that ``files`` name (the ways Hugo may read its globs, see :func:`~.globs.mount_files`;
    ``((),)``: all)."""

    lang: str | None
    source: str
    target: str
    files: tuple[tuple[str, ...], ...] = ((),)

    def holds(self, path: str) -> bool:
        """Whether Hugo may read the file at ``path`` below the site's root from this folder
        (by one of the ways it may read the mount's globs)."""
        return path.startswith(self.source + "/") and mounts_file(self.files, path[len(self.source) + 1 :])

    def unsure(self, path: str) -> bool:
        """Whether the ways Hugo may read the mount's globs disagree on the file at ``path``
        below the site's root, which the folder holds."""
        return unsure_of(self.files, path[len(self.source) + 1 :])


def content_mounts(config: Mapping[str, Any]) -> tuple[ContentMount, ...]:
    """The folders ``module.mounts`` mount on Hugo's content — target ``content`` or a folder
    in it — in order. When there is one, Hugo reads its pages from these only, and not
    from ``contentDir`` nor a language's ``contentDir`` (``modules/config.go``,
    ``ApplyProjectConfigDefaults``); a mount without ``lang`` is of the default language. A
    source outside the site's root is kept as ``""``: it holds none of the input's files."""
    mounts = []
    for source, target, mount in _mounts(config):
        component, _, below = target.partition("/")
        lang = setting(mount, "lang")
        if component == "content":
            mounts.append(ContentMount(lang.lower() if isinstance(lang, str) and lang else None, source, below, _files(mount)))
    return tuple(mounts)


def _mounts(config: Mapping[str, Any]) -> list[tuple[str, str, Mapping]]:
    """The site's ``module.mounts`` as (source, target, the mount's table), the folders as :func:`_folder` gives them."""
    mounts = setting(config, "module", "mounts")
    mounts = [mount for mount in mounts if isinstance(mount, Mapping)] if isinstance(mounts, list) else []
    return [(_folder(setting(mount, "source")), _folder(setting(mount, "target")), mount) for mount in mounts]


def _files(mount: Mapping) -> tuple[tuple[str, ...], ...]:
    """The ways Hugo may read the globs naming the files the mount ``mount`` mounts (see :func:`~.globs.mount_files`)."""
    return mount_files({str(key).lower(): value for key, value in mount.items()})


def _copies_cname(readings: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a static mount whose globs Hugo may read as ``readings`` copies its ``CNAME``
    however it reads them (one it may leave out names no address the site is known at)."""
    return mounts_file(readings, "CNAME") and not unsure_of(readings, "CNAME")


def _strings(value: Any) -> list:
    """A setting that is one string or a list of them, as a list."""
    return [value] if isinstance(value, str) else value if isinstance(value, list) else []


def _folder(value: Any) -> str:
    """A folder setting as a path from the site's root (``./static/`` → ``static``; empty for
    one that is no string or leaves the root, ``../bersama/static``)."""
    if not isinstance(value, str):
        return ""
    parts = [part for part in value.replace("\\", "/").split("/") if part not in ("", ".")]
    return "" if ".." in parts or value.startswith("/") else "/".join(parts)


def _key_file(entry: str) -> re.Match | None:
    match = _KEY_FILE.match(entry)
    return match if match and (match.group(2) is None or match.group(1).lower() == "languages") else None


def _data(name: str, text: str) -> dict | None:
    try:
        data = tomllib.loads(text) if name.endswith(".toml") else yaml.safe_load(text)  # (JSON is YAML)
    except (ValueError, RecursionError, yaml.YAMLError, tomllib.TOMLDecodeError):
        return None
    return data if isinstance(data, dict) else None


def _lowered(data: dict) -> dict:
    """``data`` with its top-level keys in lower case, as Hugo reads them."""
    return {str(key).lower(): value for key, value in data.items()}


def _merge(into: dict, data: Mapping) -> None:
    """``data`` merged over ``into``: tables key by key, other values replaced."""
    for key, value in data.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            into[key] = dict(into[key])
            _merge(into[key], value)
        else:
            into[key] = value
