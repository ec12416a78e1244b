"""The parameters a Hugo page's ``{{< param KEY >}}`` shortcode reads, as Hugo's
``Page.Param`` reads them (gohugo.io, "Param"): the page's own front matter (newer Hugo's
``params`` table in it too), falling back to the site's parameters — its language's
``[languages.id.params]`` over the configuration's ``[params]`` (see :mod:`.config`
for a configuration folder's ``params.toml`` and environments). The site's are kept as
JSON text, so a site's settings stay hashable, and read once per language.
"""

from __future__ import annotations

import json
from collections import ChainMap
from functools import lru_cache
from typing import Any, Mapping

#: A site without parameters of its own.
NO_PARAMS = "{}"


def config_params(config: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """The parameters a Hugo configuration (its keys in lower case) gives, as (language,
    JSON text) pairs: ``""`` for the site's ``params``, then each language's own."""
    found = [("", _json_text(config.get("params")))] if isinstance(config.get("params"), dict) else []
    languages = config.get("languages")
    return tuple(found) + (_language_params(languages) if isinstance(languages, dict) else ())


def _language_params(table: Mapping[Any, Any]) -> tuple[tuple[str, str], ...]:
    """The ``params`` of each language of a ``languages`` table (name → settings)."""
    return tuple(
        (str(name).lower(), _json_text(value))
        for name, settings in table.items() if isinstance(settings, dict)
        for key, value in settings.items() if str(key).lower() == "params" and isinstance(value, dict)
    )


@lru_cache(maxsize=64)
def params_for(params: tuple[tuple[str, str], ...], lang: str | None) -> str:
    """The site's parameters a page in ``lang`` reads, as JSON text: its language's over the
    site's, key by key."""
    merged: dict = {}
    for language in ("", lang) if lang else ("",):
        for name, text in params:
            if name == language:
                merged.update(_lowered(json.loads(text)))
    return _json_text(merged) if merged else NO_PARAMS


def page_params(front_matter: Mapping[str, Any], site_params: str) -> Mapping[str, Any]:
    """What ``Page.Param`` reads for a page with ``front_matter``: the page's keys, its
    ``params`` table, then the site's parameters (JSON text, see :func:`params_for`)."""
    table = next((value for key, value in front_matter.items() if str(key).lower() == "params" and isinstance(value, Mapping)), {})
    return ChainMap(dict(front_matter), dict(table), _loaded(site_params))


@lru_cache(maxsize=16)
def _loaded(text: str) -> dict:
    return json.loads(text)


def _lowered(table: dict) -> dict:
    """``table`` with its keys in lower case, as Hugo reads parameter names."""
    return {str(key).lower(): _lowered(value) if isinstance(value, dict) else value for key, value in table.items()}


def _json_text(value: Any) -> str:
    return json.dumps(value, default=str, sort_keys=True, ensure_ascii=False)
