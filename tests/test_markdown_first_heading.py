"""A Markdown page without a title takes its first ``#`` heading's text: found as the
pattern ``^ {0,3}#{1,3}\\s+(.+?)\\s*#*\\s*$`` finds it, in time linear in the body (the
pattern itself takes cubic time on a heading line with a long run of spaces)."""

import random
import re
from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.readers.markdown import _next_heading

from .conftest import best_cpu_seconds

PATTERN = re.compile(r"^ {0,3}#{1,3}\s+(.+?)\s*#*\s*$", re.M)
ALPHABET = [" ", " ", "\t", "\n", "\n", "#", "#", "a", "b", "\r", "\x0b", "\xa0", "\u2028"]


def test_the_heading_found_is_the_one_the_pattern_matches():
    rng = random.Random(11)
    for _ in range(30_000):
        body = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14)))
        position = rng.randint(0, len(body))
        match = PATTERN.search(body, position)
        expected = (match.start(), match.end(), match.group(1)) if match else None
        assert _next_heading(body, position) == expected, (body, position)


def test_a_heading_with_a_long_run_of_spaces_takes_linear_time():
    def seconds(count: int) -> float:
        return best_cpu_seconds(_next_heading, "# Catatan pengembangan" + " " * count + "g\n\n# Lain" + " \n" * count, 0)

    # Four times the input in at most ~8 times the time (quadratic would be 16 times).
    assert seconds(40_000) < 8 * seconds(10_000) + 0.05


def test_a_page_without_a_title_takes_its_first_heading_outside_code(tmp_path):
    (tmp_path / "catatan.md").write_text("```\n# komentar skrip\n```\n\n## Rapat warga   ##  \n\nIsi rapat.\n", encoding="utf-8")
    [page] = read_documents([str(tmp_path)])
    assert page.title == "Rapat warga"


SETEXT = Path(__file__).parent / "data" / "setext-headings"


def test_a_page_without_a_title_takes_its_first_setext_heading():
    """A heading underlined with ``=`` or ``-`` (Setext: Pandoc writes levels 1 and 2 so) is a
    heading as a ``#`` one is, where the title was the file's name."""
    titles = {page.id: page.title for page in read_documents([str(SETEXT)])}
    assert titles["notulen-rapat.md"] == "Notulen Rapat Koperasi Tani Makmur"
    assert titles["jadwal-ronda.md"] == "Jadwal Ronda Bulan Juni"


def test_an_underlined_line_in_code_or_a_list_item_gives_no_title():
    """In a fence it is code; after a list item the dashes are a rule (CommonMark): the
    title is the first heading after them."""
    titles = {page.id: page.title for page in read_documents([str(SETEXT)])}
    assert titles["contoh-markdown.md"] == "Panduan Menulis Berita Desa"
