"""Day/month order of numeric dates decided per collection (a date key within an input root)."""

from arsip.ingest.pipeline import read_documents


def _site(root, dates):
    for number, value in enumerate(dates):
        (root / f"halaman-{number}.md").write_text(f"---\ntitle: Halaman {number}\nms.date: {value}\n---\nIsi halaman.\n", encoding="utf-8")


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
