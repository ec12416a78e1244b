"""WordPress galleries: a post's ``[gallery]`` shortcode shows the images attached to the
post (or those its ``ids`` name, or the post's its ``id`` names), each with its caption. A
caption is the attachment's excerpt, and each attachment is an item of its own in the
export (post type ``attachment``, not a document): the captions are put where the
shortcode stands before the post is read. An image an export of all content lacks was
deleted, and WordPress shows nothing for it; an export of posts only (no attachment in it)
cannot say what its galleries show, and each post with a gallery gets a problem saying so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..document import Problem

#: A ``[gallery]`` shortcode (not one in double brackets, which WordPress shows as written)
#: and its parameters.
_GALLERY = re.compile(r"(?<!\[)\[gallery\b([^\[\]]*)\](?!\])")
#: The images a gallery names (``ids``, or the older ``include``), and the post whose
#: attached images it shows (``id``, the post itself without it).
_IDS = re.compile(r"""\b(?:ids|include)\s*=\s*["']?([\d,\s]+)""")
_POST = re.compile(r"""\bid\s*=\s*["']?(\d+)""")


@dataclass(frozen=True)
class Attachment:
    """An attached file as a gallery shows it: the post it is attached to, its place in the
    post's galleries (``menu_order``, then its id), its caption (HTML)."""

    parent: str
    order: tuple[int, int]
    caption: str


def shows_galleries(text: str) -> bool:
    """True when the export ``text`` may hold a post with a gallery (else its attachments
    need not be collected)."""
    return "[gallery" in text


def attachment(value_of: Callable[[str], str]) -> Attachment:
    """The attachment item whose text at a path is ``value_of(path)``."""
    order = (_number(value_of("wp:menu_order")), _number(value_of("wp:post_id")))
    return Attachment(value_of("wp:post_parent"), order, value_of("excerpt:encoded"))


def with_gallery_captions(content: str, post_id: str, attached: dict[str, Attachment], problems: list[Problem]) -> str:
    """``content`` (of the post ``post_id``) with each ``[gallery]`` replaced by the captions
    of the images it shows, one paragraph each, in the order WordPress shows them. Without
    ``attached`` (an export of posts only: a gallery but no attachment in it), the galleries are left as they are and named in ``problems``."""
    if "[gallery" not in content:
        return content
    if not attached:
        count = len(_GALLERY.findall(content))
        if count:
            problems.append(Problem("text", f"{count} gallery(ies) whose captions are not read: the export holds no attachments (an export of posts only)"))
        return content

    def gallery(match: re.Match) -> str:
        named = _IDS.search(match.group(1))
        if named:
            ids = [number for number in re.split(r"[,\s]+", named.group(1)) if number]
            shown = [attached[number] for number in ids if number in attached]  # (one not there was deleted)
        else:
            post = _POST.search(match.group(1))
            parent = post.group(1) if post else post_id
            shown = sorted((image for image in attached.values() if image.parent == parent), key=lambda image: image.order)
        return "".join(f"\n<p>{image.caption}</p>\n" for image in shown if image.caption.strip())

    return _GALLERY.sub(gallery, content)


def _number(value: str) -> int:
    return int(value) if value.isdigit() else 0
