"""An Astro site's content-collection entries published by a simple dynamic route of its
pages (``src/pages/berita/[...slug].astro`` whose ``getStaticPaths`` reads one collection
and gives each entry's ``id`` as the parameter) have the address that route gives them:
the route's folder, then the entry's slug (its front matter ``slug``, else its path in the
collection, each part made a slug as Astro does). An entry a route computes its address of
keeps no url and a ``url`` problem (tests/data/astro-entry-routes)."""

import shutil
from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import zip_of
from .test_coded_addresses import ASTRO

SITE = Path(__file__).parent / "data" / "astro-entry-routes"
BASE = "https://kabar.sukamaju.id/"
#: Each entry: its url, and its url problems.
ENTRIES = {
    "src/data/berita/panen-raya.md": (BASE + "berita/panen-raya/", []),
    "src/data/berita/2024/Rapat Warga.md": (BASE + "berita/2024/rapat-warga/", []),  # [...slug] holds the folder
    "src/data/berita/jalan.md": (BASE + "berita/jalan-desa-baru/", []),  # slug: jalan-desa-baru
    "src/data/agenda/kerja-bakti.md": (None, [ASTRO.format("src/data/agenda")]),  # params: { slug: `${entry.data.tanggal}-${entry.id}` }
}


def _entries(path, prefix: str = "") -> dict[str, tuple]:
    documents = read_documents([str(path)], IngestOptions(workers=1), IngestReport())
    return {document.id.removeprefix(prefix): (document.url, [problem.reason for problem in document.problems if problem.field == "url"]) for document in documents}


def test_entries_are_published_where_their_route_puts_them():
    assert _entries(SITE) == ENTRIES


def test_an_archived_site_places_them_the_same(tmp_path):
    archive = zip_of(SITE, tmp_path / "kabar.zip", "kabar-main/")
    assert _entries(archive, "kabar.zip!/kabar-main/") == ENTRIES


def test_an_astro_4_collection_route_gives_each_entry_its_slug(tmp_path):
    """Astro 2–4: a collection is a folder of ``src/content/``, its entries' ``slug`` the
    route's parameter; a ``[slug]`` cannot hold an entry of a subfolder (its slug has a ``/``)."""
    for path, text in {
        "astro.config.mjs": "export default defineConfig({ site: 'https://kabar.sukamaju.id' })\n",
        "src/content/config.ts": "const blog = defineCollection({ type: 'content' });\nexport const collections = { blog };\n",
        "src/pages/blog/[slug].astro": "---\nexport async function getStaticPaths() {\n  const posts = await getCollection('blog');\n"
        "  return posts.map((entry) => ({ params: { slug: entry.slug }, props: { entry } }));\n}\n---\n",
        "src/content/blog/Musim Tanam.md": "---\ntitle: Musim Tanam\n---\n\nPetani mulai menanam jagung.\n",
        "src/content/blog/2023/lama.md": "---\ntitle: Arsip Lama\n---\n\nCatatan tahun lalu.\n",
    }.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    assert _entries(tmp_path) == {
        "src/content/blog/Musim Tanam.md": (BASE + "blog/musim-tanam/", []),
        "src/content/blog/2023/lama.md": (None, [ASTRO.format("src/content")]),
    }


def test_a_computed_site_address_is_named_on_the_entries_a_route_places(tmp_path):
    """AstroPaper's ``site: SITE.website``: where the route puts an entry is known, the
    site's address is not, as for its ``src/pages/`` pages."""
    site = tmp_path / "kabar"
    shutil.copytree(SITE, site)
    config = site / "astro.config.mjs"
    config.write_text(config.read_text(encoding="utf-8").replace('site: "https://kabar.sukamaju.id",', "site: SITE.website,"), encoding="utf-8")
    url, problems = _entries(site)["src/data/berita/panen-raya.md"]
    assert url is None and problems == ["astro.config.mjs computes site (SITE.website): where the site publishes its pages is not known"]
