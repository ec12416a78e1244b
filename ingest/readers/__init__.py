"""One reader per input format behind one interface.

A reader takes the decoded, repaired text of one file and yields :class:`RawDocument`
objects: what the source says, before dates, terms and fields are normalized. Each format
is declared by a :class:`Reader` (its extensions, content sniff and entity policy):
Markdown's in its reader module, the others apart from their readers (:mod:`.markup_formats`,
:mod:`.xml_formats`, :mod:`.json_formats`), so that a reader loads only when a file of its
format is read; :mod:`.registry` lists them and detects a file's format by walking that list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from typing import TYPE_CHECKING, Any, Callable, Iterator

from ..document import Problem

if TYPE_CHECKING:
    from ..asciidoc.include import IncludeRoot
    from ..sites.eleventy import EleventySite
    from ..sites.jekyll.config import JekyllSite
    from ..sites.syntax import Syntax
    from ..sites.sphinx.project import Project


@dataclass
class SourceFile:
    """What a reader may know about the file it reads."""

    id: str
    path: str
    name: str
    #: The site generator of the file's input root (see :mod:`arsip.ingest.sites.generators`).
    generator: str = "markdown"
    #: reST substitutions its site defines for every page (see :class:`~..sites.site.SiteInfo`).
    substitutions: tuple[tuple[str, str], ...] = ()
    #: Its path in its site (see :meth:`~..sites.site.SiteInfo.path_of`): a Sphinx page's name.
    page: str = ""
    #: The Sphinx project it is in (None: in none).
    project: Project | None = None
    #: Its generator's syntax as its site configures it (see
    #: :func:`~..sites.syntax.site_syntax`); None: the generator's own.
    syntax: Syntax | None = None
    #: A post of a Substack export: its row of the export's ``posts.csv`` (empty: it has
    #: none); None for any other file.
    export_row: dict[str, str] | None = None
    #: The Eleventy site it is in (its folders, template language and global data).
    eleventy: EleventySite | None = None
    #: A page of a Hugo site: the site's parameters its language reads, as JSON text (see
    #: :func:`~..sites.hugo.params.params_for`); None for other generators.
    hugo_params: str | None = None
    #: A page of a Jekyll site: the values its site's front-matter ``defaults`` give it (see
    #: :func:`~..sites.jekyll.urls.front_matter_defaults`), under its own front matter in
    #: what its ``{{ page.x }}`` shows.
    jekyll_defaults: dict[str, Any] = field(default_factory=dict)
    #: A page of a Jekyll site: the site's configuration (Jekyll's defaults without a
    #: ``_config.yml``), for what Jekyll puts in ``{{ page.x }}`` itself; None for other generators.
    jekyll: JekyllSite | None = None
    #: How the Docusaurus site it is in reads Markdown files (``markdown.format``), which the
    #: page's front matter ``mdx.format`` overrides (see :func:`~..sites.generators.file_generator`);
    #: None: not in a Docusaurus site (or ``--generator`` names the generator).
    docusaurus_format: str | None = None
    #: AsciiDoc attributes its site sets on every page (Antora's, see
    #: :meth:`~..sites.antora.AntoraSite.page_attributes`): (name, value or None, hard) triples.
    attributes: tuple[tuple[str, str | None, bool], ...] = ()
    #: The title of the site it is in, which a VuePress home page without a hero text shows.
    site_title: str | None = None
    #: Where the files an AsciiDoc page includes may be read from (see
    #: :mod:`~..asciidoc.include`); None: nowhere (a file read from an archive or from bytes).
    include_root: IncludeRoot | None = None
    #: A member of an archive: where the parts of the Tumblr exports in the archive lie
    #: (see :mod:`.tumblr_layout`); None for a file on disk, whose parts are looked for there.
    tumblr_layout: frozenset[str] | None = None
    #: The address of its site that its configuration or ``CNAME`` gives (see
    #: :attr:`~..sites.site.SiteInfo.base_url`); None: not known.
    site_address: str | None = None
    #: The run keeps every copy of a page (``--keep-duplicates``): a page's AMP or print copy
    #: is kept whether or not its page is read, and its problem says so (see
    #: :func:`~..feed_copies.copy_kept_reason`).
    every_copy: bool = False

    def page_variables(self, data: dict[str, Any], body: str) -> dict[str, Any]:
        """The front matter ``data`` over the values the site's defaults give the page
        (:attr:`jekyll_defaults`), as Jekyll merges them for ``{{ page.x }}``, with the
        values Jekyll puts in ``page`` itself for a page of ``body`` (see
        :func:`~..sites.jekyll.page.page_variables`)."""
        merged = {**self.jekyll_defaults, **data} if self.jekyll_defaults else data
        if self.jekyll is None or "{" not in body:  # (no Liquid: nothing reads them)
            return merged
        from ..sites.jekyll.page import page_variables  # (loaded with the first Jekyll page)

        return page_variables(self.page, merged, body, self.jekyll)


@dataclass
class RawDocument:
    """A document as its source has it: what the reader found, before precedence is
    decided (:mod:`..metadata`, :mod:`..date_sources`). ``None`` means "not found"."""

    text: str
    fields: dict[str, Any] = field(default_factory=dict)
    item_id: str | None = None
    #: The format's own title (WordPress ``<title>``, HTML ``og:title``).
    title: str | None = None
    #: The first heading of the body (Markdown ``#``, HTML ``<h1>``, a scraped headline).
    heading: str | None = None
    #: Finds ``heading`` when :meth:`first_heading` is first asked, for a reader whose heading
    #: costs work (a Markdown conversion) that a document titled otherwise never needs.
    find_heading: Callable[[], str | None] | None = None
    #: An HTML page's ``<title>``.
    page_title: str | None = None
    #: MkDocs' title of a Markdown page without one in its front matter: the ``# `` heading
    #: on its body's first line, as written (``mkdocs.utils.get_markdown_title``).
    markdown_title: str | None = None
    #: The text whose first line titles an untitled item (Tumblr posts in a WordPress export).
    first_line: str | None = None
    date: Any = None
    #: Where ``date`` came from: ``feed`` or ``html_meta``.
    date_source: str | None = None
    url: str | None = None
    #: Where the generator publishes it below the site's base URL, when the source says only
    #: that (a Takeout Blogger entry's ``blogger:filename``, ``/2020/12/judul.html``).
    site_path: str | None = None
    #: True for a draft (an unpublished WordPress item, ``draft: true``, ``published: false``).
    draft: bool = False
    categories: Any = None
    tags: Any = None
    author: Any = None
    problems: list[Problem] = field(default_factory=list)
    #: Which field of the document each line of the source belongs to (for repair records).
    field_of_line: Callable[[int], str] = lambda line: "text"
    #: The first and last position (line, column) of the source this document was read
    #: from (None: all of it); a repair belongs to the document whose span holds it (an
    #: export may hold all its documents on one line).
    span: tuple[tuple[int, int], tuple[int, int]] | None = None
    #: Why the source is a page listing other pages (a generated one, an HTML archive page
    #: of post excerpts: :data:`~..screening.LIST_PAGE`; a home page of links written by hand:
    #: :data:`~..screening.LINK_LIST_PAGE`), None when it is not: it is left out as a list
    #: page unless every document is asked for.
    listing: str | None = None
    #: The file opens with front matter (``---``): a generator's page, where a file without
    #: it is one the generator copies as it is (Jekyll's static files).
    opens_with_front_matter: bool = False
    #: Its text holds other files of the input (AsciiDoc's ``include::``): its own bytes do
    #: not say when its text changes, so an index reads it again on every run.
    reads_other_files: bool = False
    #: Why an item the source holds is not a document at all (a Blogger comment or
    #: template, a deleted post): it is only counted in the run's summary, by this reason.
    left_out: str | None = None
    #: Items the source holds inside this one that are not documents either (a WordPress
    #: post's comments), by reason: counted in the run's summary, as ``left_out`` is.
    inner_left_out: dict[str, int] = field(default_factory=dict)
    #: Why an item the source holds cannot be read at all (an item of a damaged export,
    #: named by its number, line, id and title): the run reports it like a file that
    #: cannot be read, with the file's path and this reason.
    unreadable: str | None = None
    #: The generator whose syntax the page's own front matter chose (a Docusaurus page's
    #: ``mdx.format``); None: the file's (see :func:`~..sites.generators.file_generator`).
    generator: str | None = None

    def first_heading(self) -> str | None:
        """``heading``, found by ``find_heading`` (once) when the reader gave that instead."""
        if self.find_heading is not None:
            self.heading, self.find_heading = self.find_heading(), None
        return self.heading

    def holds(self, position: tuple[int, int]) -> bool:
        """True when the source position (line, column) is part of this document."""
        return self.span is None or self.span[0] <= position <= self.span[1]


class ReadError(Exception):
    """A file that its reader cannot read as a whole (XML that is not well-formed): the
    file fails with this reason, and the run goes on."""


ReadFunction = Callable[[str, SourceFile], Iterator[RawDocument]]


def read_with(module: str) -> ReadFunction:
    """The ``read`` function of the reader module ``module`` (``wxr``), imported on first use."""

    def read(text: str, source: SourceFile) -> Iterator[RawDocument]:
        return import_module(f"{__package__}.{module}").read(text, source)

    return read


@dataclass(frozen=True)
class Reader:
    """One input format: how to recognise its files and how to read them."""

    #: The format's name, as records and ``arsip stats`` give it.
    name: str
    read: ReadFunction
    #: Extensions (lower case, with the dot) that belong to this format.
    extensions: frozenset[str]
    #: True when the start of a file's text shows it is in this format.
    sniff: Callable[[str], bool] = lambda head: False
    #: How much the extension says: "sure" (no sniff needed), "sniff" (the content must
    #: sniff too, else the file is not read), "hint" (another format's sniff wins first).
    extension_says: str = "sure"
    #: True when HTML entities (``&amp;``) in the text are damage to repair, not markup.
    entities_are_damage: bool = False
    #: Where a file of this format declares its own encoding, if it does: ``"html"`` (an
    #: HTML page's ``<meta charset>``, as browsers read it) or ``"xml"`` (its XML
    #: declaration, as XML processors read it); it is decoded as that declaration says
    #: (see :mod:`..declared_charset`).
    declares_charset: str | None = None
    #: The generator that files of this format always come from (a WordPress export).
    generator: str | None = None
    #: The generator a file of this format records, given its root's (None: the root's).
    record_generator: Callable[[str], str] | None = None
