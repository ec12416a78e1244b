"""``{{< param KEY >}}`` shows what Hugo's ``Page.Param`` reads (ingest/sites/hugo/params.py):
the page's front matter (and its ``params`` table), else the site's parameters, its
language's over the configuration's."""

from arsip.ingest.pipeline import read_documents


def _texts(site) -> dict[str, str]:
    return {document.id: document.text for document in read_documents([str(site)])}


def _write(site, files: dict[str, str]) -> None:
    for name, text in files.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")


def test_a_param_falls_back_to_the_site_and_its_language(tmp_path):
    _write(tmp_path, {
        "hugo.toml": 'baseURL = "https://dokumen.contoh.id"\ndefaultContentLanguage = "en"\n'
        '[params]\nfullversion = "v1.30.2"\nrilis = "Maret"\n'
        '[languages.en]\nweight = 1\n[languages.id]\nweight = 2\ncontentDir = "content/id"\n[languages.id.params]\nrilis = "Juli"\n',
        "content/id/pasang.md": "---\ntitle: Memasang\n---\n"
        'Unduh versi {{< param "fullversion" >}} yang dirilis bulan {{< param rilis >}}.\n\n'
        "```\ncurl -LO https://contoh.id/rilis/{{< param \"fullversion\" >}}/bin/kubectl\n```\n",
        "content/id/panduan.md": "---\ntitle: Panduan\nparams:\n  minVersion: v0.112.0\n---\nPasang Hugo {{% param \"minVersion\" %}} atau lebih baru.\n",
    })
    texts = _texts(tmp_path)
    assert texts["content/id/pasang.md"] == (
        "Unduh versi v1.30.2 yang dirilis bulan Juli.\n\ncurl -LO https://contoh.id/rilis/v1.30.2/bin/kubectl"
    )
    assert texts["content/id/panduan.md"] == "Pasang Hugo v0.112.0 atau lebih baru."


def test_the_params_file_of_a_configuration_folder_is_read(tmp_path):
    _write(tmp_path, {
        "config/_default/hugo.yaml": "baseURL: https://catatan.contoh.id/\n",
        "config/_default/params.yaml": "penulis:\n  nama: Siti Aminah\n",
        "content/tentang.md": "---\ntitle: Tentang\n---\nCatatan ini ditulis oleh {{< param \"penulis.nama\" >}}.\n",
    })
    assert _texts(tmp_path)["content/tentang.md"] == "Catatan ini ditulis oleh Siti Aminah."


def test_asciidoc_and_org_pages_of_a_hugo_site_read_the_site_parameters_too(tmp_path):
    """Hugo runs shortcodes in every content format."""
    _write(tmp_path, {
        "hugo.toml": 'baseURL = "https://dokumen.contoh.id"\n[params]\nversi = "3.2"\n',
        "content/panduan.adoc": "---\ntitle: Panduan\n---\nPasang aplikasi desa versi {{< param versi >}}.\n",
        "content/catatan.org": "#+TITLE: Catatan\n\nRilis {{< param versi >}} sudah terbit.\n",
    })
    texts = _texts(tmp_path)
    assert texts["content/panduan.adoc"] == "Pasang aplikasi desa versi 3.2."
    assert texts["content/catatan.org"] == "Rilis 3.2 sudah terbit."
