"""Outcome lines, summaries, value comparisons and error-context chains."""

import torch

from torch_mlir_e2e_test.framework import TestResult, TraceItem
from torch_mlir_e2e_test.reporting import (
    ErrorContext,
    TensorSummary,
    ValueReport,
    classify_result,
    report_results,
)


def _passing(name):
    trace = [TraceItem("forward", [torch.ones(2)], torch.ones(2))]
    return TestResult(name, None, None, trace, trace)


def _wrong(name, output, golden):
    return TestResult(
        name,
        None,
        None,
        [TraceItem("forward", [torch.ones(1)], output)],
        [TraceItem("forward", [torch.ones(1)], golden)],
    )


def _error(value, golden):
    return ValueReport(value, golden, ErrorContext.empty()).error_str()


def test_outcome_lines_and_summaries(capsys):
    results = [
        _passing("APass"),
        TestResult("BFail", "boom\n", None, None, None),
        _passing("CXpass"),
        TestResult("DXfail", None, "bad\n", None, None),
        TestResult(
            "ECrash",
            None,
            "CRASH: the worker process was killed by signal SIGSEGV (11) during execution\n",
            None,
            None,
        ),
    ]
    unexpected = report_results(
        results, {"CXpass": "why", "DXfail": "why"}, verbose=True, config="linalg"
    )
    assert unexpected
    assert capsys.readouterr().out == (
        'PASS - "APass"\n'
        'FAIL - "BFail"\n'
        'XPASS - "CXpass"\n'
        'XFAIL - "DXfail"\n'
        'CRASH - "ECrash"\n'
        "\nUnexpected outcome summary: (linalg)\n"
        "\n****** Failed tests - 1 tests\n"
        '    FAIL - "BFail"\n'
        "        Compilation error: boom\n"
        "\n"
        "\n****** Crashed tests - 1 tests\n"
        '    CRASH - "ECrash"\n'
        "        Runtime error: CRASH: the worker process was killed by signal SIGSEGV (11) during execution\n"
        "\n"
        "\n****** Unexpectedly Passed tests - 1 tests\n"
        '    XPASS - "CXpass"\n'
        "\nSummary:\n"
        "    Passed: 1\n"
        "    Failed: 1\n"
        "    Crashed: 1\n"
        "    Expectedly Failed: 1\n"
        "    Unexpectedly Passed: 1\n"
    )


def test_all_expected_prints_no_unexpected_summary(capsys):
    assert not report_results([_passing("A"), TestResult("B", "x", None, None, None)], {"B"})
    out = capsys.readouterr().out
    assert "Unexpected" not in out and out.endswith(
        "\nSummary:\n    Passed: 1\n    Expectedly Failed: 1\n"
    )


def test_crash_in_expected_failures_is_xfail():
    crash = TestResult(
        "C", "CRASH: the worker process exited with code 3 during compilation\n", None, None, None
    )
    assert classify_result(crash, set()) == "CRASH"
    assert classify_result(crash, {"C"}) == "XFAIL"


def test_error_context_chain_in_verbose_report(capsys):
    result = _wrong("Chain", (torch.ones(2), [torch.zeros(3)]), (torch.ones(2), [torch.zeros(2)]))
    report_results([result], set(), verbose=True)
    out = capsys.readouterr().out
    assert (
        '        @ trace item #0 - call to "forward"\n'
        '        @ output of call to "forward"\n'
        "        @ tuple element 1\n"
        "        @ list element 0\n"
        "        ERROR: shape (torch.Size([3])) is not equal to golden shape (torch.Size([2]))\n"
    ) in out


def test_input_mismatch_and_symbol_and_arity_messages():
    from torch_mlir_e2e_test.reporting import TraceItemReport

    report = TraceItemReport(
        TraceItem("other", [torch.ones(1), 2], torch.ones(1)),
        TraceItem("forward", [torch.zeros(1)], torch.ones(1)),
        ErrorContext(['trace item #0 - call to "forward"']),
    )
    text = report.error_str()
    assert 'ERROR: not invoking the same symbol: got "other", expected "forward"' in text
    assert "ERROR: different number of inputs: got 2, expected 1" in text
    assert '@ input #0 of call to "forward"\nERROR: value (' in text


def test_scalar_comparisons():
    assert _error(1.0, 1.00001) == ""
    assert _error(1.1, 1.0) == "ERROR: value (1.1) is not close to golden value (1.0)"
    assert _error(-1.1, -1.0) == "ERROR: value (-1.1) is not close to golden value (-1.0)"
    assert _error(0.5, 0.0) == "ERROR: value (0.5) is not close to golden value (0.0)"
    assert _error(3, 4) == "ERROR: value (3) is not equal to golden value (4)"
    assert _error(True, False) == "ERROR: value (True) is not equal to golden value (False)"
    assert _error("a", "b") == "ERROR: value ('a') is not equal to golden value ('b')"
    assert _error(1, 1.0) == "ERROR: expected a value of type `float` but got `int`"
    assert _error(1, None) == "ERROR: unexpected golden value of type `NoneType`"


def test_container_comparisons():
    assert _error((1, 2), (1, 2)) == ""
    assert _error((torch.ones(1),), torch.ones(1)) == ""  # 1-tuples unwrap
    assert _error([1], (1, 2)) == "ERROR: expected a value of type `tuple` but got `list`"
    assert _error([1, 2, 3], [1, 2]) == "ERROR: value (3) is not equal to golden value (2)"
    assert (
        _error({"a": 1}, {"b": 1})
        == "ERROR: dict keys (['a']) are not equal to golden keys (['b'])"
    )
    assert (
        _error({"a": 1}, {"a": 2})
        == "@ dict element at key 'a'\nERROR: value (1) is not equal to golden value (2)"
    )


def test_tensor_comparisons():
    assert _error(torch.tensor([1.0, float("nan")]), torch.tensor([1.0005, float("nan")])) == ""
    assert (
        _error(torch.ones(2, 3), torch.ones(3, 2))
        == "ERROR: shape (torch.Size([2, 3])) is not equal to golden shape (torch.Size([3, 2]))"
    )
    assert _error(torch.ones(2), torch.ones(2, dtype=torch.int64)) == (
        "ERROR: dtype (torch.float32) is not equal to golden dtype (torch.int64)"
    )
    assert _error(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 3.0])) == (
        "ERROR: value (Tensor with shape=[2], dtype=torch.float32, min=+1.0, max=+2.0, mean=+1.5) "
        "is not close to golden value (Tensor with shape=[2], dtype=torch.float32, min=+1.0, max=+3.0, mean=+2.0)"
    )
    assert _error(3, torch.ones(1)) == "ERROR: expected a value of type `Tensor` but got `int`"
    assert _error(torch.tensor([True]), torch.tensor([True])) == ""


def test_tensor_summary_handles_empty_and_complex():
    assert str(TensorSummary(torch.ones(0))) == "Tensor with shape=[0], dtype=torch.float32"
    assert "max=+5.0" in str(TensorSummary(torch.tensor([3 + 4j])))


def test_verbose_mismatch_report_is_the_legacy_text(capsys):
    """Byte for byte what the legacy harness printed; downstream CI greps it.

    Shapes in the shape message print as torch.Size, those in a TensorSummary
    as lists (the legacy TensorSummary held `list(tensor.shape)`).
    """
    results = [
        _wrong("AShape", torch.ones(2), torch.ones(3)),
        _wrong("BDtype", torch.ones(2), torch.ones(2, dtype=torch.float64)),
        _wrong("CValue", (torch.tensor([1.0, 2.0]), 5), (torch.tensor([1.0, 4.0]), 5)),
        _wrong("DRank0", torch.tensor(1.0), torch.ones(1, 1)),
    ]
    assert report_results(results, set(), verbose=True, config="linalg")
    assert capsys.readouterr().out == (
        'FAIL - "AShape"\n'
        'FAIL - "BDtype"\n'
        'FAIL - "CValue"\n'
        'FAIL - "DRank0"\n'
        "\nUnexpected outcome summary: (linalg)\n"
        "\n****** Failed tests - 4 tests\n"
        '    FAIL - "AShape"\n'
        '        @ trace item #0 - call to "forward"\n'
        '        @ output of call to "forward"\n'
        "        ERROR: shape (torch.Size([2])) is not equal to golden shape (torch.Size([3]))\n"
        '    FAIL - "BDtype"\n'
        '        @ trace item #0 - call to "forward"\n'
        '        @ output of call to "forward"\n'
        "        ERROR: dtype (torch.float32) is not equal to golden dtype (torch.float64)\n"
        '    FAIL - "CValue"\n'
        '        @ trace item #0 - call to "forward"\n'
        '        @ output of call to "forward"\n'
        "        @ tuple element 0\n"
        "        ERROR: value (Tensor with shape=[2], dtype=torch.float32, min=+1.0, max=+2.0, "
        "mean=+1.5) is not close to golden value (Tensor with shape=[2], dtype=torch.float32, "
        "min=+1.0, max=+4.0, mean=+2.5)\n"
        '    FAIL - "DRank0"\n'
        '        @ trace item #0 - call to "forward"\n'
        '        @ output of call to "forward"\n'
        "        ERROR: shape (torch.Size([])) is not equal to golden shape (torch.Size([1, 1]))\n"
        "\nSummary:\n"
        "    Failed: 4\n"
    )
