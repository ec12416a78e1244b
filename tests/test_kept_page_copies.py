"""With --keep-duplicates every AMP and print copy of a page is kept beside the page, and
the copy's problem says it is kept for that option, whether or not its page is read: it
does not say that the page is not among the files read, which is false when it is."""

import json
from pathlib import Path

from arsip.index import store
from arsip.index.build import index_paths
from arsip.ingest.feed_copies import AMP_COPY_KEPT, PRINT_COPY_KEPT
from arsip.ingest.results import IngestOptions

from .conftest import read_by_id

DATA = Path(__file__).parent / "data"
AMP_SITE = DATA / "amp-copies" / "situs"
PRINT_SITE = DATA / "print-copies" / "situs"
POST_URL = "https://sukamaju.desa.id/2021/07/panen-jagung/"
ARTICLE_URL = "https://kabar.sukamaju.desa.id/berita/musyawarah-desa/"
KEPT = " (the page its canonical link names), kept as --keep-duplicates keeps every copy, whether or not that page is read"


def _read(path) -> dict:
    return read_by_id(path, keep_duplicates=True)[0]


def test_an_amp_copy_kept_beside_its_page_does_not_say_the_page_is_not_read():
    documents = _read(AMP_SITE)
    assert not documents["2021/07/panen-jagung/index.html"].problems
    for copy in ("2021/07/panen-jagung/amp/index.html", "2021/07/panen-jagung.amp.html"):
        assert [problem.reason for problem in documents[copy].problems] == [f"{AMP_COPY_KEPT}{POST_URL}{KEPT}"]


def test_a_print_copy_whose_article_is_not_read_says_the_same():
    documents = _read(PRINT_SITE)
    copy = documents["berita/cetak/musyawarah-desa.html"]
    assert [problem.reason for problem in copy.problems] == [f'{PRINT_COPY_KEPT}{ARTICLE_URL}{KEPT}; its title is the print copy\'s without "(versi cetak)"']
    assert not any("not among the files read" in problem.reason for document in documents.values() for problem in document.problems)


def test_an_index_kept_with_every_copy_records_the_same_problem(tmp_path):
    directory = tmp_path / "indeks"
    report = index_paths(directory, [str(AMP_SITE)], options=IngestOptions(keep_duplicates=True))
    assert report.added == 3
    with store.open_index(directory).searcher() as searcher:
        records = {fields["id"]: json.loads(fields["record"]) for fields in searcher.all_stored_fields()}
    assert [problem["reason"] for problem in records["2021/07/panen-jagung/amp/index.html"]["problems"]] == [f"{AMP_COPY_KEPT}{POST_URL}{KEPT}"]
