"""Docsy's tabbed panes: a ``tab`` in a ``tabpane`` holds code Docsy highlights, kept
verbatim under the tab's label, unless the tab or its pane sets ``text=true``; then its
content is Markdown, as any paired shortcode's."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents

SITE = Path(__file__).parent / "data" / "hugo-docsy-tabs"


def test_tabs_of_code_are_code_and_tabs_of_text_are_text():
    [page] = read_documents([str(SITE)])
    assert page.text == (
        "Jalankan perintah berikut di server desa:\n\n"
        "Perintah:\nbash\n\n"
        "# unduh paket terbaru\ncurl -LO https://unduh.contoh.id/sidesa.tar.gz\ntar -xzf sidesa.tar.gz\n\n"
        "PHP\n\n<?php\necho 'Selamat datang di **SIDesa**';\n?>\n\n"
        "Ubuntu\nPasang dengan apt, lalu mulai ulang layanan.\n\n"
        "Catatan\nSimpan salinan basis data setiap minggu.\n\n"
        'yaml\n\ncadangan:\n  jadwal: "**mingguan**"'
    )
    assert page.problems == []
