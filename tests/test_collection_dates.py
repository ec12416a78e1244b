"""Day/month order of numeric dates decided per collection (a date key within a site: an
input root, a site folder inside it, or an archive)."""

import json

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest import pipeline
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions

from .conftest import tar_of


def _site(root, dates):
    for number, value in enumerate(dates):
        (root / f"halaman-{number}.md").write_text(f"---\ntitle: Halaman {number}\ntanggal: {value}\n---\nIsi halaman.\n", encoding="utf-8")


def _dates(root):
    return {document.id: (document.date, [p.reason for p in document.problems]) for document in read_documents([str(root)])}


def test_one_value_over_12_decides_the_order_of_the_whole_collection(tmp_path):
    _site(tmp_path, ["05/07/2021", "08/27/2021"])
    assert _dates(tmp_path) == {"halaman-0.md": ("2021-05-07", []), "halaman-1.md": ("2021-08-27", [])}


def test_day_first_evidence(tmp_path):
    _site(tmp_path, ["05/07/2021", "27.08.2021"])
    assert _dates(tmp_path)["halaman-0.md"] == ("2021-07-05", [])


def test_no_evidence_uses_the_site_language_and_says_so(tmp_path):
    _site(tmp_path, ["05/07/2021", "03-04-2021"])
    (tmp_path / "hugo.toml").write_text('baseURL = "https://contoh.id/"\nlanguageCode = "en-us"\n', encoding="utf-8")
    found = _dates(tmp_path)
    assert found["halaman-0.md"][0] == "2021-05-07" and found["halaman-1.md"][0] == "2021-03-04"
    assert all("ambiguous (no value of it shows the order); read month-first" in reasons[0] for _, reasons in found.values())


def test_evidence_both_ways_falls_back_to_day_first_for_indonesian(tmp_path):
    _site(tmp_path, ["05/07/2021", "27/08/2021", "08/27/2021"])
    found = _dates(tmp_path)
    assert found["halaman-0.md"][0] == "2021-07-05"
    assert "evidence both ways" in found["halaman-0.md"][1][0]


def _indexed(directory, ids):
    found = {}
    for doc_id in ids:
        [record] = get_records(directory, doc_id)
        found[doc_id] = (record["date"], [reason for field, reason in ((p["field"], p["reason"]) for p in record["problems"]) if field == "date"])
    return found


def test_the_index_keeps_the_evidence_and_rereads_documents_when_the_verdict_changes(tmp_path):
    site, directory = tmp_path / "situs", tmp_path / "indeks"
    site.mkdir()
    _site(site, ["05/07/2021", "03/04/2021"])  # all ambiguous: Indonesian default, day-first
    (site / "sama.md").write_text("---\ntitle: Sama\ntanggal: 05/05/2021\n---\nIsi.\n", encoding="utf-8")  # either order: never read again
    index_paths(directory, [str(site)])
    ids = ["halaman-0.md", "halaman-1.md"]
    before = _indexed(directory, ids)
    assert [date for date, _ in before.values()] == ["2021-07-05", "2021-04-03"]
    assert all("no value of it shows the order); read day-first" in reasons[0] for _, reasons in before.values())

    (site / "halaman-2.md").write_text("---\ntitle: Halaman 2\ntanggal: 05/27/2021\n---\nIsi.\n", encoding="utf-8")
    run = index_paths(directory, [str(site)])  # one new file, month-first: the others are read again
    assert (run.added, run.updated, run.unchanged) == (1, 2, 1)
    assert run.ingest.date_orders == {str(site): {"orders": {"tanggal": "month-first"}, "files_read_again": 2}}
    assert _indexed(directory, ids) == {"halaman-0.md": ("2021-05-07", []), "halaman-1.md": ("2021-03-04", [])}

    (site / "halaman-3.md").write_text("---\ntitle: Halaman 3\ntanggal: 06/07/2021\n---\nIsi.\n", encoding="utf-8")
    run = index_paths(directory, [str(site)])  # read alone, dated by the evidence the index kept
    assert (run.added, run.updated, run.unchanged, run.ingest.date_orders) == (1, 0, 4, {})
    assert _indexed(directory, ["halaman-3.md"]) == {"halaman-3.md": ("2021-06-07", [])}

    (site / "halaman-2.md").unlink()  # the only evidence is gone: back to the site's default
    run = index_paths(directory, [str(site)])
    assert (run.removed, run.updated, run.ingest.date_orders[str(site)]["files_read_again"]) == (1, 3, 3)
    after = _indexed(directory, ids + ["halaman-3.md"])
    assert [date for date, _ in after.values()] == ["2021-07-05", "2021-04-03", "2021-07-06"]
    assert all("read day-first (the site's default)" in reasons[0] for _, reasons in after.values())
    assert index_paths(directory, [str(site)]).unchanged == 4


def test_evidence_of_a_file_that_cannot_be_read_now_is_kept(tmp_path):
    site, directory = tmp_path / "situs", tmp_path / "indeks"
    site.mkdir()
    _site(site, ["05/07/2021", "05/27/2021"])
    index_paths(directory, [str(site)])
    (site / "halaman-1.md").write_bytes(b"")  # now unreadable (empty): its documents and evidence stay
    (site / "halaman-2.md").write_text("---\ntitle: Halaman 2\ntanggal: 06/07/2021\n---\nIsi.\n", encoding="utf-8")
    run = index_paths(directory, [str(site)])
    assert run.ingest.date_orders == {} and run.failures
    assert _indexed(directory, ["halaman-2.md"]) == {"halaman-2.md": ("2021-06-07", [])}


def test_a_file_that_fails_when_read_again_keeps_its_documents_and_is_reported(tmp_path, monkeypatch):
    site, directory = tmp_path / "situs", tmp_path / "indeks"
    site.mkdir()
    _site(site, ["05/07/2021"])
    index_paths(directory, [str(site)])
    (site / "halaman-1.md").write_text("---\ntitle: Halaman 1\ntanggal: 05/27/2021\n---\nIsi.\n", encoding="utf-8")
    real_reread = pipeline._reread

    def emptying(path, ids, options):  # the file is emptied between the two passes
        (site / "halaman-0.md").write_bytes(b"")
        return real_reread(path, ids, options)

    monkeypatch.setattr(pipeline, "_reread", emptying)
    run = index_paths(directory, [str(site)])
    assert [failure.path for failure in run.failures] == [str(site / "halaman-0.md")]
    assert (run.ingest.files_seen, run.unchanged, run.removed) == (2, 0, 0)
    assert _indexed(directory, ["halaman-0.md"])["halaman-0.md"][0] == "2021-07-05"


def _post(folder, name, value):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"---\ntitle: {name}\ntanggal: {value}\n---\nIsi tulisan tentang panen.\n", encoding="utf-8")


def _two_sites(folder):
    """An Indonesian Jekyll site (day-first) beside an English-language US Hugo export
    (month-first) and the folder's own pages, all with an ambiguous ``05/07/2021``."""
    (folder / "situs-id").mkdir()
    (folder / "situs-id" / "_config.yml").write_text("title: Kabar Desa\nlang: id\n", encoding="utf-8")
    _post(folder / "situs-id" / "_posts", "2021-01-01-rapat.md", "05/07/2021")
    _post(folder / "situs-id" / "_posts", "2021-01-02-panen.md", "27/08/2021")
    (folder / "situs-us").mkdir()
    (folder / "situs-us" / "hugo.toml").write_text('baseURL = "https://news.harvestcounty.us/"\nlanguageCode = "en-us"\n', encoding="utf-8")
    _post(folder / "situs-us" / "content", "harvest.md", "05/07/2021")
    _post(folder / "situs-us" / "content", "meeting.md", "08/27/2021")
    _post(folder, "catatan.md", "05/07/2021")


def test_each_site_in_a_folder_has_its_own_day_month_order(tmp_path):
    _two_sites(tmp_path)
    found = _dates(tmp_path)
    assert found["situs-id/_posts/2021-01-01-rapat.md"] == ("2021-07-05", [])
    assert found["situs-us/content/harvest.md"] == ("2021-05-07", [])
    date, reasons = found["catatan.md"]  # the folder's own page: no evidence of its own
    assert date == "2021-07-05" and "no value of it shows the order); read day-first" in reasons[0]


def test_an_archive_is_a_site_of_its_own_for_the_day_month_order(tmp_path):
    _post(tmp_path, "berita.md", "05/07/2021")
    _post(tmp_path, "kabar.md", "27/08/2021")
    dates = {"harvest.md": "05/07/2021", "meeting.md": "08/27/2021"}
    tar_of({name: f"---\ntitle: {name}\ntanggal: {value}\n---\nHarvest news.\n" for name, value in dates.items()}, tmp_path / "us-export.tar.gz", "export/")
    found = _dates(tmp_path)
    assert found["berita.md"] == ("2021-07-05", [])
    assert found["us-export.tar.gz!/export/harvest.md"] == ("2021-05-07", [])


def test_the_site_verdicts_are_the_same_with_several_workers(tmp_path, monkeypatch):
    _two_sites(tmp_path)
    (tmp_path / "situs-us" / "hugo.toml").write_text('baseURL = "https://news.harvestcounty.us/"\n', encoding="utf-8")  # its evidence decides
    for number in range(6):
        _post(tmp_path / "situs-us" / "content", f"report-{number}.md", f"0{number + 1}/0{number + 2}/2020")
        _post(tmp_path / "situs-id" / "berita", f"laporan-{number}.md", f"0{number + 1}/0{number + 2}/2020")
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 4)  # workers for a handful of files
    one = [document.to_record() for document in read_documents([str(tmp_path)], IngestOptions(workers=1))]
    two = [document.to_record() for document in read_documents([str(tmp_path)], IngestOptions(workers=2))]
    assert one == two
    dates = {record["id"]: record["date"] for record in one}
    assert dates["situs-us/content/report-0.md"] == "2020-01-02" and dates["situs-id/berita/laporan-0.md"] == "2020-02-01"


def _jekyll_sites(folder, pages):
    """Jekyll site folders in ``folder``: folder name → (page name, its ``tanggal``)."""
    for site, (name, value) in pages.items():
        _post(folder / site, name, value)
        (folder / site / "_config.yml").write_text(f"title: {site}\n", encoding="utf-8")


def test_an_index_rereads_only_the_site_whose_verdict_changed(tmp_path):
    folder, directory = tmp_path / "ekspor", tmp_path / "indeks"
    _jekyll_sites(folder, {"situs-a": ("rapat.md", "05/07/2021"), "situs-b": ("panen.md", "05/07/2021")})
    index_paths(directory, [str(folder)])
    assert [date for date, _ in _indexed(directory, ["situs-a/rapat.md", "situs-b/panen.md"]).values()] == ["2021-07-05", "2021-07-05"]

    _post(folder / "situs-b", "pasar.md", "05/27/2021")  # situs-b is month-first now; situs-a is not
    run = index_paths(directory, [str(folder)])
    assert (run.added, run.updated, run.unchanged) == (1, 1, 1)  # situs-a/rapat.md is not read again
    assert run.ingest.date_orders == {str(folder / "situs-b"): {"orders": {"tanggal": "month-first"}, "files_read_again": 1}}
    assert _indexed(directory, ["situs-a/rapat.md", "situs-b/panen.md"]) == {
        "situs-a/rapat.md": ("2021-07-05", ["front matter tanggal '05/07/2021' is ambiguous (no value of it shows the order); read day-first (the site's default)"]),
        "situs-b/panen.md": ("2021-05-07", []),
    }
    assert index_paths(directory, [str(folder)]).unchanged == 3


def test_a_folder_that_becomes_a_site_takes_its_evidence_with_it(tmp_path):
    folder, directory = tmp_path / "ekspor", tmp_path / "indeks"
    _post(folder, "rapat.md", "05/07/2021")
    _post(folder / "lama", "pasar.md", "05/27/2021")  # month-first evidence for the whole folder
    index_paths(directory, [str(folder)])
    assert _indexed(directory, ["rapat.md"])["rapat.md"][0] == "2021-05-07"

    (folder / "lama" / "_config.yml").write_text("title: Arsip Lama\n", encoding="utf-8")
    run = index_paths(directory, [str(folder)])  # lama is a site of its own: rapat.md has no evidence left
    assert run.reread == {str(folder / "lama"): "now a site of its own"}
    assert run.ingest.date_orders == {str(folder): {"orders": {"tanggal": "none"}, "files_read_again": 1}}
    assert _indexed(directory, ["rapat.md", "lama/pasar.md"]) == {"rapat.md": ("2021-07-05", [_DEFAULT]), "lama/pasar.md": ("2021-05-27", [])}


_DEFAULT = "front matter tanggal '05/07/2021' is ambiguous (no value of it shows the order); read day-first (the site's default)"


def test_an_index_recorded_with_one_verdict_per_root_is_read_as_it_was_recorded(tmp_path):
    """An index written before sites had verdicts of their own recorded no site folders:
    its files were dated by the whole root's evidence, and are read again where their
    site's own verdict differs."""
    folder, directory = tmp_path / "ekspor", tmp_path / "indeks"
    _jekyll_sites(folder, {"situs-a": ("rapat.md", "05/07/2021"), "situs-b": ("pasar.md", "05/27/2021")})
    index_paths(directory, [str(folder)])
    roots_file = next(directory.glob("*roots*.json"))
    roots = json.loads(roots_file.read_text(encoding="utf-8"))
    roots[str(folder)].pop("date_sites")
    roots_file.write_text(json.dumps(roots), encoding="utf-8")  # as the older index records it
    run = index_paths(directory, [str(folder)])  # rapat.md was dated month-first by the whole root's evidence
    assert run.ingest.date_orders == {str(folder / "situs-a"): {"orders": {"tanggal": "none"}, "files_read_again": 1}}
    assert (run.updated, run.unchanged) == (1, 1)
    assert _indexed(directory, ["situs-a/rapat.md"])["situs-a/rapat.md"] == ("2021-07-05", [_DEFAULT])
    assert "date_sites" in json.loads(roots_file.read_text(encoding="utf-8"))[str(folder)]
