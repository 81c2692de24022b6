"""How test results are judged and printed.

A result passes when it has no compilation or runtime error and every item of
its trace matches the golden trace. Mismatches are explained by a chain of
contexts down to the offending value, e.g.

    @ trace item #0 - call to "forward"
    @ output of call to "forward"
    @ tuple element 1
    ERROR: shape (torch.Size([2, 3])) is not equal to golden shape (torch.Size([3, 2]))

`report_results` prints one `PASS`/`FAIL`/`XFAIL`/`XPASS` line per result, a
summary of unexpected outcomes and counts, and returns whether anything was
unexpected. Beyond the legacy harness: a result whose worker process died
(its error starts with `framework.CRASH_ERROR_PREFIX`) is shown as `CRASH`
and counts as an unexpected failure unless the test is an expected failure.

Float comparison deliberately differs from the legacy harness in two corner
cases: the relative error is taken against `abs(golden)` (the legacy formula
never failed a negative golden value) and a golden 0.0 is compared with the
same 1e-4 as an absolute tolerance (the legacy code raised
ZeroDivisionError and took the whole report down).
"""

import textwrap
from typing import Dict, Iterable, List

import torch

from .framework import CRASH_ERROR_PREFIX, TestResult, TraceItem

# Outcome -> label in the final summary, in the order the summary prints them.
_SUMMARY_LABELS = {
    "PASS": "Passed",
    "FAIL": "Failed",
    "CRASH": "Crashed",
    "XFAIL": "Expectedly Failed",
    "XPASS": "Unexpectedly Passed",
}
# Unexpected outcome -> section title of the unexpected-outcome summary.
_UNEXPECTED_SECTIONS = {
    "FAIL": "Failed tests",
    "CRASH": "Crashed tests",
    "XPASS": "Unexpectedly Passed tests",
}


class TensorSummary:
    """A one-line description of a tensor for error messages."""

    def __init__(self, tensor: torch.Tensor):
        self.tensor = tensor
        self.min = self.max = self.mean = None
        if tensor.numel() > 0:
            values = tensor.detach().abs() if tensor.is_complex() else tensor.detach()
            values = values.to(torch.float64)
            self.min, self.max, self.mean = (
                float(f(values)) for f in (torch.min, torch.max, torch.mean)
            )

    def __str__(self):
        text = f"Tensor with shape={list(self.tensor.shape)}, dtype={self.tensor.dtype}"
        if self.min is None:
            return text
        return f"{text}, min={self.min:+0.4}, max={self.max:+0.4}, mean={self.mean:+0.4}"


class ErrorContext:
    """The path from a test's trace down to one value being compared."""

    def __init__(self, contexts: List[str]):
        self.contexts = contexts

    @staticmethod
    def empty() -> "ErrorContext":
        return ErrorContext([])

    def chain(self, additional_context: str) -> "ErrorContext":
        return ErrorContext(self.contexts + [additional_context])

    def format_error(self, message: str) -> str:
        return "\n".join([f"@ {c}" for c in self.contexts] + [f"ERROR: {message}"])


class ValueReport:
    """Compares one value against its golden value, recursing into containers."""

    def __init__(self, value, golden_value, context: ErrorContext):
        # Single results may come back bare or as 1-tuples depending on the
        # config; treat both spellings alike.
        if isinstance(value, tuple) and len(value) == 1:
            value = value[0]
        if isinstance(golden_value, tuple) and len(golden_value) == 1:
            golden_value = golden_value[0]
        self.value = value
        self.golden_value = golden_value
        self.context = context
        self.failure_reasons: List[str] = []
        self._compare()

    @property
    def failed(self) -> bool:
        return bool(self.failure_reasons)

    def error_str(self) -> str:
        return "\n".join(self.failure_reasons)

    def _fail(self, message: str) -> None:
        self.failure_reasons.append(self.context.format_error(message))

    def _fail_type(self) -> None:
        self._fail(
            f"expected a value of type `{type(self.golden_value).__name__}` "
            f"but got `{type(self.value).__name__}`"
        )

    def _compare(self) -> None:
        value, golden = self.value, self.golden_value
        for types, compare in _COMPARATORS:
            if isinstance(golden, types):
                if not isinstance(value, types):
                    return self._fail_type()
                return compare(self, value, golden)
        self._fail(f"unexpected golden value of type `{type(golden).__name__}`")

    def _compare_float(self, value: float, golden: float) -> None:
        error = abs(value - golden)
        if golden != 0.0:
            error /= abs(golden)
        if error > 1e-4:
            self._fail(f"value ({value!r}) is not close to golden value ({golden!r})")

    def _compare_exact(self, value, golden) -> None:
        if value != golden:
            self._fail(f"value ({value!r}) is not equal to golden value ({golden!r})")

    def _compare_sequence(self, value, golden) -> None:
        if type(value) is not type(golden) and not (
            isinstance(value, tuple) and isinstance(golden, tuple)
        ):
            return self._fail_type()
        if len(value) != len(golden):
            return self._fail(
                f"value ({len(value)!r}) is not equal to golden value ({len(golden)!r})"
            )
        kind = "tuple" if isinstance(golden, tuple) else "list"
        for i, (v, g) in enumerate(zip(value, golden)):
            self._absorb(ValueReport(v, g, self.context.chain(f"{kind} element {i}")))

    def _compare_dict(self, value: Dict, golden: Dict) -> None:
        keys, golden_keys = sorted(value.keys()), sorted(golden.keys())
        if keys != golden_keys:
            return self._fail(
                f"dict keys ({keys!r}) are not equal to golden keys ({golden_keys!r})"
            )
        for key in golden_keys:
            self._absorb(
                ValueReport(
                    value[key], golden[key], self.context.chain(f"dict element at key {key!r}")
                )
            )

    def _compare_tensor(self, value: torch.Tensor, golden: torch.Tensor) -> None:
        if value.shape != golden.shape:
            return self._fail(
                # torch.Size([2, 3]), as the legacy harness printed it: CI
                # scripts grep reports for this text.
                f"shape ({value.shape}) is not equal to golden shape ({golden.shape})"
            )
        if value.dtype != golden.dtype:
            return self._fail(
                f"dtype ({value.dtype}) is not equal to golden dtype ({golden.dtype})"
            )
        if not torch.allclose(value, golden, rtol=1e-3, atol=1e-7, equal_nan=True):
            self._fail(
                f"value ({TensorSummary(value)}) is not close to "
                f"golden value ({TensorSummary(golden)})"
            )

    def _absorb(self, report: "ValueReport") -> None:
        self.failure_reasons.extend(report.failure_reasons)


# Golden type -> comparison; the value must be of the same type family.
# bool is an int, so bools are compared exactly like ints.
_COMPARATORS = [
    (float, ValueReport._compare_float),
    (int, ValueReport._compare_exact),
    (str, ValueReport._compare_exact),
    ((tuple, list), ValueReport._compare_sequence),
    (dict, ValueReport._compare_dict),
    (torch.Tensor, ValueReport._compare_tensor),
]


class TraceItemReport:
    """Compares one call of a trace against the golden call."""

    def __init__(self, item: TraceItem, golden_item: TraceItem, context: ErrorContext):
        self.item = item
        self.golden_item = golden_item
        self.context = context
        self.failure_reasons: List[str] = []
        self._compare()

    @property
    def failed(self) -> bool:
        return bool(self.failure_reasons)

    def error_str(self) -> str:
        return "\n".join(self.failure_reasons)

    def _compare(self) -> None:
        item, golden, symbol = self.item, self.golden_item, self.golden_item.symbol
        if item.symbol != golden.symbol:
            self.failure_reasons.append(
                self.context.format_error(
                    f'not invoking the same symbol: got "{item.symbol}", expected "{golden.symbol}"'
                )
            )
        if len(item.inputs) != len(golden.inputs):
            self.failure_reasons.append(
                self.context.format_error(
                    f"different number of inputs: got {len(item.inputs)}, "
                    f"expected {len(golden.inputs)}"
                )
            )
        reports = [
            ValueReport(v, g, self.context.chain(f'input #{i} of call to "{symbol}"'))
            for i, (v, g) in enumerate(zip(item.inputs, golden.inputs))
        ]
        reports.append(
            ValueReport(
                item.output, golden.output, self.context.chain(f'output of call to "{symbol}"')
            )
        )
        for report in reports:
            self.failure_reasons.extend(report.failure_reasons)


class SingleTestReport:
    """Judges one `TestResult`."""

    def __init__(self, result: TestResult, context: ErrorContext):
        self.result = result
        self.context = context
        self.item_reports: List[TraceItemReport] = []
        if result.compilation_error is None and result.runtime_error is None:
            # zip: a trace shorter than the golden one is not flagged (legacy).
            self.item_reports = [
                TraceItemReport(
                    item, golden, context.chain(f'trace item #{i} - call to "{golden.symbol}"')
                )
                for i, (item, golden) in enumerate(zip(result.trace, result.golden_trace))
            ]

    @property
    def failed(self) -> bool:
        if self.result.compilation_error is not None or self.result.runtime_error is not None:
            return True
        return any(r.failed for r in self.item_reports)

    @property
    def crashed(self) -> bool:
        error = self.result.compilation_error or self.result.runtime_error or ""
        return error.startswith(CRASH_ERROR_PREFIX)

    def error_str(self) -> str:
        if self.result.compilation_error is not None:
            return "Compilation error: " + self.result.compilation_error
        if self.result.runtime_error is not None:
            return "Runtime error: " + self.result.runtime_error
        return "\n".join(r.error_str() for r in self.item_reports if r.failed)


def classify_result(result: TestResult, expected_failures: Iterable[str]) -> str:
    """PASS, FAIL, CRASH, XFAIL or XPASS for one result."""
    return _outcome(SingleTestReport(result, ErrorContext.empty()), expected_failures)


def _outcome(report: SingleTestReport, expected_failures) -> str:
    expected_to_fail = report.result.unique_name in expected_failures
    if report.failed:
        if expected_to_fail:
            return "XFAIL"
        return "CRASH" if report.crashed else "FAIL"
    return "XPASS" if expected_to_fail else "PASS"


def is_unexpected(outcome: str) -> bool:
    return outcome in _UNEXPECTED_SECTIONS


def report_results(
    results: List[TestResult], expected_failures, verbose: bool = False, config: str = ""
) -> bool:
    """Print the outcome of each result and summaries; True if any was unexpected.

    `expected_failures` may be any container of names (a set, or a dict from
    name to reason).
    """
    by_outcome: Dict[str, List[SingleTestReport]] = {outcome: [] for outcome in _SUMMARY_LABELS}
    for result in results:
        report = SingleTestReport(result, ErrorContext.empty())
        outcome = _outcome(report, expected_failures)
        by_outcome[outcome].append(report)
        print(f'{outcome} - "{result.unique_name}"')

    unexpected = [o for o in _UNEXPECTED_SECTIONS if by_outcome[o]]
    if unexpected:
        print(f"\nUnexpected outcome summary: ({config})")
    for outcome in unexpected:
        reports = by_outcome[outcome]
        print(f"\n****** {_UNEXPECTED_SECTIONS[outcome]} - {len(reports)} tests")
        for report in reports:
            print(f'    {outcome} - "{report.result.unique_name}"')
            if verbose and outcome != "XPASS":
                print(textwrap.indent(report.error_str(), " " * 8))

    print("\nSummary:")
    for outcome, label in _SUMMARY_LABELS.items():
        if by_outcome[outcome]:
            print(f"    {label}: {len(by_outcome[outcome])}")
    return bool(unexpected)


def describe_failure(result: TestResult) -> str:
    """The error text of a failed result (empty for a passing one)."""
    report = SingleTestReport(result, ErrorContext.empty())
    return report.error_str() if report.failed else ""


__all__ = [
    "ErrorContext",
    "SingleTestReport",
    "TensorSummary",
    "TraceItemReport",
    "ValueReport",
    "describe_failure",
    "is_unexpected",
    "report_results",
    "classify_result",
]
