"""Two files a Jekyll site writes to one place (``index.md`` beside a theme's
``index.html``, two posts with one ``permalink``) make ``jekyll build`` warn "Conflict: The
following destination is shared by multiple files": each keeps its url and gets a ``url``
problem naming the other; a page at an address of its own gets none."""

from pathlib import Path

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "jekyll-shared-addresses"
SHARED = "published at the same address as {}: the site builds one page there (Jekyll warns of a destination shared by multiple files), which of them is not known"


def test_files_written_to_one_place_name_each_other():
    documents, _ = read_by_id(SITE)
    assert documents["index.md"].url == documents["index.html"].url == "https://rw05.contoh.id/"
    assert [problem.reason for problem in documents["index.md"].problems] == [SHARED.format("index.html")]
    assert [problem.reason for problem in documents["index.html"].problems] == [SHARED.format("index.md")]
    assert [problem.reason for problem in documents["_posts/2023-01-02-rapat.md"].problems] == [SHARED.format("_posts/2023-02-02-rapat.md")]
    assert documents["tentang.md"].problems == []
