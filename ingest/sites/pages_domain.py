"""GitHub Pages' ``CNAME``: the file at the root of a published site naming its host.

A site GitHub Pages serves at a domain of its own holds, at the root of the folder it
publishes, a ``CNAME`` file of one line, ``desa.example.id``; Jekyll copies it into its
``_site/``, other generators from the folder whose files they copy to the built site's root
(MkDocs' ``docs/``, Hugo's ``static/``, Hexo's ``source/``: see
:func:`~.site.pages_domain_files`). It is the only word of the site's address in a built
HTML folder, in a Docsify site, which has no setting for it, and in a MkDocs site without
``site_url``. The site it names is served at that host and at its other name, ``www.``
added or dropped (:func:`same_site_hosts`).
"""

from __future__ import annotations

import re

#: The file naming the site's domain.
PAGES_DOMAIN = "CNAME"
_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}", re.I)


def pages_address(text: str | None) -> str | None:
    """The site's address a ``CNAME`` file (``text``) gives (``https://docs.desa.id/``);
    None when it names no domain."""
    lines = (text or "").strip().splitlines()
    domain = lines[0].strip().removeprefix("https://").removeprefix("http://").strip("/") if lines else ""
    return f"https://{domain.lower()}/" if _DOMAIN.fullmatch(domain) else None


#: The label before a host's other name: GitHub Pages serves ``www.desa.id`` and ``desa.id``
#: as one site, redirecting the one not configured to the other (``www.berita.desa.id`` and
#: ``berita.desa.id`` too), as most hosts do; another subdomain (``berita.desa.id``) is
#: another site.
_WWW = "www."


def same_site_hosts(host: str) -> tuple[str, str]:
    """``host`` and the other name of its site (``desa.id`` and ``www.desa.id``, either way round)."""
    bare = host.removeprefix(_WWW)
    return host, bare if bare != host else _WWW + host


def host_pattern(host: str) -> str:
    """A regular expression matching ``host`` and the other name of its site (see
    :func:`same_site_hosts`): both ``desa.id`` and ``www.desa.id`` for either, not the end
    of another host's name (``berita.desa.id``)."""
    return r"(?<![\w.-])(?:www\.)?" + re.escape(host.removeprefix(_WWW))
