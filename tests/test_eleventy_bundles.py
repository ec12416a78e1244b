"""Eleventy's bundle shortcodes (eleventy-plugin-bundle, in Eleventy 3's core: ``{% css %}…
{% endcss %}``, ``{% js %}``, ``{% html %}``, a bucket name after it or not) put their content
into a bundle the layout outputs elsewhere: a page shows nothing of it at its place, in
Markdown and in a Nunjucks template alike, and no problem names them (tests/data/eleventy-bundles)."""

from .conftest import DATA, read_by_id

SITE = DATA / "eleventy-bundles"


def test_bundle_shortcodes_show_nothing_of_their_content():
    documents, _ = read_by_id(SITE, workers=1)
    texts = {key: (document.text, document.problems) for key, document in documents.items()}
    assert texts == {
        "peta-desa.md": ("Peta ini menunjukkan batas dusun, balai desa dan posyandu di Desa Sukamaju.", []),
        "kontak.njk": ("Hubungi kantor desa setiap hari kerja pukul 08.00–14.00.", []),
    }
