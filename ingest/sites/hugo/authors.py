"""Hugo: the authors a site's data folder names, as themes look a page's author ids up there.

Blowfish writes ``authors: [sari]`` in a page and ``data/authors/sari.json``
(``{"name": "Sari Wulandari", "bio": …}``); the Casper ports read ``author = "sari"`` from
``data/authors/sari.toml``. The file's name is the id, its ``name`` the author's name.
"""

from __future__ import annotations

import json
import posixpath
import tomllib
from typing import Iterable

#: The folder below a Hugo site's root whose files name its authors, one a file.
AUTHORS_FOLDER = "data/authors"
#: The data formats Hugo reads there.
_FORMATS = (".json", ".toml", ".yaml", ".yml")


def author_names(files: Iterable[tuple[str, str | None]]) -> tuple[tuple[str, str], ...]:
    """(id, name) of each authors file, given as (file name, text) pairs: ``sari.json`` with
    ``{"name": "Sari Wulandari"}`` is ("sari", "Sari Wulandari"); a file that does not parse,
    or has no ``name``, names none."""
    names = []
    for file_name, text in files:
        stem, extension = posixpath.splitext(file_name)
        name = _data(extension.lower(), text).get("name") if extension.lower() in _FORMATS and text else None
        names += [(stem, name.strip())] if isinstance(name, str) and name.strip() else []
    return tuple(names)


def _data(extension: str, text: str) -> dict:
    """The mapping a data file holds, empty when it holds none or does not parse."""
    import yaml  # (loaded by the run already)

    try:
        data = json.loads(text) if extension == ".json" else tomllib.loads(text) if extension == ".toml" else yaml.safe_load(text)
    except (ValueError, RecursionError, yaml.YAMLError):  # (tomllib.TOMLDecodeError and json's errors are ValueErrors)
        return {}
    return data if isinstance(data, dict) else {}
