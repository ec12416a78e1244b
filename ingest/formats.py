"""Which files arsip passes over without reading, and file-name helpers.

Which format a read file is in is decided by the readers' registry (:mod:`.readers.registry`)."""

from __future__ import annotations

import lzma
import os
import re
import tarfile
import zipfile
import zlib

ARCHIVES = (".zip", ".tar.gz", ".tgz")
#: What reading a damaged archive or member raises (zlib, lzma and bz2 data errors among them).
ARCHIVE_DAMAGE = (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError, zlib.error, lzma.LZMAError, RuntimeError, NotImplementedError)


def open_tar_stream(path: str, **options) -> tarfile.TarFile:
    """The tar archive ``path`` opened as a stream (``r|*``, compressed or not). A file cut
    off inside its gzip header is a :class:`tarfile.ReadError`, as other damage is: the
    standard library's stream reader fails there with TypeError (``ord()`` of the missing
    byte)."""
    try:
        return tarfile.open(path, mode="r|*", **options)
    except TypeError:
        raise tarfile.ReadError("cut off inside its gzip header") from None

#: The folder macOS Finder adds to a zip it makes, beside the zipped folder: the ._ files of
#: its files (their Finder metadata), nothing else.
MACOS_ZIP_FOLDER = "__MACOSX"
#: Directories that never hold content: version control, dependencies, built sites (Jekyll's
#: ``_site``, Sphinx's ``_build``), Finder's zip metadata, HTTrack's cache of a mirror.
EXCLUDED_DIRECTORIES = frozenset((".git", ".hg", ".svn", "node_modules", "_site", "_build", ".jekyll-cache", ".sass-cache", "__pycache__", MACOS_ZIP_FOLDER, "hts-cache"))
#: The excluded directories that hold a generator's built site beside its sources: each is
#: counted, once, so a folder whose only pages are built ones does not read as empty.
BUILT_SITE_DIRECTORIES = frozenset(("_site", "_build"))
BUILT_SITE_SKIPPED = "folder of a built site beside its sources (_site/, _build/): not read; give that folder itself to read its pages"
#: The files that mark a folder as an arsip index (its record of itself, its write lock): an
#: index kept inside the folder it indexes is never read as pages of it.
INDEX_META_FILE, INDEX_LOCK_FILE = "arsip-index.json", "arsip-index.lock"
INDEX_MARKERS = frozenset((INDEX_META_FILE, INDEX_LOCK_FILE))
INDEX_SKIPPED = "arsip index folder (arsip-index.json): not read"
#: Why the file ``ingest`` writes its documents to (``--out``, or stdout redirected to a file)
#: is not read when it lies among the inputs: a finished one from an earlier run, or the one
#: being written.
OWN_OUTPUT = "arsip's own output (the file ingest writes its documents to: --out, or stdout redirected to a file)"

#: Extensions skipped without reading: media, documents, fonts, code and configuration
#: (``.json`` is code or configuration unless its start shows an export arsip reads, and
#: ``.php`` unless it is a page a crawler saved, see :func:`~.readers.registry.unread_reason`).
#: Why a site's code or configuration file is not read as a document.
SITE_CONFIGURATION = "site code or configuration"
SKIPPED_EXTENSIONS = {
    "binary": frozenset(
        ".jpg .jpeg .png .gif .webp .bmp .tif .tiff .ico .svg .psd .pdf .doc .docx .xls .xlsx .ppt .pptx "
        ".odt .ods .mp3 .mp4 .m4a .wav .ogg .avi .mov .mkv .webm .woff .woff2 .ttf .otf .eot .exe .dll .so "
        ".dylib .bin .pyc .class .jar .rar .7z .gz .bz2 .xz .iso .dmg .sqlite .db .mo".split()
    ),
    SITE_CONFIGURATION: frozenset(
        ".css .scss .sass .less .js .mjs .cjs .ts .mts .cts .jsx .tsx .vue .astro .map .yml .yaml .toml .lock .rb .py .sh .gemspec"
        " .po .pot".split()  # (gettext catalogs: a theme's translated interface strings; ``.mo``, compiled, is binary)
        # Templates and stylesheets of themes: Hexo's EJS, Pug (Jade), Swig and Stylus, Ghost's
        # Handlebars, Mustache, Haml.
        + ".ejs .pug .jade .swig .styl .stylus .hbs .handlebars .mustache .haml".split()
    ),
}


#: Liquid and Nunjucks templates: pages of an Eleventy site (see :mod:`.sites.eleventy`), site
#: code in any other (a Jekyll site's includes, a Shopify theme, a Hexo NexT theme's layouts).
ELEVENTY_TEMPLATES = (".liquid", ".njk")


def extension(name: str) -> str:
    """The lower-cased extension of ``name`` (``.tar.gz`` counts as one)."""
    lower = name.lower()
    if lower.endswith(".tar.gz"):
        return ".tar.gz"
    return os.path.splitext(lower)[1]


def is_archive(name: str) -> bool:
    """True for archives whose members are read as inputs."""
    return name.lower().endswith(ARCHIVES)


#: Files that describe a folder or only mark it, never a document: macOS Finder's
#: (``.DS_Store``, and the ``._name`` AppleDouble file beside every file a Mac copies to a disk
#: or zip that is not a Mac's; its zips put them in ``__MACOSX/``, an excluded directory), Windows
#: Explorer's, and empty markers (GitHub Pages' ``.nojekyll``, git's ``.gitkeep``).
_FOLDER_FILES = frozenset((".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini", ".nojekyll", ".gitkeep", ".keep"))
FOLDER_FILE = "folder metadata or marker file (.DS_Store, ._ files, Thumbs.db, desktop.ini, .nojekyll, .gitkeep): not a document"
#: What a site serves to crawlers and advertising networks, not to readers.
_CRAWLER_FILES = frozenset(("robots.txt", "ads.txt", "app-ads.txt"))
#: What tells a static host how to serve the site, without an extension: GitHub Pages' custom
#: domain (``CNAME``), Netlify's and Cloudflare Pages' ``_headers`` and ``_redirects``.
_HOSTING_FILES = frozenset(("cname", "_headers", "_redirects"))
#: The files a site's owner puts at its root to prove it to a search engine or a network
#: (Google Search Console's ``google1a2b3c4d5e6f7a8b.html``, which holds one line
#: ``google-site-verification: …``; Yandex's ``yandex_…html``; Pinterest's ``pinterest-….html``;
#: Bing's ``BingSiteAuth.xml``): not pages of the site.
_SITE_VERIFICATION = re.compile(r"(?:google[0-9a-f]{16}|yandex_[0-9a-f]{16}|pinterest-[0-9a-f]{5,})\.html|bingsiteauth\.xml")
_VERIFICATION_PREFIXES = ("google", "yandex_", "pinterest-", "bingsiteauth")
#: Python's dependency lists (pip's ``requirements.txt``, ``requirements-dev.txt``,
#: ``requirements/docs.txt`` …), beside a Pelican, MkDocs or Sphinx site's sources.
_REQUIREMENTS = re.compile(r"^requirements(?:[-_.][\w.-]*)?\.txt$")
#: The logs HTTrack writes beside a mirror.
_CRAWLER_LOGS = frozenset(("hts-log.txt", "hts-err.txt", "hts-ioinfo.txt"))
CRAWLER_LOG = "a crawler's log (HTTrack's hts-log.txt): not a document"

#: GitHub's templates for contributors (in a repository's root, ``docs/`` or ``.github/``): the
#: forms a new issue, pull request or discussion opens with, not pages of the project. A folder
#: of them (``ISSUE_TEMPLATE/``, ``PULL_REQUEST_TEMPLATE/``, ``DISCUSSION_TEMPLATE/``), or the
#: single file; GitHub reads their names in any case.
_GITHUB_TEMPLATE_FOLDERS = frozenset(("issue_template", "pull_request_template", "discussion_template"))
_GITHUB_TEMPLATE_FILES = frozenset(("issue_template.md", "pull_request_template.md"))
GITHUB_TEMPLATE = (
    "GitHub issue, pull request or discussion template (.github/ISSUE_TEMPLATE/, PULL_REQUEST_TEMPLATE.md): a form for contributors, not a document"
)

_BACKUP = re.compile(r"\.orig(?:\.\d+)?$|\.arsip-tmp$")
#: Why such a file is not read: arsip repair's backups, and the temporary file arsip writes
#: an output into before it takes its name (``ingest --out``, ``repair --write``).
BACKUP_FILE = "backup or temporary file of arsip (repair's FILE.orig, FILE.arsip-tmp being written)"
#: Editors' backup, autosave and swap files beside the file they keep (``halo.md~``,
#: ``#halo.md#``, ``.halo.md.swp``) and ``.bak`` copies: an older state of a page, or no text.
_EDITOR_FILE = re.compile(r"~$|^#.*#$|\.(?:swp|swo|swn|bak)$", re.I)
EDITOR_FILE = "editor backup, autosave or swap file (name~, #name#, .swp, .bak): an older copy of a file, not a page"
#: The first line of a Git LFS pointer: the small text file a repository holds in place of
#: a large file's content until ``git lfs pull`` fetches it (at most 1,024 bytes).
_LFS_POINTER = b"version https://git-lfs.github.com/spec/v1"
LFS_POINTER = "a Git LFS pointer, not the file: its content was not fetched (git lfs pull) before the export"
#: A page a crawler (wget, HTTrack) saved again from a link that only adds a query: WordPress'
#: ``index.html?replytocom=12``, ``?share=facebook``, ``?like_comment=3``; Joomla's
#: e-mail form of an article (``index.html?tmpl=component&template=…&link=…``, without search
#: engine friendly addresses ``index.php?option=com_mailto&tmpl=component&…``). wget on
#: Windows, or with ``--restrict-file-names=windows``, writes ``@`` for the ``?``.
_QUERY_COPY = re.compile(r"[?@](?:replytocom|share|like_comment|tmpl=component|option=com_mailto)\b[^/\\]*$", re.I)
QUERY_COPY = "copy of a page, or Joomla's e-mail form of it, saved from a link with ?replytocom=, ?share=, ?like_comment=, ?tmpl=component or ?option=com_mailto"
#: A page's print view a crawler saved under its query (``?print=1``, Joomla's
#: ``12-judul?tmpl=component&print=1``, ``@print=1``; ``cetak=1``; the print popup of Joomla
#: 1.0 and Mambo, ``index2.php?option=com_content&task=view&id=12&pop=1&page=0``): read, as
#: the print copy of the page at its address without that query, which it may be the only
#: copy of (see :func:`~.readers.mirror_address.viewed_page`).
PRINT_VIEW_NAME = re.compile(
    r"[?@](?:[^/\\?@]*&)?(?:print|cetak)=(?!0|false)[^/\\]*$|[?@](?=[^/\\]*\boption=com_content\b)(?:[^/\\?@]*&)?pop=1(?:&[^/\\]*|\.html?)?$", re.I
)
#: A page's AMP view a crawler saved under its query (WordPress' AMP plugin serves a post's at
#: ``?amp=1`` or ``?amp``: ``index.html?amp=1.html``, ``@amp=1``): read, as the AMP copy of the
#: page at its address without that query, which it may be the only copy of (see
#: :func:`~.readers.mirror_address.viewed_page`).
AMP_VIEW_NAME = re.compile(r"[?@](?:[^/\\?@]*&)?amp(?:=(?!0|false)[^&/\\]*)?(?:&[^/\\]*|\.html?)?$", re.I)


def skip_reason(name: str) -> str | None:
    """Why a file is skipped without being read, or None when it must be read."""
    if _BACKUP.search(name):
        return BACKUP_FILE
    if _QUERY_COPY.search(name) and not PRINT_VIEW_NAME.search(name):
        return QUERY_COPY
    base = name.rsplit("/", 1)[-1].rsplit("\\", 1)[-1].lower()
    if base in _FOLDER_FILES or base.startswith("._"):
        return FOLDER_FILE
    if _EDITOR_FILE.search(base):
        return EDITOR_FILE
    if base in _CRAWLER_FILES or base in _HOSTING_FILES or (base.startswith("requirements") and _REQUIREMENTS.match(base)):
        return SITE_CONFIGURATION
    if base.startswith(_VERIFICATION_PREFIXES) and _SITE_VERIFICATION.fullmatch(base):  # (a prefix test first: most names have none)
        return SITE_CONFIGURATION
    if base in _CRAWLER_LOGS:
        return CRAWLER_LOG
    if "_template" in name.lower() and _is_github_template(name, base):  # (a substring test first: most paths have none)
        return GITHUB_TEMPLATE
    ext = extension(name)
    for reason, extensions in SKIPPED_EXTENSIONS.items():
        if ext in extensions:
            return reason
    return None


def _is_github_template(name: str, base: str) -> bool:
    """True for one of GitHub's templates for contributors (:data:`_GITHUB_TEMPLATE_FOLDERS`)."""
    folders = name.replace("\\", "/").lower().split("/")[:-1]
    return base in _GITHUB_TEMPLATE_FILES or not _GITHUB_TEMPLATE_FOLDERS.isdisjoint(folders)


def is_lfs_pointer(data: bytes) -> bool:
    """True when ``data`` is a Git LFS pointer (see :data:`LFS_POINTER`), not a file's content."""
    return len(data) <= 1024 and data.startswith(_LFS_POINTER)
