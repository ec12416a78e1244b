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

A link to the host's other name, ``www.`` added or dropped (``desa-contoh.id`` for
``www.desa-contoh.id``), is a link to the host: a site is served at both.

A page that names its address relative to itself (a canonical link a crawler made relative:
``/artikel/judul``, or ``../judul.html`` after ``wget -k``) is at that address from there. The
address is arsip's inference, and the document says so in a ``url`` problem.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import quote, urljoin

from ..formats import AMP_VIEW_NAME, PRINT_VIEW_NAME
from ..sites.pages_domain import host_pattern

if TYPE_CHECKING:
    from ..document import Document

#: What the ``url`` problem of an inferred address says.
INFERRED = "its url is inferred from its place in the mirror's folder"

#: A label of a host name (letters, digits and inner hyphens), and a port after it (``:8080``;
#: ``+8080`` as wget writes it on Windows).
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\Z")
_PORT = re.compile(r"[:+]\d{1,5}\Z")
#: The two-letter top-level domains delegated to a country or territory (the ICANN section of
#: the Public Suffix List): ``2024.12``, ``v1.2`` or ``chart.js`` ends with none.
_COUNTRY_CODES = frozenset(
    """ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb be bf bg bh bi bj bm bn bo br bs bt bv bw by bz
    ca cc cd cf cg ch ci cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg es et eu fi fj fm fo fr
    ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it
    je jo jp ke kg ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mn mo mp
    mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no nr nu nz om pa pe pf ph pk pl pm pn pr ps pt pw py
    qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk
    tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt zm zw""".split()
)
#: The generic top-level domains a crawled site's folder commonly ends with.
_GENERIC = frozenset(
    "com net org info biz edu gov mil int name pro mobi asia xyz site online website web blog news app dev tech store shop club".split()
)
#: The second levels of Indonesia's ``.id`` under which PANDI registers names
#: (``kemendesa.go.id``, ``ui.ac.id``, ``sukamaju.desa.id``): ``desa.id`` alone is no site.
_ID_SECOND_LEVELS = frozenset("ac biz co desa go mil my net or ponpes sch web".split())
#: Country codes that are also the extensions of files people keep (``notes.md``, ``build.sh``,
#: ``main.py``, ``configure.in``): a name of two labels ending so is a host only when the
#: page links to it.
_FILE_EXTENSIONS = frozenset("am cc in md mk ml pl pm ps py rs sh so".split())
#: The query in a saved file's name: after ``?``, or after an ``@`` followed by a parameter.
_QUERY = re.compile(r"\?|@(?=[^=@/]+=)")
#: The parameters a print view's query adds to its page's (Joomla's
#: ``tmpl=component&print=1&layout=default&page=``, Joomla 1.0's ``pop=1&page=0``), and an
#: AMP view's (``amp=1``, ``amp``).
_VIEW_PARAMETER = re.compile(r"(?:print|cetak)=|tmpl=component\Z|layout=default\Z|page=0?\Z|pop=1\Z|amp(?:=|\Z)", re.I)
#: Where Joomla 1.0 and Mambo serve a page without the site's template (its print popup):
#: the page itself is at ``index.php`` with the same query.
_WITHOUT_TEMPLATE = "index2.php"
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
    parts = place_parts(file_id, path)
    found = _host_at(parts, markup)
    if found is None:
        return None
    host = re.sub(r"\+(?=\d+$)", ":", parts[found].lower())
    address, kept_suffix = _address_path(parts[found + 1 :], host, markup)
    scheme = link_scheme(host, markup)
    url = f"{scheme or 'https'}://{host}{address}"
    said = f"{scheme} from the page's links to its host" if scheme else "https assumed: no link of the page names its host with a scheme"
    if relative:
        named = f"the page names its address relative to itself ({relative})"
        url = urljoin(url, relative)
    else:
        named = "the page names no address of its own"
        said += "; the saved name's .html kept: wget -E may have added it, no link of the page says" if kept_suffix else ""
    return MirrorAddress(url, f"{named}; {INFERRED} {parts[found]}/ (scheme {said})")


def host_folder(file_id: str, path: str) -> str | None:
    """The host folder the file ``file_id`` read from ``path`` lies in, as its place from
    the input's top (``www.desa-contoh.id``, ``arsip/www.desa-contoh.id``, an archive's
    ``situs.zip!/www.desa-contoh.id``); None outside one. A name like a file's (``catatan.md``)
    is none here: no page's links are looked at."""
    parts = place_parts(file_id, path)
    found = _host_at(parts, "")
    if found is None:
        return None
    archive = file_id.rpartition("!/")[0]
    return (archive + "!/" if archive else "") + "/".join(parts[: found + 1])


def host_root(file_id: str, path: str) -> str | None:
    """The path of the host folder the file ``file_id`` read from ``path`` lies in (see
    :func:`host_folder`): ``path`` without the folders and name below that folder, the
    site's root a link from ``/`` names; None outside one."""
    parts = place_parts(file_id, path)
    found = _host_at(parts, "")
    if found is None:
        return None
    below = len(parts) - found - 1
    return path.replace("\\", "/").rsplit("/", below)[0]


def mirror_host(file_id: str, path: str) -> str | None:
    """The host (without its port) whose crawler's folder the file ``file_id`` read from
    ``path`` lies in (``www.desa-contoh.id``), as :func:`host_folder` finds the folder; None
    outside one."""
    parts = place_parts(file_id, path)
    found = _host_at(parts, "")
    return _PORT.sub("", parts[found].lower()) if found is not None else None


def _host_at(parts: list[str], markup: str) -> int | None:
    """Where the first folder of ``parts`` (see :func:`place_parts`) named after a host is."""
    return next((i for i, part in enumerate(parts[:-1]) if is_host_folder(part, markup)), None)


def is_host_folder(name: str, markup: str = "") -> bool:
    """True when the folder ``name`` is named after a host, as a crawler names the folder of
    each site it saves: labels of a host name (a port after them), the last a country's code
    or a common generic top-level domain, and at least one label before the suffix under
    which names are registered (``desa.id`` and ``go.id`` are PANDI's second levels, not
    sites). A name of two labels whose country code is also a file's extension (``notes.md``,
    ``foto.in``) is a host only when ``markup``, the page read, links to it (``//foto.in/``,
    or ``//www.foto.in/``: see :func:`~..sites.pages_domain.host_pattern`)."""
    host = _PORT.sub("", name.lower())
    labels = host.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        return False
    top = labels[-1]
    if top in _GENERIC:
        return True
    if top not in _COUNTRY_CODES:
        return False
    suffix = 2 if top == "id" and labels[-2] in _ID_SECOND_LEVELS else 1
    if len(labels) <= suffix:
        return False
    if len(labels) == 2 and top in _FILE_EXTENSIONS:
        return re.search(rf"//{host_pattern(host)}(?![\w.-])", markup, re.I) is not None
    return True


def site_address(base_url: str, site_path: str, relative: str) -> str:
    """The address ``relative`` names (a canonical link ``/berita/panen/``, ``../panen.html``)
    from the page at ``site_path`` of a site published at ``base_url``: the page's own
    address is its place below ``base_url``, as a mirror's page's is below its host
    (a folder's ``index.html`` is the folder's address)."""
    return urljoin(base_url.rstrip("/") + page_place(site_path), relative)


def page_place(site_path: str) -> str:
    """The path of the address a web server serving its site's folder gives the page at
    ``site_path`` (in the site): a folder's ``index.html`` at the folder
    (``berita/panen/index.html`` → ``/berita/panen/``), another file at its own path
    (``berita/rapat.html`` → ``/berita/rapat.html``)."""
    return _address_path(site_path.split("/"), "", "")[0]


def named_url(document: Document) -> str | None:
    """The url of ``document`` when its source names it; None when arsip inferred it from
    a mirror's folder (copies of one page saved under several names infer several)."""
    inferred = document.url and any(problem.field == "url" and INFERRED in problem.reason for problem in document.problems)
    return None if inferred else document.url


def is_print_view(name: str) -> bool:
    """True for a print view a crawler saved under its query (:data:`~..formats.PRINT_VIEW_NAME`)."""
    lowered = name.lower()
    return ("print" in lowered or "cetak" in lowered or "pop=1" in lowered) and PRINT_VIEW_NAME.search(name) is not None  # (a substring test first: most names hold none)


def is_amp_view(name: str) -> bool:
    """True for an AMP view a crawler saved under its query (:data:`~..formats.AMP_VIEW_NAME`), not a print view's."""
    return "amp" in name.lower() and AMP_VIEW_NAME.search(name) is not None and not is_print_view(name)  # (a substring test first, as above)


def viewed_page(name: str) -> str | None:
    """The saved name of the page whose print or AMP view a crawler saved as ``name`` (see
    :data:`~..formats.PRINT_VIEW_NAME`, :data:`~..formats.AMP_VIEW_NAME`): the name without
    the view's parameters (``12-judul?tmpl=component&print=1.html`` prints ``12-judul``,
    ``index.html?p=14&print=1.html`` prints ``index.html?p=14.html``, with the ``.html``
    ``wget -E`` adds after a query; ``index.html?amp=1.html`` shows ``index.html``; Joomla
    1.0's ``index2.php?option=com_content&task=view&id=12&pop=1&page=0`` prints
    ``index.php?option=com_content&task=view&id=12``); None for a name that is no such view's."""
    if not is_print_view(name) and not is_amp_view(name):
        return None
    folder, _, base = name.replace("\\", "/").rpartition("/")
    found = _QUERY.search(base)
    page, query = base[: found.start()], base[found.end() :]
    if page.lower() == _WITHOUT_TEMPLATE:
        page = "index.php"
    suffix = ".html" if query.lower().endswith(".html") else ""
    kept = [parameter for parameter in query[: len(query) - len(suffix)].split("&") if not _VIEW_PARAMETER.match(parameter)]
    if kept:
        page += base[found.start() : found.end()] + "&".join(kept) + suffix
    return f"{folder}/{page}" if folder else page


def place_parts(file_id: str, path: str) -> list[str]:
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
    if re.search(rf"(?:{host_pattern(host)}|[\"']){re.escape(bare)}{_LINK_END}", markup, re.I):
        return bare, False
    return _quoted(folder + name), True


def _quoted(path: str) -> str:
    """``path`` as an address writes it: characters outside an address %-escaped."""
    return quote(path, safe="/%:@&=+$,;~!*'()")


def link_scheme(host: str, markup: str) -> str | None:
    """The scheme the page's links to ``host`` give (or to the other name of its site,
    ``www.`` added or dropped: see :func:`~..sites.pages_domain.host_pattern`): ``https``
    when one does, else ``http`` when one does; None when none names the host with a scheme."""
    schemes = {found.lower() for found in re.findall(rf"\b(https?)://{host_pattern(host)}(?![\w.-])", markup, re.I)}
    return "https" if "https" in schemes else "http" if schemes else None
