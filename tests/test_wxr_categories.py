"""WordPress categories of one name under different parents (``Berita > Desa`` and
``Program & Kegiatan > Desa``, slugs ``desa`` and ``desa-2``) stay apart: each is labelled
with its path of names, which the export's ``<wp:category>`` list gives."""

import re

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions

from .conftest import DATA

EXPORT = DATA / "wxr" / "kategori-senama.xml"


def _documents(text: str):
    result = ingest_bytes(text.encode("utf-8"), EXPORT.name, str(EXPORT), IngestOptions())
    return {document.fields["post_id"]: document for document in result.documents}


def _categories(text: str) -> dict[str, list[tuple[str, str]]]:
    return {post_id: [(term.label, term.key) for term in document.categories] for post_id, document in _documents(text).items()}


def test_categories_sharing_a_name_are_labelled_with_their_paths():
    assert _categories(EXPORT.read_text(encoding="utf-8")) == {
        "11": [("Berita/Desa", "berita/desa"), ("Pertanian", "pertanian")],
        "12": [("Program & Kegiatan/Desa", "program-&-kegiatan/desa"), ("Program & Kegiatan", "program-&-kegiatan")],
    }


def test_the_paths_leave_the_other_categories_and_their_problems_alone():
    documents = _documents(EXPORT.read_text(encoding="utf-8"))
    assert [document.problems for document in documents.values()] == [[], []]


def test_without_the_exports_category_list_a_shared_name_stays_one_category_with_a_problem():
    without_list = re.sub(r"\s*<wp:category>.*?</wp:category>", "", EXPORT.read_text(encoding="utf-8"), flags=re.S)
    assert _categories(without_list) == {
        "11": [("Desa", "desa"), ("Pertanian", "pertanian")],
        "12": [("Desa", "desa"), ("Program & Kegiatan", "program-&-kegiatan")],
    }
    problems = {post_id: [(problem.field, problem.reason) for problem in document.problems] for post_id, document in _documents(without_list).items()}
    shared = "shares its name with another of the export ({}) and is one with it here: the export does not list its categories to tell where each stands (an export of posts alone)"
    assert problems == {
        "11": [("categories", 'the category "Desa" (desa) ' + shared.format("desa-2"))],
        "12": [("categories", 'the category "Desa" (desa-2) ' + shared.format("desa"))],
    }
