"""An Astro collection whose schema is a constant of its content configuration
(``const baseSchema = z.object({...})``; ``schema: baseSchema``, ``schema: ({ image }) =>
baseSchema.extend({...})``, a constant built on another) takes the draft default of that
constant, as Zod fills it in; a default the collection writes itself wins, and code outside
the ``defineCollection({...})`` call is no collection's own
(ingest/sites/javascript/docs_sites.py ``drafts_by_default``)."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions
from arsip.ingest.sites.javascript.config import Spans
from arsip.ingest.sites.javascript.docs_sites import drafts_by_default

SITE = Path(__file__).parent / "data" / "astro-shared-schema"


def _drafts() -> dict[str, bool]:
    documents = read_documents([str(SITE)], IngestOptions(include_drafts=True))
    return {document.id.removeprefix("src/content/"): document.draft for document in documents}


def test_collections_sharing_a_schema_constant_take_its_draft_default():
    assert _drafts() == {
        "berita/banjir-di-hilir.md": False,  # (draft: false written)
        "berita/rencana-bendungan.md": True,  # (baseSchema.extend, in an arrow function)
        "opini/menjaga-sungai.md": True,  # (opiniSchema, built on baseSchema)
        "catatan/rapat-rt.md": False,  # (its own default(false) wins)
    }


def test_a_constant_between_two_collections_is_neither_s_own():
    text = (
        'const karya = defineCollection({ loader: glob({ base: "./src/karya" }), schema: z.object({ title: z.string() }) });\n'
        "const jurnalSchema = z.object({ draft: z.boolean().default(true) });\n"
        'const jurnal = defineCollection({ loader: glob({ base: "./src/jurnal" }), schema: jurnalSchema });\n'
    )
    assert drafts_by_default(text, "src") == (("src/jurnal", "draft"),)


def test_the_shorthand_schema_names_its_constant():
    text = (
        "const schema = z.object({ published: z.boolean().optional().default(false) })\n"
        'export const collections = { blog: defineCollection({ loader: glob({ base: "./src/blog" }), schema }) }\n'
    )
    assert drafts_by_default(text, "src") == (("src/blog", "published"),)


def test_spans_skip_brackets_in_strings_and_comments():
    text = 'const a = f("(", /* ) */ 1)\nconst b = 2;\ng(")")'
    assert {name: text[start:end] for name, (start, end) in Spans(text).bindings().items()} == {"a": 'f("(", /* ) */ 1)\n', "b": "2"}
    assert [text[start:end] for start, end in Spans(text).calls("g")] == ['g(")")']
