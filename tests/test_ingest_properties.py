"""Property tests: arbitrary input never crashes ingest; repair is idempotent.

Each example parses YAML or runs the whole pipeline, whose time depends on how busy the
machine is (one took 412 ms on a loaded 2-core machine), so these tests set no deadline.
"""

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.mojibake import repair_text

RECORD_TYPES = {"id": str, "title": str, "text": str, "fields": dict, "repairs": list, "problems": list}


def _check_record(result):
    assert result.failure is not None or result.skipped or result.documents or result.left_out  # every file has an outcome the summary counts
    for document in result.documents:
        record = document.to_record()
        for key, kind in RECORD_TYPES.items():
            assert isinstance(record[key], kind)
        assert record["date"] is None or isinstance(record["date"], str)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000), st.sampled_from(["a.md", "a.txt", "a.html", "a.xml", "a"]))
def test_arbitrary_bytes_never_crash(data, name):
    _check_record(ingest_bytes(data, name, name))


scalars = st.one_of(st.text(max_size=40), st.integers(), st.floats(allow_nan=False), st.booleans(), st.none(), st.dates())
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=12)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["title", "date", "tanggal", "categories", "tags", "author", "judul", "x"]) | st.text(max_size=8), values, max_size=8), st.text(max_size=300))
def test_arbitrary_front_matter_never_crashes(front, body):
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n" + body
    _check_record(ingest_bytes(text.encode("utf-8", "surrogatepass"), "a.md", "a.md"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_repair_is_idempotent(text):
    once = repair_text(text).text
    assert repair_text(once).text == once


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aeiou –“”’éÃ©â€Â\n*_#[]()!{}%<>&;"), max_size=300))
def test_arbitrary_markdown_never_crashes(body):
    _check_record(ingest_bytes(body.encode("utf-8"), "a.md", "a.md"))
