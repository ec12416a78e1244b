"""Hexo's syntax in a post or page body: its tag plugins (Nunjucks ``{% %}``) and Nunjucks
output (``{{ }}``), read before the body's Markdown, as Hexo renders them.

Hexo (``lib/hexo/post.js``) sets fenced code blocks aside first, renders the Markdown with
every Nunjucks tag set aside, then renders the result with Nunjucks, inline ``<code>``
excepted, with the post's own data as the context. So here: fenced blocks and inline code
stay as written; ``{% raw %}`` keeps what it holds; ``{% codeblock %}`` keeps its code
verbatim (Hexo would render a ``{{ x }}`` in it: arsip keeps what the author wrote) with
its caption; ``{% blockquote %}`` keeps its quote and the author and title it names;
images (``img``, ``asset_img``) their title and alt text; links (``link``, ``post_link``,
``asset_link``) their text; embeds (``youtube``, ``vimeo``, ``iframe``, ``gist``,
``jsfiddle``) and addresses (``url_for``, ``asset_path``) nothing; ``include_code``
never reads its file, and the page gets a problem naming it; a tag of a theme or plugin
keeps what its theme shows of its parameters (:mod:`.themes`: a button's label, a toggle's
title, a tab's caption; not its classes, icons, colours and links) and, paired, its inner
text; an image tag naming a file of the post (Tranquilpeak's ``{% image fancybox kebun.png
"Kebun" %}``) its title; where a tag goes, the words around it meet as :mod:`...markup.seams` says; ``{{ title }}`` is the front matter's value, anything else
(``{{ page.title }}``, whose ``page`` a post's context does not have) nothing. Every
pattern is linear.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Mapping

from ...document import Problem
from ...markup.pairs import SetAside, code_kept, fenced, replace_pairs
from ...markup.seams import APART, REMOVED, closed_seams
from .themes import marked_items, theme_tag_text

#: One Nunjucks tag: its name and its parameters.
_TAG = re.compile(r"\{%-?\s*([\w-]+)((?:[^%{}]|%(?!\}))*?)-?%\}")
_OUTPUT = re.compile(r"\{\{-?\s*([^{}]*?)\s*-?\}\}")
_COMMENT = (re.compile(r"\{#"), re.compile(r"#\}"))
_RAW = (re.compile(r"\{%-?\s*raw\s*-?%\}"), re.compile(r"\{%-?\s*endraw\s*-?%\}"))
#: Hexo's own test of an address among a tag's parameters (``img``, ``link``).
_URL = re.compile(r"[A-Za-z]{3,9}:(?://)?(?:[-;:&=+$,\w]+@)?[A-Za-z0-9.-]+|(?:www.|[-;:&=+$,\w]+@)[A-Za-z0-9.-]+")
#: A parameter of a tag as Nunjucks reads it: a quoted string (its quotes go) or a run of other characters.
_ARGUMENT = re.compile(r""""((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|[^\s"']+""")
#: ``{% codeblock %}`` options, not its caption.
_CODE_OPTIONS = frozenset(("lang", "line_number", "line_threshold", "first_line", "wrap", "mark", "language_attr", "highlight"))
#: Tags whose output is an embedded player, frame or address: nothing of them is text.
_EMBEDS = frozenset(
    (
        "youtube", "vimeo", "iframe", "jsfiddle", "gist", "asset_path", "post_path", "url_for", "full_url_for",
        # themes' players, documents and inline images (NexT, Butterfly, Volantis …)
        "video", "videos", "audio", "bilibili", "aplayer", "meting", "dplayer", "pdf", "caniuse", "can", "inlineImg", "inlineimage",
    )
)
#: Tags whose items are captioned in HTML comments (``<!-- tab Caption -->``): see :mod:`.themes`.
_ITEM_TAGS = ("tabs", "subtabs", "subsubtabs", "timeline")
#: Tags that include a file of the site (``code_dir``): never read.
INCLUDES = frozenset(("include_code", "include-code", "include_raw"))
#: Nunjucks' own statements: their parameters are code.
_STATEMENTS = frozenset(
    "if elif elseif else for set macro call filter block extends include import from asyncEach asyncAll".split()
)
#: A file name among ``asset_img``'s parameters.
_FILE = re.compile(r"[^/\s]+\.[A-Za-z0-9]{2,5}")
#: An image's width or height (in pixels, or a share of the line).
_SIZE = re.compile(r"\d+(?:px|%)?")


def hexo_markdown(body: str, page: Mapping[str, Any]) -> str:
    """Hexo: the body as its Markdown reads once its tags and Nunjucks output are rendered
    (see the module's rule); ``page`` is the front matter."""
    if "{" not in body:
        return body
    aside = SetAside()
    keep = aside.keep
    body = code_kept(body, keep)
    if "raw" in body:
        body = replace_pairs(body, *_RAW, lambda match, inner: keep(inner))
    if "{#" in body:
        body = replace_pairs(body, *_COMMENT, lambda match, inner: "")
    for name in ("codeblock", "code"):
        if name in body:
            body = replace_pairs(body, *paired_tag(name), lambda match, inner: code_block(match.group(1), inner, keep))
    for name in ("blockquote", "quote"):
        if name in body:
            body = replace_pairs(body, *paired_tag(name), lambda match, inner: f"\n\n{inner}\n\n{citation(match.group(1))}\n\n")
    for name in _ITEM_TAGS:
        if name in body:
            body = replace_pairs(body, *paired_tag(name), lambda match, inner, name=name: _items(name, match.group(1), inner))
    if "{%" in body:
        body = _TAG.sub(_tag_text, body)
    if "{{" in body:
        body = _OUTPUT.sub(lambda match: _page_value(page, match.group(1)) or REMOVED, body)
    body = closed_seams(body)
    return aside.restore(body, rounds=3)  # (code kept inside raw or a code block is put back in turn)


def hexo_problems(body: str) -> list[Problem]:
    """What of a Hexo body arsip does not read as Hexo shows it: the files ``include_code``
    includes (never read; named as written, below the site's ``code_dir``), and the
    ``post_link`` tags without their own text (Hexo shows the linked post's title, arsip
    the words of its slug)."""
    if "include" not in body and "post_link" not in body:
        return []
    files, guesses = [], []
    for match in _TAG.finditer(code_kept(body, lambda text: "")):
        if match.group(1) in INCLUDES:
            files.append(_included(match.group(2))[1])
        elif match.group(1) == "post_link" and not _link_text(values := _arguments(match.group(2))) and values:
            guesses.append(f"{values[0]} → {_slug_words(values[0])!r}")
    problems = []
    if files:
        problems.append(Problem("text", f"{len(files)} file(s) included with include_code are not read into this page: {', '.join(dict.fromkeys(files))}"))
    if guesses:
        problems.append(
            Problem("text", f"{len(guesses)} post_link(s) without their own text shown as the words of the post's slug (Hexo shows that post's title): {'; '.join(guesses)}")
        )
    return problems


def paired_tag(name: str) -> tuple[re.Pattern, re.Pattern]:
    """The opening (its parameters one group) and closing tag of the paired tag ``name``
    (Hexo's, and Octopress' in a Jekyll site)."""
    return re.compile(r"\{%%-?\s*%s\b((?:[^%%{}]|%%(?!\}))*?)-?%%\}" % name), re.compile(r"\{%%-?\s*end%s\s*-?%%\}" % name)


def code_block(parameters: str, code: str, keep: Callable[[str], str]) -> str:
    """``{% codeblock %}`` (Hexo's, and Octopress' before it): its caption (and its link's
    text) as a line, its code verbatim."""
    words = [value for value in _arguments(parameters) if value.split(":", 1)[0] not in _CODE_OPTIONS or ":" not in value]
    caption = _caption(" ".join(words))
    return ("\n\n" + caption if caption else "") + keep(fenced(code))


def _caption(text: str) -> str:
    """A code block's caption as Hexo shows it: the caption, and its link's text but
    ``link`` (``caption https://… Teks`` → ``caption Teks``); the address goes."""
    match = re.match(r"(\S[\s\S]*?)\s+https?://\S+(?:\s+(.+))?$", text)
    if match:
        return " ".join(part for part in match.groups() if part)
    return text.strip()


def citation(parameters: str) -> str:
    """The footer Hexo writes under ``{% blockquote %}``: the author, and the title of the
    source; a source given only as an address is not text."""
    text = " ".join(_arguments(parameters))
    match = re.match(r"(\S.*?)\s+https?://\S+(?:\s+(.+))?$", text)
    if match:
        author, title = match.groups()
    elif re.search(r"[^,]+,\s*[^,]+", text):
        author, title = (part.strip() for part in text.split(",", 2)[:2])
    else:
        author, title = text, None
    return ", ".join(part for part in (author, title) if part)


def _tag_text(match: re.Match) -> str:
    """What one tag (of those left after the paired ones above) shows as text."""
    name, parameters = match.group(1), match.group(2)
    if name in _EMBEDS or name in _STATEMENTS or name.startswith("end"):
        return REMOVED
    if name in INCLUDES:
        caption = _included(parameters)[0]
        return f"\n\n{caption}\n\n" if caption else REMOVED
    handler = _TAGS.get(name)
    if handler:
        return handler(_arguments(parameters)) or REMOVED  # (inline, where the writer put it)
    text = theme_tag_text(name, _arguments(parameters))
    return APART + text + APART if text else REMOVED


def _items(name: str, parameters: str, inner: str) -> str:
    """A tabs or timeline tag: each item's caption, then its body (a timeline's title first;
    the tabs' name is shown only as the caption of a tab that has none); without items,
    its body where the tag stands."""
    values = _arguments(parameters)
    title = theme_tag_text(name, values) if name == "timeline" else ""
    if "<!--" not in inner:
        return APART + " ".join(part for part in (title, inner) if part) + APART
    items = marked_items(inner, "" if name == "timeline" else " ".join(values).split(",")[0].strip())
    return f"\n\n{title}\n\n{items}\n\n"


def image_tag_text(parameters: str) -> str:
    """``{% img %}`` (Hexo's, and Octopress' before it) with its ``parameters``: its title
    and alt text (see :func:`_image`)."""
    return _image(_arguments(parameters))


def _image(values: list[str]) -> str:
    """``{% img [class] /path [width [height]] [title [alt]] %}``: its title and alt text. A
    theme's image tag may name a file of the post (Tranquilpeak's ``{% image fancybox
    kebun.png "Kebun" %}``), a thumbnail after it and sizes in ``px``; one with commas is
    Volantis' or Stellar's (``{% image /peta.png, alt=Peta desa, width=400px %}``)."""
    if "," in " ".join(values):
        return _listed_image(" ".join(values).split(",")[1:])
    while values and not (_URL.search(values[0]) or values[0].startswith("/") or _FILE.fullmatch(values[0])):
        values.pop(0)  # class names
    values = values[1:]
    if values and (values[0].startswith("/") or _FILE.fullmatch(values[0])):
        values.pop(0)  # a thumbnail
    for _ in range(2):
        if values and _SIZE.fullmatch(values[0]):
            values.pop(0)
    meta = " ".join(values)
    title = r'"?([^"]+)?"?' if meta.startswith('"') else r"'?([^']+)?'?"
    alt = r'"?([^"]+)?"?' if meta.endswith('"') else r"'?([^']+)?'?"
    found = re.search(title + r"\s*" + alt, meta)
    return " ".join(part.strip() for part in found.groups() if part and part.strip()) if found else ""


def _listed_image(pieces: list[str]) -> str:
    """The text among an image tag's comma-separated pieces after its source: the value of
    ``alt=``, ``title=``, ``description=`` or ``caption=``, and a piece that is no setting."""
    texts = []
    for piece in (piece.strip() for piece in pieces):
        key, equals, value = piece.partition("=")
        if equals:
            texts += [value.strip()] if key.strip().lower() in ("alt", "title", "description", "caption") else []
        elif piece and theme_tag_text("image", [piece]):
            texts.append(piece)
    return " ".join(texts)


def _asset_image(values: list[str]) -> str:
    """``{% asset_img [class] file [width [height]] [title [alt]] %}``: as ``img``, from its file."""
    at = next((index for index, value in enumerate(values) if _FILE.fullmatch(value)), 0)
    return _image(["/" + value if index == at else value for index, value in enumerate(values)][at:])


def _link(values: list[str]) -> str:
    """``{% link text url [external] [title] %}``: its text; Butterfly's ``{% link title,
    url, image %}``: its title."""
    pieces = " ".join(values).split(",")
    if len(pieces) > 1 and _URL.match(pieces[1].strip()):
        return pieces[0].strip()
    words = []
    for value in values:
        if _URL.search(value):
            break
        words.append(value)
    return " ".join(words)


def _post_link(values: list[str]) -> str:
    """``{% post_link slug [text] [escape] %}``: the text given; without it Hexo shows the
    linked post's title, here the words of its slug (:func:`hexo_problems` says so)."""
    return _link_text(values) or _slug_words(values[0]) if values else ""


def _asset_link(values: list[str]) -> str:
    """``{% asset_link file [text] [escape] %}``: the text given; without it Hexo shows the
    file's name, which is not text."""
    return _link_text(values)


def _link_text(values: list[str]) -> str:
    """The text a ``post_link`` or ``asset_link`` gives after its target (and before its
    ``true``/``false`` escape flag)."""
    if values and values[-1] in ("true", "false"):
        values = values[:-1]
    return " ".join(values[1:])


def _slug_words(slug: str) -> str:
    """The words of a post's slug (``arsip/panen-raya#hasil`` → ``panen raya``)."""
    return re.sub(r"[-_]+", " ", slug.split("#", 1)[0].rsplit("/", 1)[-1]).strip()


_TAGS: dict[str, Callable[[list[str]], str]] = {
    "img": _image, "image": _image, "asset_img": _asset_image, "asset_image": _asset_image,
    "link": _link, "a": _link, "anchor": _link, "post_link": _post_link, "asset_link": _asset_link, "pullquote": lambda values: "",
}


def _arguments(parameters: str) -> list[str]:
    """A tag's parameters as Nunjucks splits them: at spaces, a quoted string one value."""
    return [next((group for group in match.groups() if group is not None), match.group(0)) for match in _ARGUMENT.finditer(parameters)]


def _included(parameters: str) -> tuple[str, str]:
    """What ``include_code`` names: its caption (the words before the file name; none: the
    file name, which is not text) and its file, as written (its options left out)."""
    words = [value for value in parameters.split() if not re.match(r"(?:lang|from|to):", value, re.I)]
    return " ".join(words[:-1]), words[-1] if words else ""


def _page_value(page: Mapping[str, Any], expression: str) -> str:
    """What ``{{ expression }}`` shows in a post: the front matter's value of a name (a
    dotted one reads into a mapping; filters are not applied), when it is text or a
    number; else nothing, as Nunjucks shows an undefined name."""
    value: Any = page
    for key in expression.split("|", 1)[0].strip().split("."):
        value = value.get(key.strip()) if isinstance(value, Mapping) else None
    return str(value) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else ""

