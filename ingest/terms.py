"""Categories and tags: split, clean, key, and merge synonyms from an alias file."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:
    from .document import Term


_SEPARATORS = re.compile(r"[,;]")
_KEY_JOINERS = re.compile(r"[\s_\-]+")
#: The alias file's table of search synonyms (not category/tag aliases).
SYNONYMS_TABLE = "synonyms"


class AliasError(ValueError):
    """The alias file cannot be read."""


def clean_label(text: str) -> str:
    """Trim, collapse whitespace and apply NFC."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


def term_key(label: str) -> str:
    """The key used for filtering and facets: casefolded; spaces, ``-`` and ``_`` unified."""
    return _KEY_JOINERS.sub("-", clean_label(label).casefold()).strip("-")


def split_terms(value: Any) -> list[str]:
    """Accept a list (each item one term, as every generator reads a YAML or TOML list: an
    item ``Jakarta, Indonesia`` is one term), or a single string separated at commas and
    semicolons (see :func:`~.normalize.as_generator_splits` for the generators that split
    one otherwise)."""
    if value is None:
        return []
    if isinstance(value, (list, tuple, set)):
        labels = [str(item) for item in value if item is not None and not isinstance(item, (dict, list))]
    else:
        labels = _SEPARATORS.split(str(value))
    return [label for label in map(clean_label, labels) if label]


def normalize_terms(value: Any, aliases: dict[str, str] | None = None) -> list[Term]:
    """Clean ``value`` into unique terms, in source order, synonyms merged by ``aliases``."""
    labels = split_terms(value)
    if not labels:
        return []
    term = _term_class()
    terms: dict[str, Term] = {}
    for label in labels:
        key = term_key(label)
        key = (aliases or {}).get(key, key)
        if key and key not in terms:
            terms[key] = term(label, key)
    return list(terms.values())


@lru_cache(maxsize=1)
def _term_class() -> type[Term]:
    """:class:`~.document.Term`, imported on first use (searching needs :func:`term_key`,
    not the document classes) and looked up once, not with every document."""
    from .document import Term

    return Term


def load_aliases(path: str | Path) -> dict[str, str]:
    """Read an alias file: TOML tables of ``canonical = ["synonym", ...]``.

    Any table name works (``[categories]``, ``[tags]``); all are merged, except
    ``[synonyms]`` (search words, see :func:`load_synonyms`). Returns a mapping from each
    synonym's key to the canonical key.
    """
    data = _read_toml(path)
    mapping: dict[str, str] = {}
    tables = [value for name, value in data.items() if isinstance(value, dict) and name != SYNONYMS_TABLE]
    tables = tables or [{name: value for name, value in data.items() if not isinstance(value, dict)}]
    for table in tables:
        for canonical, synonyms in _listed(path, table):
            for synonym in synonyms:
                mapping[term_key(str(synonym))] = term_key(canonical)
    return mapping


def load_synonyms(path: str | Path) -> list[tuple[str, str]]:
    """The ``[synonyms]`` table of an alias file as ``(word, synonym)`` pairs: a query with
    either side (e.g. ``aji = ["aliansi jurnalis independen"]``) also finds the other."""
    table = _read_toml(path).get(SYNONYMS_TABLE, {})
    if not isinstance(table, dict):
        raise AliasError(f"{path}: [{SYNONYMS_TABLE}] must be a table")
    return [(clean_label(word), clean_label(str(synonym))) for word, synonyms in _listed(path, table) for synonym in synonyms]


def _read_toml(path: str | Path) -> dict:
    import tomllib  # only an alias file needs it: search starts faster without

    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise AliasError(f"{path}: {error}") from None


def _listed(path, table: dict) -> list[tuple[str, list]]:
    """``(name, values)`` of each entry of ``table``; a single string is a list of one."""
    entries = []
    for name, values in table.items():
        if isinstance(values, str):
            values = [values]
        if not isinstance(values, list):
            raise AliasError(f"{path}: {name!r} must list its synonyms")
        entries.append((name, values))
    return entries


def display_labels(spellings: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Map each key to its most frequent spelling, given ``(key, label)`` pairs."""
    counts: dict[str, Counter] = {}
    for key, label in spellings:
        counts.setdefault(key, Counter())[label] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in counts.items()}
