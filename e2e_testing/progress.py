"""Live progress of an e2e run, written to stderr.

On a terminal one status line is redrawn after every test (done/total,
outcome counts, ETA). Otherwise (CI logs) a plain status line is printed at
most every `PLAIN_INTERVAL_SECONDS`, plus one at the end, so that logs stay
readable and a stuck run is still visible.
"""

import collections
import sys
import time

from torch_mlir_e2e_test.reporting import classify_result

PLAIN_INTERVAL_SECONDS = 15.0


def _format_seconds(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class Progress:
    """`classify(result)` names the outcome a result is counted under;
    by default the harness outcome (PASS, FAIL, ...) given `expected_failures`.
    """

    def __init__(self, total: int, expected_failures, stream=None, interactive=None, classify=None):
        self.total = total
        self.classify = classify or (lambda result: classify_result(result, expected_failures))
        self.stream = stream if stream is not None else sys.stderr
        self.interactive = self.stream.isatty() if interactive is None else interactive
        self.counts = collections.Counter()
        self.done = 0
        self.start = time.monotonic()
        self.last_plain_line = self.start
        self.durations = {}

    def update(self, result, seconds: float) -> None:
        """Record one finished test (the `on_result` callback of `run_tests`)."""
        self.done += 1
        self.durations[result.unique_name] = seconds
        self.counts[self.classify(result)] += 1
        now = time.monotonic()
        if self.interactive:
            self.stream.write("\r\033[K" + self._status(now))
            self.stream.flush()
        elif now - self.last_plain_line >= PLAIN_INTERVAL_SECONDS:
            self.last_plain_line = now
            print(self._status(now), file=self.stream, flush=True)

    def finish(self) -> None:
        line = self._status(time.monotonic())
        if self.interactive:
            self.stream.write("\r\033[K" + line + "\n")
            self.stream.flush()
        elif self.done:
            print(line, file=self.stream, flush=True)

    def _status(self, now: float) -> str:
        elapsed = now - self.start
        counts = ", ".join(f"{outcome} {n}" for outcome, n in sorted(self.counts.items()))
        line = f"[{self.done}/{self.total}] {counts} | elapsed {_format_seconds(elapsed)}"
        if 0 < self.done < self.total:
            eta = elapsed / self.done * (self.total - self.done)
            line += f", ETA {_format_seconds(eta)}"
        return line
