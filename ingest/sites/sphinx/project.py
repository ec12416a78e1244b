"""A Sphinx project's pages, for the cross-references of each of them.

Sphinx knows every page of its project; arsip reads one file at a time, in parallel
workers. So each process scans the ``.rst`` pages of a Sphinx project (:class:`Project`:
the folder of its ``conf.py``, on disk or inside a zip or tar archive) once, the first time
one of its pages needs a target its own text does not define, and keeps what it found
(:func:`project_targets`, cached per project; the pipeline and the index clear the cache at
the start of a run). A scan reads at most :data:`MAX_FILES` pages of at most
:data:`MAX_FILE_BYTES` each, and of a tar archive (which is read as a stream) at most its
first :data:`MAX_TAR_BYTES`; what it left out is said when a target is not found.
:class:`CrossReferences` answers a page's references from its own text, then its project.
"""

from __future__ import annotations

import os
import stat
import zipfile
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable, Iterator

from ...formats import ARCHIVE_DAMAGE, EXCLUDED_DIRECTORIES, open_tar_stream
from ..site import SiteInfo
from .targets import PAGE_EXTENSIONS, Targets, docname_of, document_target, normalized_label

#: A project scan reads at most this many pages ...
MAX_FILES = 20_000
#: ... of at most this many bytes each (the reST reader's own limit on characters) ...
MAX_FILE_BYTES = 1_000_000
#: ... and at most this much of a tar archive's decompressed stream.
MAX_TAR_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class Project:
    """Where a Sphinx project's pages are: the folder of its ``conf.py`` on disk, or an
    archive on disk and the folder inside it (``situs/``, or empty for its top)."""

    path: str
    archive_folder: str | None = None


def sphinx_project(site: SiteInfo, root: str | None = None, archive: str | None = None) -> Project | None:
    """The Sphinx project of a file whose site is ``site``: in the archive ``archive`` on
    disk, else below the input folder ``root`` (the site's folder in it); None when the
    site is not a Sphinx project or the file is on neither."""
    if not site.sphinx:
        return None
    if archive:
        return Project(archive, site.folder)
    return Project(os.path.join(root, site.folder)) if root else None


@lru_cache(maxsize=16)
def project_targets(project: Project) -> Targets:
    """The targets of every page of ``project``, scanned once per process: the regular
    ``.rst`` files below its folder but in hidden folders and those arsip never reads
    (``_build``, ``node_modules`` …); on disk, a link is followed only to a file inside the
    project."""
    targets = Targets()
    pages = _disk_pages(project.path) if project.archive_folder is None else _archive_pages(project.path, project.archive_folder, targets)
    too_large = 0
    for path, size, read in pages:
        if targets.pages >= MAX_FILES:
            targets.left_out = f"the project has more than {MAX_FILES:,} pages; the rest were not searched"
            break
        if size > MAX_FILE_BYTES:
            too_large += 1
            continue
        try:
            data = read()
        except ARCHIVE_DAMAGE:  # OSError among them: a page that cannot be read has no targets
            continue
        targets.add_page(docname_of(path), data.decode("utf-8", "replace").lstrip("\ufeff"))
    if too_large and targets.left_out is None:
        targets.left_out = f"{too_large} page(s) over {MAX_FILE_BYTES:,} bytes were not searched"
    return targets


#: A page of a project: its path in the project, its size, and how to read its bytes.
Page = tuple[str, int, Callable[[], bytes]]


def _disk_pages(folder: str) -> Iterator[Page]:
    """The reST pages below ``folder``, in a stable order: regular files only (no pipe, no
    device: as ingest), and a link only to a file inside the project."""
    inside = os.path.join(os.path.realpath(folder), "")
    for directory, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(name for name in dirnames if name not in EXCLUDED_DIRECTORIES and not name.startswith("."))
        for name in sorted(filenames):
            path = os.path.join(directory, name)
            if not name.lower().endswith(PAGE_EXTENSIONS) or (os.path.islink(path) and not os.path.realpath(path).startswith(inside)):
                continue
            try:
                info = os.stat(path)
            except OSError:
                continue
            if stat.S_ISREG(info.st_mode):
                yield os.path.relpath(path, folder).replace(os.sep, "/"), info.st_size, lambda path=path: _read_disk_page(path)


def _read_disk_page(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(MAX_FILE_BYTES + 1)


def _archive_pages(archive: str, folder: str, targets: Targets) -> Iterator[Page]:
    """The reST pages inside ``folder`` of the zip or tar ``archive``, as its members come;
    a damaged archive gives those read before the damage (``targets`` says why the rest
    are not searched)."""
    try:
        if archive.lower().endswith(".zip"):
            with zipfile.ZipFile(archive) as opened:
                for info in opened.infolist():
                    path = _page_in(info.filename, folder)
                    if path is not None and not info.is_dir():
                        yield path, info.file_size, lambda info=info: _read_member(opened.open(info))
        else:
            with open_tar_stream(archive) as opened:
                for info in opened:
                    opened.members.clear()  # a stream keeps no headers
                    if opened.offset > MAX_TAR_BYTES:
                        targets.left_out = f"the archive's pages past its first {MAX_TAR_BYTES // 2**20} MB were not searched"
                        return
                    path = _page_in(info.name, folder)
                    if path is not None and info.isfile():
                        yield path, info.size, lambda info=info: _read_member(opened.extractfile(info))
    except ARCHIVE_DAMAGE as error:
        targets.left_out = f"the archive could not be read to its end ({error})"


def _page_in(name: str, folder: str) -> str | None:
    """The path in the project of the archive member ``name`` when it is one of its pages."""
    parts = [part for part in name.replace("\\", "/").split("/") if part not in ("", ".")]
    path = "/".join(parts)
    if ".." in parts or not path.startswith(folder) or not path.lower().endswith(PAGE_EXTENSIONS):
        return None
    if any(part in EXCLUDED_DIRECTORIES or part.startswith(".") for part in parts[:-1]):
        return None
    return path[len(folder) :]


def _read_member(member) -> bytes:
    with member:
        return member.read(MAX_FILE_BYTES + 1)


class CrossReferences:
    """The targets a page's ``:ref:`` and ``:doc:`` may name: its own labels and title
    first, then its Sphinx project's (None when the page is in none), scanned only when a
    reference needs them."""

    def __init__(self, text: str, docname: str, project: Project | None) -> None:
        self.text = text
        self.docname = docname
        self.project = project

    @cached_property
    def own(self) -> Targets:
        """The page's own targets (scanned when a reference first needs them)."""
        own = Targets()
        own.add_page(self.docname, self.text)
        return own

    def label(self, name: str) -> Found:
        """The section title the label ``name`` stands before."""
        key = normalized_label(name)
        definitions = self.own.labels.get(key)
        if not definitions and self.project:
            definitions = project_targets(self.project).labels.get(key)
        if not definitions:
            return Found(None, f"no label {name!r} in {self._scope()}")
        label = max(definitions, key=lambda definition: definition.docname)  # Sphinx reads pages in name order: the last wins
        if label.title is None:
            return Found(None, f"label {name!r} marks a {label.marks}, not a section title")
        if len({definition.docname for definition in definitions}) > 1:
            pages = ", ".join(sorted({definition.docname for definition in definitions}))
            return Found(label.title, f"label {name!r} is defined in several pages ({pages}); the title is {label.docname!r}'s, as Sphinx shows it")
        return Found(label.title)

    def document(self, target: str) -> Found:
        """The title of the page the ``:doc:`` ``target`` names."""
        docname = document_target(target, self.docname)
        title = self.own.titles.get(docname)
        if title is None and docname != self.docname and self.project:
            title = project_targets(self.project).titles.get(docname)
        if title is None:
            return Found(None, f"no page {docname!r} with a section title in {self._scope()}")
        return Found(title)

    def _scope(self) -> str:
        """Where targets were looked for, as a problem says it."""
        if not self.project:
            return "this page, which is in no Sphinx project (a folder with conf.py and index.rst)"
        targets = project_targets(self.project)
        searched = f"the {targets.pages:,} page(s) of its Sphinx project"
        return f"{searched}; {targets.left_out}" if targets.left_out else searched


@dataclass(frozen=True)
class Found:
    """What a cross-reference shows: the source line of its target's title (None: not
    found), and why its text is a guess (None: it is what Sphinx shows)."""

    title: str | None
    guess: str | None = None
