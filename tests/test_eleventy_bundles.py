"""Eleventy's bundle shortcodes (eleventy-plugin-bundle, in Eleventy 3's core: ``{% css %}…
{% endcss %}``, ``{% js %}``, ``{% html %}``, a bucket name after it or not) put their content
into a bundle the layout outputs elsewhere: a page shows nothing of it at its place, in
Markdown and in a Nunjucks template alike, and no problem names them (tests/data/eleventy-bundles).
So do the bundles a site's configuration adds (``addBundle("svg")``, a shortcode named by its
``shortcodeName`` option), and ``{% getBundle "svg" %}`` shows nothing without a problem; a
site's own shortcode of a bundle's name replaces the bundle (tests/data/eleventy-bundles-own)."""

from arsip.ingest.sites.eleventy_shortcodes import BUNDLE, NO_TEXT, UNKNOWN, configured_shortcodes

from .conftest import DATA, read_by_id, zip_of

SITE = DATA / "eleventy-bundles"
CONFIGURED = "shortcode(s) of the site's configuration removed (a paired one's content kept), what their code shows not known"


def _texts(site) -> dict:
    documents, _ = read_by_id(site, workers=1)
    return {key: (document.text, [problem.reason for problem in document.problems]) for key, document in documents.items()}


def test_bundle_shortcodes_show_nothing_of_their_content():
    assert _texts(SITE) == {
        "peta-desa.md": ("Peta ini menunjukkan batas dusun, balai desa dan posyandu di Desa Sukamaju.", []),
        "kontak.njk": ("Hubungi kantor desa setiap hari kerja pukul 08.00–14.00.", []),
        # (svg and ikon: bundles the configuration and the module it loads add; their symbols' titles are not the page's text)
        "layanan.md": ("Kantor desa melayani pembuatan surat pengantar untuk KTP dan kartu keluarga.", []),
    }


def test_a_zipped_site_reads_the_bundles_a_module_of_its_configuration_adds(tmp_path):
    texts = _texts(zip_of(SITE, tmp_path / "situs.zip", "situs-main/"))
    assert texts["situs.zip!/situs-main/layanan.md"] == ("Kantor desa melayani pembuatan surat pengantar untuk KTP dan kartu keluarga.", [])  # (ikon: _config/ikon.js)


def test_a_sites_own_shortcode_of_a_bundles_name_replaces_the_bundle():
    assert _texts(DATA / "eleventy-bundles-own") == {
        "ronda.md": (
            "Jadwal ronda malam dibagi per RT, mulai pukul 22.00.\n\nWarga yang berhalangan wajib mencari pengganti.",  # (html: its content in a box)
            [f"1 {CONFIGURED}: css (1)"],  # (css: minified by the site's code, in a <style> here)
        )
    }


def test_the_bundles_a_configuration_adds_are_read_with_their_shortcodes_names():
    config = (
        'c.addBundle("svg"); c.addBundle("ikon", { shortcodeName: "simbol", toFileDirectory: "dist" }); c.addBundle("js", { shortcodeName: false });\n'
        'c.addBundle("css"); c.addPairedShortcode("css", (kode) => minify(kode)); c.addPairedShortcode("html", (isi) => isi); c.addBundle("html");'
    )
    assert configured_shortcodes(config) == {"svg": BUNDLE, "simbol": BUNDLE, "css": UNKNOWN, "html": NO_TEXT}
