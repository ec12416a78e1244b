"""Fallbacks for reStructuredText roles and directives that plain docutils does not know.

Sphinx sites and Pelican posts use roles (``:ref:``, ``:doc:``, ``:term:``, ``:guilabel:``)
and directives (``.. code-block::``, ``.. versionadded::``, ``.. glossary::``, ``.. tabs::``)
that docutils alone reports as errors, losing their text into system messages. Before a
document is parsed, :func:`register_fallbacks` finds the role and directive names it uses
and registers, for each one docutils does not know, a fallback that keeps what a reader
of the built site sees: a role its visible text, a directive its arguments and its content
(parsed as reStructuredText, or kept verbatim for code). A few directives are replaced for
every document: code blocks (Sphinx's options), ``include``/``literalinclude`` (never read:
another file is not this document's text), ``toctree`` (navigation: dropped), embeds
(``youtube``, ``gist``, Nikola's ``post-list`` and ``chart``: named in a problem) and
Nikola's ``thumbnail`` (its alt text, title and caption).

Registration is docutils' own (process-wide, as Sphinx does it); a name registered once
keeps the same fallback for every later document. This module imports docutils: it is
imported only when a reStructuredText file is read.
"""

from __future__ import annotations

import re

from docutils import nodes, utils
from docutils.parsers.rst import Directive, directives, roles
from docutils.parsers.rst.languages import get_language

from .markup import CODE_DIRECTIVES, CONDITION_DIRECTIVES, EMBED_DIRECTIVES, FILE_DIRECTIVES, IMAGE_DIRECTIVES, NAME, NAVIGATION_DIRECTIVES, TEXT_OPTIONS

_ROLE_USE = re.compile(rf"(?<![\w`]):({NAME}):`|`:({NAME}):(?!\w)")
_DIRECTIVE_USE = re.compile(rf"^[ \t]*\.\.[ \t]+(?:\|[^|\n]+\|[ \t]+)?({NAME})[ \t]*::", re.M)
#: Sphinx's ``Title <target>`` form of a cross-reference.
EXPLICIT_TITLE = re.compile(r"^(.+?)\s*(?<!\x00)<([^<]*?)>$", re.S)
#: Roles whose text marks a keyboard accelerator with ``&`` (Sphinx).
_ACCELERATOR_ROLES = frozenset(("guilabel", "menuselection"))


class dropped(nodes.Invisible, nodes.Element):
    """Something of the source that the text leaves out, with the reason (a ``Problem``)."""


class _AnyOption(dict):
    """An ``option_spec`` that accepts every option, as its plain value."""

    def __missing__(self, name: str):
        return directives.unchanged

    def __bool__(self) -> bool:
        return True


class _Fallback(Directive):
    """An unknown directive: its arguments (unless a condition), its text options and its
    content, parsed as reStructuredText."""

    optional_arguments = 1
    final_argument_whitespace = True
    has_content = True
    option_spec = _AnyOption()

    def run(self) -> list[nodes.Node]:
        container = nodes.container()
        if self.arguments and self.name not in CONDITION_DIRECTIVES:
            container += _paragraph(self, self.arguments[0])
        container.extend(_option_paragraphs(self))
        if self.content:
            self.state.nested_parse(self.content, self.content_offset, container)
        return [container]


class _Code(Directive):
    """A code block (``code-block``, ``sourcecode``, Sphinx's ``code``): the content verbatim,
    whatever its options; the language argument is not text, a ``:caption:`` is."""

    optional_arguments = 1
    final_argument_whitespace = True
    has_content = True
    option_spec = _AnyOption()

    def run(self) -> list[nodes.Node]:
        code = "\n".join(self.content)
        return _option_paragraphs(self) + ([nodes.literal_block(code, code)] if code.strip() else [])


class _Navigation(Directive):
    """``toctree``, ``index`` and the like: nothing of them is the page's text."""

    optional_arguments = 1
    final_argument_whitespace = True
    has_content = True
    option_spec = _AnyOption()

    def run(self) -> list[nodes.Node]:
        return []


class _LeftOut(Directive):
    """A directive whose subject the page does not hold (any argument, options and content):
    the document records that it was left out."""

    optional_arguments = 1
    final_argument_whitespace = True
    has_content = True
    option_spec = _AnyOption()

    def left_out(self, why: str) -> nodes.Node:
        """The record that this directive was left out, and ``why``."""
        target = self.arguments[0] if self.arguments else ""
        return dropped(reason=f"line {self.lineno}: '.. {self.name}:: {target[:60]}' {why}")


class _NotRead(_LeftOut):
    """``include`` and ``literalinclude``: the named file is never read (it is not this
    document, and the input is untrusted)."""

    def run(self) -> list[nodes.Node]:
        return [self.left_out("not read (arsip never reads other files)")]


class _Embedded(_LeftOut):
    """Media, a gist, a list of posts or a chart (:data:`~.markup.EMBED_DIRECTIVES`): its
    text options (a chart's ``:title:``) are text; what it shows is not in the page."""

    def run(self) -> list[nodes.Node]:
        return _option_paragraphs(self) + [self.left_out("shows what the page does not hold: not read")]


class _Image(Directive):
    """An image directive of a generator (Nikola's ``thumbnail``): its file is not text; its
    alt text, title and caption (its content) are."""

    optional_arguments = 1
    final_argument_whitespace = True
    has_content = True
    option_spec = _AnyOption()

    def run(self) -> list[nodes.Node]:
        container = nodes.container()
        container.extend(_option_paragraphs(self))
        if self.content:
            self.state.nested_parse(self.content, self.content_offset, container)
        return [container]


class _BuildDate(Directive):
    """docutils' ``date`` substitution (``.. |diperbarui| date::``) is the day the page is
    built, here the day of the run: not the document's text (and not a date of it)."""

    optional_arguments = 1
    final_argument_whitespace = True
    option_spec = _AnyOption()

    def run(self) -> list[nodes.Node]:
        return [nodes.Text("")]


def _option_paragraphs(directive: Directive) -> list[nodes.Node]:
    """The directive's text options (``:caption:``), one paragraph each."""
    options = directive.options
    return [_paragraph(directive, options[name]) for name in TEXT_OPTIONS if isinstance(options.get(name), str) and options[name].strip()]


def _paragraph(directive: Directive, text: str) -> nodes.paragraph:
    """``text`` (an argument or option: ``versionadded``'s text after its version, a
    caption) as a paragraph, its inline markup and roles read."""
    children, messages = directive.state.inline_text(text, directive.lineno)
    return nodes.paragraph(text, "", *children, *messages)


def visible_text(name: str, text: str) -> str:
    """What a built site shows for the role ``name`` with the interpreted text ``text``:
    the title of ``Title <target>``; a target without its ``!`` (no link) or, after ``~``,
    its last dotted part; ``&`` accelerators of ``:guilabel:`` removed."""
    text = utils.unescape(text)
    explicit = EXPLICIT_TITLE.match(text)
    if explicit:
        return explicit.group(1)
    if text.startswith("!"):
        text = text[1:]
    if text.startswith("~"):
        text = text[1:].rsplit(".", 1)[-1]
    if name.rsplit(":", 1)[-1] in _ACCELERATOR_ROLES:
        text = re.sub(r"&(&?)", r"\1", text).replace("-->", "›")
    return text


def _fallback_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """A role docutils does not know: its visible text (see :func:`visible_text`)."""
    return [nodes.inline(rawtext, visible_text(name.lower(), text))], []


_REPLACED = {
    **{name: _Code for name in CODE_DIRECTIVES},
    **{name: _Navigation for name in NAVIGATION_DIRECTIVES},
    **{name: _NotRead for name in FILE_DIRECTIVES},
    **{name: _Embedded for name in EMBED_DIRECTIVES},
    **{name: _Image for name in IMAGE_DIRECTIVES},
    "date": _BuildDate,
}
for _name, _directive in _REPLACED.items():
    directives.register_directive(_name, _directive)


def register_fallbacks(source: str, document: nodes.document) -> None:
    """Register a fallback for every role and directive ``source`` uses that docutils
    does not know (``document`` gives the language and a reporter for the look-up)."""
    module = get_language(document.settings.language_code, document.reporter)
    for match in _ROLE_USE.finditer(source):
        name = (match.group(1) or match.group(2)).lower()
        if roles.role(name, module, 0, document.reporter)[0] is None:
            roles.register_local_role(name, _fallback_role)
    for match in _DIRECTIVE_USE.finditer(source):
        name = match.group(1).lower()
        if directives.directive(name, module, document)[0] is None:
            directives.register_directive(name, _Fallback)
