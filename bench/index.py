"""Index build and search speed over the shared corpus, next to plain Whoosh in the same run.

plain:    Whoosh StandardAnalyzer over the title and text of the same documents (prepared
          by ingest beforehand, outside the timing), one process and procs=2;
arsip:    `arsip index` from the files (repair and Indonesian analysis included), then a
          no-op re-run over the unchanged corpus;
queries:  warm latency of the dev queries with snippets (median, p95) next to a bare
          plain-Whoosh query (top 10, no count, no snippets) timed right after it, and a cold `arsip search`
          process next to a cold plain process that opens the plain index and prints 10 hits,
          and what each imports (the modules only arsip loads, largest first);
scale:    with --scale N, a full build of N copies of the corpus next to the 1x build
          (time and peak memory ratios).

    python bench/index.py [--scale 10]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import CORPUS, EVAL, emit, plain_text, require, run_phase  # noqa: E402


def _plain_documents():
    """The same titles and texts arsip indexes (body plus front-matter strings)."""
    from arsip.ingest.pipeline import read_documents

    for document in read_documents([str(CORPUS)]):
        yield document.id, document.title, plain_text(document)


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


def phase_arsip(directory: str, source: str) -> None:
    from arsip.index.build import index_paths

    started = time.perf_counter()
    report = index_paths(Path(directory), [source])
    emit(seconds=time.perf_counter() - started, added=report.added, unchanged=report.unchanged)


def _queries() -> list[str]:
    return [line.split("\t")[1] for line in (EVAL / "queries.tsv").read_text(encoding="utf-8").splitlines() if line.strip()]


def phase_queries(arsip_dir: str, plain_dir: str) -> None:
    """Each query is timed in arsip and then in bare Whoosh, in turn, so that both see the
    same load on the machine."""
    from whoosh import index, qparser

    from arsip.index.search import Archive, SearchRequest

    queries = _queries() * 5
    archive = Archive(Path(arsip_dir))  # opened once, as a long-running search would
    ix = index.open_dir(plain_dir)
    parser = qparser.MultifieldParser(["title", "text"], ix.schema, group=qparser.OrGroup)
    arsip_ms, plain_ms = [], []
    with ix.searcher() as searcher:
        for query in queries[:18]:  # warm up
            archive.search(SearchRequest(query))
            searcher.search(parser.parse(query), limit=10)
        for query in queries:
            started = time.perf_counter()
            archive.search(SearchRequest(query))
            arsip_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            [hit["id"] for hit in searcher.search(parser.parse(query), limit=10)]
            plain_ms.append((time.perf_counter() - started) * 1000)
    emit(arsip_ms=arsip_ms, plain_ms=plain_ms)


def _p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


COLD_QUERY = "pelatihan jurnalistik buruh"
COLD_PLAIN = (
    "import sys; from whoosh import index, qparser; ix = index.open_dir(sys.argv[1]); "
    "q = qparser.MultifieldParser(['title', 'text'], ix.schema, group=qparser.OrGroup).parse(sys.argv[2]); "
    "s = ix.searcher(); [print(hit['id']) for hit in s.search(q, limit=10)]"
)


def _with_bytecode() -> dict[str, str]:
    """The environment with bytecode caching on, as in a normal installation (some
    environments turn it off)."""
    return {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def cold_process(command: list[str]) -> float:
    """Median wall time of five runs of ``command``, after one untimed run."""
    times = []
    for _ in range(6):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False, env=_with_bytecode())
        times.append(time.perf_counter() - started)
    return statistics.median(times[1:])


def import_times(arguments: list[str]) -> dict[str, float]:
    """Module → milliseconds spent importing it, its own part only (``python -X importtime
    ARGUMENTS``), the least of three runs: where a cold start's time goes."""
    least: dict[str, float] = {}
    for _ in range(3):
        run = subprocess.run([sys.executable, "-X", "importtime", *arguments], capture_output=True, text=True, env=_with_bytecode())
        for line in run.stderr.splitlines():
            if line.startswith("import time:") and "self [us]" not in line:
                own, _, name = line.removeprefix("import time:").split("|")
                least[name.strip()] = min(least.get(name.strip(), float("inf")), int(own) / 1000)
    return least


def scaled_corpus(directory: str, copies: int) -> str:
    """``copies`` copies of the corpus side by side under ``directory``."""
    for number in range(copies):
        shutil.copytree(CORPUS, os.path.join(directory, f"copy-{number}"))
    return directory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phase", choices=["plain", "arsip", "queries"])
    parser.add_argument("--dir", nargs="*")
    parser.add_argument("--procs", type=int, default=1)
    parser.add_argument("--scale", type=int, default=0, help="also build this many copies of the corpus")
    args = parser.parse_args()
    require(CORPUS)
    if args.phase == "plain":
        return phase_plain(args.dir[0], args.procs)
    if args.phase == "arsip":
        return phase_arsip(*args.dir)
    if args.phase == "queries":
        return phase_queries(*args.dir)
    with tempfile.TemporaryDirectory() as temporary:
        plain_dir, plain2_dir, arsip_dir = (os.path.join(temporary, name) for name in ("plain", "plain2", "arsip"))
        plain = run_phase(__file__, "plain", "--dir", plain_dir)
        plain2 = run_phase(__file__, "plain", "--dir", plain2_dir, "--procs", "2")
        full = run_phase(__file__, "arsip", "--dir", arsip_dir, str(CORPUS))
        again = run_phase(__file__, "arsip", "--dir", arsip_dir, str(CORPUS))
        size_mb = sum(p.stat().st_size for p in Path(arsip_dir).iterdir()) / 1e6
        queries = run_phase(__file__, "queries", "--dir", arsip_dir, plain_dir)
        arsip_search = [str(Path(sys.executable).with_name("arsip")), "search", COLD_QUERY, "--index", arsip_dir]
        cold = cold_process(arsip_search)
        cold_plain = cold_process([sys.executable, "-c", COLD_PLAIN, plain_dir, COLD_QUERY])
        imports, plain_imports = import_times(arsip_search), import_times(["-c", COLD_PLAIN, plain_dir, COLD_QUERY])
        if args.scale:
            source = scaled_corpus(os.path.join(temporary, "scaled"), args.scale)
            scaled = run_phase(__file__, "arsip", "--dir", os.path.join(temporary, "arsip-scaled"), source)
    print(f"plain Whoosh build, 1 process   {plain['seconds']:6.2f} s  {plain['documents'] / plain['seconds']:6,.0f} docs/s  peak {plain['peak_mb']:5.0f} MB")
    print(f"plain Whoosh build, procs=2     {plain2['seconds']:6.2f} s")
    print(f"arsip index, full build          {full['seconds']:6.2f} s  {full['added'] / full['seconds']:6,.0f} docs/s  peak {full['peak_mb']:5.0f} MB  index {size_mb:.1f} MB")
    print(f"arsip index, no-op re-run        {again['seconds']:6.2f} s  ({again['seconds'] / full['seconds']:.1%} of the full build; target < 10%)")
    print(f"arsip full build / plain 1 proc  {full['seconds'] / plain['seconds']:.2f}x   (target <= 1; aim: procs=2 figure)")
    arsip_ms, plain_ms = queries["arsip_ms"], queries["plain_ms"]
    print(f"warm arsip search with snippets  median {statistics.median(arsip_ms):5.1f} ms  p95 {_p95(arsip_ms):5.1f} ms  (target p95 < 30 ms)")
    print(f"warm bare plain Whoosh query     median {statistics.median(plain_ms):5.1f} ms  p95 {_p95(plain_ms):5.1f} ms")
    print(f"arsip / bare p95                 {_p95(arsip_ms) / _p95(plain_ms):.2f}x  (the 30 ms target is 2.3x the reference bare p95 of 13 ms)")
    print(f"cold `arsip search` process      {cold:5.2f} s  (target < 0.3 s)")
    print(f"cold plain Whoosh process        {cold_plain:5.2f} s  (arsip {cold / cold_plain:.2f}x; budget 1.6x)")
    only_arsip = sorted(((ms, name) for name, ms in imports.items() if name not in plain_imports), reverse=True)
    print(f"cold start imports               arsip {sum(imports.values()):3.0f} ms, plain {sum(plain_imports.values()):3.0f} ms (python -X importtime, own times)")
    print(f"  only arsip's ({sum(ms for ms, _ in only_arsip):3.0f} ms), largest   " + ", ".join(f"{name} {ms:.1f}" for ms, name in only_arsip[:6]))
    if args.scale:
        print(
            f"arsip index, {args.scale}x corpus           {scaled['seconds']:6.2f} s  {scaled['added'] / scaled['seconds']:6,.0f} docs/s  peak {scaled['peak_mb']:5.0f} MB"
            f"  ({scaled['seconds'] / full['seconds']:.1f}x the time, {scaled['peak_mb'] / full['peak_mb']:.2f}x the peak memory of 1x)"
        )


if __name__ == "__main__":
    main()
