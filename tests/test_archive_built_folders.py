"""The built-site folders of an archive (``_site/`` beside its sources, or alone) are found in
the look that detects its generator: a tar's stream is decompressed twice in a run (the look,
the read), not a third time to list its members again; when the look stopped early (a tar
past :data:`~arsip.ingest.limits.TAR_LOOK_BYTES`), its members are listed once more, and
the result is the same. An archive's names are judged as a folder's entries on disk."""


import pytest

from arsip.ingest import limits, sources
from arsip.ingest.built_sites import BuiltFolders, built_sites_beside_sources
from arsip.ingest.formats import BUILT_SITE_SKIPPED
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites import generators

from .conftest import DATA, files_of, tar_of

REPOSITORY = DATA / "pages-repository"
POST = "Warga RT 03 bergotong royong membersihkan saluran air di sepanjang Jalan Melati.\n"


def _site_with_sources(tmp_path):
    """A tar of a Jekyll repository: its sources, and its build in ``_site/`` beside them."""
    sources = {"_config.yml": "title: Kabar Sukamaju\n", "_posts/2023-08-14-kerja-bakti.md": f"---\ntitle: Kerja Bakti\n---\n{POST}"}
    return tar_of([*files_of(REPOSITORY).items(), *sources.items()], tmp_path / "kabar-sukamaju.tar.gz", "kabar-sukamaju/")


def _read_counting(archive, monkeypatch) -> tuple[list[tuple[str, str]], IngestReport, int]:
    """The documents (id, text) read from ``archive``, the report, and how many times a tar's stream was opened."""
    opened = []

    def counted(path, *args, **kwargs):
        opened.append(path)
        return tar_stream(path, *args, **kwargs)

    tar_stream = sources.open_tar_stream
    monkeypatch.setattr(sources, "open_tar_stream", counted)
    monkeypatch.setattr(generators, "open_tar_stream", counted)
    report = IngestReport()
    documents = [(document.id, document.text) for document in read_documents([str(archive)], IngestOptions(workers=1), report)]
    return documents, report, len(opened)


def test_the_look_lists_the_built_folders_and_the_stream_is_read_twice(tmp_path, monkeypatch):
    documents, report, streams = _read_counting(_site_with_sources(tmp_path), monkeypatch)
    assert [place.split("!/")[1] for place, _ in documents] == ["kabar-sukamaju/README.md", "kabar-sukamaju/_posts/2023-08-14-kerja-bakti.md"]
    assert report.skipped[BUILT_SITE_SKIPPED] == 1
    assert streams == 2  # the look, the read


def test_a_look_stopped_early_lists_the_members_again_with_the_same_result(tmp_path, monkeypatch):
    archive = _site_with_sources(tmp_path)
    whole = _read_counting(archive, monkeypatch)
    monkeypatch.setattr(limits, "TAR_LOOK_BYTES", 1)  # the look stops after the first member
    documents, report, streams = _read_counting(archive, monkeypatch)
    assert (documents, report.skipped) == (whole[0], whole[1].skipped)
    assert streams == 3


@pytest.mark.parametrize(
    ("names", "beside"),
    [
        (["situs/_site/index.html", "situs/_config.yml"], {"situs/_site"}),
        (["situs/_site/index.html", "situs/README.md", "situs/CNAME", "situs/.gitignore"], set()),
        (["situs/_site/index.html", "situs/.github/workflows/pages.yml", "situs/node_modules/x/index.js"], set()),
        (["situs/_build/html/index.html", "situs/source/index.rst"], {"situs/_build"}),
        (["_site/index.html", "_posts/2023-08-14-kerja-bakti.md", "lain/_site/index.html"], {"_site"}),
        (["situs\\_site\\index.html", "situs\\_config.yml"], {"situs/_site"}),  # (a zip of Windows' Compress-Archive)
    ],
)
def test_an_archive_s_names_are_judged_as_a_folder_s_entries_on_disk(names, beside):
    built = BuiltFolders()
    for name in names:
        built.add(name)
    assert built.beside_sources() == beside
    folder = [name.replace("\\", "/").split("/") for name in names if name.replace("\\", "/").startswith("situs/")]
    if folder:  # the same entries as a folder on disk
        dirnames = {parts[1] for parts in folder if len(parts) > 2}
        filenames = {parts[1] for parts in folder if len(parts) == 2}
        assert {f"situs/{name}" for name in built_sites_beside_sources(dirnames, filenames)} == beside
