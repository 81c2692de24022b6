"""The `e2e_testing.main` driver: selection, errors, exit codes, JUnit, summary.

Most cases call `main(argv)` in process (no workers are needed for `--list`,
errors or `-s`); one real `python -m e2e_testing.main` run covers the worker
path end to end, with crashes, JUnit output and the summary table.
"""

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from conftest import REPO_ROOT

from e2e_testing import main as driver
from e2e_testing import summary

SAMPLE = ["--suite", "sample_suite", "-c", "native_torch"]


def _run(capsys, *argv):
    try:
        code = driver.main(list(argv))
    except SystemExit as e:  # argparse errors
        code = e.code
    out, err = capsys.readouterr()
    return code, out, err


def test_list_and_shards_partition_the_selection(capsys):
    code, out, _ = _run(capsys, *SAMPLE, "--list")
    everything = out.split()
    assert code == 0 and everything == sorted(everything) and "CrashAbort_basic" in everything
    shards = [_run(capsys, *SAMPLE, "--list", "--shard", f"{k}/3")[1].split() for k in (1, 2, 3)]
    assert sorted(sum(shards, [])) == everything
    assert all(shards) and len(set(sum(shards, []))) == len(everything)
    # Deterministic: the same shard twice is the same list.
    assert _run(capsys, *SAMPLE, "--list", "--shard", "2/3")[1].split() == shards[1]


def test_filter_is_a_prefix_match_and_skips_apply(capsys):
    code, out, _ = _run(
        capsys,
        *SAMPLE,
        "--list",
        "-f",
        "Ok",
        "--crashing_tests_to_not_attempt_to_run_and_a_bug_is_filed",
        "OkTanhModule_basic",
    )
    assert code == 0
    assert out.split() == [
        "OkAddScaledModule_basic",
        "OkTwoResultsModule_int64",
        "OkUint8Module_basic",
    ]


@pytest.mark.parametrize(
    "argv,code,message",
    [
        (["-c", "nonsense"], 2, "ERROR: argument -c/--config: invalid choice: 'nonsense'"),
        (
            ["--shard", "3/2"],
            2,
            "ERROR: argument --shard: bad shard '3/2': expected K/N with 1 <= K <= N, e.g. 2/4",
        ),
        (["--shard", "x"], 2, "ERROR: argument --shard: bad shard 'x'"),
        (
            ["-f", "NoSuchTest"],
            1,
            "ERROR: the provided filter 'NoSuchTest' does not match any tests\nThe available tests are:\n",
        ),
        (
            ["--crashing_tests_to_not_attempt_to_run_and_a_bug_is_filed", "Nope"],
            1,
            "ERROR: --crashing_tests_to_not_attempt_to_run_and_a_bug_is_filed argument 'Nope' is not a valid test name\n",
        ),
    ],
)
def test_bad_input_is_one_error_line(capsys, argv, code, message):
    got_code, out, err = _run(capsys, *SAMPLE, "--list", *argv)
    assert got_code == code
    assert err.startswith(message)
    if code == 2:
        assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("name", ["TORCH_MLIR_TEST_CONCURRENCY", "TORCH_MLIR_TEST_VERBOSE"])
def test_bad_env_var(capsys, monkeypatch, name):
    monkeypatch.setenv(name, "lots")
    code, _, err = _run(capsys, *SAMPLE, "--list")
    assert code == 1 and err == f"ERROR: Bad value for {name} env var: Expected integer.\n"


def test_suite_that_fails_to_import_stops_the_run(capsys):
    code, _, err = _run(capsys, "--suite", "broken_suite", "-c", "native_torch")
    assert code == 1
    assert "Traceback (most recent call last):" in err and "no_such_module" in err
    assert err.rstrip().endswith(
        "ERROR: importing test suite 'broken_suite' failed (traceback above); stopping"
    )


def test_exit_codes_in_sequential_mode(capsys):
    code, out, _ = _run(capsys, *SAMPLE, "-s", "-f", "OkTanh")
    assert code == 0 and 'PASS - "OkTanhModule_basic"' in out
    code, out, _ = _run(capsys, *SAMPLE, "-s", "-f", "Wrong")
    assert code == 1 and 'FAIL - "WrongNoiseModule_basic"' in out
    assert _run(capsys, *SAMPLE, "-s", "-f", "Wrong", "--ignore_failures")[0] == 0


def test_worker_run_reports_crashes_writes_junit_and_summarizes(tmp_path):
    junit = tmp_path / "native_torch.xml"
    command = [
        sys.executable,
        "-m",
        "e2e_testing.main",
        *SAMPLE,
        "-f",
        "Ok|CrashAbort|Wrong",
        "--junitxml",
        str(junit),
    ]
    env = dict(os.environ, TORCH_MLIR_TEST_CONCURRENCY="2")
    run = subprocess.run(
        command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 1, run.stderr
    assert 'CRASH - "CrashAbort_basic"' in run.stdout
    assert 'PASS - "OkUint8Module_basic"' in run.stdout
    assert run.stdout.endswith("\nSummary:\n    Passed: 4\n    Failed: 1\n    Crashed: 1\n")
    assert "[6/6]" in run.stderr  # the final progress line

    suite = ET.parse(junit).getroot().find("testsuite")
    assert (suite.get("name"), suite.get("tests"), suite.get("failures")) == (
        "native_torch",
        "6",
        "2",
    )
    outcomes = {
        case.get("name"): case.find("properties/property").get("value")
        for case in suite.iter("testcase")
    }
    assert outcomes["CrashAbort_basic"] == "CRASH" and outcomes["OkTanhModule_basic"] == "PASS"
    crash = next(c for c in suite.iter("testcase") if c.get("name") == "CrashAbort_basic")
    assert "SIGABRT" in crash.find("failure").text
    assert crash.find("failure").get("message") == (
        "Compilation error: CRASH: the worker process was killed by signal SIGABRT (6) during compilation"
    )

    table = summary.markdown_table([str(junit)])
    assert table.splitlines() == [
        "| config | tests | PASS | FAIL | CRASH | XFAIL | XPASS |",
        "|---|---:|---:|---:|---:|---:|---:|",
        "| native_torch | 6 | 4 | 1 | 1 | 0 | 0 |",
    ]


def test_progress_line_redraws_on_a_terminal_and_prints_plain_lines_otherwise():
    import io

    from e2e_testing.progress import Progress
    from torch_mlir_e2e_test.framework import TestResult

    ok = TestResult("A", None, None, [], [])
    bad = TestResult("B", "boom", None, None, None)

    terminal = io.StringIO()
    progress = Progress(2, {"B": "known"}, stream=terminal, interactive=True)
    progress.update(ok, 0.1)
    assert terminal.getvalue().startswith("\r\x1b[K[1/2] PASS 1 | elapsed 0:00, ETA 0:00")
    progress.update(bad, 0.1)
    progress.finish()
    assert terminal.getvalue().endswith("\r\x1b[K[2/2] PASS 1, XFAIL 1 | elapsed 0:00\n")
    assert progress.durations == {"A": 0.1, "B": 0.1}

    log = io.StringIO()
    progress = Progress(2, set(), stream=log, interactive=False)
    progress.update(ok, 0.1)
    progress.update(bad, 0.1)
    progress.finish()
    # Plain mode: no control characters, one line at the end (and at most
    # one per interval before it).
    assert log.getvalue() == "[2/2] FAIL 1, PASS 1 | elapsed 0:00\n"
