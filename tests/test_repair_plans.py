"""Repairs as data: each reported span pairs its own damage with its own repair, its plan
replays, lossy repairs are refused, and every repair lands on the document that has it."""

import json
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from arsip.cli.main import arsip
from arsip.ingest.pipeline import ingest_bytes
from arsip.repair.files import plan_file
from arsip.ingest.mojibake import replay, repair_text

from .conftest import SAMPLES
from .test_mojibake import CLEAN_LINES, DAMAGE


def _apply_spans(text: str, repairs) -> str:
    """Put each reported repair in place of its damaged span, from the end of each line."""
    lines = text.split("\n")
    for repair in sorted(repairs, key=lambda r: (r.line, -r.column)):
        line, start = lines[repair.line - 1], repair.column - 1
        assert line[start : start + len(repair.before)] == repair.before
        lines[repair.line - 1] = line[:start] + repair.after + line[start + len(repair.before) :]
    return "\n".join(lines)


def test_every_recorded_plan_replays_on_its_before():
    recorded = []
    for path in sorted(SAMPLES.iterdir()):
        for document in ingest_bytes(path.read_bytes(), path.name, path.name).documents:
            recorded += document.repairs
    for damage in DAMAGE.values():
        recorded += repair_text(damage("\n".join(CLEAN_LINES))).repairs
    recorded += repair_text("Target:Â Pemerhati dan Hak &amp; kewajiban", entities=True).repairs
    assert len(recorded) > 50 and any(step[0] == "arsip" for r in recorded for step in r.steps)
    for repair in recorded:
        assert replay(repair.before, repair.steps) == repair.after, repair


WORDS = ["Pelatihan", "jurnalisme", "warga", "di", "Yogyakarta", "kafé", "“media”", "buruh–tani", "‘akhir’", "Rp 5.000", "—", "naïf", "(AJI)"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([None, *DAMAGE])), min_size=1, max_size=40), st.sampled_from([" ", "\n", ", "]))
def test_applying_the_reported_spans_gives_exactly_the_written_file(words, separator):
    text = separator.join(DAMAGE[damage](word) if damage else word for word, damage in words)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dokumen.md"
        path.write_bytes(text.encode("utf-8"))
        plan = plan_file(str(path))
    written = (plan.repaired or plan.original).decode("utf-8")
    assert _apply_spans(text, plan.repairs) == written


def test_report_pairs_each_span_with_its_own_repair():
    line = "Target:Â Pemerhati (user) dan â€˜kataâ€™ lalu cafÃ© serta â€“ akhir"
    result = repair_text(line)
    pairs = [(r.before, r.after) for r in result.repairs]
    assert pairs == [("Â ", "\u00a0"), ("â€˜kataâ€™", "‘kata’"), ("Ã©", "é"), ("â€“", "–")]
    assert _apply_spans(line, result.repairs) == result.text


def test_a_lost_no_break_space_is_restored_but_latin1_words_are_kept():
    for damaged in ("Target:Â Pemerhati", "Peserta (Mergi)Â serta warga"):  # forms ftfy leaves alone
        result = repair_text(damaged)
        assert result.text == damaged.replace("Â ", "\u00a0")
        assert [(r.before, r.after, r.steps) for r in result.repairs] == [("Â ", "\u00a0", [["arsip", "restore_lost_nbsp"]])]
    latin1 = "Âge d'or du CHÂTEAU Â la carte"
    assert repair_text(latin1).text == latin1
    assert repair_text("ÉTÂ ÉTÉ").text == "ÉTÂ ÉTÉ"


def test_lost_no_break_space_in_ingest_and_repair(tmp_path):
    path = tmp_path / "hibah.md"
    path.write_bytes("---\ntitle: Hibah\n---\n\nTarget:Â Pemerhati media\n".encode("utf-8"))
    document = ingest_bytes(path.read_bytes(), "hibah.md", "hibah.md").documents[0]
    assert document.text.replace("\u00a0", " ") == "Target: Pemerhati media"
    assert CliRunner().invoke(arsip, ["repair", "--write", "--no-backup", str(path)]).exit_code == 0
    assert path.read_text(encoding="utf-8").endswith("Target:\u00a0Pemerhati media\n")


def test_lossy_and_non_improving_repairs_are_reported_not_written(tmp_path):
    text = "Judul\n\nKata Ã¢ï¿½ï¿½ hilang dan \x80\x99 sisa, lalu cafÃ© diperbaiki\n"
    result = repair_text(text)
    assert [(u.before, u.attempt) for u in result.unrepairable] == [("Ã¢ï¿½ï¿½", "\ufffd"), ("\x80\x99", "€™")]
    assert "lossy" in result.unrepairable[0].reason and "lost its first byte" in result.unrepairable[1].reason
    assert result.text == text.replace("cafÃ©", "café")
    path = tmp_path / "rusak.txt"
    path.write_bytes(text.encode("utf-8"))
    report = CliRunner().invoke(arsip, ["repair", str(path)])
    assert f"{path}:3:6: 'Ã¢ï¿½ï¿½' unrepairable, left as it was (lossy" in report.stdout
    assert "2 damaged spans unrepairable" in report.stderr
    document = ingest_bytes(path.read_bytes(), "rusak.txt", "rusak.txt").documents[0]
    assert sum("left as it was" in p.reason for p in document.problems) == 2


def test_repair_json_and_the_record_carry_the_steps(tmp_path):
    path = tmp_path / "berita.md"
    path.write_bytes("---\ntitle: Berita\n---\n\nPertanyaanâ€“pertanyaan\n".encode("utf-8"))
    records = [json.loads(line) for line in CliRunner().invoke(arsip, ["repair", "--json", str(path)]).stdout.splitlines()]
    assert records[0]["repairs"][0]["steps"] == [["encode", "sloppy-windows-1252"], ["decode", "utf-8"]]
    record = ingest_bytes(path.read_bytes(), "berita.md", "berita.md").documents[0].to_record()
    assert record["repairs"][0]["steps"] == [["encode", "sloppy-windows-1252"], ["decode", "utf-8"]]
    assert "explanation" not in record["repairs"][0]


WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Situs</title>
<item><title>Pelatihan</title>
<content:encoded><![CDATA[<p>Pelatihan untuk buruh.</p>]]></content:encoded>
<wp:post_id>1</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
</item>
<item><title>Laporan</title>
<content:encoded><![CDATA[<p>Laporan â€“ akhir dari kafÃ© <item>kutipan</item></p>]]></content:encoded>
<wp:post_id>2</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
</item>
</channel></rss>
"""


def test_each_wordpress_repair_belongs_to_the_item_that_has_it():
    first, second = ingest_bytes(WXR.encode("utf-8"), "export.xml", "export.xml").documents
    assert first.repairs == []
    assert [(r.before, r.after) for r in second.repairs] == [("â€“", "–"), ("Ã©", "é")]
    assert "Laporan – akhir dari kafé" in second.text


def test_show_gives_the_steps_as_data_and_prints_them_for_a_person(tmp_path):
    site = tmp_path / "situs"
    site.mkdir()
    (site / "berita.md").write_bytes("---\ntitle: Berita\n---\n\nPertanyaanâ€“pertanyaan\n".encode("utf-8"))
    index = tmp_path / "indeks"
    runner = CliRunner()
    assert runner.invoke(arsip, ["index", str(site), "--index", str(index)]).exit_code == 0
    record = json.loads(runner.invoke(arsip, ["show", "berita.md", "--index", str(index), "--json"]).stdout)
    assert record["repairs"][0]["steps"] == [["encode", "sloppy-windows-1252"], ["decode", "utf-8"]]
    shown = runner.invoke(arsip, ["show", "berita.md", "--index", str(index)]).stdout
    assert "'â€“' → '–' (encode sloppy-windows-1252, decode utf-8)" in shown
