"""An Astro site's content collection whose schema gives its draft key a draft's value by
default (``draft: z.boolean().default(true)``, ``published: z.boolean().default(false)``):
an entry whose front matter lacks the key is a draft, as Zod fills the default in
(ingest/sites/javascript/docs_sites.py ``drafts_by_default``)."""

import shutil
from pathlib import Path

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites.javascript.docs_sites import drafts_by_default

SITE = Path(__file__).parent / "data" / "astro-draft-defaults"


def _drafts(root: Path, **options) -> tuple[dict[str, bool], IngestReport]:
    report = IngestReport()
    documents = read_documents([str(root)], IngestOptions(**options), report)
    return {document.id.split("src/", 1)[-1]: document.draft for document in documents}, report


def test_an_entry_without_the_key_of_a_collection_defaulting_to_draft_is_a_draft():
    drafts, _ = _drafts(SITE, include_drafts=True)
    assert drafts == {
        "content/catatan/belajar-astro.md": False,  # (draft: z.boolean().default(false))
        "content/karya/aplikasi-posyandu.md": False,  # (draft: false written)
        "content/karya/peta-sawah.md": True,  # (draft: z.boolean().default(true))
        "data/blog/rencana-tahun-depan.md": True,  # (published: z.boolean().default(false))
        "data/blog/rilis-pertama.md": False,  # (published: true written)
    }


def test_drafts_are_left_out_unless_asked_for():
    published, report = _drafts(SITE)
    assert sorted(published) == ["content/catatan/belajar-astro.md", "content/karya/aplikasi-posyandu.md", "data/blog/rilis-pertama.md"]
    assert report.skipped["draft"] == 2


def test_the_site_in_an_archive_too(tmp_path):
    archive = shutil.make_archive(str(tmp_path / "portofolio"), "zip", SITE)
    assert sorted(_drafts(Path(archive))[0]) == ["content/catatan/belajar-astro.md", "content/karya/aplikasi-posyandu.md", "data/blog/rilis-pertama.md"]


def test_an_older_collection_is_named_by_its_variable_or_key():
    text = (
        'const posts = defineCollection({ type: "content", schema: z.object({ draft: z.boolean().default(true) }) })\n'
        "export const collections = {\n  posts,\n"
        '  jurnal: defineCollection({ type: "content", schema: z.object({ published: z.boolean().optional().default(false) }) }),\n'
        "}\n"
    )
    assert drafts_by_default(text, "src") == (("src/content/posts", "draft"), ("src/content/jurnal", "published"))


def test_a_collection_whose_folder_is_not_written_out_is_left_out():
    text = "const berita = defineCollection({ loader: glob({ pattern: '*.md', base: process.env.KONTEN }), schema: z.object({ draft: z.boolean().default(true) }) })"
    assert drafts_by_default(text, "src") == ()


def test_an_index_reads_the_site_again_when_the_schema_changes(tmp_path):
    site = tmp_path / "portofolio"
    shutil.copytree(SITE, site)
    directory = tmp_path / "indeks"
    index_paths(directory, [str(site)])
    assert get_records(directory, "src/content/karya/peta-sawah.md") == []
    config = site / "src" / "content.config.ts"
    config.write_text(config.read_text(encoding="utf-8").replace("draft: z.boolean().default(true)", "draft: z.boolean().optional()"), encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert str(site) in report.reread
    assert len(get_records(directory, "src/content/karya/peta-sawah.md")) == 1
