"""MDC, Nuxt Content's Markdown components (tests/data/sites/nuxt-content): a block or
inline component's content is the page's text, its props named like text stand where it
opens, its other props, YAML props, slot names and attributes are no text; code keeps them."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions
from arsip.ingest.sites.javascript.mdc import mdc_markdown

SITE = Path(__file__).parent / "data" / "sites" / "nuxt-content"


def test_a_nuxt_content_page_shows_its_components_as_the_site_renders_them():
    page = next(document for document in read_documents([str(SITE)], IngestOptions(workers=1)) if document.id == "content/blog/2.komponen-mdc.md")
    assert page.text == (
        "Dengan sintaks MDC kita bisa memakai komponen Vue di Markdown.\n\n"
        "Kartu Contoh\n\nIsi kartu ini ditulis dalam Markdown.\n\n"
        "Teks biasa juga bisa memakai Baru di tengah kalimat, juga ikon.\n\n"
        "npm\n\nnpm i @nuxt/content ::tidak-dibaca\n\npnpm\n\nPasang dengan pnpm add @nuxt/content.\n\n"
        "Catatan penting\n\nTulisan ini ditulis oleh Dewi Lestari untuk semua warga.\n\n"
        "#tagar-biasa\n\n"
        "Kata penting dan tebal di sini. Rapat pukul 10:30 pagi, lihat https://nuxt.com."
    )
    assert page.problems == [] and page.generator == "markdown"


def test_mdc_is_read_only_in_a_nuxt_content_site(tmp_path):
    """Outside a Nuxt Content site ``::`` lines are text, as CommonMark reads them."""
    (tmp_path / "catatan.md").write_text("# Catatan\n\n::alert{type=\"info\"}\nRapat ditunda.\n::\n", encoding="utf-8")
    [page] = read_documents([str(tmp_path)], IngestOptions(workers=1))
    assert "::alert" in page.text


def test_mdc_markdown():
    assert mdc_markdown("Teks biasa tanpa tanda.", {}) == "Teks biasa tanpa tanda."
    assert mdc_markdown("::catatan\n#judul\nIsi\n::\n\n#bukan-slot", {}) == "\n\n\n\nIsi\n\n\n#bukan-slot"
    assert mdc_markdown("Ikon :icon{name=\"x\"}.", {}) == "Ikon."
    assert mdc_markdown("{{ $doc.judul }} / {{ $doc.tidak }}", {"judul": "Panen"}) == "Panen / "
    assert mdc_markdown("`:badge[x]{y}` dan ![foto](a.jpg){width=300}", {}) == "`:badge[x]{y}` dan ![foto](a.jpg)"
