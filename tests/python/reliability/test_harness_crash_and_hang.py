"""The e2e driver survives a segfaulting test and hanging tests, and reports
each, end to end: stdout, summary, JUnit.

tests/python/harness covers the parts: the worker pool with a segfault, an
abort and both kinds of hang (test_worker_pool.py), and the driver with an
abort (test_main.py). This is the remaining combination, through
`python -m e2e_testing.main`, with the sample suite's misbehaving tests.
"""

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

from reliability_support import HERE

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
HARNESS_TESTS = os.path.join(REPO_ROOT, "tests", "python", "harness")


def test_driver_reports_a_segfault_and_two_hangs_and_finishes_the_run(tmp_path):
    junit = tmp_path / "native_torch.xml"
    paths = [os.path.join(REPO_ROOT, "python"), REPO_ROOT, HARNESS_TESTS]
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(paths + [os.environ.get("PYTHONPATH", "")]),
        TORCH_MLIR_TEST_CONCURRENCY="2",
    )
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "e2e_testing.main",
            "--suite",
            "sample_suite",
            "-c",
            "native_torch",
            "-f",
            "OkTanh|CrashNullPointer|HangSleep|HangUninterruptible",
            "--junitxml",
            str(junit),
        ],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 1, run.stderr[-5000:]
    for line in [
        'CRASH - "CrashNullPointer_basic"',
        'FAIL - "HangSleep_basic"',
        'FAIL - "HangUninterruptible_basic"',
        'PASS - "OkTanhModule_basic"',
    ]:
        assert line in run.stdout, run.stdout
    assert run.stdout.endswith("\nSummary:\n    Passed: 1\n    Failed: 2\n    Crashed: 1\n")

    cases = ET.parse(junit).getroot().find("testsuite").iter("testcase")
    messages = {
        case.get("name"): case.find("failure").get("message")
        for case in cases
        if case.find("failure") is not None
    }
    assert messages == {
        "CrashNullPointer_basic": "Compilation error: CRASH: the worker process was killed by "
        "signal SIGSEGV (11) during compilation",
        "HangSleep_basic": "Compilation error: Test timed out during compilation (timeout=1s)",
        "HangUninterruptible_basic": "Compilation error: Test timed out during compilation "
        "(timeout=1s); the worker process did not stop and was killed",
    }
