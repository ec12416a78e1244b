"""A published post of a platform's export whose content shows no text (only a photo, an
embed) or that is empty keeps its title and metadata, with a problem saying so: Blogger,
Tumblr and Ghost as WordPress."""

import pytest

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.readers.feed_entries import EMPTY_POST, NO_TEXT_POST
from arsip.ingest.results import IngestOptions

from .conftest import DATA

FOLDER = DATA / "tanpa-teks"


def _reasons(name: str) -> dict[str, list[str]]:
    path = FOLDER / name
    result = ingest_bytes(path.read_bytes(), name, str(path), IngestOptions())
    return {document.title: [problem.reason for problem in document.problems] for document in result.documents}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "blog-02-14-2024.xml",
            {
                "Kerja bakti Minggu pagi": [NO_TEXT_POST],
                "Segera: jadwal posyandu Februari": [EMPTY_POST],
                "Lomba kebersihan antar-RT": [],
                "blog post": [NO_TEXT_POST],
            },
        ),
        ("posts.xml", {"sawah": [NO_TEXT_POST], "Embung desa penuh setelah hujan semalam.": []}),
        (
            "galeri.ghost.2024-02-14-03-00-00.json",
            {"Potret pasar pagi": [NO_TEXT_POST], "Tentang kami": [EMPTY_POST], "Harga cabai turun": []},
        ),
    ],
)
def test_a_post_without_text_is_named_in_a_problem(name, expected):
    assert _reasons(name) == expected
