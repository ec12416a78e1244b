"""An Astro site's content-collection entries and a Gatsby site's filesystem-source pages
are published by the site's own code (a dynamic route of ``src/pages/`` with
``getStaticPaths``, ``createPage`` in ``gatsby-node.js``): they have no url, and a ``url``
problem says why (tests/data/sites/astro, gatsby; Gridsome's: test_gridsome_templates). A page its file's place publishes
(Astro's ``src/pages/tentang.md``) has its url and no problem."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

SITES = Path(__file__).parent / "data" / "sites"
ASTRO = "an entry of the Astro content collection in {}/: the site's own routes publish it (a dynamic route of src/pages/ and getStaticPaths), so its address is not known"
GATSBY = "a page of the Gatsby site's source folder {}/: the site's own code publishes it (createPage in gatsby-node.js), so its address is not known"


def _url_problems(site: str) -> dict[str, list[str]]:
    documents = read_documents([str(SITES / site)], IngestOptions(workers=1), IngestReport())
    return {document.id: [problem.reason for problem in document.problems if problem.field == "url"] for document in documents}


def test_astro_collection_entries_are_named_as_placed_by_the_sites_routes():
    assert _url_problems("astro") == {
        "konten/berita/panen-raya.md": [ASTRO.format("konten/berita")],  # a glob() loader's base
        "konten/berita/perbaikan-jalan.md": [ASTRO.format("konten/berita")],
        "src/content/halaman/sejarah.md": [ASTRO.format("src/content/halaman")],
        "src/pages/tentang.md": [],
        "src/pages/_arsip/catatan.md": [],  # (no page: Astro leaves _ files out of its routes)
    }


def test_gatsby_source_pages_are_named_as_placed_by_the_sites_code():
    assert _url_problems("gatsby") == {
        "arsip-resep/sambal-lado-mudo.md": [GATSBY.format("arsip-resep")],
        "content/blog/resep-rendang/index.md": [GATSBY.format("content/blog")],
    }


def test_an_astro_2_collection_in_src_content_is_named_too(tmp_path):
    """Astro 2–4 collections have no loader: each is a folder of ``src/content/``."""
    page = tmp_path / "src" / "content" / "blog" / "rapat-warga.md"
    page.parent.mkdir(parents=True)
    page.write_text("---\ntitle: Rapat Warga\n---\n\nRapat warga digelar di balai desa.\n", encoding="utf-8")
    (tmp_path / "astro.config.mjs").write_text("export default defineConfig({ site: 'https://kabar.sukamaju.id' })\n", encoding="utf-8")
    (document,) = read_documents([str(tmp_path)], IngestOptions(workers=1), IngestReport())
    assert (document.url, [problem.reason for problem in document.problems]) == (None, [ASTRO.format("src/content")])
