"""Index build and search speed over the shared corpus, next to plain Whoosh in the same run.

plain:    Whoosh StandardAnalyzer over the title and text of the same documents (prepared
          by ingest beforehand, outside the timing), one process and procs=2;
arsip:    `arsip index` from the files (repair and Indonesian analysis included), then a
          no-op re-run over the unchanged corpus;
queries:  warm latency of the dev queries with snippets (median, p95), a bare plain-Whoosh
          query for comparison, and a cold `arsip search` process (wall time).

    python bench/index.py
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import CORPUS, EVAL, emit, require, run_phase  # noqa: E402


def _plain_documents():
    """The same titles and texts arsip indexes (body plus long front-matter strings)."""
    from ingest import read_documents

    for document in read_documents([str(CORPUS)]):
        yield document.id, document.title, document.text


def phase_plain(directory: str, procs: int) -> None:
    from whoosh import index
    from whoosh.analysis import StandardAnalyzer
    from whoosh.fields import ID, TEXT, Schema

    documents = list(_plain_documents())
    schema = Schema(id=ID(stored=True), title=TEXT(analyzer=StandardAnalyzer()), text=TEXT(analyzer=StandardAnalyzer(), stored=True))
    os.makedirs(directory, exist_ok=True)
    started = time.perf_counter()
    ix = index.create_in(directory, schema)
    writer = ix.writer(procs=procs, multisegment=procs > 1, limitmb=128)
    for doc_id, title, text in documents:
        writer.add_document(id=doc_id, title=title, text=text)
    writer.commit()
    emit(seconds=time.perf_counter() - started, documents=len(documents))


def phase_arsip(directory: str) -> None:
    from index.build import index_paths

    started = time.perf_counter()
    report = index_paths(Path(directory), [str(CORPUS)])
    emit(seconds=time.perf_counter() - started, added=report.added, unchanged=report.unchanged)


def _queries() -> list[str]:
    return [line.split("\t")[1] for line in (EVAL / "queries.tsv").read_text(encoding="utf-8").splitlines() if line.strip()]


def phase_queries(arsip_dir: str, plain_dir: str) -> None:
    from whoosh import index, qparser

    from index.search import SearchRequest, search

    queries = _queries() * 5
    for query in queries[:18]:  # warm up
        search(Path(arsip_dir), SearchRequest(query))
    arsip_ms = []
    for query in queries:
        started = time.perf_counter()
        search(Path(arsip_dir), SearchRequest(query))
        arsip_ms.append((time.perf_counter() - started) * 1000)
    ix = index.open_dir(plain_dir)
    parser = qparser.MultifieldParser(["title", "text"], ix.schema, group=qparser.OrGroup)
    plain_ms = []
    with ix.searcher() as searcher:
        for query in queries:
            started = time.perf_counter()
            list(searcher.search(parser.parse(query), limit=10))
            plain_ms.append((time.perf_counter() - started) * 1000)
    emit(arsip_ms=arsip_ms, plain_ms=plain_ms)


def _p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


def cold_search(arsip_dir: str) -> float:
    arsip = Path(sys.executable).with_name("arsip")
    times = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([str(arsip), "search", "pelatihan jurnalistik buruh", "--index", arsip_dir], capture_output=True, check=False)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phase", choices=["plain", "arsip", "queries"])
    parser.add_argument("--dir", nargs="*")
    parser.add_argument("--procs", type=int, default=1)
    args = parser.parse_args()
    require(CORPUS)
    if args.phase == "plain":
        return phase_plain(args.dir[0], args.procs)
    if args.phase == "arsip":
        return phase_arsip(args.dir[0])
    if args.phase == "queries":
        return phase_queries(*args.dir)
    with tempfile.TemporaryDirectory() as temporary:
        plain_dir, plain2_dir, arsip_dir = (os.path.join(temporary, name) for name in ("plain", "plain2", "arsip"))
        plain = run_phase(__file__, "plain", "--dir", plain_dir)
        plain2 = run_phase(__file__, "plain", "--dir", plain2_dir, "--procs", "2")
        full = run_phase(__file__, "arsip", "--dir", arsip_dir)
        again = run_phase(__file__, "arsip", "--dir", arsip_dir)
        size_mb = sum(p.stat().st_size for p in Path(arsip_dir).iterdir()) / 1e6
        queries = run_phase(__file__, "queries", "--dir", arsip_dir, plain_dir)
        cold = cold_search(arsip_dir)
    print(f"plain Whoosh build, 1 process   {plain['seconds']:6.2f} s  {plain['documents'] / plain['seconds']:6,.0f} docs/s  peak {plain['peak_mb']:5.0f} MB")
    print(f"plain Whoosh build, procs=2     {plain2['seconds']:6.2f} s")
    print(f"arsip index, full build          {full['seconds']:6.2f} s  {full['added'] / full['seconds']:6,.0f} docs/s  peak {full['peak_mb']:5.0f} MB  index {size_mb:.1f} MB")
    print(f"arsip index, no-op re-run        {again['seconds']:6.2f} s  ({again['seconds'] / full['seconds']:.1%} of the full build; target < 10%)")
    print(f"arsip full build / plain 1 proc  {full['seconds'] / plain['seconds']:.2f}x   (target <= 1; aim: procs=2 figure)")
    arsip_ms, plain_ms = queries["arsip_ms"], queries["plain_ms"]
    print(f"warm arsip search with snippets  median {statistics.median(arsip_ms):5.1f} ms  p95 {_p95(arsip_ms):5.1f} ms  (target p95 < 30 ms)")
    print(f"warm bare plain Whoosh query     median {statistics.median(plain_ms):5.1f} ms  p95 {_p95(plain_ms):5.1f} ms")
    print(f"cold `arsip search` process      {cold:5.2f} s  (target < 0.3 s)")


if __name__ == "__main__":
    main()
