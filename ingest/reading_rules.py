"""Which reading rules made a document: a fingerprint of arsip's ingest code and of the
libraries it reads with.

An index records it per root; a run whose rules differ (arsip or one of its libraries was
upgraded: a reader now keeps a caption, decodes a file as it declares, places a page at
another URL) reads every root again, so the index never keeps text or metadata an older
version made of a file that has not changed.
"""

from __future__ import annotations

import functools
import hashlib
import re
from importlib import metadata
from pathlib import Path

#: A requirement's name in ``Requires-Dist`` (``ftfy==6.3.1``, ``pytest==9.2.0; extra == "test"``).
_REQUIREMENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@functools.cache
def reading_rules() -> str:
    """The fingerprint (hex) of this arsip's ingest code and the installed versions of its
    libraries (an optional extra's too, when installed)."""
    return fingerprint(Path(__file__).resolve().parent, _library_versions())


def fingerprint(package: Path, libraries: list[tuple[str, str]]) -> str:
    """The fingerprint (hex) of the Python files below ``package`` (their paths and bytes)
    and of ``libraries`` (name, version)."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    for name, version in libraries:
        digest.update(f"{name}=={version}\0".encode("utf-8"))
    return digest.hexdigest()[:32]


def _library_versions() -> list[tuple[str, str]]:
    """(name, installed version) of each library arsip's metadata requires; none when arsip
    runs from a source tree that was not installed."""
    try:
        requirements = metadata.requires("arsip") or []
    except metadata.PackageNotFoundError:
        return []
    versions = []
    for requirement in requirements:
        name = _REQUIREMENT_NAME.match(requirement).group(0)
        try:
            versions.append((name.lower(), metadata.version(name)))
        except metadata.PackageNotFoundError:  # an extra that is not installed
            continue
    return sorted(versions)
