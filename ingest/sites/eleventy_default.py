"""The ``default`` filter of an Eleventy page's output, which shows its argument in place of a
value nothing gives the page, as the template language renders it: liquidjs'
``{{ ketua | default: "Kepala desa" }}`` (its ``Default`` filter shows the argument for a
value not defined, ``null``, ``false``, an empty text or list), Nunjucks'
``{{ ketua | default("Kepala desa") }}`` or ``d("…")`` (for a value not defined only; for
any false one, ``""`` and ``0`` too, with ``true`` after the argument). Read when it is the
output's first filter and its argument a text or a variable of the page's data; the caller
says which values are not known (a variable the template's own tags set, what Eleventy makes
itself), for which it shows nothing known.
"""

from __future__ import annotations

import re
from typing import Any, Callable

#: A value the page's data does not give (a key missing at some step of a dotted name).
MISSING = object()
#: An output whose first filter is ``default``: Liquid's ``| default: ARGUMENT`` or
#: Nunjucks' ``| default(ARGUMENT)``, ``| d(ARGUMENT, true)`` (group 1, its parenthesis);
#: the argument a text (group 2 or 3) or a dotted name (group 4); ``true`` (group 5).
_DEFAULT = re.compile(
    r"""^[^|"']*\|\s*(?:default\s*:|(?:default|d)\s*(\())\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z_][\w.]*))\s*"""
    r"""(?:,\s*(true|false)\s*)?(?(1)\))\s*(?=\||$)"""
)
#: The names of the ``default`` filter (Nunjucks' ``d`` too).
DEFAULT_FILTERS = frozenset(("default", "d"))


def has_default(expression: str) -> bool:
    """Whether the output ``expression`` starts its filters with a ``default`` arsip reads."""
    return ("default" in expression or "d(" in expression) and _DEFAULT.match(expression) is not None


def defaulted(expression: str, value: Any, value_of: Callable[[str], Any]) -> Any:
    """What the output ``expression`` of a variable whose value is ``value`` (:data:`MISSING`:
    the page's data lacks it) shows through its first filter when that is ``default``: its
    argument (a text as written, a variable's value by ``value_of``, None when not known)
    where the filter shows it (see the module), else ``value``."""
    match = _DEFAULT.match(expression) if "default" in expression or "d(" in expression else None
    if match is None:
        return value
    nunjucks, *texts, name, falsy = match.groups()
    if nunjucks:
        empty = value is MISSING or (falsy == "true" and (value is None or value is False or value == "" or value == 0))
    else:
        empty = value is MISSING or value is None or value is False or value == "" or value == []
    if not empty:
        return value
    return next((text for text in texts if text is not None), None) if name is None else value_of(name)
