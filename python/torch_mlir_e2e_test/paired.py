"""Running each e2e test on two configs in one worker task, and judging the pair.

The migration comparison (`e2e_testing.compare`) runs every test through a
TorchScript config and its pt2 twin. Doing both in one worker task (the
`PairedRunner`) records the golden trace once for both and keeps the
harness's crash and hang isolation: each path reports its phase to the
worker pool, and the phase carries the TorchScript result once that path is
done, so a crash in the pt2 path costs only the pt2 result.

MLIR prints its diagnostics straight to stderr rather than into the
exceptions of the core wheel's pass runner, and the RefBackend's runtime
checks print to stdout before they abort; each path's output is captured
into a file and appended to its error, so that the comparison can say *why*
it failed. The file's path travels in the phase, so that the parent can
still read it when the path crashed or hung.
"""

import sys
import time
import traceback
from typing import Dict, NamedTuple, Optional

from torch_mlir._failure_reasons import summarize_error
from torch_mlir._output_capture import captured_output, read_captured, with_diagnostics
from torch_mlir.migration.categories import categorize
from torch_mlir.migration.values import OutputDiff, diff_outputs

from .framework import (
    Test,
    TestConfig,
    TestResult,
    TestRunner,
    clone_trace,
    compile_and_run_test,
    generate_golden_trace,
    timeout,
)
from .reporting import classify_result, describe_failure

# The two paths, in the order they run.
PATHS = ("torchscript", "pt2")
# Starts the error of a path that was deliberately not run.
NOT_RUN_PREFIX = "not run on the "


class PairedConfig(NamedTuple):
    """The two configs of a comparison, and the tests each must not run."""

    torchscript: TestConfig
    pt2: TestConfig
    # Path -> {test name -> reason}: tests not to attempt on that path.
    do_not_run: Dict[str, Dict[str, str]] = {}


class PairedResult(NamedTuple):
    unique_name: str
    # None: not run yet, because the worker died in the other path first.
    torchscript: Optional[TestResult]
    pt2: Optional[TestResult]
    # Wall time of each path (compile + run), for the reports.
    seconds: Dict[str, float] = {}


class PairedPhase(NamedTuple):
    """Where a paired test is; reported to the worker pool."""

    path: str  # "golden trace", or one of PATHS
    step: str  # "recording" (the golden trace), "compilation" or "execution"
    torchscript_result: Optional[TestResult] = None
    output_path: Optional[str] = None  # where the path's output is captured

    def __str__(self) -> str:
        return f"{self.path} {self.step}"


def _not_run_result(name: str, path: str, reason: str) -> TestResult:
    return TestResult(name, f"{NOT_RUN_PREFIX}{path} path: {reason}", None, None, None)


class PairedRunner(TestRunner):
    """Runs a test on both configs of a `PairedConfig`, sharing the golden trace."""

    # Golden trace, TorchScript path, pt2 path: each gets the test's timeout.
    timeout_factor = 3

    def run(self, test: Test, config: PairedConfig, verbose: bool, report_phase=None):
        report = report_phase or (lambda phase: None)
        name = test.unique_name
        report(PairedPhase("golden trace", "recording"))
        try:
            with timeout(test.timeout_seconds, "Timeout while recording the golden trace"):
                golden_trace = generate_golden_trace(test)
        except Exception:
            error = "recording the golden trace failed:\n" + traceback.format_exc()
            failed = TestResult(name, error, None, None, None)
            return PairedResult(name, failed, failed)
        results, seconds = {}, {}
        for path in PATHS:
            start = time.monotonic()
            results[path] = self._run_path(
                test, path, config, golden_trace, verbose, report, results.get("torchscript")
            )
            seconds[path] = time.monotonic() - start
        return PairedResult(name, results["torchscript"], results["pt2"], seconds)

    def _run_path(self, test, path, config, golden_trace, verbose, report, ts_result):
        skip_reason = config.do_not_run.get(path, {}).get(test.unique_name)
        if skip_reason is not None:
            return _not_run_result(test.unique_name, path, skip_reason)
        with captured_output() as captured:
            report(PairedPhase(path, "compilation", ts_result, captured.path))
            result = compile_and_run_test(
                test,
                getattr(config, path),
                verbose,
                _report_phase=lambda step: report(
                    PairedPhase(path, step, ts_result, captured.path)
                ),
                golden_trace=clone_trace(golden_trace),
            )
        if verbose and captured.text:
            sys.stderr.write(captured.text)
        if result.compilation_error is not None:
            error = with_diagnostics(result.compilation_error, captured.text)
            result = result._replace(compilation_error=error)
        elif result.runtime_error is not None:
            result = result._replace(
                runtime_error=with_diagnostics(result.runtime_error, captured.text)
            )
        return result

    def error_result(self, name: str, phase, message: str) -> PairedResult:
        """A crash or hang in `phase` fails that path, with what the path
        printed before; a TorchScript crash leaves the pt2 path not run (None).

        Runs in the parent process.
        """
        if not isinstance(phase, PairedPhase) or phase.path not in PATHS:
            failed = TestRunner.error_result(self, name, "compilation", message)
            return PairedResult(name, failed, failed)
        message = with_diagnostics(message, read_captured(phase.output_path))
        failed = TestRunner.error_result(self, name, phase.step, message)
        if phase.path == "torchscript":
            return PairedResult(name, failed, None)
        return PairedResult(name, phase.torchscript_result, failed)


# ------------------------------------------------------------------ judging


class PathVerdict(NamedTuple):
    outcome: str  # PASS, FAIL, CRASH or NOT RUN
    error: str  # the whole error text ("" when it passed)
    summary: str  # its one-line summary
    phase: str = ""  # where it failed: compilation, execution or comparison

    @property
    def passed(self) -> bool:
        return self.outcome == "PASS"


class PairVerdict(NamedTuple):
    unique_name: str
    category: str  # a key of torch_mlir.migration.categories.CATEGORIES
    torchscript: PathVerdict
    pt2: PathVerdict
    # The difference between the two paths' outputs, when both ran.
    paths_diff: Optional[OutputDiff]
    seconds: Dict[str, float]

    def path(self, name: str) -> PathVerdict:
        return self.torchscript if name == "torchscript" else self.pt2


def judge_path(result: Optional[TestResult]) -> PathVerdict:
    if result is None:
        return PathVerdict("NOT RUN", "not run: the worker crashed in the other path", "")
    error = result.compilation_error or ""
    if error.startswith(NOT_RUN_PREFIX):
        return PathVerdict("NOT RUN", error, error)
    outcome = classify_result(result, ())
    if outcome == "PASS":
        return PathVerdict("PASS", "", "")
    if result.compilation_error is not None:
        error, phase = result.compilation_error, "compilation"
    elif result.runtime_error is not None:
        error, phase = result.runtime_error, "execution"
    else:
        error, phase = describe_failure(result), "comparison"
    return PathVerdict(outcome, error, summarize_error(error, outcome), phase)


def _ran(result: Optional[TestResult]) -> bool:
    return (
        result is not None
        and result.compilation_error is None
        and result.runtime_error is None
        and result.trace is not None
    )


def diff_traces(torchscript: TestResult, pt2: TestResult, tolerances=None) -> OutputDiff:
    """The outputs of each call of the two traces, compared."""
    values = []
    for i, (a, b) in enumerate(zip(torchscript.trace, pt2.trace)):
        path = "output" if len(torchscript.trace) == 1 else f"call #{i} ({a.symbol}) output"
        values += diff_outputs(a.output, b.output, path, tolerances).values
    return OutputDiff(values)


def judge_pair(pair: PairedResult, tolerances=None) -> PairVerdict:
    """Classify a pair; `tolerances=(rtol, atol)` overrides the per-dtype
    tolerances of the path-to-path comparison."""
    ts, pt2 = judge_path(pair.torchscript), judge_path(pair.pt2)
    paths_diff = None
    if _ran(pair.torchscript) and _ran(pair.pt2):
        paths_diff = diff_traces(pair.torchscript, pair.pt2, tolerances)
    agree = paths_diff.agree if paths_diff is not None else None
    category = categorize(ts.passed, pt2.passed, agree)
    return PairVerdict(pair.unique_name, category, ts, pt2, paths_diff, dict(pair.seconds))
