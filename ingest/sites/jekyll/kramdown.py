"""A Jekyll post's Markdown where kramdown, Jekyll's Markdown converter, reads it otherwise
than CommonMark (checked against kramdown 2's parser, ``parser/kramdown/``):

- a line of only ``^`` is kramdown's end-of-block marker (``EOB_MARKER``): it ends the list
  or paragraph before it (a code block after a list is not the list's) and is no text;
- a table's separator line may part its columns with ``+`` (``| --- + --- |``,
  ``TABLE_SEP_LINE``), which CommonMark's tables do not read: the table's pipes stayed text;
- a reference link's text and its reference may stand apart (``[teks] [1]``: kramdown's
  ``LINK_INLINE_ID_RE`` takes whitespace before the ``[``): it is a link showing "teks" when
  the reference is defined, where CommonMark reads two brackets and shows "[teks] 1";
- an inline link's address may hold spaces (``[Thin Kusna](http://wiki.contoh.org/wiki/Thin
  Kusna)``, ``![foto (1).jpg](/uploads/foto (1).jpg)``: ``parse_link`` takes the address up to
  the parenthesis that closes it, nested ones counted, or up to a title): it is a link, where
  CommonMark ends an address at a space and shows brackets, parentheses and address as text;

- a line that starts with a span-level element's tag (``<br>``, ``<kbd>``, ``<span>`` …) is
  no HTML block: it starts a paragraph, whose Markdown is read (``<br>`` alone on a line, then
  ``**Catatan**`` or ``## Judul`` on the next, shows bold text and a heading, where
  CommonMark keeps the lines up to the next blank line as raw HTML, stars and hashes shown);
- an element whose ``markdown`` attribute is ``1``, ``block`` or ``span`` holds Markdown
  (``<p markdown=1>Saya **tidak** bertanggung jawab.</p>``, ``<div markdown="1">``);
  ``markdown="0"`` keeps its content raw, as without the attribute.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block.html_block import html_block

from ...markup.pairs import SetAside, code_kept

#: kramdown's span-level elements (``HTML_SPAN_ELEMENTS``): a line starting with one of their
#: tags is text of a paragraph, never an HTML block.
SPAN_ELEMENTS = frozenset(
    "a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb rbc rp rt "
    "rtc ruby samp select small span strong sub sup tt u var".split()
)
_LINE_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])")
#: A tag of an HTML fragment: its closing slash, name and attributes.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>")
_MARKDOWN_ATTRIBUTE = re.compile(r"""\smarkdown\s*=\s*(?:"(1|block|span)"|'(1|block|span)'|(1|block|span)(?![\w-]))""")
#: Elements whose content kramdown reads as Markdown when marked ``markdown="1"`` (their
#: content model is block or span, ``HTML_CONTENT_MODEL``); any other element's stays raw
#: (``<nomarkdown markdown="1">``), unless marked ``block`` or ``span``.
_MARKDOWN_CONTENT = frozenset(
    "address applet article aside blockquote body button colgroup dd details div dl fieldset figcaption figure footer "
    "form header hgroup iframe li main map menu nav noscript object ol section summary table tbody td tfoot thead tr ul "
    "a abbr acronym b bdo big caption cite del dfn dt em h1 h2 h3 h4 h5 h6 i ins kbd label legend optgroup p q rb rbc "
    "rp rt rtc ruby samp select small span strong sub sup th tt var".split()
)
#: A table row, then a separator line whose columns are parted by ``+`` (kramdown's form).
_PLUS_SEPARATOR = re.compile(r"^( {0,3}\|[^\n]*\n {0,3})([|+:][+|: \t-]*)$", re.M)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
#: A link definition (``LINK_DEFINITION_START``): its reference.
_DEFINITION = re.compile(r"^ {0,3}\[([^\n\]]+)\]:", re.M)
#: Inline code (left as it is), or a link's (or image's) text, whitespace (one line break at
#: most) and its reference in brackets, empty for the text itself (``[teks] []``).
_SPACED_REFERENCE = re.compile(r"(`+)[^`]*?(?<!`)\1(?!`)|(!?\[[^\[\]\n]+\])(?:[ \t]+\n?|\n)[ \t]*\[([^\[\]\n]*)\]")
#: An inline link's address holding a space or tab (its parts before it may hold a
#: parenthesized part, ``_(1) (1).jpg``), before the parenthesis closing it.
_SPACED_ADDRESS_HINT = re.compile(r"\]\((?:[^\s()]++|\([^\s()]*\))*+[ \t]+[^\s)]")  # (possessive: no backtracking)
#: Inline code (left as it is), or a link's (or image's) text in brackets (brackets inside
#: it one level deep; not after a backslash) and its address in parentheses, nested ones too
#: (bounded, so a long line without the closing parenthesis is read once).
_INLINE_LINK = re.compile(
    r"(`+)[^`]*?(?<!`)\1(?!`)"
    r"|((?<!\\)!?\[(?:[^\[\]\n]|\[[^\[\]\n]*\]){1,500}\])\(((?:[^()\n]|\([^()\n]{0,500}\)){0,500})\)"
)
#: Whitespace before a quote: where kramdown's address ends and a title starts.
_TITLE_START = re.compile(r"\s[\"']")


#: What Jekyll's ``markdownify`` filter renders Markdown with (kramdown; CommonMark here),
#: keeping NULL characters, the placeholders of text set aside (:class:`~...markup.pairs.SetAside`),
#: which CommonMark's normalization replaces (a body's lines are already ``\n``-ended).
_MARKDOWNIFY = MarkdownIt("commonmark").disable("normalize")


def markdownified(text: str) -> str:
    """What Jekyll's ``markdownify`` filter makes of ``text``: its Markdown rendered as HTML,
    read as HTML wherever it is output (``<div>{{ catatan | markdownify }}</div>`` shows
    "Warga wajib hadir." of ``Warga **wajib** hadir.``, in an ``.html`` page too)."""
    return _MARKDOWNIFY.render(text)


def kramdown_plugin(parser: MarkdownIt) -> None:
    """markdown-it plugin: a line starting with a span-level tag starts a paragraph; an
    end-of-block marker ends the block before it."""
    parser.block.ruler.at("html_block", _html_block, {"alt": ["paragraph", "reference", "blockquote"]})
    parser.block.ruler.before("paragraph", "end_of_block", _end_of_block, {"alt": ["paragraph", "reference", "blockquote", "list"]})


def kramdown_tables(body: str) -> str:
    """``body`` with each table separator line that parts its columns with ``+`` written
    with ``|``, as CommonMark's tables read it (not in code)."""
    if "+" not in body or "|" not in body:
        return body
    aside = SetAside()
    body = _PLUS_SEPARATOR.sub(_separator_with_pipes, code_kept(body, aside.keep))
    return aside.restore(body)


def spaced_references(body: str) -> str:
    """``body`` with each reference link whose text and reference stand apart (``[teks] [1]``,
    its reference defined) written together (``[teks][1]``), as CommonMark reads the link
    kramdown reads there (not in code)."""
    if "] [" not in body and "]\n[" not in body and "]\t[" not in body:
        return body
    defined = {_link_id(name) for name in _DEFINITION.findall(body)}
    if not defined:
        return body

    def joined(match: re.Match) -> str:
        text, reference = match.group(2), match.group(3)
        if text is None or _link_id(reference or text.lstrip("!")[1:-1]) not in defined:
            return match.group(0)
        return f"{text}[{reference}]"

    aside = SetAside()
    return aside.restore(_SPACED_REFERENCE.sub(joined, code_kept(body, aside.keep)))


def spaced_addresses(body: str, *, kept: bool = True) -> str:
    """``body`` with each inline link (or image) whose address holds spaces written with the
    address in angle brackets (``[teks](<alamat dengan spasi>)``), as CommonMark reads the
    link kramdown reads there (not in code); with ``kept`` false, without its address
    (``[teks]()``: the body whose words its text must keep, an address holding none)."""
    if "](" not in body or _SPACED_ADDRESS_HINT.search(body) is None:
        return body

    def bracketed(match: re.Match) -> str:
        text, address = match.group(2), match.group(3)
        if text is None:
            return match.group(0)
        address = address.strip()
        spaced = " " in address or "\t" in address
        # an address CommonMark reads already, or one a title follows, stays as written
        if not spaced or address.startswith("<") or ">" in address or _TITLE_START.search(address):
            return match.group(0)
        return f"{text}(<{address}>)" if kept else f"{text}()"

    aside = SetAside()
    return aside.restore(_INLINE_LINK.sub(bracketed, code_kept(body, aside.keep)))


def _link_id(name: str) -> str:
    """A reference as kramdown matches it (``normalize_link_id``): spaces collapsed, lower case."""
    return " ".join(name.split()).lower()


def _separator_with_pipes(match: re.Match) -> str:
    separator = match.group(2)
    if "-" not in separator or "+" not in separator:
        return match.group(0)
    return match.group(1) + separator.replace("+", "|")


def _end_of_block(state, start_line: int, end_line: int, silent: bool) -> bool:
    """A line of only ``^`` (up to three spaces before it): read, nothing shown."""
    begin = state.bMarks[start_line] + state.tShift[start_line]
    if state.src[begin : begin + 1] != "^" or state.sCount[start_line] - state.blkIndent >= 4:
        return False
    if state.src[begin + 1 : state.eMarks[start_line]].strip():
        return False
    if not silent:
        state.line = start_line + 1
    return True


def _html_block(state, start_line: int, end_line: int, silent: bool) -> bool:
    begin = state.bMarks[start_line] + state.tShift[start_line]
    tag = _LINE_TAG.match(state.src, begin, state.eMarks[start_line])
    if tag is not None and tag.group(1).lower() in SPAN_ELEMENTS:
        return False
    return html_block(state, start_line, end_line, silent)


def markdown_elements(fragment: str) -> str | None:
    """An HTML block with the tags of its elements marked ``markdown="1"`` (or ``block``,
    ``span``) set apart as blocks of their own, so their content is read as Markdown;
    None when no element of it is marked."""
    if "markdown" not in fragment:
        return None
    parts, position, open_elements, found = [], 0, [], False
    for tag in _TAG.finditer(fragment):
        closing, name, attributes = tag.group(1), tag.group(2).lower(), tag.group(3)
        if closing:
            if name not in (element for element, _ in open_elements):
                continue
            while open_elements:
                element, marked = open_elements.pop()
                if element == name:
                    break
        elif name in _VOID or attributes.rstrip().endswith("/"):
            continue
        else:
            value = _MARKDOWN_ATTRIBUTE.search(attributes)
            marked = value is not None and ((value.group(1) or value.group(2) or value.group(3)) != "1" or name in _MARKDOWN_CONTENT)
            open_elements.append((name, marked))
        if marked:
            found = True
            parts += [fragment[position : tag.start()], "\n\n"]
            position = tag.end()
    return "".join(parts) + fragment[position:] if found else None
