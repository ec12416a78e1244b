"""Which parameters of a shortcode or component are text for a reader, and which are not.

Hugo shortcodes (``{{< figure src=foto.jpg caption=Peresmian >}}``), WordPress shortcodes
(``[caption caption="..."]``) and JSX components (``<Callout title="...">``) carry their
captions and titles as parameters, next to ids, URLs, file names and settings. The rule,
by the parameter's name and the value's shape:

- a parameter named like text (:data:`HUMAN_PARAMETERS`: ``caption``, ``title``, ``alt``,
  ``judul``, ``keterangan`` …) keeps its value when it is quoted, or, unquoted, when it is
  a word (letters, with hyphens between: ``Peresmian``, ``Jembatan-gantung``);
- any other quoted value is kept when it reads as prose: it has a space and no ``/``;
- anything else is not text: unquoted positional values (``{{< youtube w7Ft2ymGmfc >}}``,
  ``{{< tweet 1234567 >}}``), ids, numbers, URLs, paths and file names (``src=foto.jpg``).
"""

from __future__ import annotations

import re

#: Parameters whose value is text for a reader, whatever the shortcode or component.
HUMAN_PARAMETERS = frozenset(
    (
        "caption", "title", "alt", "alt-text", "attr", "text", "label", "description", "summary", "name",
        "judul", "keterangan", "teks", "deskripsi", "ringkasan", "nama",
    )
)

#: ``name=`` (optional), then a value: "double" (with \" escapes), 'single', `raw`, or bare.
_PARAMETER = re.compile(r"""(?:([\w-]+)\s*=\s*)?(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`|([^\s"'`=]+))""")
#: An unquoted value that is a word for a reader: letters, with hyphens between.
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def parameter_text(parameters: str, *, human_only: bool) -> list[str]:
    """The values among ``parameters`` that are text for a reader (see the module's rule);
    with ``human_only``, only values of parameters named like text."""
    values = []
    for match in _PARAMETER.finditer(parameters):
        name = (match.group(1) or "").lower()
        bare = match.group(5)
        if bare is not None:
            if name in HUMAN_PARAMETERS and _WORD.fullmatch(bare):
                values.append(bare)
            continue
        value = next(group for group in match.group(2, 3, 4) if group is not None).replace('\\"', '"').strip()
        if name in HUMAN_PARAMETERS or (not human_only and " " in value and "/" not in value):
            values.append(value)
    return values
