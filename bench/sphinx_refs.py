"""What resolving Sphinx cross-references across a project costs, next to a baseline in the same run.

A synthetic Sphinx project of ``--pages`` pages is written to a temporary folder twice:
each page has a label before its title and before each of its sections, and refers to
sections and pages of other pages.

baseline: ``arsip ingest`` of the project whose references carry their titles
          (``:ref:`Judul <label>```): no page needs another page's targets;
arsip:    ``arsip ingest`` of the same project with references without titles
          (``:ref:`label```, ``:doc:`bab-7```): each process scans the project once;
scan:     the project scan alone (:func:`arsip.ingest.sites.sphinx.project.project_targets`), in
          one process.

Wall-clock time varies on a busy machine; CPU time (of the command and its workers) much less.

    python bench/sphinx_refs.py [--pages 3000]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import emit, run_phase  # noqa: E402

ARSIP = [sys.executable, "-c", "from arsip.cli.main import main; main()"]
_WORDS = "warga desa arsip surat laporan kader posyandu koperasi iuran rapat anggaran sekolah pasar jalan air bersih panen".split()


def write_project(folder: str, pages: int, titled: bool) -> None:
    """A Sphinx project of ``pages`` pages in ``folder`` (``titled``: references with titles)."""
    chance = random.Random(7)
    with open(os.path.join(folder, "conf.py"), "w", encoding="utf-8") as handle:
        handle.write("project = 'Panduan Desa'\nhtml_theme = 'alabaster'\nhtml_baseurl = 'https://panduan.contoh.id/'\n")
    for number in range(pages):
        name = "index" if number == 0 else f"bab/bab-{number}"
        os.makedirs(os.path.dirname(os.path.join(folder, name)), exist_ok=True)
        parts = [f".. _bab-{number}:\n\n{_title(number, 0)}\n{'=' * 40}\n"]
        for section in range(1, 4):
            target, other = chance.randrange(pages), chance.randrange(1, pages)
            label = f"bab-{target}-bagian-{section}"
            ref = f":ref:`{_title(target, section)} <{label}>`" if titled else f":ref:`{label}`"
            doc = f":doc:`{_title(other, 0)} </bab/bab-{other}>`" if titled else f":doc:`/bab/bab-{other}`"
            text = " ".join(chance.choice(_WORDS) for _ in range(120))
            parts.append(f".. _bab-{number}-bagian-{section}:\n\n{_title(number, section)}\n{'-' * 40}\n\n{text}\nLihat {ref} dan {doc}.\n")
        with open(os.path.join(folder, name + ".rst"), "w", encoding="utf-8") as handle:
            handle.write("\n".join(parts))


def _title(number: int, section: int) -> str:
    return f"Bab {number} Bagian {section} Pendataan Warga" if section else f"Bab {number} Pendataan Warga"


def phase_ingest(pages: int, titled: bool, workers: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        write_project(folder, pages, titled)
        out = os.path.join(folder, "hasil.jsonl")
        started = time.perf_counter()
        subprocess.run([*ARSIP, "ingest", folder, "--out", out, "--workers", str(workers)], check=True, capture_output=True)
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        emit(seconds=time.perf_counter() - started, cpu_s=usage.ru_utime + usage.ru_stime)


def phase_scan(pages: int) -> None:
    from arsip.ingest.sites.sphinx.project import Project, project_targets

    with tempfile.TemporaryDirectory() as folder:
        write_project(folder, pages, titled=False)
        started = time.perf_counter()
        targets = project_targets(Project(folder))
        emit(seconds=time.perf_counter() - started, labels=len(targets.labels))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phase", choices=["ingest", "scan"])
    parser.add_argument("--pages", type=int, default=3000)
    parser.add_argument("--titled", action="store_true")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    if args.phase == "ingest":
        return phase_ingest(args.pages, args.titled, args.workers)
    if args.phase == "scan":
        return phase_scan(args.pages)
    pages = str(args.pages)
    scan = run_phase(__file__, "scan", "--pages", pages)
    print(f"{args.pages:,} pages, {scan['labels']:,} labels: the project scan alone takes {scan['seconds']:.2f} s")
    for workers in ("1", "2"):
        baseline = run_phase(__file__, "ingest", "--pages", pages, "--titled", "--workers", workers)
        resolved = run_phase(__file__, "ingest", "--pages", pages, "--workers", workers)
        print(
            f"--workers {workers}: references with titles {baseline['seconds']:.2f} s ({baseline['cpu_s']:.2f} s CPU), "
            f"without (resolved across the project) {resolved['seconds']:.2f} s ({resolved['cpu_s']:.2f} s CPU): "
            f"{resolved['seconds'] / baseline['seconds']:.2f}× ({resolved['cpu_s'] / baseline['cpu_s']:.2f}× CPU)"
        )


if __name__ == "__main__":
    main()
