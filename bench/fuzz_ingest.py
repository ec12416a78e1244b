"""Long-running fuzzing of ingest and repair (hypothesis), for a maintainer to run for minutes.

Feeds arbitrary bytes, arbitrary front matter and damaged Markdown to the ingest pipeline
and to line repair, in batches, until the time is up. Any exception other than the
documented outcomes (a document, a skip, a failure with a reason) is a finding: it is
printed with the input that caused it, and the script exits 1.

    python bench/fuzz_ingest.py --minutes 5
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import yaml  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from arsip.ingest.pipeline import ingest_bytes  # noqa: E402
from arsip.ingest.mojibake import repair_text  # noqa: E402

NAMES = st.sampled_from(["a.md", "a.txt", "a.html", "a.xml", "a"])
PIECES = list("aeiou –“”’éÃ©â€Â\n\r\t*_#[]()!{}%<>&;:|-+=`~\\\"'/\x00") + ["---\n", "{{ page.x }}", "{% x %}", "{: .c }", "<p>", "&amp;"]
MARKUP = st.lists(st.sampled_from(PIECES), max_size=200).map("".join)
SCALARS = st.one_of(st.text(max_size=30), st.integers(), st.floats(allow_nan=False), st.booleans(), st.none(), st.dates(), st.datetimes())
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=15)
FIELDS = st.dictionaries(st.sampled_from(["title", "date", "tanggal", "categories", "tags", "author", "judul", "kategori"]) | st.text(max_size=8), VALUES, max_size=8)


def check(result) -> None:
    """Every input ends as documents, a skip or a failure, or as items left out or unread with a reason."""
    assert result.failure is not None or result.skipped or result.documents or result.left_out or result.unread
    for document in result.documents:
        document.to_record()


def make_targets(batch: int):
    common = settings(max_examples=batch, deadline=None, database=None, suppress_health_check=list(HealthCheck))

    @common
    @given(st.binary(max_size=4000), NAMES)
    def arbitrary_bytes(data, name):
        check(ingest_bytes(data, name, name))

    @common
    @given(FIELDS, MARKUP)
    def arbitrary_front_matter(front, body):
        text = "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n" + body
        check(ingest_bytes(text.encode("utf-8", "surrogatepass"), "a.md", "a.md"))

    @common
    @given(MARKUP, NAMES)
    def arbitrary_markup(body, name):
        check(ingest_bytes(body.encode("utf-8", "surrogatepass"), name, name))

    @common
    @given(st.text(max_size=300))
    def repair_is_idempotent(text):
        once = repair_text(text).text
        assert repair_text(once).text == once

    return [arbitrary_bytes, arbitrary_front_matter, arbitrary_markup, repair_is_idempotent]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    deadline = time.monotonic() + args.minutes * 60
    runs = 0
    started = time.monotonic()
    while time.monotonic() < deadline:
        for target in make_targets(args.batch):
            try:
                target()
            except Exception as error:  # a finding: hypothesis attaches the failing example as notes
                print(f"FINDING in {target.__name__}: {type(error).__name__}: {error}")
                print("\n".join(getattr(error, "__notes__", ())))
                sys.exit(1)
            runs += args.batch
    print(f"{runs:,} examples in {time.monotonic() - started:.0f} s, no findings")


if __name__ == "__main__":
    main()
