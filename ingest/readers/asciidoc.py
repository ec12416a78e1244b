"""AsciiDoc: Hugo content (``.adoc`` with YAML or TOML front matter), Antora pages,
project documentation.

The document header (``= Judul``, the author and revision lines, attribute entries such as
``:keywords:``, ``:description:``, Antora's ``:page-tags:``) is the document's metadata,
under the front matter when there is one; the body becomes text (:mod:`..asciidoc.text`).
The attributes an Antora site sets on every page (its playbook, ``antora.yml``) are defined
too. The files it includes are read into it when they are in the input root on disk
(:mod:`..asciidoc.include`). A ``.asc`` file that is a PGP signature or key is not a
document.
"""

from __future__ import annotations

from typing import Iterator

from .. import front_matter
from ..sites.antora import applied_attributes
from ..asciidoc.header import read_header
from ..asciidoc.include import expand_includes
from ..asciidoc.inline import InlineContext, inline_text
from ..asciidoc.text import asciidoc_markup_free, asciidoc_to_text
from ..fidelity import checked_text
from ..sites.hugo.params import NO_PARAMS, page_params
from ..sites.syntax import hugo_shortcodes
from ..terms import split_terms
from . import RawDocument, SourceFile
from .markdown import line_fields

#: Front-matter keys that give tags (the attributes' tags are then not used).
_TAG_KEYS = ("tags", "tag", "label", "labels", "keywords", "kata_kunci")
_AUTHOR_KEYS = ("author", "authors", "penulis", "oleh", "creator")
_PGP = "-----BEGIN PGP "


def read(text: str, source: SourceFile) -> Iterator[RawDocument]:
    """Yield the one document of an AsciiDoc file."""
    if text.lstrip().startswith(_PGP):
        yield RawDocument(text="", left_out="not a document: PGP signature or key")
        return
    parsed = front_matter.split(text) if front_matter.starts_with_front_matter(text) else front_matter.FrontMatter(None, body=text)
    lines = parsed.body.split("\n")
    header = read_header(lines)
    body = lines[header.lines :]
    attributes, unset = applied_attributes(source.attributes, header.attributes, header.unset) if source.attributes else (header.attributes, header.unset)
    include_problems, includes_files = [], False
    if source.include_root and "include::" in text:
        body, include_problems, includes_files = expand_includes(body, source.include_root, attributes, len(text.encode()))
    if source.generator == "hugo":  # Hugo runs shortcodes in every content format
        body = hugo_shortcodes("\n".join(body), page_params({**header.attributes, **parsed.data}, source.hugo_params or NO_PARAMS)).split("\n")
    converted = asciidoc_to_text(body, attributes, unset)
    problems = parsed.problems + include_problems + converted.problems
    context = InlineContext.defining(attributes)
    fields = {**header.attributes, **parsed.data}  # front matter (Hugo's) wins over the header
    page_tags = split_terms(header.attributes.get("page-tags"))
    document = RawDocument(
        text=checked_text("\n".join(body), converted.text, problems, conservative=asciidoc_markup_free),
        fields=fields,
        title=inline_text(header.title, context) if header.title else None,
        heading=converted.heading,
        author=None if "authors" not in header.attributes or any(key in parsed.data for key in _AUTHOR_KEYS) else header.attributes["authors"].split(", "),
        tags=None if not page_tags or any(key in parsed.data for key in _TAG_KEYS) else page_tags + split_terms(header.attributes.get("keywords")),
        problems=problems,
        reads_other_files=includes_files,
    )
    header_end = parsed.body_line + header.lines
    front = line_fields(text, parsed.body_line)
    document.field_of_line = lambda line: front(line) if line <= parsed.body_line else "fields" if line <= header_end else "text"
    yield document
