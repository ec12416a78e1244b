"""Quarto and R Markdown sites: which files Quarto renders, where it publishes them, and
the Pandoc and knitr markup of their pages.

As Quarto's own code does it (``src/project/project-context.ts``, ``projectInputFiles``):
every input file of the project is rendered (``.qmd``, ``.md``, ``.Rmd``, ``.Rmarkdown``,
``.ipynb``) but a file or folder whose name starts with ``_`` or ``.`` (includes such as
``_bagian.qmd``, ``_site/``, ``_freeze/``, ``.quarto/``), a ``README.md``/``README.qmd``/
``README.Rmd``, what lies in the project's ``output-dir`` and the virtual environments
at its top (``renv``, ``packrat``, ``venv``, ``env``); when ``project.render`` lists
files or globs, only those (less the ones listed with ``!``). A page is published at its
path with ``.html`` for its extension (``posts/panen/index.qmd`` → ``posts/panen/index.html``,
as Quarto's sitemap and listings write it) below ``website.site-url`` (``book.site-url``).
A bookdown book (``_bookdown.yml``) and an R Markdown or distill website (``_site.yml``)
skip the same ``_`` files; their pages are read in the same markup (generator ``rmarkdown``).

The markup, as the rendered page shows it: a code chunk (```` ```{r} ````, ```` ```{python} ````)
is code, kept verbatim, but its ``#|`` option lines are not shown; a raw block
```` ```{=html} ```` is HTML (its text), one for another format (``{=latex}``) is not shown;
Pandoc's spans (``[teks]{.mark}``) keep their text, attributes after links, images,
headings and equations (``{width=50%}``, ``{-}``, ``$$ {#eq-harga}``) go, and so does the
``: `` of a table's caption; a citation (``[@santoso2020, hlm. 3]``) keeps its
key without ``@`` (the bibliography that formats it is not read); an inline footnote
(``^[catatan]``) is a footnote; Quarto's shortcodes are read as described at
:func:`quarto_shortcodes`, after the files ``{{< include >}}`` names are put in place
(:mod:`.quarto_include`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterator, Mapping

import yaml

from ..document import Problem
from ..markup.pairs import SetAside, code_kept
from ..markup.seams import REMOVED, closed_seams

QUARTO_CONFIGS = ("_quarto.yml", "_quarto.yaml")
#: What ``{{< var name >}}`` reads, beside the project's configuration.
VARIABLES_FILE = "_variables.yml"
#: A bookdown book's configuration, an R Markdown (or distill) website's.
RMARKDOWN_CONFIGS = ("_bookdown.yml", "_site.yml")
#: R Markdown's extensions (knitr's inputs): blogdown's, bookdown's and Quarto's pages.
R_MARKDOWN = (".rmd", ".rmarkdown")
#: The files Quarto renders (its engines' inputs); arsip reads all but notebooks.
SOURCE_EXTENSIONS = (".qmd", ".md", ".rmd", ".rmarkdown", ".ipynb")
#: What Quarto renders no page of, and why (see :func:`unrendered_reason`).
HIDDEN = "a Quarto or R Markdown file or folder whose name starts with _ or . (an include, the built site, the freeze cache): no page is rendered from it"
README = "a README of a Quarto project: Quarto renders no page from it"
OUTPUT = "in the project's output folder (Quarto's output-dir, bookdown's output_dir: the rendered site): its pages are read from their sources"
NOT_LISTED = "not among the files project.render of _quarto.yml lists: Quarto renders no page from it"
BLOGDOWN_RENDERED = "rendered by blogdown or knitr from the R Markdown file beside it (.Rmd, .Rmarkdown): that source is read"
ENVIRONMENT = "in a virtual environment of the Quarto project (renv, packrat, venv, env): not a page"
_README = re.compile(r"README\.[Rrq]?md", re.I)
#: The folders at a project's top whose files Quarto's engines never render.
_ENVIRONMENTS = ("renv", "packrat", "rsconnect", "venv", "env")
#: The opening line of a fenced block: its fence, and the text after it.
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[ \t]*([^\n]*)$")
#: An executable chunk's language in braces (``{r}``, ``{python label}``, ``{r setup, include=FALSE}``).
_CHUNK = re.compile(r"\{[A-Za-z][^{}]*\}")
#: A raw block's format (``{=html}``).
_RAW = re.compile(r"\{=([A-Za-z]+)\}\s*$")
#: A chunk option line (``#| echo: false``; ``//|`` in OJS, ``--|`` in SQL, ``%%|`` in Mermaid and Graphviz).
_OPTION = re.compile(r"^[ \t]*(?:#|//|--|%%)\|")
#: A Quarto shortcode: its name and arguments (``{{< var versi >}}``; each argument atomic,
#: so an unclosed one costs linear time).
_SHORTCODE = re.compile(r"\{\{<\s*([\w/-]+)((?>\s+(?:[\w-]+=)?(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'<>{}]+))*)\s*>\}\}")
_ARGUMENT = re.compile(r"(?:([\w-]+)=)?(?:\"([^\"\n]*)\"|'([^'\n]*)'|([^\s\"'<>{}]+))")
#: Shortcodes that show nothing of the page's words: a page break, icons, placeholder text.
_NOTHING_SHOWN = frozenset(("pagebreak", "fa", "bi", "iconify", "lipsum", "placeholder", "env", "contents", "brand"))
_INLINE_NOTE = re.compile(r"\^\[((?:[^\[\]]|\[[^\[\]]*\])*)\]")
_ATTRIBUTES_AFTER = re.compile(r"(?<=\))\{[ \t]*[#.\w-][^{}\n]*\}")
_SPAN = re.compile(r"(?<![!\]\w])\[([^\[\]\n]+)\]\{[^{}\n]*\}")
_UNNUMBERED = re.compile(r"^(#{1,6}[ \t][^\n]*?)[ \t]+\{-\}[ \t]*$", re.M)
#: A heading's attributes at the end of its text (``{#pengantar}``, ``{.unnumbered}``, ``{-}``).
_TRAILING_ATTRIBUTES = re.compile(r"[ \t]*\{(?:-|[#.][^{}\n]*)\}[ \t]*$")
#: A bracketed citation (``[@santoso2020]``, ``[lihat @budi2019, hlm. 4; @sari2021]``) and a key in it.
_CITATION = re.compile(r"\[([^\[\]\n]*(?<![\w@])@[\w][^\[\]\n]*)\](?![(\[:])")
_KEY = re.compile(r"(?<![\w@.])-?@([A-Za-z_][\w:.#$%&+?<>~/-]*\w)")
#: A table's caption after it (``: Hasil panen {#tbl-panen}``): Pandoc's ``: `` is no text.
_TABLE_CAPTION = re.compile(r"^(\|[^\n]*\|[ \t]*\n(?:[ \t]*\n)?):[ \t]+(?=\S)", re.M)
#: A callout's title given as an attribute (``::: {.callout-note title="Catatan"}``).
_CALLOUT = re.compile(r"^([ \t]*:{3,})[ \t]*\{[^{}\n]*?\btitle=(?:\"([^\"\n]*)\"|'([^'\n]*)')[^{}\n]*\}[ \t]*$", re.M)


@dataclass(frozen=True)
class QuartoProject:
    """What a Quarto project's ``_quarto.yml`` says of its files: its output folder and the
    files ``project.render`` lists (None: every input file)."""

    output_dir: str | None = None
    render: tuple[str, ...] | None = None
    #: What ``{{< var >}}`` shows: ``_variables.yml`` beside ``_quarto.yml``, its keys dotted
    #: (``pgp.key``) → their text (None: the file was not read, or there is none).
    variables: tuple[tuple[str, str], ...] | None = None

    def with_variables(self, text: str | None) -> QuartoProject:
        """This project with the variables of its ``_variables.yml`` (``text``; None: none)."""
        if text is None:
            return self
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError:
            return replace(self, variables=())
        return replace(self, variables=tuple(_flattened(data, "")) if isinstance(data, dict) else ())

    def unrendered_reason(self, path: str) -> str | None:
        """Why Quarto renders no page from the file at ``path`` (in its project), None when it does."""
        parts = path.split("/")
        if any(part.startswith(("_", ".")) for part in parts):
            return HIDDEN
        if _README.fullmatch(parts[-1]):
            return README
        if self.output_dir and path.startswith(self.output_dir.strip("/") + "/"):
            return OUTPUT
        if len(parts) > 1 and parts[0] in _ENVIRONMENTS:
            return ENVIRONMENT
        if self.render is not None and os.path.splitext(path)[1].lower() in SOURCE_EXTENSIONS and not _listed(path, self.render):
            return NOT_LISTED
        return None


def quarto_project(data: Mapping[str, Any]) -> tuple[str | None, str | None, QuartoProject]:
    """The site URL, language and :class:`QuartoProject` of ``_quarto.yml``'s ``data``."""
    project = data.get("project") if isinstance(data.get("project"), dict) else {}
    kind = str(project.get("type") or "default")
    output = project.get("output-dir")
    if not isinstance(output, str):
        output = {"website": "_site", "book": "_book", "manuscript": "_manuscript"}.get(kind)
    render = project.get("render")
    listed = tuple(str(item) for item in render if isinstance(item, str)) if isinstance(render, list) and render else None
    site = data.get("website") if isinstance(data.get("website"), dict) else data.get("book") if isinstance(data.get("book"), dict) else {}
    url = site.get("site-url")
    lang = data.get("lang")
    return (url if isinstance(url, str) and url.startswith("http") else None, lang if isinstance(lang, str) else None, QuartoProject(output, listed))


def _flattened(data: Mapping[str, Any], prefix: str) -> Iterator[tuple[str, str]]:
    """The scalar values of ``data`` by dotted key (``{"pgp": {"key": "x"}}`` → ``pgp.key``)."""
    for key, value in data.items():
        if isinstance(value, Mapping):
            yield from _flattened(value, f"{prefix}{key}.")
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            yield f"{prefix}{key}", str(value)


def rmarkdown_project(name: str, data: Mapping[str, Any]) -> QuartoProject:
    """What ``_bookdown.yml`` or ``_site.yml`` (``name``, its ``data``) says of the files it
    renders: its ``output_dir`` (bookdown's ``_book``, a website's ``_site`` by default)."""
    output = data.get("output_dir")
    return QuartoProject(output if isinstance(output, str) and output.strip() else "_book" if name == "_bookdown.yml" else "_site")


def rmarkdown_unrendered_reason(path: str, project: QuartoProject | None) -> str | None:
    """Why bookdown or an R Markdown (or distill) website renders no page from ``path``: a
    file or folder starting with ``_`` or ``.`` (bookdown's ``_main.Rmd``, ``_book/``) but
    distill's ``_posts/``, which holds its posts; the ``output_dir`` of ``project`` (a built
    book in ``docs/``); an ``.html`` that knitr rendered from the ``.Rmd`` beside it (a
    distill post's) is found by :func:`blogdown_source`."""
    parts = path.split("/")
    if any(part.startswith(("_", ".")) for part in (parts[1:] if parts[0] == "_posts" else parts)):
        return HIDDEN
    if project is not None and project.output_dir and path.startswith(project.output_dir.strip("/") + "/"):
        return OUTPUT
    return None


def blogdown_source(path: str, exists: Callable[[str], bool]) -> str | None:
    """The R Markdown file blogdown rendered the file at ``path`` from (``index.html`` from
    ``index.Rmd`` beside it, ``catatan.markdown`` from ``catatan.Rmarkdown``), when
    ``exists`` finds one; None for any other file."""
    stem, extension = os.path.splitext(path)
    sources = (".Rmd", ".rmd") if extension.lower() == ".html" else (".Rmarkdown", ".rmarkdown") if extension.lower() == ".markdown" else ()
    return next((stem + source for source in sources if exists(stem + source)), None)


def quarto_path(path: str) -> str | None:
    """Where Quarto publishes the page at ``path`` (in its project): the path with ``.html``
    for the source's extension; None for a file Quarto does not render."""
    stem, extension = os.path.splitext(path)
    return stem + ".html" if extension.lower() in SOURCE_EXTENSIONS else None


def _listed(path: str, patterns: tuple[str, ...]) -> bool:
    """True when ``project.render``'s ``patterns`` take the file at ``path``: one names it, its
    folder or a glob matching it, and no ``!`` pattern takes it back."""
    included = any(_glob(pattern).match(path) for pattern in patterns if not pattern.startswith("!"))
    return included and not any(_glob(pattern[1:]).match(path) for pattern in patterns if pattern.startswith("!"))


def _glob(pattern: str) -> re.Pattern[str]:
    """A regular expression for the glob ``pattern`` (``**`` any folders, ``*`` and ``?``
    within a name); a pattern naming a folder matches every file below it."""
    pattern = pattern.strip().lstrip("./").rstrip("/")
    parts = re.split(r"(\*\*/?|\*|\?)", pattern)
    regex = "".join(".*" if part.startswith("**") else "[^/]*" if part == "*" else "[^/]" if part == "?" else re.escape(part) for part in parts)
    return re.compile(f"(?:{regex})(?:/.*)?$")


def chunk_options_removed(body: str) -> str:
    """``body`` with each executable chunk's ``#|`` option lines removed (Quarto does not
    show them) and each raw block made what the HTML page shows: ``{=html}`` an HTML block
    (its blank lines dropped, so it stays one block), another format's nothing."""
    if "```" not in body and "~~~" not in body:
        return body
    out: list[str] = []
    fence, kind = "", ""  # the open fence, and "chunk" (options may follow), "code", "html", "other"
    for line in body.split("\n"):
        if fence:
            if line.strip().startswith(fence[0]) and line.strip() == fence[0] * len(line.strip()) and len(line.strip()) >= len(fence):
                out.extend(("</div>", "") if kind == "html" else ("",) if kind == "other" else (line,))
                fence = ""
            elif kind == "chunk" and _OPTION.match(line):
                continue
            elif kind == "html":
                if line.strip():
                    out.append(line)
            elif kind != "other":
                kind = "code" if kind == "chunk" else kind
                out.append(line)
            continue
        opening = _FENCE.match(line)
        if opening is None:
            out.append(line)
            continue
        fence, info = opening.group(1), opening.group(2)
        raw = _RAW.match(info)
        kind = ("html" if raw.group(1).lower() == "html" else "other") if raw else "chunk" if _CHUNK.match(info) else "code"
        out.append("" if raw else line)
        if kind == "html":
            out.append("<div>")
    return "\n".join(out)


def quarto_markdown(body: str, page: Mapping[str, Any] | None = None, variables: Mapping[str, str] | None = None) -> str:
    """A Quarto (or R Markdown) page's Markdown as Pandoc reads it, for markdown-it: chunk
    options and raw blocks (:func:`chunk_options_removed`), shortcodes
    (:func:`quarto_shortcodes`), callout titles, Pandoc's markup
    (:func:`_pandoc_markup`) and citations (outside code)."""
    body = chunk_options_removed(body)
    if not any(mark in body for mark in ("{", "@", "^[")):
        return body
    aside = SetAside()
    body = code_kept(body, aside.keep)
    if "{{<" in body:
        body = quarto_shortcodes(body, page or {}, variables or {})
    if "{" in body:
        body = _CALLOUT.sub(lambda match: f"{match.group(1)} callout[{match.group(2) or match.group(3)}]", body)
    body, notes = _pandoc_markup(body)
    if "@" in body:
        body = _CITATION.sub(lambda match: "(" + _KEY.sub(r"\1", match.group(1)) + ")", body)
        body = _KEY.sub(r"\1", body)
    body = aside.restore(body)
    return body + "\n\n" + "\n\n".join(notes) if notes else body


def pandoc_markdown(body: str) -> str:
    """Pandoc's Markdown, for markdown-it, as ``pandoc`` alone renders it (a Hugo page of
    ``markup: pandoc``): :func:`_pandoc_markup` outside code; a citation stays as written,
    as Pandoc shows it without a bibliography."""
    if "{" not in body and "^[" not in body and "\n:" not in body:  # (none of the markup _pandoc_markup reads)
        return body
    aside = SetAside()
    body, notes = _pandoc_markup(code_kept(body, aside.keep))
    body = aside.restore(body)
    return body + "\n\n" + "\n\n".join(notes) if notes else body


def _pandoc_markup(body: str) -> tuple[str, list[str]]:
    """``body`` (its code set aside) with Pandoc's markup made what its page shows, and the
    footnotes its inline notes (``^[catatan]``) became: a span keeps its text, attributes
    after links, images, headings and equations go, and so does the ``: `` of a table's caption."""
    notes: list[str] = []
    if "^[" in body:

        def note(match: re.Match) -> str:
            notes.append(f"[^quarto-{len(notes) + 1}]: " + " ".join(match.group(1).split()))
            return f"[^quarto-{len(notes)}]"

        body = _INLINE_NOTE.sub(note, body)
    if "{" in body:
        body = _ATTRIBUTES_AFTER.sub("", _SPAN.sub(r"\1", _UNNUMBERED.sub(r"\1", body)))
    if "|" in body and "\n:" in body:
        body = _TABLE_CAPTION.sub(r"\1", body)
    return body, notes


def quarto_text(text: str) -> str:
    """A text token's text without a heading's attributes at its end (a page's first
    heading read as its title: ``# Pengantar {#pengantar}`` is titled Pengantar)."""
    return _TRAILING_ATTRIBUTES.sub("", text) if "}" in text else text


def quarto_shortcodes(body: str, page: Mapping[str, Any], variables: Mapping[str, str]) -> str:
    """Quarto's shortcodes as the page shows them: ``{{< meta key >}}`` the page's value of
    ``key`` (``a.b`` a nested one), ``{{< video URL title="…" >}}`` its title,
    ``{{< kbd Ctrl-C >}}`` the keys; a page break, icons (``fa``, ``bi``, ``iconify``) and
    placeholder text show no words; ``{{< include >}}`` (one :mod:`.quarto_include` could
    not read), ``{{< embed >}}`` and ``{{< var >}}`` (one ``variables``, the project's
    ``_variables.yml``, lacks) show what other files hold, which is not read (see
    :func:`quarto_problems`); a ``{{< var >}}`` it has shows its value; any other (an
    extension's) shows its quoted arguments."""

    def shortcode(match: re.Match) -> str:
        name, arguments = match.group(1), [found for found in _ARGUMENT.finditer(match.group(2)) if found.group(0).strip()]
        if name == "meta" and arguments:
            value = _value(page, _argument(arguments[0]))
            return str(value) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else REMOVED
        if name == "var" and arguments and _argument(arguments[0]) in variables:
            return variables[_argument(arguments[0])]
        if name == "kbd":
            return " ".join(_argument(found) for found in arguments if not found.group(1)) or REMOVED
        if name == "video":
            return " ".join(_argument(found) for found in arguments if found.group(1) in ("title", "aria-label")) or REMOVED
        if name in _NOTHING_SHOWN or name in ("include", "embed", "var"):
            return REMOVED
        return " ".join(found.group(2) or found.group(3) for found in arguments if found.group(2) or found.group(3)) or REMOVED

    return closed_seams(_SHORTCODE.sub(shortcode, body))


def quarto_problems(body: str, variables: Mapping[str, str] | None = None) -> list[Problem]:
    """What of a Quarto page's body is shown from other files arsip does not read: each
    ``{{< include >}}`` left (one :mod:`.quarto_include` could not read), ``{{< embed >}}``
    and ``{{< var >}}`` that ``variables`` lacks (outside code), named."""
    if "{{<" not in body:
        return []
    unread = [(match.group(1), " ".join(match.group(2).split())) for match in _SHORTCODE.finditer(code_kept(body, lambda code: ""))]
    unread = [(name, argument) for name, argument in unread if name in ("include", "embed") or (name == "var" and argument not in (variables or {}))]
    if not unread:
        return []
    listed = ", ".join(f"{{{{< {name} {argument} >}}}}" for name, argument in unread[:5]) + (f" and {len(unread) - 5} more" if len(unread) > 5 else "")
    return [Problem("text", f"{len(unread)} Quarto shortcode(s) show what another file holds (not read): {listed}")]


def quarto_syntax_parts(project: QuartoProject) -> tuple[Callable[[str, Mapping[str, Any]], str], Callable[[str], list[Problem]]]:
    """The body preparation and problems of a page of ``project``, its variables known."""
    variables = dict(project.variables or ())
    return (lambda body, page: quarto_markdown(body, page, variables)), (lambda body: quarto_problems(body, variables))


def _argument(found: re.Match) -> str:
    return found.group(2) or found.group(3) or found.group(4) or ""


def _value(page: Mapping[str, Any], key: str) -> Any:
    """The value of the dotted ``key`` in ``page`` (``author.name``), None when it has none."""
    value: Any = page
    for part in key.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    return value
