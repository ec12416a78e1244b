"""Jupyter notebooks (``.ipynb``): pages of Quarto sites and notebooks on their own, read
as Quarto renders one.

A notebook is JSON (nbformat 4): a list of cells. As Quarto reads it, the first cell, when
it is a raw (or Markdown) cell holding YAML between ``---`` lines, is the front matter;
Markdown cells are the body's Markdown; code cells are code chunks in the notebook's
language (``kernelspec.language``, else ``language_info.name``), so their ``#|`` option
lines go as a ``.qmd`` file's do; other raw cells are for other output formats (LaTeX) and
show nothing on an HTML page. A cell's outputs (printed text, tables, figures) are what
running the code made, not text the author wrote, and are not read. The notebook so put
together is read as a Markdown file of its root's generator (``quarto`` outside any site).
In a Nikola site, the notebook's ``metadata.nikola`` is the post's metadata.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

from ..sites.nikola import notebook_metadata
from . import RawDocument, ReadError, SourceFile
from . import markdown


def read(text: str, source: SourceFile) -> Iterator[RawDocument]:
    """Yield the one document of a notebook."""
    try:
        notebook = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise ReadError(f"not a Jupyter notebook (invalid JSON: {error})") from None
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    if not isinstance(cells, list):
        raise ReadError("not a Jupyter notebook (no list of cells)")
    for document in markdown.read(notebook_markdown(cells, _language(notebook.get("metadata"))), source):
        if source.generator == "nikola":  # a Nikola post's metadata: the notebook's metadata.nikola
            document.fields = {**notebook_metadata(notebook), **document.fields}
        yield document


def notebook_markdown(cells: list[Any], language: str) -> str:
    """The Markdown of a notebook's ``cells``: its front matter cell first, Markdown cells as
    written, code cells as chunks in ``language``, other raw cells left out."""
    parts: list[str] = []
    for number, cell in enumerate(cell for cell in cells if isinstance(cell, dict)):
        kind, content = cell.get("cell_type"), _source(cell.get("source"))
        if number == 0 and kind in ("raw", "markdown") and content.lstrip().startswith("---"):
            parts.append(content.lstrip().rstrip() + "\n")
        elif kind == "markdown":
            parts.append(content)
        elif kind == "code" and content.strip():
            fence = "`" * max(3, _longest_run(content, "`") + 1)
            parts.append(f"{fence}{{{language}}}\n{content.rstrip()}\n{fence}")
    return "\n\n".join(parts) + "\n"


def _source(value: Any) -> str:
    """A cell's source: a list of lines (each with its line break) or one text."""
    if isinstance(value, list):
        return "".join(line for line in value if isinstance(line, str))
    return value if isinstance(value, str) else ""


def _language(metadata: Any) -> str:
    """The language of a notebook's code cells, from its ``metadata``."""
    metadata = metadata if isinstance(metadata, dict) else {}
    for table, key in (("kernelspec", "language"), ("language_info", "name")):
        found = metadata.get(table, {}).get(key) if isinstance(metadata.get(table), dict) else None
        if isinstance(found, str) and found.strip().isidentifier():
            return found.strip().lower()
    return "python"


def _longest_run(text: str, mark: str) -> int:
    """The longest run of ``mark`` in ``text`` (a fence must be longer to hold it)."""
    longest = run = 0
    for character in text:
        run = run + 1 if character == mark else 0
        longest = max(longest, run)
    return longest
