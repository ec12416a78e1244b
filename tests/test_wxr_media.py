"""Media in a WordPress post as WordPress shows it: the file block's link without its
download button, an image's alt text only when it is more than its file's name, and a
caption said once."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions

from .conftest import DATA

EXPORT = DATA / "wxr" / "media-pos.xml"


def _texts() -> dict[str, str]:
    result = ingest_bytes(EXPORT.read_bytes(), EXPORT.name, str(EXPORT), IngestOptions())
    assert all(document.problems == [] for document in result.documents)
    return {document.fields["post_id"]: document.text for document in result.documents}


def test_a_file_block_shows_the_files_link_without_its_download_button():
    assert _texts()["21"] == "Hasil musyawarah desa dapat diunduh di bawah ini.\n\nNotulen musyawarah"


def test_an_alt_text_that_is_only_the_images_file_name_is_not_text():
    # WordPress names an upload after its file (IMG_20230201_081530-1024x768.jpg is a copy of
    # IMG_20230201_081530.jpg); a real alt text stays
    assert _texts()["22"] == "Warga membersihkan halaman balai desa bersama-sama.\n\nBalai desa yang baru dicat"


def test_an_alt_text_the_caption_already_says_is_read_once():
    texts = _texts()
    # [caption]: the text after the image is the caption
    assert texts["23"] == "Jembatan gantung di atas Sungai Cimanuk"
    # the block editor's gallery: each image's figcaption; an alt text it does not say stays
    assert texts["24"] == "Sawah menguning\n\nPetani memanen padi\n\nPak Darto memanen padi di sawah timur\n\nPanen raya 2023"
