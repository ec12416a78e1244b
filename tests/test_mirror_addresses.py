"""A page of a crawler's mirror that names no address, or one relative to itself, is at the
address its host folder and place give (wget -m's www.host.id/…), marked as inferred; copies of
it under other names stay copies."""

import shutil
import zipfile
from pathlib import Path

from arsip.ingest.duplicates import DUPLICATE
from arsip.ingest.pipeline import read_documents
from arsip.ingest.readers.mirror_address import INFERRED, mirror_address
from arsip.ingest.results import IngestReport

MIRROR = Path(__file__).parent / "data" / "wget-mirror"
HOST = MIRROR / "www.desa-sukamaju.id"
#: Each page of the mirror and the address it is given.
ADDRESSES = {
    # links to itself without .html (its share link): wget -E's .html is dropped
    "artikel/2023/05/gotong-royong-saluran-irigasi.html": "https://www.desa-sukamaju.id/artikel/2023/05/gotong-royong-saluran-irigasi",
    # its share link is %-escaped: nothing says the .html is wget's, the saved name is kept
    "artikel/2023/05/posyandu-balita-mei.html": "https://www.desa-sukamaju.id/artikel/2023/05/posyandu-balita-mei.html",
    "index.php?p=12.html": "https://www.desa-sukamaju.id/index.php?p=12",  # the .html after a query is wget's
    "profil/index.html": "http://www.desa-sukamaju.id/profil/",  # a folder's page; its links name http
    "profil/sejarah-desa.html": "https://www.desa-sukamaju.id/profil/sejarah-desa",
    "berita/musim-tanam/index.html": "https://www.desa-sukamaju.id/berita/musim-tanam/",  # its canonical link: /berita/musim-tanam/
}


def _read(*inputs, report=None):
    report = report if report is not None else IngestReport()
    return {document.source.replace("\\", "/").split("www.desa-sukamaju.id/")[-1]: document for document in read_documents([str(path) for path in inputs], report=report)}


def test_a_page_without_an_address_is_at_its_host_folders_address_marked_as_inferred():
    documents = _read(MIRROR)
    assert {place: document.url for place, document in documents.items()} == ADDRESSES
    for place, document in documents.items():
        [problem] = [problem for problem in document.problems if problem.field == "url"]  # (its tags: see test_site_keywords)
        assert INFERRED in problem.reason
        assert ("relative to itself (/berita/musim-tanam/)" in problem.reason) == place.startswith("berita/")
        assert "folder www.desa-sukamaju.id/" in problem.reason
        assert ("the saved name's .html kept" in problem.reason) == place.endswith("posyandu-balita-mei.html")


def test_the_host_folder_given_itself_or_zipped_gives_the_same_addresses(tmp_path):
    archive = tmp_path / "cadangan.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted(MIRROR.rglob("*.html")):
            zipped.write(path, path.relative_to(MIRROR).as_posix())
    assert {place: document.url for place, document in _read(HOST).items()} == ADDRESSES
    zipped_urls = {document.id.split("www.desa-sukamaju.id/")[-1]: document.url for document in read_documents([str(archive)], report=IngestReport())}
    assert zipped_urls == ADDRESSES


def test_a_folder_not_named_after_a_host_gives_no_address(tmp_path):
    shutil.copytree(HOST, tmp_path / "situs desa")
    documents = list(read_documents([str(tmp_path / "situs desa")], report=IngestReport()))
    assert {document.url for document in documents} == {None, "/berita/musim-tanam/"}  # as the pages give them
    assert all(document.problems == [] for document in documents if document.url is None)
    (relative,) = (document for document in documents if document.url)
    assert [problem.field for problem in relative.problems] == ["url"] and "relative to itself (/berita/musim-tanam/)" in relative.problems[0].reason


def test_a_page_saved_under_two_names_is_still_one_document(tmp_path):
    shutil.copytree(HOST, tmp_path / "www.desa-sukamaju.id")
    page = tmp_path / "www.desa-sukamaju.id" / "profil" / "sejarah-desa.html"
    (page.parent / "sejarah-desa").mkdir()
    shutil.copy(page, page.parent / "sejarah-desa" / "index.html")  # /profil/sejarah-desa/ beside /profil/sejarah-desa
    report = IngestReport()
    documents = list(read_documents([str(tmp_path)], report=report))
    assert len(documents) == len(ADDRESSES) and report.skipped[DUPLICATE] == 1


def test_windows_names_and_ports_and_pages_without_links():
    page = "<html><body><p>Rapat koordinasi.</p></body></html>"
    found = mirror_address("www.desa-sukamaju.id+8080/index.php@p=12.html", "/arsip/www.desa-sukamaju.id+8080/index.php@p=12.html", page)
    assert found.url == "https://www.desa-sukamaju.id:8080/index.php?p=12"
    assert "https assumed" in found.reason
    folder = mirror_address("sukamaju.desa.id/Berita Desa/index.html", "/arsip/sukamaju.desa.id/Berita Desa/index.html", page)
    assert folder.url == "https://sukamaju.desa.id/Berita%20Desa/"
    assert mirror_address("v1.2/index.html", "/arsip/v1.2/index.html", page) is None  # a version, not a host
    assert mirror_address("index.html", "/arsip/situs/index.html", page) is None
