"""Ingest speed and memory over the shared corpus, next to a floor measured in the same run.

floor:  a fresh Python process that reads every file and splits its front matter with
        python-frontmatter (PyYAML's C loader), nothing else;
arsip:  the whole ``arsip ingest`` command (start-up, decode, repair, front matter, body to
        text, normalization, writing the JSON Lines), with one worker and with the default
        number of workers; also over the corpus given three times (peak memory must stay
        flat: documents are streamed, and the copies, two of every three documents, are held
        in a spool bounded in memory until every file is read).

Times are wall-clock of the whole process; CPU is user + system time of the process and
its workers (on a busy machine wall-clock varies from run to run, CPU much less). The
floor and the two ``arsip ingest`` runs take turns ``--rounds`` times, and each shows its
fastest round: a busy spell then slows one round of each, not one kind of run.

    python bench/ingest.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import CORPUS, corpus_files, emit, require, run_phase  # noqa: E402

#: Runs the installed command line in a fresh interpreter, like the ``arsip`` script does.
ARSIP = [sys.executable, "-c", "from arsip.cli.main import main; main()"]


def phase_floor() -> None:
    import frontmatter

    count = size = 0
    for path in corpus_files():
        data = path.read_bytes()
        try:
            frontmatter.loads(data.decode("utf-8", errors="replace"))
        except Exception:  # one corpus file has YAML the safe loader refuses
            pass
        count += 1
        size += len(data)
    emit(documents=count, bytes=size, cpu_s=_cpu(resource.RUSAGE_SELF))


def phase_arsip(copies: int, workers: int | None) -> None:
    """Run ``arsip ingest`` on the corpus as a command of its own and time it."""
    options = ["--workers", str(workers)] if workers else []
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "documents.jsonl")
        started = time.perf_counter()
        subprocess.run([*ARSIP, "ingest", *[str(CORPUS)] * copies, "--out", out, *options], check=True, capture_output=True)
        seconds = time.perf_counter() - started
        with open(out, "rb") as handle:
            count = sum(1 for _ in handle)
    emit(seconds=seconds, documents=count, cpu_s=_cpu(resource.RUSAGE_CHILDREN))


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phase", choices=["floor", "arsip"])
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--workers", type=int)
    parser.add_argument("--rounds", type=int, default=3, help="turns of the floor and the arsip runs; each shows its fastest")
    args = parser.parse_args()
    require(CORPUS)
    if args.phase == "floor":
        return phase_floor()
    if args.phase == "arsip":
        return phase_arsip(args.copies, args.workers)
    rounds = [
        (run_phase(__file__, "floor"), run_phase(__file__, "arsip", "--workers", "1"), run_phase(__file__, "arsip"))
        for _ in range(max(args.rounds, 1))
    ]
    floor, one, default = (min(kind, key=lambda figures: figures.get("seconds", figures["wall_s"])) for kind in zip(*rounds))
    floor["seconds"] = floor["wall_s"]  # the whole process, start-up included, like the command's
    triple = run_phase(__file__, "arsip", "--copies", "3")
    megabytes = floor["bytes"] / 1e6
    print(
        f"corpus: {floor['documents']:,} files, {megabytes:.1f} MB; {os.cpu_count()} cores, default workers: {os.cpu_count()};"
        f" fastest of {len(rounds)} rounds"
    )
    rows = (
        ("floor (read + front matter)", floor, 1),
        ("arsip ingest, 1 worker", one, 1),
        ("arsip ingest, default workers", default, 1),
        ("arsip ingest, 3x corpus", triple, 3),
    )
    for name, figures, copies in rows:
        read = floor["documents"] * copies  # files read (the 3x run writes each document once)
        docs_per_s = read / figures["seconds"]
        size = megabytes * copies
        print(
            f"{name:<30} {figures['seconds']:6.2f} s  cpu {figures['cpu_s']:6.2f} s  {docs_per_s:8,.0f} docs/s"
            f"  {size / figures['seconds']:6.2f} MB/s  peak {figures['peak_mb']:6.0f} MB"
        )
    print(
        f"arsip / floor time: {one['seconds'] / floor['seconds']:.2f}x with 1 worker, "
        f"{default['seconds'] / floor['seconds']:.2f}x with the default workers   (target: within 2x)"
    )
    print(f"arsip / floor cpu: {one['cpu_s'] / floor['cpu_s']:.2f}x with 1 worker, {default['cpu_s'] / floor['cpu_s']:.2f}x with the default workers")
    print(f"peak memory 3x / 1x corpus: {triple['peak_mb'] / default['peak_mb']:.2f}x   (flat = about 1)")


if __name__ == "__main__":
    main()
