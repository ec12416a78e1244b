"""reStructuredText: Pelican posts and Sphinx documentation pages, read with docutils.

The docinfo at the top (``:date:``, ``:tags:``, ``:category:`` …) is the document's
metadata, like front matter; the body becomes text (:mod:`..rst.doctree`). docutils is
imported only when the first reST file is read. A file docutils would take too long on
(over :data:`MAX_CHARS`, inline markup that costs its parser more than
:data:`MAX_INLINE_COST`, tables of more than :data:`MAX_TABLE_CELLS` cells, lists and
directives that start more than :data:`MAX_PARSERS` parsers) or that nests
too deep for it is read conservatively instead (:func:`~..rst.markup.rst_markup_free`),
with a problem saying why. The substitutions the site defines for every page (Sphinx's
``|release|``, :class:`~..sites.site.SiteInfo`) are defined in each page that does not define
them itself; a ``:ref:`` or ``:doc:`` without a title shows its target's title, found in
the page or its Sphinx project (:mod:`..rst.references`). A Hugo page's front matter is its
metadata, over the docinfo, and its shortcodes are run before docutils reads the rest, as Hugo
does before it hands the page to ``rst2html``.
"""

from __future__ import annotations

from typing import Iterator

from .. import front_matter
from ..document import Problem
from ..fidelity import checked_text
from ..rst.markup import docinfo_lines, docinfo_values, field_of_docinfo_line, first_title, parser_costs, rst_body, rst_markup_free
from ..sites.hugo.params import NO_PARAMS, page_params
from ..sites.sphinx.project import CrossReferences
from ..sites.syntax import hugo_shortcodes, nikola_problems, nikola_rest_shortcodes
from ..sites.sphinx.targets import docname_of
from . import RawDocument, SourceFile
from .markdown import line_fields

#: Larger files are read conservatively: docutils spends tens of microseconds per element.
MAX_CHARS = 1_000_000
#: Inline start characters times their paragraph's length (see
#: :func:`~..rst.markup.parser_costs`) above which docutils would scan for seconds.
MAX_INLINE_COST = 20_000_000
#: Table cells above which docutils would take seconds (about 50 µs a cell).
MAX_TABLE_CELLS = 20_000
#: Parsers started (:func:`~..rst.markup.parser_starts`) above which docutils would take
#: seconds (about half a millisecond each: a list, one nested in another too, a run of
#: directives or comments, a line block; ``- - - kata`` is three lists, one in another).
MAX_PARSERS = 2_000


def read(text: str, source: SourceFile) -> Iterator[RawDocument]:
    """Yield the one document of a reST file (a Nikola post's shortcodes read first, see
    :func:`~..sites.syntax.nikola_rest_shortcodes`; a Hugo page's front matter, see :func:`_hugo_page`)."""
    yield _hugo_page(text, source) if source.generator == "hugo" else _document(text, source)


def _hugo_page(text: str, source: SourceFile) -> RawDocument:
    """The document of a Hugo page in reST: its front matter (YAML, TOML or JSON) is its
    metadata, and its body, its shortcodes run, is read as reST."""
    parsed = front_matter.split(text) if front_matter.starts_with_front_matter(text) else front_matter.FrontMatter(None, body=text)
    body = hugo_shortcodes(parsed.body, page_params(parsed.data, source.hugo_params or NO_PARAMS))
    document = _document(body, source)
    document.fields = {**document.fields, **parsed.data}  # (the front matter wins over a docinfo)
    document.problems[:0] = parsed.problems
    front, rest = line_fields(text, parsed.body_line), document.field_of_line
    document.field_of_line = lambda line: front(line) if line <= parsed.body_line else rest(line - parsed.body_line)
    return document


def _document(text: str, source: SourceFile) -> RawDocument:
    """The document of the reST ``text``."""
    problems: list[Problem] = []
    if source.generator == "nikola" and "{{" in text:
        problems.extend(nikola_problems(text))
        text = nikola_rest_shortcodes(text)
    block = docinfo_lines(text)
    body = rst_body(text, block)
    read_rst = _parsed(text, problems, source)
    if read_rst is None:
        document = RawDocument(text=rst_markup_free(body), fields=docinfo_values(text, block), heading=first_title(text), problems=problems)
    else:
        problems.extend(read_rst.problems)
        for written, shown in read_rst.references:  # a reference's words are its title's, in the body counted too
            body = body.replace(written, shown)
        converted = checked_text(body, read_rst.text, problems, conservative=rst_markup_free)
        document = RawDocument(text=converted, fields=read_rst.fields, title=read_rst.title, heading=read_rst.heading, problems=problems)
    if block:
        document.field_of_line = lambda line: field_of_docinfo_line(text, block, line) if block[0] < line <= block[1] else "text"
    return document


def _parsed(text: str, problems: list[Problem], source: SourceFile):
    """The document read by docutils, or None (with a problem) when it is not read so."""
    if len(text) > MAX_CHARS:
        problems.append(Problem("text", f"{len(text):,} characters: over the {MAX_CHARS:,} read as reStructuredText; read conservatively (markup stripped, every word kept)"))
        return None
    scans, cells, parsers = parser_costs(text)
    if scans > MAX_INLINE_COST:
        problems.append(Problem("text", "inline markup too dense for the reST parser (thousands of unclosed ` * | in one paragraph); read conservatively (markup stripped, every word kept)"))
        return None
    if cells > MAX_TABLE_CELLS:
        problems.append(Problem("text", f"tables of about {cells:,} cells, over the {MAX_TABLE_CELLS:,} read as reStructuredText; read conservatively (markup stripped, every word kept)"))
        return None
    if parsers > MAX_PARSERS:
        problems.append(Problem("text", f"{parsers:,} lists, directives and other blocks that each start a parser (one nested in another counts too), over the {MAX_PARSERS:,} read as reStructuredText; read conservatively (markup stripped, every word kept)"))
        return None
    from ..rst.doctree import read_rst  # docutils: only once a reST file is read

    references = CrossReferences(text, docname_of(source.page), source.project)
    try:
        return read_rst(text, max_line=MAX_CHARS, substitutions=source.substitutions, references=references)
    except RecursionError:
        problems.append(Problem("text", "nested too deep for the reST parser; read conservatively (markup stripped, every word kept)"))
        return None
