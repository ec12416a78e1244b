"""Which parameters of a shortcode or component are text for a reader, and which are not.

Hugo shortcodes (``{{< figure src=foto.jpg caption=Peresmian >}}``), WordPress shortcodes
(``[caption caption="..."]``) and JSX components (``<Callout title="...">``) carry their
captions and titles as parameters, next to ids, URLs, file names and settings. The rule,
by the parameter's name, its place and the value's shape:

- a parameter named like text (:data:`HUMAN_PARAMETERS`: ``caption``, ``title``, ``alt``,
  ``judul``, ``keterangan`` …) keeps its value when it is quoted (but for an identifier
  such as ``name="kubectl_install"``, words joined by underscores), or, unquoted, when it
  is a word (letters, with hyphens between: ``Peresmian``, ``Jembatan-gantung``) and not a
  boolean (Docsy's ``{{< tabpane text=true >}}``); a Hugo shortcode's ``items`` lists the
  labels of its tabs, each of them text (:data:`TAB_LABELS`);
- a parameter named like a setting (:data:`SETTING_PARAMETERS`: ``class``, ``type``,
  ``icon``, ``color``, ``height`` …) is never text, whatever its value: Docsy's
  ``{{% blocks/section type="row text-center h1" %}}`` and ``{{% blocks/cover
  height="auto td-below-navbar" %}}`` name CSS classes, ``icon="fab fa-github"`` an icon;
- in a Hugo shortcode, any other quoted value is kept when it reads as prose: it has a
  space and no ``/``, braces or colon between letters (CSS is not prose, :func:`reads_as_prose`);
  a quoted *positional* value is kept when it is a word (``{{< badge "Baru" >}}``, see
  :func:`_is_word`); and any other one-word value, quoted or not, positional or named, is
  kept when it is a name: a word Capitalised or in capitals (``{{< tokoh Siti Jakarta >}}``,
  ``kota=Bandung``, ``instansi=BNPB``; not a style, see :func:`_is_name`); but not the first value of an
  admonition (``{{< alert "warning" >}}``) when it names a style (:data:`STYLES`), nor any
  value of one of Hugo's own shortcodes whose values are ids or references (:data:`ID_SHORTCODES`);
- a Liquid include a site's files do not hold (a theme's ``{% include figure caption="…" %}``)
  keeps the values of its parameters named like text, and, of :data:`INCLUDE_TEXT_PARAMETERS`,
  also those named like the text of a box (``content``, ``isi``, ``pesan`` …: the popular
  documentation theme's ``{% include note.html content="…" %}``), and any other quoted value
  that reads as prose (:func:`reads_as_prose`), as a Hugo shortcode's;
- anything else is not text: ids (``{{< youtube w7Ft2ymGmfc >}}``, ``{{< tweet 1234567 >}}``),
  numbers, booleans, sizes (``300px``), URLs, paths, file names (``src=foto.jpg``), colours
  (``"#ff8800"``), slugs (``"daftar-relawan"``, ``"fa_home"``) and lower-case one-word
  settings, unquoted (``{{< details open >}}``, ``align=center``) or of named parameters
  (``folder="panen"``): a writer spells a name with a capital, a theme's setting in lower case.
"""

from __future__ import annotations

import re
from typing import Callable

#: Parameters whose value is text for a reader, whatever the shortcode or component.
HUMAN_PARAMETERS = frozenset(
    (
        "caption", "title", "alt", "alt-text", "attr", "text", "label", "description", "summary", "name", "header",
        "judul", "keterangan", "teks", "deskripsi", "ringkasan", "nama",
    )
)

#: Parameters of a Liquid include whose value is text: those named like text, and those
#: naming the text a box, a note or a quote shows (``{% include note.html content="…" %}``,
#: ``{% include kutipan.html isi="…" %}``).
INCLUDE_TEXT_PARAMETERS = HUMAN_PARAMETERS | frozenset(
    ("content", "body", "message", "quote", "isi", "konten", "pesan", "kutipan", "catatan")
)

#: Hugo's own shortcodes whose positional values are ids, references or setting names, never text
#: (and themes' ``icon``: its value names an icon, ``{{< icon "github" >}}``; Docsy's ``imgproc``:
#: an image, a processing method and its options, ``{{< imgproc sunset Fill "600x300" >}}``).
ID_SHORTCODES = frozenset(("ref", "relref", "param", "youtube", "vimeo", "tweet", "x", "instagram", "gist", "icon", "imgproc"))
#: Parameters of a Hugo shortcode whose value is a setting, never text: CSS classes, styles,
#: icons, colours, sizes, places and kinds (and their Indonesian names: ``kelas``, ``gaya`` …).
SETTING_PARAMETERS = frozenset(
    "class classes css style type kind variant icon color colour height width size align position anchor image_anchor "
    "kelas gaya ikon warna tinggi lebar ukuran posisi jenis".split()
)
#: A Hugo shortcode's parameter that lists the labels of its tabs, comma-separated
#: (Hextra's ``{{< tabs items="Linux,macOS,Windows" >}}``): each label is text.
TAB_LABELS = "items"
#: Hugo's own ``qr`` encodes its ``text`` (or its content) into an image: a reader sees the
#: image, described by its ``alt``, not the text (gohugo.io, "QR shortcode").
ENCODING_SHORTCODE = "qr"
#: Shortcodes that draw a box in a style: their first positional value may name the style.
ADMONITIONS = frozenset(
    "admonition alert callout hint notice note tip warning info danger caution important message box".split()
)
#: Style names (admonition kinds, Bootstrap colours): not text as an admonition's first value.
STYLES = frozenset(
    "note info tip hint warning danger caution important success error primary secondary light dark "
    "abstract summary todo question example quote bug failure check done attention".split()
)

#: A Hugo shortcode's parameters (:data:`HUGO_PARAMETERS` as one group): a quoted value may
#: hold braces (``{{< style "p{color:red}" >}}``) and ends at its line's end (a stray quote
#: scans no further).
HUGO_VALUES = r"""(?:"(?:[^"\\\n]|\\.)*"|[^{}"])*?"""
HUGO_PARAMETERS = "(" + HUGO_VALUES + ")"
#: Paired shortcodes whose content a reader never sees: ``{{< script >}}`` (a theme's
#: shortcode for JavaScript) and ``{{< comment >}}`` (Hugo's own since 0.137.1, and many
#: sites' before it: "Hugo will ignore the text within"), as (name, opener, closer).
HUGO_HIDDEN = tuple(
    (name, re.compile(r"\{\{[<%%]\s*%s\b[^{}]*?[>%%]\}\}" % name), re.compile(r"\{\{[<%%]\s*/\s*%s\s*[>%%]\}\}" % name))
    for name in ("script", "comment")
)

#: ``name=`` (optional), then a value: "double" (with \" escapes), 'single', `raw`, or bare.
_PARAMETER = re.compile(r"""(?:([\w-]+)\s*=\s*)?(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`|([^\s"'`=]+))""")
#: Signs of code, not prose, in a value with spaces: braces, or a colon between letters
#: (``{{< style "text-align:right; strong{color:#00b1ff;}" >}}``).
_CODE = re.compile(r"[{}]|[^\W\d_]:[^\W\d_]")
#: Booleans, in any case: settings, not names.
_BOOLEANS = ("true", "false", "yes", "no", "on", "off")
#: A word for a reader: letters, with hyphens between.
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: A variable's name, dotted into its keys (``judul``, ``page.judul``).
_VARIABLE = re.compile(r"[A-Za-z_][\w-]*(?:\.[\w-]+)*")
#: An identifier, not text, even as a text-named parameter's value: letters and digits
#: joined by underscores (``{{< tabs name="kubectl_install" >}}``: an element's id).
_IDENTIFIER = re.compile(r"[^\W_]+(?:_[^\W_]+)+")


def parameter_text(
    parameters: str, *, shortcode: str | None = None, text_names: frozenset[str] = HUMAN_PARAMETERS, prose: bool = False, variable: Callable[[str], str] | None = None
) -> list[str]:
    """The values among ``parameters`` that are text for a reader (see the module's rule):
    of the Hugo shortcode named ``shortcode``, or, without it (WordPress ``[caption]``, JSX
    props), only values of parameters named like text (``text_names``: by default
    :data:`HUMAN_PARAMETERS`), and, with ``prose`` (a Liquid include's), quoted values that
    read as prose of parameters not named like a setting. Given ``variable`` (a Liquid
    include's), a bare value is a variable, not text: a text-named one is shown as
    ``variable`` writes it (an output of the template language)."""
    values = []
    position = 0  # of the next positional value
    for match in _PARAMETER.finditer(parameters):
        name = (match.group(1) or "").lower()
        if shortcode == ENCODING_SHORTCODE and name == "text":
            continue
        bare = match.group(5)
        if bare is not None:
            if variable is not None:
                if name in text_names and _VARIABLE.fullmatch(bare) and bare.lower() not in _BOOLEANS:
                    values.append(variable(bare))
            elif (name in text_names and _WORD.fullmatch(bare) and bare.lower() not in _BOOLEANS) or (shortcode is not None and _shortcode_text(shortcode, name, position, bare, False)):
                values.append(bare)
        else:
            value = next(group for group in match.group(2, 3, 4) if group is not None).replace('\\"', '"').strip()
            if shortcode is not None and name == TAB_LABELS:
                values.extend(label.strip() for label in value.split(",") if label.strip())
            elif (name in text_names and not is_identifier(value)) or (shortcode is not None and _shortcode_text(shortcode, name, position, value, True)) or (
                prose and name not in SETTING_PARAMETERS and reads_as_prose(value)
            ):
                values.append(value)
        position += not name
    return values


def shortcode_arguments(parameters: str) -> tuple[list[str], dict[str, str]]:
    """A shortcode's positional values and its named ones (names in lower case), unquoted."""
    positional: list[str] = []
    named: dict[str, str] = {}
    for match in _PARAMETER.finditer(parameters):
        value = next(group for group in match.group(2, 3, 4, 5) if group is not None).replace('\\"', '"')
        if match.group(1):
            named[match.group(1).lower()] = value
        else:
            positional.append(value)
    return positional, named


def _shortcode_text(shortcode: str, name: str, position: int, value: str, quoted: bool) -> bool:
    """True when ``value`` (``quoted`` or bare) of a parameter of a Hugo shortcode that is
    not named like text (``name`` empty when positional, at ``position``) is text."""
    if shortcode.lower() in ID_SHORTCODES or name in SETTING_PARAMETERS:
        return False
    if quoted and " " in value and "/" not in value:
        return reads_as_prose(value)
    if not (_is_word(value) if quoted and not name else _is_name(value)):
        return False
    return not (position == 0 and not name and shortcode.lower() in ADMONITIONS and value.lower() in STYLES)


def reads_as_prose(value: str) -> bool:
    """True when a quoted value reads as prose: it has a space, and no ``/`` (a path, a URL)
    nor signs of code (:func:`is_code`)."""
    return " " in value and "/" not in value and not is_code(value)


def is_identifier(value: str) -> bool:
    """True when ``value`` is an identifier, words joined by ``_`` (react.dev's
    ``<Diagram name="render_tree">`` names the picture's file): a reference, not text."""
    return _IDENTIFIER.fullmatch(value) is not None


def is_code(value: str) -> bool:
    """True when a value with spaces is code, not prose: it has braces or a colon between
    letters (CSS such as ``text-align:right; strong{color:red}``)."""
    return _CODE.search(value) is not None


def _is_word(value: str) -> bool:
    """True when ``value`` is one word, as a writer spells it: letters (no digits, dots,
    slashes, ``#`` or underscores), in lower case, Capitalised or in capitals (``Baru``,
    ``BNPB``; not an id like ``BWNjjyYFxVx``); joined by hyphens only when Capitalised or
    repeated (``Jembatan-gantung``, ``anak-anak``; not a slug like ``daftar-relawan``)."""
    if not _WORD.fullmatch(value):
        return False
    rest = value.replace("-", "")[1:]
    if rest and not (rest.islower() or rest.isupper()):
        return False
    parts = value.lower().split("-")
    return len(parts) == 1 or value[0].isupper() or len(set(parts)) == 1


def _is_name(value: str) -> bool:
    """True when ``value`` is spelt as a writer spells a name: letters, Capitalised or in
    capitals, each part of it when hyphens join parts (``Jakarta``, ``BNPB``,
    ``Nusa-Tenggara``, ``Jembatan-gantung``; not an id like ``BWNjjyYFxVx``), and is not a
    boolean or a style (``Warning``, ``Primary``: :data:`STYLES`)."""
    if not (value[:1].isupper() and _WORD.fullmatch(value)) or value.lower() in _BOOLEANS or value.lower() in STYLES:
        return False
    return all(part[1:].islower() or part.isupper() or part.islower() for part in value.split("-"))
