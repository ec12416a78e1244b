"""A worker process that dies (a crash in a C extension, the out-of-memory killer) costs the
file it was reading, named with the reason; the run finishes and the other files are read.

Each case runs in a child Python with a time limit, so a regression (a run that waits for
ever for the dead worker's result) fails the test instead of stalling the suite.
"""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import json, os, signal, sys
from pathlib import Path

from arsip.ingest import pipeline
from arsip.ingest.pipeline import read_files
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.index.build import index_paths

site, index_dir, killers = Path(sys.argv[1]), Path(sys.argv[2]), set(sys.argv[3].split(","))
real_ingest_bytes = pipeline.ingest_bytes


def ingest_bytes(data, doc_id, path, *args, **kwargs):
    if doc_id in killers:
        os.kill(os.getpid(), signal.SIGSEGV)  # what libyaml did on 100,000-deep nesting
    return real_ingest_bytes(data, doc_id, path, *args, **kwargs)


pipeline.ingest_bytes = ingest_bytes
pipeline.PARALLEL_THRESHOLD = 4
report = IngestReport()
ids = [r.source_id for r in read_files([str(site)], IngestOptions(workers=2), report) if r.documents]
indexed = index_paths(index_dir, [str(site)], IngestOptions(workers=2), procs=1)
print(json.dumps({
    "ids": ids,
    "failures": [[f.path, f.reason] for f in report.failures],
    "added": indexed.added,
    "index_failures": [f.path for f in indexed.failures],
}))
"""


def run(tmp_path, names: list[str], killers: list[str]) -> dict:
    site = tmp_path / "situs"
    site.mkdir()
    for name in names:
        (site / name).write_text(f"---\ntitle: Berita {name}\n---\nIsi berita tentang upah buruh.\n", encoding="utf-8")
    process = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(site), str(tmp_path / "indeks"), ",".join(killers)],
        capture_output=True, text=True, timeout=120,
    )
    assert process.returncode == 0, process.stderr[-2000:]
    return json.loads(process.stdout)


def test_a_file_that_kills_its_worker_fails_alone_and_the_run_finishes(tmp_path):
    names = [f"berita-{n:02d}.md" for n in range(40)]
    outcome = run(tmp_path, names, ["berita-17.md"])
    others = [name for name in names if name != "berita-17.md"]
    assert outcome["ids"] == others  # every other file, in order
    [(path, reason)] = outcome["failures"]
    assert path.endswith("situs/berita-17.md")
    assert "worker process reading it died (killed by signal SIGSEGV)" in reason
    assert outcome["added"] == len(others)
    assert [path.rsplit("/", 1)[-1] for path in outcome["index_failures"]] == ["berita-17.md"]


def test_several_deadly_files_in_one_run(tmp_path):
    names = [f"berita-{n:03d}.md" for n in range(300)]
    killers = ["berita-000.md", "berita-001.md", "berita-150.md", "berita-299.md"]
    outcome = run(tmp_path, names, killers)
    assert outcome["ids"] == [name for name in names if name not in killers]
    assert sorted(path.rsplit("/", 1)[-1] for path, _ in outcome["failures"]) == killers
