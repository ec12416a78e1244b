"""Keywords a CMS writes on every page of a crawled site (its <meta name="keywords">) are not
the pages' tags: dropped per host folder, with a problem naming them; an incremental index
gives the pages the tags a whole ingest gives them."""

import shutil
from pathlib import Path

import pytest

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest import pipeline
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

FIXTURE = Path(__file__).parent / "data" / "site-keywords"
DESA, BLOG = "www.desa-mekarsari.id", "blog.warga-mekarsari.id"
SITE_WIDE = "berita, desa mekarsari, informasi, kabupaten contoh"


def _tags(inputs, options=None):
    report = IngestReport()
    documents = list(read_documents([str(path) for path in inputs], options, report=report))
    return {document.id: ([term.label for term in document.tags], [p.reason for p in document.problems if p.field == "tags"]) for document in documents}, report


def test_keywords_on_every_page_of_a_host_are_dropped_and_named():
    found, report = _tags([FIXTURE])
    assert found[f"{DESA}/berita/panen-raya-padi.html"][0] == ["panen", "pertanian"]
    assert found[f"{DESA}/berita/musyawarah-desa.html"][0] == ["musyawarah", "informasi publik"]  # its article:tag stays
    assert found[f"{DESA}/profil/sejarah.html"][0] == []
    for doc_id, (_, problems) in found.items():
        if doc_id.startswith(DESA):
            [problem] = problems
            assert f"dropped from its tags: {SITE_WIDE} (" in problem and f"90% of the 6 pages of site-keywords/{DESA}/" in problem
    assert report.with_problems == 6


def test_a_host_with_fewer_pages_keeps_its_keywords():
    found, _ = _tags([FIXTURE])
    assert found[f"{BLOG}/kerja-bakti.html"] == (["warga", "kerja bakti"], [])  # "warga" on all 4 pages: too few to tell


def test_outside_a_host_folder_keywords_stay_tags(tmp_path):
    shutil.copytree(FIXTURE / DESA, tmp_path / "situs desa")
    found, _ = _tags([tmp_path / "situs desa"])
    assert found["berita/panen-raya-padi.html"] == ([*SITE_WIDE.split(", "), "panen", "pertanian"], [])


def test_the_same_with_several_workers(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 4)  # workers for a handful of files
    one = [document.to_record() for document in read_documents([str(FIXTURE)], IngestOptions(workers=1))]
    two = [document.to_record() for document in read_documents([str(FIXTURE)], IngestOptions(workers=2))]
    assert one == two and sum(bool(record["problems"]) for record in two) == 6


def _blog_page(folder, name, tags):
    source = (FIXTURE / BLOG / "kerja-bakti.html").read_text(encoding="utf-8")
    page = source.replace("warga, kerja bakti", tags).replace("kerja-bakti.html", name).replace("Membersihkan Saluran", name[:-5].title())
    (folder / name).write_text(page, encoding="utf-8")


def _indexed(directory, folder, names=None):
    found = {}
    for name in names or sorted(path.name for path in folder.glob("*.html")):
        [record] = get_records(directory, name)
        found[name] = ([term["label"] if isinstance(term, dict) else term for term in record["tags"]], len(record["problems"]))
    return found


def _ingested(folder, names=None):
    found, _ = _tags([folder])
    return {doc_id: (tags, len(problems)) for doc_id, (tags, problems) in found.items() if names is None or doc_id in names}


def test_an_incremental_index_agrees_with_a_whole_ingest(tmp_path):
    blog, directory = tmp_path / BLOG, tmp_path / "indeks"
    shutil.copytree(FIXTURE / BLOG, blog)
    index_paths(directory, [str(blog)])
    assert _indexed(directory, blog)["arisan-ibu.html"] == (["warga", "pkk"], 0)

    _blog_page(blog, "donor-darah.html", "warga, donor darah")  # a fifth page: "warga" is the site's now
    run = index_paths(directory, [str(blog)])
    assert (run.added, run.updated, run.unchanged) == (1, 4, 0)  # the four unchanged pages are read again
    assert _indexed(directory, blog) == _ingested(blog)
    assert _indexed(directory, blog)["arisan-ibu.html"] == (["pkk"], 1)

    _blog_page(blog, "senam-pagi.html", "warga, olahraga")
    run = index_paths(directory, [str(blog)])  # read alone, by the keywords the index kept
    assert (run.added, run.updated, run.unchanged) == (1, 0, 5)
    assert _indexed(directory, blog) == _ingested(blog)

    (blog / "donor-darah.html").unlink()
    (blog / "senam-pagi.html").write_text((blog / "senam-pagi.html").read_text(encoding="utf-8").replace("warga, olahraga", "olahraga"), encoding="utf-8")
    run = index_paths(directory, [str(blog)])  # "warga" on 4 of the 5 pages naming keywords: below 90%, the site's no more
    assert (run.removed, run.updated, run.unchanged) == (1, 5, 0)
    assert _indexed(directory, blog) == _ingested(blog)
    assert _indexed(directory, blog)["arisan-ibu.html"] == (["warga", "pkk"], 0)
    assert index_paths(directory, [str(blog)]).unchanged == 5


def _saved_twice(tmp_path, second_name, canonical=True):
    """The blog (four pages, each naming "warga") with kerja-bakti.html saved again as ``second_name``."""
    blog = tmp_path / BLOG
    shutil.copytree(FIXTURE / BLOG, blog)
    page = (blog / "kerja-bakti.html").read_text(encoding="utf-8")
    if not canonical:
        page = "".join(line for line in page.splitlines(keepends=True) if 'rel="canonical"' not in line)
        (blog / "kerja-bakti.html").write_text(page, encoding="utf-8")
    (blog / second_name).parent.mkdir(exist_ok=True)
    (blog / second_name).write_text(page, encoding="utf-8")
    return blog


@pytest.mark.parametrize(
    "second_name, canonical",
    [("kerja-bakti/index.html", True), ("index.html?p=12.html", True), ("kerja-bakti/index.html", False)],
)
def test_a_page_saved_under_two_names_counts_once(tmp_path, second_name, canonical):
    blog = _saved_twice(tmp_path, second_name, canonical)  # five files naming "warga", four pages
    found, _ = _tags([blog])
    assert found["kerja-bakti.html"] == (["warga", "kerja bakti"], [])
    assert found["arisan-ibu.html"] == (["warga", "pkk"], [])


def test_an_incremental_index_counts_a_page_saved_twice_once(tmp_path):
    blog, directory = _saved_twice(tmp_path, "index.html?p=12.html"), tmp_path / "indeks"
    names = ["arisan-ibu.html", "catatan-ronda.html", "kerja-bakti.html", "lomba-agustusan.html"]
    index_paths(directory, [str(blog)])
    assert _indexed(directory, blog, names) == _ingested(blog, names)
    _blog_page(blog, "donor-darah.html", "warga, donor darah")  # a fifth page: "warga" is the site's now
    index_paths(directory, [str(blog)])
    assert _indexed(directory, blog, names) == _ingested(blog, names)
    assert _indexed(directory, blog, names)["arisan-ibu.html"] == (["pkk"], 1)
    (blog / "donor-darah.html").unlink()
    index_paths(directory, [str(blog)])  # four pages again: the unchanged ones count kerja-bakti once, by the page the index recorded
    assert _indexed(directory, blog, names) == _ingested(blog, names)
    assert _indexed(directory, blog, names)["arisan-ibu.html"] == (["warga", "pkk"], 0)
