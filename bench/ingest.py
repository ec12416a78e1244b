"""Ingest speed and memory over the shared corpus, next to a floor measured in the same run.

floor:  read every file and parse its front matter with python-frontmatter, nothing else;
arsip:  the full ingest (decode, repair, front matter, body to text, normalization),
        with its worker processes; also over the corpus given three times (peak memory
        must stay flat: documents are streamed).

    python bench/ingest.py
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import CORPUS, corpus_files, emit, require, run_phase  # noqa: E402


def phase_floor() -> None:
    import frontmatter

    started = time.perf_counter()
    count = size = 0
    for path in corpus_files():
        data = path.read_bytes()
        try:
            frontmatter.loads(data.decode("utf-8", errors="replace"))
        except Exception:  # one corpus file has YAML the safe loader refuses
            pass
        count += 1
        size += len(data)
    emit(seconds=time.perf_counter() - started, documents=count, bytes=size)


def phase_arsip(copies: int) -> None:
    from arsip.ingest.pipeline import read_documents
    from arsip.ingest.results import IngestReport

    report = IngestReport()
    started = time.perf_counter()
    count = sum(1 for _ in read_documents([str(CORPUS)] * copies, report=report))
    emit(seconds=time.perf_counter() - started, documents=count, repaired=report.repaired)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phase", choices=["floor", "arsip"])
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    require(CORPUS)
    if args.phase == "floor":
        return phase_floor()
    if args.phase == "arsip":
        return phase_arsip(args.copies)
    floor = run_phase(__file__, "floor")
    arsip = run_phase(__file__, "arsip")
    triple = run_phase(__file__, "arsip", "--copies", "3")
    megabytes = floor["bytes"] / 1e6
    print(f"corpus: {floor['documents']:,} files, {megabytes:.1f} MB")
    for name, figures in (("floor (read + front matter)", floor), ("arsip ingest", arsip), ("arsip ingest, 3x corpus", triple)):
        docs_per_s = figures["documents"] / figures["seconds"]
        print(f"{name:<28} {figures['seconds']:6.2f} s  {docs_per_s:8,.0f} docs/s  {megabytes * figures['documents'] / floor['documents'] / figures['seconds']:6.2f} MB/s  peak {figures['peak_mb']:6.0f} MB")
    print(f"arsip / floor time: {arsip['seconds'] / floor['seconds']:.2f}x   (target: within 2x)")
    print(f"peak memory 3x / 1x corpus: {triple['peak_mb'] / arsip['peak_mb']:.2f}x   (flat = about 1)")


if __name__ == "__main__":
    main()
