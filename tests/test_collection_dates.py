"""Day/month order of numeric dates decided per collection (a date key within an input root)."""

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest import pipeline
from arsip.ingest.pipeline import read_documents


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
