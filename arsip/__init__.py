"""arsip: turn messy Indonesian site exports into a clean, searchable archive.

The installed distribution has one import name, ``arsip``; its stages are
:mod:`arsip.ingest` (bytes on disk to clean documents), :mod:`arsip.index` (analysis,
the Whoosh index, searching) and :mod:`arsip.cli` (the ``arsip`` command).

The few functions a script needs are here; they are imported on first use, so
``import arsip`` stays cheap::

    import arsip
    for document in arsip.read_documents(["site-export/"]):
        print(document.id, document.title)
    arsip.index_paths(["site-export/"], arsip.resolve("my-index"))
    with arsip.Archive(arsip.resolve("my-index")) as archive:
        for hit in archive.search(arsip.SearchRequest("pelatihan buruh")).hits:
            print(hit.rank, hit.title)
"""

import os
from importlib import import_module

# In a source checkout this folder holds only the public face, while the stages are mapped
# in by the packaging (``[tool.setuptools.package-dir]``). When the checkout itself is on
# sys.path (``python -m pytest`` from its root), let ``arsip.ingest`` and friends be found
# in the installed (editable) tree as well. Installed (a wheel or the editable tree), the
# stages sit beside this file, and start-up does not pay for importing pkgutil.
if not os.path.isdir(os.path.join(__path__[0], "index")):
    from pkgutil import extend_path

    __path__ = extend_path(__path__, __name__)

_PUBLIC = {
    "read_documents": "arsip.ingest.pipeline",
    "read_files": "arsip.ingest.pipeline",
    "IngestOptions": "arsip.ingest.results",
    "Document": "arsip.ingest.document",
    "index_paths": "arsip.index.build",
    "Archive": "arsip.index.search",
    "SearchRequest": "arsip.index.search",
    "search": "arsip.index.search",
    "resolve": "arsip.index.store",
}

__all__ = ["__version__", *sorted(_PUBLIC)]


def __getattr__(name: str):
    if name == "__version__":  # read from the installed metadata only when asked (importlib.metadata is slow to load)
        return _version()
    if name not in _PUBLIC:
        raise AttributeError(f"module 'arsip' has no attribute {name!r}")
    return getattr(import_module(_PUBLIC[name]), name)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("arsip")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0+unknown"


def __dir__() -> list[str]:
    return __all__
