"""Eleventy's bundle shortcodes (eleventy-plugin-bundle, in Eleventy 3's core: ``{% css %}…
{% endcss %}``, ``{% js %}``, ``{% html %}``, a bucket name after it or not) put their content
into a bundle the layout outputs elsewhere: a page shows nothing of it at its place, in
Markdown and in a Nunjucks template alike, and no problem names them (tests/data/eleventy-bundles).
So do the bundles a site's configuration adds (``addBundle("svg")``, a shortcode named by its
``shortcodeName`` option), and ``{% getBundle "svg" %}`` shows nothing without a problem; a
site's own shortcode of a bundle's name after it replaces the bundle (tests/data/eleventy-bundles-own), and one
after the other replaces each, in the order Eleventy runs them (plugins after the configuration).
No Eleventy has ``css``, ``js`` and ``html`` unless its configuration adds them (Eleventy 3
adds the plugin with no bundle; before 3 the plugin was a package of its own): a configuration
adding the plugin (``addPlugin(pluginBundle)``) adds the three, and a page using them where no
configuration arsip read adds them reads them as bundles with a problem saying so."""

from arsip.ingest.sites.eleventy import eleventy_settings, with_imported_shortcodes
from arsip.ingest.sites.eleventy_shortcodes import BUNDLE, NO_TEXT, UNKNOWN, configured_shortcodes

from .conftest import DATA, read_by_id, zip_of

SITE = DATA / "eleventy-bundles"
CONFIGURED = "shortcode(s) of the site's configuration removed (a paired one's content kept), what their code shows not known"
GUESSED = (
    "bundle shortcode(s) read as the bundle plugin's, their content not shown, though no configuration arsip read adds the plugin or the bundle "
    "(Eleventy has them only then)"
)
PAGE = "---\ntitle: Posyandu\n---\n{% css %}.jadwal { color: green; }{% endcss %}\nPosyandu buka setiap Selasa.\n{% js %}hitung();{% endjs %}{% js %}ulang();{% endjs %}\n"


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
    # (css: the site's shortcode after the bundle replaces it; html: the bundle after the site's shortcode replaces it, as addBundle adds its shortcode)
    assert configured_shortcodes(config) == {"svg": BUNDLE, "simbol": BUNDLE, "css": UNKNOWN, "html": BUNDLE}


def test_a_shortcode_defined_again_later_replaces_the_one_before_it_as_eleventy_runs_them():
    config = """import pluginBundle from "@11ty/eleventy-plugin-bundle";
function catatan(c) { c.addPairedShortcode("html", (isi) => `<div>${isi}</div>`); c.addShortcode("peta", (id) => `<b>${id}</b>`); }
export default function (c) {
  c.addPlugin(catatan);
  c.addPlugin((c) => { c.addShortcode("video", (id) => `<iframe src="${id}"></iframe>`); });
  c.addPlugin(pluginBundle);
  c.addPairedShortcode("css", (kode) => kode);
  c.addShortcode("peta", (id) => `<iframe src="${id}"></iframe>`);
  c.addShortcode("video", (judul) => `<h2>${judul}</h2>`);
  c.addPlugin((c) => c.addShortcode("sapa", () => "<hr>"), { immediate: true });
  c.addShortcode("sapa", (nama) => nama);
  c.addLiquidShortcode("lokasi", () => "<hr>");
  c.addNunjucksShortcode("lokasi", (nama) => nama);
  c.addShortcode("ikon", (nama) => nama);
  c.addLiquidShortcode("ikon", () => "<hr>");
  c.addNunjucksShortcode("ikon", () => "<br>");
}"""
    # (plugins run after the configuration's function, in the order added: catatan, the inline one, the bundle
    # plugin; an immediate one where it is added; a Liquid and a Nunjucks definition each replace the universal
    # one in their language only, and differ for lokasi)
    assert configured_shortcodes(config) == {
        "html": BUNDLE, "css": BUNDLE, "js": BUNDLE, "peta": UNKNOWN, "video": NO_TEXT, "sapa": UNKNOWN, "lokasi": UNKNOWN, "ikon": NO_TEXT,
    }


def test_the_bundle_plugin_a_configuration_adds_adds_css_js_and_html():
    required = 'const pluginBundle = require("@11ty/eleventy-plugin-bundle");\nmodule.exports = (c) => { c.addPlugin(pluginBundle, { bundles: ["svg"] }); };'
    imported = 'import bundle from "@11ty/eleventy-plugin-bundle";\nexport default function (c) { c.addPlugin(bundle, { bundles: false }); c.addBundle("js"); }'
    inline = 'module.exports = function (c) { c.namespace("desa_", () => { c.addPlugin(require("@11ty/eleventy-plugin-bundle")); }); };'
    assert configured_shortcodes(required) == dict.fromkeys(("css", "html", "js", "svg"), BUNDLE)
    assert configured_shortcodes(imported) == {"js": BUNDLE}  # (bundles: false: the plugin adds none)
    assert configured_shortcodes(inline) == dict.fromkeys(("desa_css", "desa_html", "desa_js"), BUNDLE)


def test_bundle_shortcodes_no_configuration_adds_are_read_as_bundles_with_a_problem(write, tmp_path):
    write("tanpa/package.json", '{"devDependencies": {"@11ty/eleventy": "^3.0.0"}}')
    write("plugin/eleventy.config.js", 'import pluginBundle from "@11ty/eleventy-plugin-bundle";\nexport default function (c) { c.addPlugin(pluginBundle); }')
    write("sebagian/eleventy.config.js", 'export default function (c) { c.addBundle("css"); }')
    for site in ("tanpa", "plugin", "sebagian"):
        write(f"{site}/posyandu.md", PAGE)
    text = "Posyandu buka setiap Selasa."
    assert _texts(tmp_path / "tanpa") == {"posyandu.md": (text, [f"3 {GUESSED}: css (1), js (2)"])}
    assert _texts(tmp_path / "plugin") == {"posyandu.md": (text, [])}
    assert _texts(tmp_path / "sebagian") == {"posyandu.md": (text, [f"2 {GUESSED}: js (2)"])}


def test_a_module_the_configuration_adds_as_a_plugin_replaces_its_shortcodes_of_the_same_name():
    settings = eleventy_settings("eleventy.config.js", 'import peta from "./_config/peta.js";\nexport default function (c) { c.addPlugin(peta); c.addShortcode("peta", (judul) => judul); }')
    module = 'export default function (c) { c.addShortcode("peta", (id) => `<iframe src="${id}"></iframe>`); }'
    read = {"_config/peta.js": module}.get
    assert dict(settings.shortcodes) == {"peta": UNKNOWN}
    assert dict(with_imported_shortcodes(settings, read).shortcodes) == {"peta": NO_TEXT}  # (the plugin runs after the configuration)
