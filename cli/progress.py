"""A progress line on stderr, shown when stderr is a terminal or ``ARSIP_PROGRESS=1``."""

from __future__ import annotations

import os
import sys
import time

from .display import counted


class Progress:
    """Counts items and redraws one status line at most ten times a second."""

    def __init__(self, label: str, enabled: bool | None = None) -> None:
        self.label = label
        self.count = 0
        if enabled is None:
            enabled = sys.stderr.isatty() or os.environ.get("ARSIP_PROGRESS") == "1"
        self.enabled = enabled
        self._started = time.monotonic()
        self._drawn = 0.0

    def advance(self, steps: int = 1) -> None:
        """Count ``steps`` more items and redraw when due."""
        self.count += steps
        now = time.monotonic()
        if self.enabled and now - self._drawn >= 0.1:
            self._drawn = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.count / max(now - self._started, 1e-6)
        sys.stderr.write(f"\r{self.label}: {counted(self.count, 'file')} ({rate:,.0f}/s)\033[K")
        sys.stderr.flush()

    def close(self) -> None:
        """Erase the status line."""
        if self.enabled and self._drawn:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
