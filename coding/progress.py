"""A progress line on stderr for long runs: documents, documents/s, events.

Only drawn on a terminal (and never with --quiet), redrawn at most five times
a second so it costs nothing measurable.
"""

from __future__ import annotations

import sys
import time


class Progress:
    """The progress line; `enabled=None` draws it only when stderr is a terminal."""

    def __init__(self, enabled: bool | None = None, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.started = time.perf_counter()
        self._last = 0.0

    def update(self, summary) -> None:
        """Redraw the line from the run's Summary (at most five times a second)."""
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self._last < 0.2:
            return
        self._last = now
        elapsed = max(now - self.started, 1e-9)
        self.stream.write(
            f"\r  {summary.processed:,} documents  {summary.processed / elapsed:,.0f} docs/s  "
            f"{summary.sentences / elapsed:,.0f} sentences/s  {summary.events:,} events  "
            f"{summary.reject_total:,} rejects ")
        self.stream.flush()

    def close(self) -> None:
        """End the line, so that what is printed next starts on a line of its own."""
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
