"""Find the inputs: files, directories (recursive) and .zip / .tar.gz archives.

Discovery yields one :class:`Source` per candidate file, a :class:`Skip` for files passed
over on purpose, and a :class:`FileFailure` for anything that cannot be listed or opened.
It never writes anything and never follows a link out of the roots it was given.
"""

from __future__ import annotations

import errno
import os
import stat
import tarfile
import zipfile
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .built_sites import REPOSITORY_FILES, BuiltFolders, built_sites_beside_sources
from .document import FileFailure
from .errors import describe_os_error
from .formats import (
    ARCHIVE_DAMAGE, BUILT_SITE_DIRECTORIES, BUILT_SITE_SKIPPED, EXCLUDED_DIRECTORIES, INDEX_MARKERS, INDEX_SKIPPED, OWN_OUTPUT, is_archive, open_tar_stream,
    skip_reason,
)
from .sites.generators import OFFERED_DOWNLOAD, NestedSites
from .limits import DEFAULT_MAX_BYTES
from .paths import path_id, path_text

if TYPE_CHECKING:
    from .sites.site import SiteInfo


@dataclass
class Source:
    """One input file: on disk (``fs_path``) or already read from an archive (``data``).

    ``id`` and ``path`` are valid Unicode text (see :mod:`.paths`); ``fs_path`` is the name
    to open.
    """

    id: str
    path: str
    fs_path: str | None = None
    data: bytes | None = None
    #: Its size in bytes (of ``data``, or on disk when it was listed).
    size: int = 0
    #: The site generator of the input root (set by the pipeline).
    generator: str = "markdown"
    #: The archive on disk that this member came from (archives are roots of their own).
    archive: str | None = None
    #: The site folder below the input root that this file is in (a folder holding a site
    #: generator's configuration is a root of its own, see :class:`~.sites.generators.NestedSites`).
    site_root: str | None = None
    #: Read even when its bytes are the indexed ones: it was indexed as part of another site.
    read_again: bool = False
    #: What the site configuration of that archive or site folder says (set by the pipeline;
    #: other files on disk have their root folder's).
    site: SiteInfo | None = None


@dataclass
class Skip:
    """A file passed over on purpose, with the reason (counted in the summary)."""

    path: str
    reason: str


def existing_paths(paths: Iterable[str]) -> list[str]:
    """``paths`` as a list, when each of them exists (a broken symbolic link exists: it is an
    input that fails); else :class:`FileNotFoundError` naming the first that does not, before
    anything is read."""
    paths = list(paths)
    for path in paths:
        if not os.path.lexists(path):
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), path)
    return paths


def input_root(path: str) -> str:
    """The root that ids are relative to: the directory itself, or a file's directory."""
    absolute = os.path.abspath(path)
    return absolute if os.path.isdir(absolute) else os.path.dirname(absolute)


def lies_within(file_id: str, other: str) -> bool:
    """True when the file ``file_id`` is, or lies inside, the file, folder or archive
    ``other`` (ids relative to one root; ``.`` is the root folder itself)."""
    return other == "." or file_id == other or file_id.startswith((other + "/", other + "!/"))


#: The built-site folders with their sources beside them (see :mod:`.built_sites`) in the
#: archive at a path on disk, as a look that saw all of its members found them; None when
#: no such look was made (its members are then listed once more when a built folder is met).
BuiltInArchive = Callable[[str], "frozenset[str] | None"]


@dataclass(frozen=True)
class _Rules:
    """What discovery passes over besides what :func:`~.formats.skip_reason` names."""

    #: The size limit of one file.
    max_bytes: int
    #: The device and inode of each file the running command writes its output to.
    own_outputs: frozenset[tuple[int, int]]
    #: When set, archives are not opened but skipped with this reason.
    archive_skip: str | None
    #: Tells an archive its site offers as a download (its id, the site folder it is in),
    #: skipped unopened as :data:`~.sites.generators.OFFERED_DOWNLOAD`.
    offered: Callable[[str, str | None], bool] | None
    #: What the look at an archive found of its built-site folders.
    known_built: BuiltInArchive | None = None


def discover(
    paths: list[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    own_outputs: frozenset[tuple[int, int]] = frozenset(),
    archive_skip: str | None = None,
    offered: Callable[[str, str | None], bool] | None = None,
    known_built: BuiltInArchive | None = None,
) -> Iterator[Source | Skip | FileFailure]:
    """Yield every input below ``paths`` in a stable order.

    A file whose device and inode are among ``own_outputs`` (the file ``ingest`` writes its
    documents to) is skipped as :data:`~.formats.OWN_OUTPUT`; with ``archive_skip``, an
    archive is skipped with that reason instead of being opened, and so is one for which
    ``offered(its id, its site folder or None)`` is true, as a download its site offers.
    ``known_built`` tells what a look at an archive already found of its built-site folders.
    """
    rules = _Rules(max_bytes, own_outputs, archive_skip, offered, known_built)
    for path in paths:
        if os.path.isdir(path):
            yield from _walk(path, rules)
        elif os.path.lexists(path):
            yield from _file(path, os.path.basename(path), input_root(path), rules)
        else:
            yield FileFailure(path_text(path), "no such file or directory")


def _walk(root: str, rules: _Rules) -> Iterator[Source | Skip | FileFailure]:
    failures: list[FileFailure] = []

    def on_error(error: OSError) -> None:
        unlisted = error.filename or root
        failures.append(FileFailure(path_text(unlisted), describe_os_error(error), id=path_id(_relative(unlisted, root))))

    sites = NestedSites()
    for directory, dirnames, filenames in os.walk(root, onerror=on_error):
        yield from failures
        failures.clear()
        if not INDEX_MARKERS.isdisjoint(filenames):
            yield Skip(path_text(directory), INDEX_SKIPPED)
            dirnames.clear()
            continue
        site_root = sites.enter(directory, dirnames, filenames)
        built = built_sites_beside_sources(dirnames, filenames)
        for name in built:
            yield Skip(path_text(os.path.join(directory, name)), BUILT_SITE_SKIPPED)
        saved = _saved_page_folders(dirnames, filenames)
        for name in saved:
            yield Skip(path_text(os.path.join(directory, name)), SAVED_PAGE_FILES)
        dirnames[:] = sorted(name for name in dirnames if _walked(name, built) and name not in saved)
        folder = _relative(directory, root)  # once per folder: relpath is slow
        within, place = os.path.join(directory, ""), "" if folder == "." else f"{folder}/"  # (os.path.join's work, once per folder)
        in_site = _in_built_site([os.path.basename(root), *folder.split("/")])
        for name in sorted(filenames):
            if in_site and _copied_into_site(name):
                yield Skip(path_text(within + name), COPIED_INTO_SITE)
            else:
                yield from _file(within + name, place + name, root, rules, site_root)
    yield from failures


def _walked(name: str, built: list[str]) -> bool:
    """Whether the walk goes into the folder ``name``: not an excluded one, but a built
    site's folder with no sources beside it (not among ``built``)."""
    return name not in EXCLUDED_DIRECTORIES or (name in BUILT_SITE_DIRECTORIES and name not in built)


#: Why a Markdown or repository file in a built site is not read.
COPIED_INTO_SITE = "a file Jekyll copied into its built site as it is (README.md, other Markdown, LICENSE): a source, not one of its pages"
#: The folder Jekyll (and Quarto) build a site into.
_SITE_FOLDER = "_site"
_MARKDOWN = (".md", ".markdown", ".mdown", ".mkd", ".mkdn")


def _in_built_site(folders: list[str]) -> bool:
    """True when the folder path ``folders`` (its names, the input root's own first) lies in a built site's ``_site/``."""
    return _SITE_FOLDER in folders


def _copied_into_site(name: str) -> bool:
    """True for a file of a built site that the generator copied as it is, not a page: a
    Markdown file (Jekyll renders one with front matter into a page and copies any other,
    as GitHub Pages' README.md) or a repository's own file (README, LICENSE, CHANGELOG; a
    host's CNAME is site configuration, as anywhere)."""
    return name.lower().endswith(_MARKDOWN) or (REPOSITORY_FILES.fullmatch(name) is not None and skip_reason(name) is None)


#: Why the folder a browser saves beside a page ("Webpage, complete") is not read.
SAVED_PAGE_FILES = "a saved page's files (Page_files/ beside Page.html: its images, scripts and frames, such as a like button's): part of that page, not pages"


def _saved_page_folders(dirnames: list[str], filenames: list[str]) -> list[str]:
    """The folders among ``dirnames`` that a browser saved with a page among ``filenames``:
    Chrome, Firefox and Edge keep ``Rapat Warga_files/`` beside ``Rapat Warga.html``."""
    pages = {name.rsplit(".", 1)[0] for name in filenames if name.lower().endswith((".html", ".htm"))}
    return sorted(name for name in dirnames if name.endswith("_files") and name[: -len("_files")] in pages)


def _relative(path: str, root: str) -> str:
    return os.path.relpath(path, root).replace(os.sep, "/")


def _file(path: str, relative: str, root: str, rules: _Rules, site_root: str | None = None) -> Iterator[Source | Skip | FileFailure]:
    text, file_id = path_text(path), path_id(relative)
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            target = os.path.realpath(path)
            if not os.path.exists(target):
                yield FileFailure(text, "broken symbolic link", id=file_id)
                return
            if os.path.commonpath([target, os.path.realpath(root)]) != os.path.realpath(root):
                yield Skip(text, "symbolic link out of the input root")
                return
            info = os.stat(path)
    except OSError as error:
        yield FileFailure(text, describe_os_error(error), id=file_id)
        return
    if not stat.S_ISREG(info.st_mode):
        yield Skip(text, "not a regular file")
        return
    if rules.own_outputs and (info.st_dev, info.st_ino) in rules.own_outputs:
        yield Skip(text, OWN_OUTPUT)
        return
    if is_archive(path):
        if rules.archive_skip:
            yield Skip(text, rules.archive_skip)
        elif rules.offered is not None and rules.offered(file_id, site_root):
            yield Skip(text, OFFERED_DOWNLOAD)
        else:
            yield from _archive(path, _Archive(text, file_id, rules.max_bytes, path, rules.known_built))
        return
    reason = skip_reason(path)
    if reason:
        yield Skip(text, reason)
    elif info.st_size > rules.max_bytes:
        yield FileFailure(text, _too_large(info.st_size, rules.max_bytes), id=file_id)
    else:
        yield Source(file_id, text, fs_path=path, size=info.st_size, site_root=site_root)


@dataclass
class _Archive:
    """The archive being read: its display path, its id, the size limit of its members, its
    name on disk, and what its look found of its built-site folders (see :data:`BuiltInArchive`)."""

    path: str
    id: str
    max_bytes: int
    fs_path: str
    known_built: BuiltInArchive | None = None
    _built: frozenset[str] | None = field(default=None, init=False)  # the built-site folders with their sources beside them
    _counted: set[str] = field(default_factory=set, init=False)  # those of them already counted

    def built_beside_sources(self, folder: str) -> bool:
        """Whether the built-site folder ``folder`` (``situs/_site``) of the archive has its
        site's sources beside it, judged as on disk (see :mod:`.built_sites`): as the look
        at the archive found it, else from a listing of all its members (once)."""
        if self._built is None:
            known = self.known_built(self.fs_path) if self.known_built is not None else None
            self._built = known if known is not None else _built_folders(self.fs_path)
        return folder in self._built

    def first_count(self, folder: str) -> bool:
        """True the first time the skipped folder ``folder`` is met: it is counted once."""
        first = folder not in self._counted
        self._counted.add(folder)
        return first


def _archive(path: str, archive: _Archive) -> Iterator[Source | Skip | FileFailure]:
    try:
        if path.lower().endswith(".zip"):
            yield from _zip_members(path, archive)
        else:
            yield from _tar_members(path, archive)
    except ARCHIVE_DAMAGE as error:
        # Members not read keep their indexed version (the failure carries the archive's id).
        yield FileFailure(archive.path, f"unreadable archive: {error}", id=archive.id)


def _built_folders(path: str) -> frozenset[str]:
    """The built-site folders with their sources beside them in the archive ``path`` (see
    :class:`~.built_sites.BuiltFolders`), as far as its members can be listed."""
    built = BuiltFolders()
    try:
        if path.lower().endswith(".zip"):
            with zipfile.ZipFile(path) as opened:
                for info in opened.infolist():
                    if not info.is_dir():
                        built.add(info.filename)
        else:
            with open_tar_stream(path) as opened:
                for info in opened:
                    opened.members.clear()  # a stream keeps no headers
                    if info.isfile():
                        built.add(info.name)
    except ARCHIVE_DAMAGE:  # the members read are judged by what could be listed
        pass
    return built.beside_sources()


def _parts(name: str) -> list[str]:
    return name.replace("\\", "/").split("/")  # not pathlib: it interns every part of every name


#: Why a member is not read whose path would lead out of the archive.
UNSAFE_MEMBER = "unsafe member path (absolute or with '..'); not read"


def _unsafe(name: str, parts: list[str]) -> bool:
    """True for a member path ``name`` (split in ``parts``) that would lead out of the archive."""
    return name.startswith(("/", "\\")) or ".." in parts or parts[0].endswith(":")


def _excluded_depth(parts: list[str], archive: _Archive) -> int | None:
    """Where in the member path ``parts`` the first folder lies that is not read (an
    excluded one, a built site's with its sources beside it), or None."""
    for depth, part in enumerate(parts[:-1]):
        if part in EXCLUDED_DIRECTORIES and (part not in BUILT_SITE_DIRECTORIES or archive.built_beside_sources("/".join(parts[: depth + 1]))):
            return depth
    return None


#: Why an archive inside an archive is not read (on disk an archive is a root of its own).
NESTED_ARCHIVE = "an archive inside an archive (a site's download, a backup): not opened; extract the outer archive to read it"


def _member(archive: _Archive, name: str, size: int, read) -> Iterator[Source | Skip | FileFailure]:
    display, member_id = f"{archive.path}!/{path_text(name)}", f"{archive.id}!/{path_id(name)}"
    parts = _parts(name)
    if _unsafe(name, parts):
        yield FileFailure(display, UNSAFE_MEMBER)
        return
    depth = _excluded_depth(parts, archive)
    if depth is None and _in_built_site(parts[:-1]) and _copied_into_site(parts[-1]):
        yield Skip(display, COPIED_INTO_SITE)
        return
    if depth is not None:
        folder = "/".join(parts[: depth + 1])
        if parts[depth] not in BUILT_SITE_DIRECTORIES:
            yield Skip(display, "excluded directory")
        elif archive.first_count(folder):  # counted once, as the folder is on disk
            yield Skip(f"{archive.path}!/{path_text(folder)}", BUILT_SITE_SKIPPED)
        return
    reason = NESTED_ARCHIVE if is_archive(name) else skip_reason(name)
    if reason:
        yield Skip(display, reason)
        return
    if size > archive.max_bytes:
        yield FileFailure(display, _too_large(size, archive.max_bytes), id=member_id)
        return
    try:
        data = read(archive.max_bytes + 1)
    except ARCHIVE_DAMAGE as error:  # one damaged member fails alone
        yield FileFailure(display, f"unreadable archive member: {error}", id=member_id)
        return
    if len(data) > archive.max_bytes:  # the declared size lied (a decompression bomb)
        yield FileFailure(display, _too_large(len(data), archive.max_bytes), id=member_id)
        return
    yield Source(member_id, display, data=data, size=len(data), archive=archive.fs_path)


def _zip_members(path: str, archive: _Archive) -> Iterator[Source | Skip | FileFailure]:
    with zipfile.ZipFile(path) as opened:
        seen: set[str] = set()
        for name, info in sorted(((_zip_member_name(info), info) for info in opened.infolist()), key=lambda pair: pair[0]):
            if name.endswith("/"):  # a folder
                continue
            if name in seen:
                yield Skip(f"{archive.path}!/{path_text(name)}", _DUPLICATE)
                continue
            seen.add(name)

            def read(limit: int, info=info) -> bytes:
                with opened.open(info) as member:
                    return member.read(limit)

            yield from _member(archive, name, info.file_size, read)


def _zip_member_name(info: zipfile.ZipInfo) -> str:
    """The path of a zip member, its folders separated by ``/``: the zip format allows no
    other separator, so a backslash is the separator of a Windows tool that wrote it
    (Windows PowerShell's ``Compress-Archive``: ``situs\\_posts\\halo.md``)."""
    return info.filename.replace("\\", "/")


_DUPLICATE = "duplicate member name (the first member of that name is read)"


class _CheckedTarInfo(tarfile.TarInfo):
    """Records on the archive a header that ended reading early: tarfile stops there
    silently, as if the archive ended, so a damaged archive would look complete."""

    @classmethod
    def fromtarfile(cls, tar):
        try:
            return super().fromtarfile(tar)
        except tarfile.EOFHeaderError:
            raise  # the end-of-archive marker
        except tarfile.HeaderError as error:
            tar.arsip_damage = error
            raise


def _tar_members(path: str, archive: _Archive) -> Iterator[Source | Skip | FileFailure]:
    """Members as a stream: each is read and passed on before the next header is read."""
    with open_tar_stream(path, tarinfo=_CheckedTarInfo) as opened:
        seen: set[str] = set()
        while (info := opened.next()) is not None:
            opened.members.clear()  # tarfile keeps every header it read; a stream needs none
            if not info.isfile():
                continue
            if info.name in seen:
                yield Skip(f"{archive.path}!/{path_text(info.name)}", _DUPLICATE)
                continue
            seen.add(info.name)
            member = opened.extractfile(info)
            if member is not None:

                def read(limit: int, member=member, size=info.size) -> bytes:
                    # a tar member holds exactly its header's size, and tarfile's reader
                    # allocates a whole request up front (64 MB for every empty member)
                    return member.read(min(limit, size))

                yield from _member(archive, info.name, info.size, read)
        damage = getattr(opened, "arsip_damage", None)
        if damage is not None and opened.offset > 0:
            raise tarfile.ReadError(f"damaged after {len(seen):,} members ({damage})")


def _too_large(size: int, max_bytes: int) -> str:
    return f"file of {size / 1e6:,.1f} MB is over the {max_bytes / 1e6:,.0f} MB limit (raise it with --max-size)"
