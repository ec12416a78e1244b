"""HTML to plain text with paragraphs kept (BeautifulSoup)."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from .pairs import replace_pairs
from .seams import REMOVED, closed_seams

#: Elements that are page furniture, not content.
FURNITURE = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "iframe")

_BLOCKS = frozenset(
    "address article blockquote dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 hr li main "
    "ol p pre section table tbody thead tfoot tr ul caption details summary".split()
)
_CELLS = frozenset(("td", "th"))
#: Elements whose tags set their text apart from the text around them (a paragraph or a
#: line break): blocks, cells and ``<br>``.
TEXT_BREAKS = _BLOCKS | _CELLS | {"br"}
#: Elements that read as something even when empty: blocks and cells (a paragraph break), a
#: line break, an image (its alt text).
_NOT_EMPTY_INLINE = _BLOCKS | _CELLS | {"br", "img"}
_SPACE = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
#: A run of spaces that is not one plain space (which would only be replaced by itself):
#: a space character followed by more, or alone when it is not " ". Starting with a
#: character class, it is only tried where a space character is.
_SPACES = re.compile(f"{_SPACE}(?:{_SPACE}+|(?<! ))")
_BLANK_LINES = re.compile(r"\n\s*\n+")
#: What a ``<br>`` leaves in the collected text until the spaces around it are known: the
#: line break of the source next to it is layout, not a second break (decoded text never
#: holds a NUL).
_BREAK = "\x00"
#: The text of an icon an icon font draws: one to three characters of Unicode's Private Use
#: Area alone in their element (Material for MkDocs 2–4 wrote its "Edit this page" icon
#: as ``&#xE3C9;``, Font Awesome's glyphs are ``&#xf015;`` …): a reader sees an icon, and
#: the character is no letter of any script.
_ICON_GLYPHS = re.compile(r"\s*[\ue000-\uf8ff]{1,3}\s*\Z")
#: docutils' classes of the ``<aside>`` elements that hold footnotes.
_NOTE_CLASSES = frozenset(("footnote", "footnote-list"))
_PROCESSING_INSTRUCTION = (re.compile(r"<\?"), re.compile(r"\?>"))
#: ``<![`` not opening a section the standard-library parser knows (``<![CDATA[``, Word's
#: ``<![if …]>`` …), to its ``>``: that parser refuses the whole page over one
#: (``<![](foto.jpg)``), where a browser reads it as a comment and shows nothing of it.
_BOGUS_SECTION = re.compile(r"<!\[(?!(?i:cdata|temp|ignore|include|rcdata|if|else|endif)(?![-_.a-zA-Z0-9]))[^>]*>?")
#: Elements whose text a browser shows as written, spaces and line breaks kept.
_PREFORMATTED = frozenset(("pre", "textarea", "listing", "xmp"))
#: Around preformatted text until it is tidied (Unicode noncharacters, as :mod:`.seams`'
#: marks): :func:`tidy_text` leaves what lies between them as it is.
PRE_START, PRE_END = "\ufdd2", "\ufdd3"
_PRE_MARKS = re.compile("([\ufdd2\ufdd3])")
#: An image's alt text that only names its file or address (``foto.jpg``, ``2.penyusunan
#: ammeter.gif``, ``https://i.imgur.com/x.png``): some editors and uploads fill ``alt`` so;
#: it says nothing a reader sees.
_NOT_ALT_TEXT = re.compile(r"^(?:[\w.-]+\.[A-Za-z]{3,4}|[^\n]*\S\.(?:png|jpe?g|gif|webp|svg|bmp|tiff?|avif|heic)|(?:[A-Za-z][\w+.-]*:)?//\S+)$", re.I)
#: The name of an image's file as an alt text may repeat it: the last part of its address
#: without its extension, and without the size and ``-scaled`` WordPress adds to the copies
#: it makes of an upload (``dsc04563-300x200.jpg``, ``foto-scaled.jpg``).
_FILE_STEM = re.compile(r"([^/?#]+?)(?:-\d+x\d+|-scaled)*(?:\.[A-Za-z0-9]{2,5})?(?:[?#].*)?$")
#: What a file's name and an alt text that repeats it may differ in: case, and spaces,
#: ``-``, ``_`` and ``+`` between the words (WordPress makes an upload's title, which it may
#: give as the image's alt text, from its file's name).
_NAME_SEPARATORS = re.compile(r"[\s_+-]+")


def parse_html(markup: str) -> BeautifulSoup:
    """Parse HTML with the standard-library parser (no native dependency).

    ``<?php … ?>`` blocks are removed first: the parser would end them at the first ``>``
    inside and leave the rest as text; so are the ``<![…>`` it refuses (see
    :data:`_BOGUS_SECTION`)."""
    if "<?" in markup:
        markup = replace_pairs(markup, *_PROCESSING_INSTRUCTION, lambda match, inner: "")
    if "<![" in markup:
        markup = _BOGUS_SECTION.sub("", markup)
    return BeautifulSoup(markup, "html.parser")


def node_text(
    node: Tag | BeautifulSoup, *, drop_furniture: bool = True, text_attributes: frozenset[str] = frozenset(), keep_marks: bool = False
) -> str:
    """Plain text of ``node``: blocks become paragraphs, ``<br>`` one line break (with the
    source's own line break beside it), the cells of a table row one line, images their
    alt text; comments, CDATA, declarations and processing instructions are not text, and
    where furniture, an empty element or an image without alt text was, the words on both
    sides meet as a sentence (:mod:`.seams`); preformatted text (``<pre>``, ``<textarea>``)
    keeps its spaces and line breaks, as a browser shows it. The
    values of ``text_attributes`` (``title=`` of a JSX component) are kept; ``keep_marks``
    keeps the marks around preformatted text (see :func:`tidy_text`) for a caller that
    tidies the text again."""
    if drop_furniture:
        remove_furniture(node)
    parts: list[str] = []
    _collect(node, parts, text_attributes)
    text = closed_seams("".join(parts))
    if _BREAK in text:  # "jaring.<br>\nKetua" is one line break, as Markdown's hard break is
        text = _breaks_with_source_lines(text)
    return tidy_text(text, keep_marks=keep_marks)


def _breaks_with_source_lines(text: str) -> str:
    """``text`` with each :data:`_BREAK`, the spaces on both sides of it and at most one line
    break of the source on each side, one line break. Found from each break outwards, with
    string methods: a pattern that tried every space of a long run as the start of the
    spaces before a break would cost the square of the run's length, or more."""
    pieces = text.split(_BREAK)
    last = len(pieces) - 1
    for index, piece in enumerate(pieces):
        if index:  # what a break before it took of its start first, as a match from left to right does
            piece = piece[_spaces_after_break(piece) :]
        if index < last:
            piece = piece[: _spaces_before_break(piece)]
        pieces[index] = piece
    return "\n".join(pieces)


def _spaces_after_break(piece: str) -> int:
    """Where the spaces at the start of ``piece``, up to and with its first line break, end."""
    spaces = len(piece) - len(piece.lstrip())
    line_break = piece.find("\n", 0, spaces)
    return line_break + 1 if line_break >= 0 else spaces


def _spaces_before_break(piece: str) -> int:
    """Where the spaces at the end of ``piece``, with at most one line break among them, start."""
    start = len(piece.rstrip())
    line_break = piece.rfind("\n", start)
    if line_break < 0:
        return start
    earlier = piece.rfind("\n", start, line_break)
    return earlier + 1 if earlier >= 0 else start


def remove_furniture(node: Tag | BeautifulSoup) -> None:
    """Replace each piece of :data:`FURNITURE` in ``node`` (a script, a menu, a form; not a
    note in an ``<aside>``) by a seam mark: a script or ad in a sentence ("desa
    <script>…</script>.") leaves "desa."."""
    for element in node.find_all(FURNITURE):
        if not is_note(element):
            element.replace_with(REMOVED)


def html_to_text(markup: str, *, text_attributes: frozenset[str] = frozenset(), keep_marks: bool = False) -> str:
    """Plain text of an HTML fragment or page (``keep_marks``: see :func:`node_text`)."""
    return node_text(parse_html(markup), text_attributes=text_attributes, keep_marks=keep_marks)


def _collect(node: Tag, parts: list[str], text_attributes: frozenset[str]) -> None:
    """Append the text of ``node``'s children to ``parts``. Walks with its own stack, not by
    recursion, so a page of thousands of nested elements costs time, not the stack."""
    stack: list[Tag | str] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):  # a separator queued to follow an element's children
            parts.append(item)
            continue
        for child in reversed(item.contents):
            stack.extend(_pieces(child, text_attributes))


def _pieces(child, text_attributes: frozenset[str]) -> list[Tag | str]:
    """What a child element becomes, in reverse order (the stack pops the last first)."""
    if isinstance(child, PreformattedString):  # comments, CDATA, declarations, <?processing?>
        return []
    if isinstance(child, NavigableString):
        if child.isspace() and child.parent.name == "tr":  # between cells: layout of the source
            return []
        return [REMOVED] if _ICON_GLYPHS.match(child) else [str(child)]
    if not isinstance(child, Tag):
        return []
    name = child.name
    if text_attributes and text_attributes.intersection(child.attrs):
        values = [f" {child.attrs[key]} " for key in sorted(text_attributes.intersection(child.attrs)) if key != "alt"]
        return _pieces_of_tag(child, name) + values[::-1]
    return _pieces_of_tag(child, name)


def _pieces_of_tag(child: Tag, name: str) -> list[Tag | str]:
    if name == "br":
        return [_BREAK]
    if name == "img":
        return [image_text(child) or REMOVED]
    if name == "svg":
        return [svg_text(child) or REMOVED]
    if name in _PREFORMATTED:
        return [verbatim_block(preformatted_text(child))]
    if name in _BLOCKS:
        return ["\n\n", child, "\n\n"]
    if name in _CELLS:
        return [" ", sole_paragraph(child) or child]
    return [child] if child.contents else [REMOVED]


def svg_text(drawing: Tag) -> str:
    """The text an inline SVG drawing shows: its ``<text>`` elements, one after another. Its
    ``<title>`` and ``<desc>`` name it for screen readers (an icon's ``download-circle``),
    and its styles and shapes show no words."""
    return " ".join(shown for text in drawing.find_all("text") if (shown := text.get_text(" ", strip=True)))


def sole_paragraph(cell: Tag) -> Tag | None:
    """The one ``<p>`` a table cell holds with nothing else but spaces (docutils, Sphinx and
    MyST write every cell so): a browser shows its text on the row's line, as the cell's."""
    found = None
    for child in cell.contents:
        if isinstance(child, Tag):
            if child.name != "p" or found is not None:
                return None
            found = child
        elif not isinstance(child, PreformattedString) and child.strip():
            return None
    return found


def shows_no_text(element: Tag) -> bool:
    """True for an element :func:`node_text` reads as no text, leaving a seam: furniture
    (a script, an ad's iframe), an empty inline element (an icon, an anchor, an embed) and
    one holding only an icon font's glyph."""
    contents = element.contents
    if len(contents) == 1 and isinstance(contents[0], NavigableString) and _ICON_GLYPHS.match(contents[0]):
        return True  # (an icon font's glyph)
    return (element.name in FURNITURE and not is_note(element)) or (not contents and element.name not in _NOT_EMPTY_INLINE)


def is_note(element: Tag) -> bool:
    """True for an ``<aside>`` that is part of the document's text, not of the theme: a
    note marked with a DPUB-ARIA role (``doc-footnote``, ``doc-endnotes``, ``doc-note``,
    ``doc-pullquote`` …) or docutils' footnote classes (Sphinx 5 and later write footnotes
    as ``<aside class="footnote brackets" role="doc-footnote">`` in an ``<aside
    class="footnote-list brackets">``)."""
    if element.name != "aside":
        return False
    return (element.get("role") or "").startswith("doc-") or not _NOTE_CLASSES.isdisjoint(element.get("class") or ())


def image_text(image: Tag) -> str:
    """What the ``<img>`` ``image`` shows as text: its alt text (see :func:`image_alt`), but
    nothing when its figure's caption says the same (Hugo's ``figure`` shortcode writes the
    caption as the alt text of an image that has none): the caption is read once."""
    alt = image_alt(image.get("alt") or "", image.get("src") or "")
    if not alt.strip():
        return alt
    figure = image.find_parent("figure")
    caption = figure.find("figcaption") if figure is not None else None
    return "" if caption is not None and " ".join(caption.get_text(" ").split()).casefold() == " ".join(alt.split()).casefold() else alt


def image_alt(alt: str, src: str = "") -> str:
    """An image's alt text, unless it only names the image's file or address: a file name
    (``foto.jpg``), an address, or the name of the file at ``src`` without its extension
    (``IMG_20230105_093512`` for ``…/IMG_20230105_093512-1024x768.jpg``)."""
    stripped = alt.strip()
    if _NOT_ALT_TEXT.match(stripped) or (src and stripped and _named_file(stripped, src)):
        return ""
    return alt


def _named_file(alt: str, src: str) -> bool:
    """True when ``alt`` is the name of the file at the address ``src`` (see :data:`_FILE_STEM`)."""
    stem = _FILE_STEM.search(src.strip())
    return stem is not None and _NAME_SEPARATORS.sub(" ", stem.group(1)).strip().casefold() == _NAME_SEPARATORS.sub(" ", alt).strip().casefold()


def preformatted_text(element: Tag) -> str:
    """The text of a ``<pre>`` (or ``<textarea>``) as a browser shows it: every space, tab
    and line break as written (a ``<br>`` one line break, an image its alt text), less the
    line break right after the start tag (which HTML drops), the spaces ending each line
    and the blank lines before and after it (which show nothing)."""
    parts = []
    for node in element.descendants:
        if isinstance(node, PreformattedString):
            continue
        if isinstance(node, NavigableString):
            parts.append(str(node))
        elif node.name == "br":
            parts.append("\n")
        elif node.name == "img":
            parts.append(image_alt(node.get("alt") or "", node.get("src") or ""))
    return _verbatim_lines("".join(parts))


def verbatim_block(text: str) -> str:
    """``text`` (a code block's lines) as a paragraph of its own that :func:`tidy_text`
    leaves as written: indentation, runs of spaces and blank lines inside it kept, the
    spaces ending each line and the blank lines around it dropped."""
    lines = _verbatim_lines(text)
    return f"\n\n{PRE_START}{lines}{PRE_END}\n\n" if lines else "\n\n"


def _verbatim_lines(text: str) -> str:
    text = text.replace("\r\n", "\n").replace(PRE_START, "").replace(PRE_END, "")
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def tidy_text(text: str, *, keep_marks: bool = False) -> str:
    """Collapse runs of spaces within lines and of blank lines between paragraphs; the
    preformatted text between :data:`PRE_START` and :data:`PRE_END` stays as it is, a
    paragraph of its own (the marks are removed, unless ``keep_marks``)."""
    if PRE_START not in text:
        return _tidy(text)
    paragraphs, depth, outside = [], 0, []
    for piece in _PRE_MARKS.split(text):
        if piece in (PRE_START, PRE_END):
            if depth == 0 and piece == PRE_START:
                paragraphs.append(_tidy("".join(outside)))
                outside = []
            depth = max(depth + (1 if piece == PRE_START else -1), 0)
        elif depth:
            paragraphs.append(f"{PRE_START}{piece}{PRE_END}" if keep_marks else piece)
        else:
            outside.append(piece)
    paragraphs.append(_tidy("".join(outside)))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def _tidy(text: str) -> str:
    lines = _SPACES.sub(" ", text).split("\n")  # no run of spaces spans a line break
    return _BLANK_LINES.sub("\n\n", "\n".join([line.strip() for line in lines])).strip()
