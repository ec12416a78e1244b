"""Where the parts of Tumblr's export lie, read the same in the folder it unpacks to and in
the archive Tumblr sends: ``posts/html/`` (a post's HTML copy, see :mod:`.tumblr_html`),
``posts/posts.xml`` beside it (the same posts, see :mod:`.tumblr`, which is read in their
place), and ``conversations/`` beside ``posts/`` (the blog's private messages, never read).

On disk the parts are looked for on disk; in an archive, among the marks its look gathered
from its members' paths (:func:`layout_mark`): ``<folder>/posts/posts.xml`` and
``<folder>/posts/html`` for each export it holds, and :data:`UNSEEN` when the look stopped
before the archive's end (a ``.tar.gz`` past its limit), where the parts after it are not known."""

from __future__ import annotations

import os
import posixpath
from typing import Callable

#: The names of the export's folder of posts, its file of posts and its folder of HTML copies.
_POSTS, _POSTS_XML, _HTML = "posts", "posts.xml", "html"
_CONVERSATIONS = "conversations"
#: The mark of an archive whose look stopped before its end: no path is named so.
UNSEEN = "\x00unseen"


def layout_mark(parts: list[str]) -> str | None:
    """What the archive member of path ``parts`` tells of a Tumblr export's layout: its
    ``…/posts/posts.xml``, or the ``…/posts/html`` folder its post copy lies in; None for
    any other member."""
    if len(parts) >= 2 and parts[-2:] == [_POSTS, _POSTS_XML]:
        return "/".join(parts)
    for depth in range(len(parts) - 2):
        if parts[depth] == _POSTS and parts[depth + 1] == _HTML:
            return "/".join(parts[: depth + 2])
    return None


def maybe_in_conversations(path: str, present: Callable[[str], bool]) -> bool:
    """True when the file at ``path`` lies in a ``conversations/`` folder of an archive whose
    look stopped early (``present`` tells :data:`UNSEEN`): the export's posts beside it, which
    would make it a Tumblr export's private messages, may lie past where the look stopped."""
    return (path.startswith(f"{_CONVERSATIONS}/") or f"/{_CONVERSATIONS}/" in path) and present(UNSEEN)


def on_disk(path: str) -> bool:
    """True when a file or folder is at ``path`` on disk."""
    return os.path.exists(path)


def beside_posts_xml(path: str, present: Callable[[str], bool]) -> bool:
    """True when the post copy at ``path`` (``…/posts/html/<id>.html``, or in its
    ``submissions/``) has the export's ``posts.xml`` beside its ``html/`` folder
    (``…/posts/posts.xml``), as ``present`` tells."""
    folder = posixpath.dirname(path)
    if posixpath.basename(folder) == "submissions":
        folder = posixpath.dirname(folder)
    return present(posixpath.join(posixpath.dirname(folder), _POSTS_XML))


def in_conversations(path: str, present: Callable[[str], bool]) -> bool:
    """True when the file at ``path`` lies in the ``conversations/`` folder of a Tumblr
    export: the folder beside it holds the export's posts (``posts/html/`` or
    ``posts/posts.xml``, as ``present`` tells)."""
    index = path.rfind(f"/{_CONVERSATIONS}/")
    start = index + 1 if index >= 0 else 0 if path.startswith(f"{_CONVERSATIONS}/") else -1
    if start < 0:
        return False
    posts = path[:start] + _POSTS
    return present(f"{posts}/{_HTML}") or present(f"{posts}/{_POSTS_XML}")
