"""Markdown with YAML, TOML or JSON front matter (Jekyll, Hugo), or meta lines (Pelican, MkDocs)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterator

from .. import front_matter
from ..fidelity import checked_text
from ..sites.docsify import expand_embeds
from ..sites.vuepress import expand_code_imports, home_title
from ..sites.generators import file_generator
from ..sites.javascript.docs_sites import DOCUSAURUS_FORMATS, MDX1
from ..markup.markdown import markdown_to_text
from ..markup.read_also import markdown_read_also_removed
from ..screening import LIST_PAGE, few_words
from ..sites.quarto import R_MARKDOWN
from ..sites.jekyll.include import expand_jekyll_includes
from ..sites.mdx_partials import expand_partials
from ..sites.mkdocs.snippets import read_snippets
from ..sites.quarto_include import expand_includes
from ..sites.syntax import BLOGDOWN, HUGO_PANDOC, Syntax, eleventy_syntax, syntax_of
from ..sites.zola import file_date, taxonomy
from ..sites import eleventy
from ..sites.hugo.include import expand_file_shortcodes
from ..sites.hugo.markup import renders_with_pandoc
from ..sites.hugo.params import page_params
from . import RawDocument, Reader, SourceFile

#: How a page of each generator puts other files' content in its body before it is read:
#: Quarto's ``{{< include >}}``, MDX's imported partials, Jekyll's ``{% include %}`` and ``{% include_relative %}``,
#: Hugo's ``readfile`` and ``include`` shortcodes, MkDocs' snippets (``--8<--`` and appended ones),
#: Docsify's ``':include'`` embeds, VuePress' code imports.
_INCLUDES = {
    "quarto": expand_includes, "mdx": expand_partials, "jekyll": expand_jekyll_includes, "hugo": expand_file_shortcodes, "mkdocs": read_snippets,
    "docsify": expand_embeds, "vuepress": expand_code_imports,
}
_TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_][\w.-]*)\s*[:=]", re.M)
#: Generators whose home page may be titled by its front matter's hero (VuePress; VitePress,
#: whose pages record ``markdown``: see :func:`~..sites.vuepress.home_title`).
_VUE_HOMES = ("vuepress", "markdown")
#: Generators that read meta lines as Python-Markdown's ``meta`` extension does: one
#: ``Key: value`` line of any key is metadata (``Title: Tentang Kami``).
_META_LINES = ("mkdocs", "pelican")
#: The front matter keys Pandoc reads as Markdown, and what marks Markdown in them.
_PANDOC_TEXT_KEYS = ("title", "subtitle", "author", "description")
_INLINE_MARKUP = re.compile(r"[*_`\[]")
#: The start of a ``#``, ``##`` or ``###`` heading line, up to the first character of its text
#: (what a heading's text is: :func:`_next_heading`).
_HEADING_START = re.compile(r"^ {0,3}#{1,3}\s+(?=\S)", re.M)
#: What ends a heading line after its text: spaces, closing ``#`` marks, spaces.
_HEADING_END = re.compile(r"\s*#*\s*$", re.M)
#: A heading mark that only spaces and line breaks follow, to the end of the body.
_HEADING_AT_END = re.compile(r"^ {0,3}#{1,3}(\s+)\Z", re.M)
#: A Setext heading: a paragraph's only line (at the start or after a blank line; not a list
#: item, quote, ``#`` heading, table row or HTML), underlined with ``=`` or ``-``.
_SETEXT_HEADING = re.compile(
    r"(?:\A(?:[ \t]*+\n)*+|\n[ \t]*+\n)(?= {0,3}+[^\s>#|<])( {0,3}+(?![-+*][ \t]|\d{1,9}[.)][ \t])[^\n]*+)"
    r"\n {0,3}+(?:=++|-++)[ \t]*+(?=\n|\Z)"
)  # (possessive: a run of blank lines is not tried again at each of its lines)
#: What opens or closes code in which a ``#`` line is a comment, not a heading: a fence
#: (its marks), a Liquid highlight block.
_CODE_MARK = re.compile(r"^ {0,3}(`{3,}|~{3,})|\{%-?\s*(end)?highlight\b", re.M)


def read(text: str, source: SourceFile) -> Iterator[RawDocument]:
    """Yield the one document of a Markdown file."""
    parsed = front_matter.split(text, mkdocs=source.generator in _META_LINES, hexo=source.generator == "hexo")
    generator = _page_generator(source, parsed.data)
    syntax = syntax_of(source.syntax or generator)
    if generator == "hugo" and source.name.lower().endswith(R_MARKDOWN):
        syntax = BLOGDOWN  # (blogdown renders them with knitr, then Hugo)
    elif generator == "hugo" and renders_with_pandoc(source.name, parsed.data):
        syntax = HUGO_PANDOC
    variables = parsed.data
    if source.generator == "eleventy":
        syntax, variables = _eleventy_reading(source, parsed.data)
    elif source.hugo_params is not None:
        variables = page_params(parsed.data, source.hugo_params)  # what {{< param x >}} reads
    elif source.generator == "jekyll":
        variables = source.page_variables(parsed.data, parsed.body)
    site = (source.eleventy or eleventy.EleventySite()) if source.generator == "eleventy" else None
    template = site.template_engine(source.name, text) if site is not None else None
    if site is not None and template is not None:
        from .html import content_page  # (the HTML reader uses this module's line_fields)

        document = content_page(text, parsed, eleventy_syntax(template, shortcodes=site.shortcodes, template=True), variables)
    else:
        document = _markdown_document(text, parsed, syntax, variables, source, generator)
    if generator in ("quarto", "rmarkdown"):
        _pandoc_metadata(document.fields)
    if source.generator == "zola":
        _zola_metadata(document, source.page)
    elif source.generator == "eleventy":
        _eleventy_metadata(document, source.page, parsed.body)
    yield document


def _markdown_document(text: str, parsed: front_matter.FrontMatter, syntax: Syntax, variables: dict, source: SourceFile, generator: str) -> RawDocument:
    """The document of a Markdown file split as ``parsed``, its body read in ``syntax`` with
    ``variables`` (``generator``: the page's own, see :func:`_page_generator`)."""
    body, reads_other_files = parsed.body, False
    if source.include_root is not None and generator in _INCLUDES:
        body, problems, reads_other_files = _INCLUDES[generator](body, source.include_root, len(text.encode()))
        parsed.problems.extend(problems)
    body = markdown_read_also_removed(body)  # (other articles' titles: not this page's words)
    converted = markdown_to_text(body, variables, syntax, parsed.problems)
    return RawDocument(
        text=checked_text(syntax.compared_body(body, variables), converted, parsed.problems),
        fields=parsed.data,
        problems=parsed.problems,
        field_of_line=line_fields(text, parsed.body_line),
        find_heading=lambda: _first_heading(parsed, syntax, variables),
        opens_with_front_matter=parsed.kind is not None and front_matter.starts_with_front_matter(text),
        generator=generator if generator != source.generator else None,
        markdown_title=_mkdocs_title(parsed.body) if source.generator == "mkdocs" else None,
        title=home_title(parsed.data, source.site_title) if source.generator in _VUE_HOMES else None,
        reads_other_files=reads_other_files,
    )


def _eleventy_reading(source: SourceFile, fields: dict) -> tuple[Syntax, dict]:
    """The syntax an Eleventy page's Markdown is rendered with (its front matter's
    ``templateEngineOverride``, else the site's ``markdownTemplateEngine``: Liquid by
    default) and the data its template sees."""
    site = source.eleventy or eleventy.EleventySite()
    engine = site.engine
    override = fields.get("templateEngineOverride")
    if isinstance(override, str) and override.strip():
        first = override.split(",")[0].strip().lower()
        engine = first if first in eleventy.ENGINES else None
    return eleventy_syntax(engine, bool(site.indented_code), site.shortcodes), site.variables(source.page, fields)


def _page_generator(source: SourceFile, fields: dict) -> str:
    """The generator whose syntax the page is read in: a Docusaurus 3 page's front matter
    ``mdx: {format: md}`` (or ``mdx``, ``detect``) overrides the site's ``markdown.format``."""
    chosen = fields.get("mdx") if source.docusaurus_format not in (None, MDX1) else None  # (Docusaurus 2 has no such key)
    if isinstance(chosen, dict) and chosen.get("format") in DOCUSAURUS_FORMATS:
        return file_generator(source.name, "mdx", chosen["format"])
    return source.generator


def _eleventy_metadata(document: RawDocument, page: str, body: str) -> None:
    """An Eleventy page's date from its path when its front matter has none (as Eleventy
    reads it), and whether it is a template of lists and feeds (see
    :func:`~..sites.eleventy.generated_list`) or one whose ``body`` lists a collection's pages
    with few words of its own (:func:`~..sites.eleventy.lists_collection`)."""
    if document.fields.get("date") in (None, ""):
        document.date = eleventy.file_date(page)
        document.date_source = "file_name" if document.date else None
    listing = eleventy.generated_list(document.fields) or (eleventy.lists_collection(body) and few_words(document.text))
    document.listing = LIST_PAGE if listing else None


def _pandoc_metadata(fields: dict) -> None:
    """Pandoc reads a Quarto or R Markdown page's ``title``, ``subtitle``, ``author`` and
    ``description`` as Markdown (``author: '**Budi**'`` shows Budi): their text, in place."""
    for key in _PANDOC_TEXT_KEYS:
        value = fields.get(key)
        if isinstance(value, str) and _INLINE_MARKUP.search(value):
            fields[key] = markdown_to_text(value)
        elif isinstance(value, list):
            fields[key] = [markdown_to_text(item) if isinstance(item, str) and _INLINE_MARKUP.search(item) else item for item in value]


def _zola_metadata(document: RawDocument, page: str) -> None:
    """A Zola page's tags and categories from its ``[taxonomies]`` table, and the date its
    file name starts with when its front matter has no ``date`` (as Zola reads them)."""
    document.tags, document.categories = taxonomy(document.fields, "tags"), taxonomy(document.fields, "categories")
    if document.fields.get("date") in (None, ""):
        document.date = file_date(page)
        document.date_source = "file_name" if document.date else None


def _mkdocs_title(body: str) -> str | None:
    """MkDocs' title from a page's Markdown: its first non-blank line when that is a ``# ``
    heading, without the ``#`` marks and spaces around them; else None."""
    line = body.lstrip("\r\n \t").split("\n", 1)[0].strip()
    return line.lstrip("# ") if line.startswith("# ") else None


def _first_heading(parsed: front_matter.FrontMatter, syntax: Syntax, variables: dict) -> str | None:
    """The text of the body's first ``#``, ``##`` or ``###`` heading, or Setext heading,
    outside code (a shell or Ruby comment in a code block is none), its outputs rendered
    with ``variables`` as the body's are, or None."""
    heading = _heading_outside_code(parsed.body)
    return (markdown_to_text(syntax.heading_source(heading), variables, syntax) or None) if heading else None


def _heading_outside_code(body: str) -> str | None:
    """The text of the first heading line of ``body`` that no fence or highlight block holds."""
    fence, position = "", 0
    for start, end, text in _headings(body):
        for mark in _CODE_MARK.finditer(body, position, start):
            run, closing = mark.group(1), mark.group(2)
            if run is None:  # a highlight block opens or closes (in no fence)
                fence = fence if fence not in ("", "{%") else "" if closing else "{%"
            elif not fence:
                fence = run
            elif run[0] == fence[0] and len(run) >= len(fence):
                fence = ""
        if not fence:
            return text
        position = end
    return None


def _headings(body: str) -> Iterator[tuple[int, int, str]]:
    """The heading lines of ``body`` in order (where each starts and ends, and its text):
    ``#`` headings (:func:`_next_heading`) and Setext headings (:data:`_SETEXT_HEADING`),
    each kind searched again only once the other is passed."""
    hashed, underlined = _next_heading(body, 0), _next_setext_heading(body, 0)
    while hashed is not None or underlined is not None:
        if underlined is None or (hashed is not None and hashed[0] <= underlined[0]):
            yield hashed
            hashed = _next_heading(body, hashed[1])
        else:
            yield underlined
            underlined = _next_setext_heading(body, underlined[1])


def _next_setext_heading(body: str, position: int) -> tuple[int, int, str] | None:
    """The first Setext heading from ``position`` on: where its line starts, where its
    underline ends, and its text."""
    match = _SETEXT_HEADING.search(body, position)
    return (match.start(1), match.end(), match.group(1).strip()) if match else None


def _next_heading(body: str, position: int) -> tuple[int, int, str] | None:
    """The first heading from ``position`` on: where it starts and ends, and its text, as
    ``^ {0,3}#{1,3}\\s+(.+?)\\s*#*\\s*$`` (multiline) matches it: the text is the line from
    its first character less the spaces, closing ``#`` marks and spaces ending it (one
    character at least). The text is found by string methods and the end matched from it,
    so a long run of spaces is not tried at each of its characters."""
    start = _HEADING_START.search(body, position)
    if start is None:
        return _heading_at_end(body, position)
    line_end = body.find("\n", start.end())
    line = body[start.end() : line_end if line_end >= 0 else len(body)]
    length = max(1, len(line.rstrip().rstrip("#").rstrip()))
    return start.start(), _HEADING_END.match(body, start.end() + length).end(), line[:length]


def _heading_at_end(body: str, position: int) -> tuple[int, int, str] | None:
    """A heading mark from ``position`` on that only spaces follow to the end of the body, as
    the pattern of :func:`_next_heading` matches it: its text is the last of those spaces
    that is no line break, one space at least left between it and the mark."""
    mark = _HEADING_AT_END.search(body, position)
    if mark is None:
        return None
    first, text = mark.start(1) + 1, len(body) - 1
    while text >= first and body[text] == "\n":
        text -= 1
    return (mark.start(), len(body), body[text]) if text >= first else None


def line_fields(text: str, body_line: int):
    """Map a 1-based line of the file to the front-matter key it belongs to, or "text"."""
    keys: list[tuple[int, str]] = []  # (line, key), built on first use: most files need none

    def field_of_line(line: int) -> str:
        if line > body_line:
            return "text"
        if not keys:
            head = "\n".join(text.split("\n", body_line)[:body_line])
            keys.extend((head.count("\n", 0, m.start()) + 1, m.group(1)) for m in _TOP_LEVEL_KEY.finditer(head))
        index = bisect_right([start for start, _ in keys], line) - 1
        return f"fields.{keys[index][1]}" if index >= 0 else "fields"

    return field_of_line


READER = Reader(
    "markdown",
    read,
    extensions=frozenset((".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdx", *R_MARKDOWN, ".qmd")),
    sniff=front_matter.starts_with_front_matter,
)
