"""Shared helpers for the benchmarks: where the shared corpus is, timing, peak memory."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

SHARED = Path(os.environ.get("ARSIP_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = SHARED / "corpus" / "ciptamedia"
EVAL = SHARED / "eval"


def require(path: Path) -> None:
    """Exit quietly (status 0) when the shared data a benchmark needs is absent."""
    if not path.exists():
        print(f"skipped: {path} is not present")
        sys.exit(0)


def peak_mb() -> float:
    """Peak resident memory of this process and its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def run_phase(script: str, phase: str, *args: str) -> dict:
    """Run one phase of a benchmark in a fresh interpreter; it prints a JSON dict."""
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, script, "--phase", phase, *args], check=True, capture_output=True, text=True
    )
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    result.setdefault("wall_s", time.perf_counter() - started)
    return result


def emit(**figures) -> None:
    """Print a phase's figures as the JSON line :func:`run_phase` reads."""
    print(json.dumps({**figures, "peak_mb": peak_mb()}))


def corpus_files(root: Path = CORPUS) -> list[Path]:
    """The Markdown files of the corpus."""
    return sorted(p for p in root.rglob("*") if p.suffix in (".md", ".markdown"))


def plain_text(document) -> str:
    """What a plain baseline indexes as a document's text: its body and front-matter strings."""
    from arsip.index.metadata import front_matter_strings

    return "\n".join([document.text, *front_matter_strings(document.fields)])
