"""The address of a page a crawler mirrored, from the folder it lies in.

``wget -m`` (and HTTrack) save each site in a folder named after its host:
``www.desa-contoh.id/artikel/2023/05/12/judul.html``. A page that names no address of its own
(no canonical link, ``og:url`` or crawler's note) is then at ``https://HOST/PATH``:

- a folder's page ``index.html`` is the folder's address (``…/artikel/``), as a crawler saves
  a folder's address under that name;
- a query kept in the file's name (``index.html?p=12.html``, ``index.php?p=12.html``; ``@`` for
  ``?`` as wget writes it on Windows or with ``--restrict-file-names=windows``) is the query,
  without the ``.html`` that ``wget -E`` adds after it (a query's value never ends so);
- ``wget -E`` also adds ``.html`` to a page whose address has no such ending
  (``/artikel/judul`` saved as ``artikel/judul.html``): that ``.html`` is dropped only when the
  page's own links name the address without it, otherwise the saved name is kept;
- the scheme is the one the page's links to its host give (``https`` before ``http`` when
  they give both); ``https`` when they give none.

A page that names its address relative to itself (a canonical link a crawler made relative:
``/artikel/judul``, or ``../judul.html`` after ``wget -k``) is at that address from there. The
address is arsip's inference, and the document says so in a ``url`` problem.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import quote, urljoin

if TYPE_CHECKING:
    from ..document import Document

#: What the ``url`` problem of an inferred address says.
INFERRED = "its url is inferred from its place in the mirror's folder"

#: A host name as a crawler names its folder: two or more labels, the last a country's code
#: or a common generic top-level domain, with a port (``:8080``; ``+8080`` as wget writes it
#: on Windows) when the site had one.
_HOST = re.compile(
    r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"(?:[a-z]{2}|com|net|org|info|biz|edu|gov|mil|int|name|pro|mobi|asia|xyz|site|online|website|web|blog|news|app|dev|tech|store|shop|club)"
    r"(?:[:+]\d{1,5})?$",
    re.I,
)
#: The query in a saved file's name: after ``?``, or after an ``@`` followed by a parameter.
_QUERY = re.compile(r"\?|@(?=[^=@/]+=)")
#: What may follow an address in a link (the end of an attribute, its query or fragment).
_LINK_END = r"(?=[\"'?#<\s])"


class MirrorAddress(NamedTuple):
    """A page's address inferred from its place in a mirror, and why it is only inferred."""

    url: str
    reason: str


def mirror_address(file_id: str, path: str, markup: str, relative: str = "") -> MirrorAddress | None:
    """The address of the page read from ``path`` (``file_id`` below its input root) in a
    host folder of its input (see the module's description), or of ``relative``, the address
    the page names relative to itself (a canonical link a crawler made relative:
    ``/berita/panen``, ``../panen.html``); None when no folder of the input, the input itself
    included, is named after a host."""
    parts = _place(file_id, path)
    found = next((i for i, part in enumerate(parts[:-1]) if _HOST.match(part)), None)
    if found is None:
        return None
    host = re.sub(r"\+(?=\d+$)", ":", parts[found].lower())
    address, kept_suffix = _address_path(parts[found + 1 :], host, markup)
    scheme = _scheme(host, markup)
    url = f"{scheme or 'https'}://{host}{address}"
    said = f"{scheme} from the page's links to its host" if scheme else "https assumed: no link of the page names its host with a scheme"
    if relative:
        named = f"the page names its address relative to itself ({relative})"
        url = urljoin(url, relative)
    else:
        named = "the page names no address of its own"
        said += "; the saved name's .html kept: wget -E may have added it, no link of the page says" if kept_suffix else ""
    return MirrorAddress(url, f"{named}; {INFERRED} {parts[found]}/ (scheme {said})")


def named_url(document: Document) -> str | None:
    """The url of ``document`` when its source names it; None when arsip inferred it from
    a mirror's folder (copies of one page saved under several names infer several)."""
    inferred = document.url and any(problem.field == "url" and INFERRED in problem.reason for problem in document.problems)
    return None if inferred else document.url


def _place(file_id: str, path: str) -> list[str]:
    """The folders and name of the file ``file_id`` from its input's top: an archive's
    member from the archive's top, a file on disk from the input folder, whose own name
    is the last folder of ``path`` above ``file_id``."""
    file_id = file_id.replace("\\", "/")
    if "!/" in file_id:
        return file_id.rsplit("!/", 1)[1].split("/")
    path = path.replace("\\", "/")
    above = path[: -len(file_id)].rstrip("/") if path.endswith("/" + file_id) else ""
    return ([above.rsplit("/", 1)[-1]] if above else []) + file_id.split("/")


def _address_path(parts: list[str], host: str, markup: str) -> tuple[str, bool]:
    """The address's path (with its query) of the file at ``parts`` below the host folder,
    and whether a ``.html`` that ``wget -E`` may have added is kept for want of a link
    saying otherwise."""
    folders, name = parts[:-1], parts[-1]
    query = ""
    found = _QUERY.search(name)
    if found:
        name, query = name[: found.start()], name[found.end() :]
        query = "?" + (query[:-5] if query.lower().endswith(".html") else query)
    folder = "/" + "".join(f"{part}/" for part in folders)
    if name.lower() == "index.html":
        return _quoted(folder) + query, False
    if query or not name.lower().endswith(".html"):
        return _quoted(folder + name) + query, False
    bare = _quoted(folder + name[:-5])
    if re.search(rf"(?:{re.escape(host)}|[\"']){re.escape(bare)}{_LINK_END}", markup, re.I):
        return bare, False
    return _quoted(folder + name), True


def _quoted(path: str) -> str:
    """``path`` as an address writes it: characters outside an address %-escaped."""
    return quote(path, safe="/%:@&=+$,;~!*'()")


def _scheme(host: str, markup: str) -> str | None:
    """The scheme the page's links to ``host`` give: ``https`` when one does, else
    ``http`` when one does; None when none names the host with a scheme."""
    schemes = {found.lower() for found in re.findall(rf"\b(https?)://{re.escape(host)}(?![\w.-])", markup, re.I)}
    return "https" if "https" in schemes else "http" if schemes else None
