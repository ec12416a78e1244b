"""VuePress (1 and 2): Markdown with Vue in it, as VuePress shows a page.

A VuePress site is the folder holding ``.vuepress/`` (its configuration, components and
theme), often ``docs/``; every Markdown file below it is a page (where it is published:
:mod:`.javascript.docs_sites`). A page may hold Vue: ``{{ $frontmatter.judul }}`` shows a
value of its front matter, ``{{ $page.title }}`` its title, ``{{ $site.title }}`` and
``{{ $site.description }}`` the site's (another expression is computed when the page is
shown, and named in a problem); components (``<Badge text="beta"/>``
shows its ``text``, another component its contents); ``[[toc]]`` (the page's headings,
not its words); ``::: v-pre`` shows its contents as written. Code is never interpolated.
``@[code](./contoh.js)`` (VuePress 2) and ``<<< ./contoh.js`` (VuePress 1) import a file as
code: one at a path from the page is read as the other includes are; one from ``@`` (the
source or working folder: where that is depends on how the site is built) is named in a
problem. The home page (``home: true``) shows its front matter: ``heroText`` (else the
site's title), ``tagline`` (else its description), its actions' texts, its ``features``
(each title and details) over the body, its ``footer`` under it.
"""

from __future__ import annotations

import html
import re
from typing import Any, Mapping

from ..asciidoc.include import Expansion, IncludeRoot, expanded, read_relative
from ..document import Problem
from ..markup.pairs import SetAside, all_code_kept, fenced
from ..markup.seams import REMOVED, closed_seams

#: The folder that marks a VuePress site's root.
MARKER = ".vuepress"
#: VuePress' badge written as one tag (``<Badge text="beta" type="tip"/>``): what it shows, its ``text``.
_BADGE = re.compile(r"<Badge\b[^<>]*?/>")
_BADGE_TEXT = re.compile(r"""\stext\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_TOC = re.compile(r"^[ \t]*\[\[toc\]\][ \t]*$", re.M | re.I)
_INTERPOLATION = re.compile(r"\{\{([^{}\n]*)\}\}")
#: What a page shows of its own: a front matter value, its title; or of its site: its title, description.
_PAGE_VALUE = re.compile(r"\$(?:page\.)?frontmatter\.([\w$]+)|\$page\.(title)|\$site\.(title|description)")
#: ``::: v-pre`` … ``:::``: contents shown as written.
_V_PRE = (re.compile(r"^[ \t]*:::[ \t]*v-pre[ \t]*$", re.M), re.compile(r"^[ \t]*:::[ \t]*$", re.M))
#: A code import on a line of its own: ``<<< path{2}`` (VuePress 1) or ``@[code …](path)`` (VuePress 2).
_CODE_IMPORT = re.compile(r"^[ \t]*(?:<<<[ \t]+([^\s{]+)(?:\{[^{}\n]*\})?|@\[code\b[^\]\n]*\]\(([^()\s]+)\))[ \t]*$", re.M)


def vuepress_markdown(body: str, page: Mapping[str, Any] | None = None, site: Mapping[str, str] | None = None) -> str:
    """The page's Markdown as VuePress shows it (see the module docstring): outside code
    and ``v-pre`` containers, ``{{ }}`` expressions of the page's own values (and the
    ``site``'s ``title`` and ``description``) shown and others removed, ``[[toc]]`` and
    code imports left unread removed; a home page's front matter around it."""
    page, site = page or {}, site or {}
    home = _home(page, site) if page.get("home") is True or page.get("layout") == "home" else None
    if not ("{{" in body or "[[" in body or ":::" in body or "<<<" in body or "@[" in body or "<Badge" in body):
        return body if home is None else home[0] + body + home[1]
    aside = SetAside()
    body = all_code_kept(body, aside.keep)
    if "v-pre" in body:
        body = _v_pre_kept(body, aside)
    body = _TOC.sub("", body)
    body = _CODE_IMPORT.sub(REMOVED, body)
    if "<Badge" in body:
        body = _BADGE.sub(_badge_text, body)
    body = _INTERPOLATION.sub(lambda match: html.escape(_page_value(match.group(1), page, site)) or REMOVED, body)
    body = aside.restore(closed_seams(body), rounds=2)
    return body if home is None else home[0] + body + home[1]


def _badge_text(match: re.Match) -> str:
    """What a one-tag badge shows: its ``text`` (as HTML), apart from the words around it."""
    text = _BADGE_TEXT.search(match.group(0))
    return " " + (text.group(1) if text.group(1) is not None else text.group(2)) + " " if text else REMOVED


def home_title(page: Mapping[str, Any], site_title: str | None) -> str | None:
    """The title a home page shows over its body: VuePress' (``home: true``) its
    ``heroText``, else the site's title (``site_title``), as its default theme shows it;
    VitePress' (``layout: home``) its hero's ``name``."""
    if page.get("home") is True:
        return _text(page.get("heroText")) or site_title or None
    hero = page.get("hero") if page.get("layout") == "home" else None
    return _text(hero.get("name")) or None if isinstance(hero, dict) else None


def _v_pre_kept(body: str, aside: SetAside) -> str:
    """``body`` with each ``::: v-pre`` container's contents set aside, its fences gone."""
    opening, closing = _V_PRE
    out, position = [], 0
    for start in opening.finditer(body):
        if start.start() < position:
            continue
        end = closing.search(body, start.end())
        if end is None:
            break
        out += [body[position : start.start()], aside.keep(body[start.end() : end.start()])]
        position = end.end()
    return "".join(out) + body[position:]


def _page_value(expression: str, page: Mapping[str, Any], site: Mapping[str, str]) -> str:
    """What ``{{ expression }}`` shows when it is a value of the page (a front matter value,
    ``$frontmatter.judul``; its title) or of its ``site`` (``$site.title``); "" otherwise
    (and for a value it lacks)."""
    found = _PAGE_VALUE.fullmatch(expression.strip())
    if found is None:
        return ""
    value = site.get(found.group(3)) if found.group(3) else page.get(found.group(1) or found.group(2))
    return str(value) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else ""


def _home(page: Mapping[str, Any], site: Mapping[str, str]) -> tuple[str, str]:
    """The Markdown a home page's front matter shows over and under its body: its hero
    text and tagline (the ``site``'s title and description when it gives none: ``null``
    shows none; VitePress' ``hero`` holds its ``name``, ``text`` and ``tagline``), actions
    and features; its footer."""
    if isinstance(page.get("hero"), dict):  # VitePress' ``layout: home``
        parts = hero_parts(page["hero"], "name", ("text", "tagline"))
    else:
        hero = _text(page.get("heroText")) or (site.get("title", "") if "heroText" not in page else "")
        tagline = _text(page.get("tagline")) or (site.get("description", "") if "tagline" not in page else "")
        actions = page.get("actions") if isinstance(page.get("actions"), list) else [{"text": page.get("actionText")}]
        parts = [f"# {hero}" if hero else "", tagline] + _action_texts(actions)
    for feature in page.get("features") if isinstance(page.get("features"), list) else []:
        if isinstance(feature, dict):
            parts += [f"### {feature['title']}" if _text(feature.get("title")) else "", _text(feature.get("details"))]
    over = "\n\n".join(part for part in parts if part)
    footer = _text(page.get("footer"))
    return (over + "\n\n" if over else ""), ("\n\n" + footer if footer else "")


def hero_parts(hero: Mapping[str, Any], heading: str, lines: tuple[str, ...]) -> list[str]:
    """The Markdown a front matter's ``hero`` block shows, as VitePress' home page and
    Starlight's pages show it: its ``heading`` key as a ``#`` heading (VitePress' ``name``,
    Starlight's ``title``), its ``lines`` keys as paragraphs (VitePress' ``text`` and
    ``tagline``, Starlight's ``tagline``), its actions' ``text`` labels; "" for each it lacks."""
    title = _text(hero.get(heading))
    actions = hero.get("actions") if isinstance(hero.get("actions"), list) else []
    return [f"# {title}" if title else ""] + [_text(hero.get(key)) for key in lines] + _action_texts(actions)


def _action_texts(actions: list) -> list[str]:
    """The ``text`` label of each action (a mapping) of a hero's ``actions`` list."""
    return [_text(action.get("text")) for action in actions if isinstance(action, dict)]


def _text(value: Any) -> str:
    """``value`` when it is text (stripped), else ""."""
    return value.strip() if isinstance(value, str) else ""


def vuepress_problems(body: str, site: Mapping[str, str] | None = None) -> list[Problem]:
    """What of a page is not read into its text: Vue expressions computed when the page is
    shown (not a value of the page), code imports not read (from ``@``, or a page read
    from an archive)."""
    if "{{" not in body and "<<<" not in body and "@[" not in body:
        return []
    kept = all_code_kept(body, lambda code: "")
    if "v-pre" in kept:
        kept = _v_pre_kept(kept, SetAside())
    problems = []
    computed = [match.group(0) for match in _INTERPOLATION.finditer(kept) if not _known(match.group(1), site or {})]
    if computed:
        problems.append(Problem("text", f"{len(computed)} Vue expression(s) computed when the page is shown are not read: {', '.join(dict.fromkeys(computed))}"))
    imports = [match.group(1) or match.group(2) for match in _CODE_IMPORT.finditer(kept)]
    if imports:
        problems.append(Problem("text", f"{len(imports)} code import(s) are not read into this page: {', '.join(dict.fromkeys(imports))}"))
    return problems


def _known(expression: str, site: Mapping[str, str]) -> bool:
    """True when ``{{ expression }}`` shows a value of the page, or one its ``site`` gives."""
    found = _PAGE_VALUE.fullmatch(expression.strip())
    return found is not None and (not found.group(3) or found.group(3) in site)


def expand_code_imports(body: str, root: IncludeRoot, used_bytes: int) -> tuple[str, list[Problem], bool]:
    """``body`` of the page with the files its code imports name at a path from the page
    put in place as code, the problems met, and whether an import names a file inside the
    root; ``used_bytes`` of the per-file limit are spent on the page itself. An import from
    ``@`` stays (:func:`vuepress_problems` names it)."""
    if "<<<" not in body and "@[code" not in body:
        return body, [], False
    return expanded(body, root, used_bytes, "the code import of {}", _expand)


def _expand(body: str, stack: tuple[str, ...], expansion: Expansion) -> str:
    """``body`` of the page with its code imports read (outside its code)."""
    aside = SetAside()

    def code(match: re.Match) -> str:
        target = match.group(1) or match.group(2)
        path = target.split("#")[0]
        if path.startswith("@"):
            return match.group(0)
        read = read_relative(path, stack, expansion)
        if read is None:
            expansion.problems.append(Problem("text", f"{expansion.written.format(target)} is not read: not a file inside the input root on disk"))
            return REMOVED
        return fenced(read[1])

    return aside.restore(closed_seams(_CODE_IMPORT.sub(code, all_code_kept(body, aside.keep))))

