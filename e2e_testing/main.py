"""Run e2e test suites against a config: `python -m e2e_testing.main -c linalg`.

Also installed as the `torch-mlir-e2e-test` console script. By default it
runs our own suite (`torch_mlir_e2e_test.test_suite`); `--suite MODULE`
(repeatable) runs the named suite modules instead (list ours explicitly to
run it as well). Expected failures and tests not to run come from
`xfail_sets.<config>`.

Tests run in long-lived worker processes (spawn start method). The default
worker count is about 0.8 per CPU plus one, so 2 on a 2-core machine;
`TORCH_MLIR_TEST_CONCURRENCY=N` caps it and `-s` runs everything in this
process instead. A test that crashes its worker is reported as CRASH and the
run goes on; a test that hangs past its timeout is killed and reported.
`TORCH_MLIR_TEST_VERBOSE=1` is the same as `-v`.

Exit codes: 0 when every outcome was expected (or with --ignore_failures),
1 when a test failed, crashed or unexpectedly passed, or on a bad test name,
filter, environment variable or suite import; 2 on a bad command line.
"""

import argparse
import re
import sys
import traceback
import warnings

import torch

import xfail_sets
from torch_mlir_e2e_test import registry
from torch_mlir_e2e_test.configs import (
    FxImporterTestConfig,
    JITImporterTestConfig,
    NativeTorchTestConfig,
    TorchScriptTestConfig,
)
from torch_mlir_e2e_test.framework import default_worker_count, int_env_var, run_tests
from torch_mlir_e2e_test.linalg_on_tensors_backends.refbackend import (
    RefBackendLinalgOnTensorsBackend,
)
from torch_mlir_e2e_test.reporting import report_results
from torch_mlir_e2e_test.stablehlo_backends.linalg_on_tensors import LinalgOnTensorsStablehloBackend
from torch_mlir_e2e_test.tosa_backends.linalg_on_tensors import LinalgOnTensorsTosaBackend
from torch_mlir_e2e_test.worker_pool import WorkerStartupError

from .junit import write_junit_xml
from .progress import Progress

DEFAULT_SUITE = "torch_mlir_e2e_test.test_suite"

# -c choice -> how to build its config.
CONFIGS = {
    "linalg": lambda: JITImporterTestConfig(RefBackendLinalgOnTensorsBackend()),
    "tosa": lambda: JITImporterTestConfig(LinalgOnTensorsTosaBackend(), "tosa"),
    "stablehlo": lambda: JITImporterTestConfig(LinalgOnTensorsStablehloBackend(), "stablehlo"),
    "tosa_static": lambda: JITImporterTestConfig(
        LinalgOnTensorsTosaBackend(), "tosa", static_shapes=True
    ),
    "stablehlo_static": lambda: JITImporterTestConfig(
        LinalgOnTensorsStablehloBackend(), "stablehlo", static_shapes=True
    ),
    "torchscript": TorchScriptTestConfig,
    "native_torch": NativeTorchTestConfig,
    "fx_importer": lambda: FxImporterTestConfig(RefBackendLinalgOnTensorsBackend()),
    "fx_importer_tosa": lambda: FxImporterTestConfig(LinalgOnTensorsTosaBackend(), "tosa"),
    "fx_importer_stablehlo": lambda: FxImporterTestConfig(
        LinalgOnTensorsStablehloBackend(), "stablehlo"
    ),
}
# Configs that compile through `torch_mlir.torchscript` (the C++ importer).
JIT_CONFIGS = {"linalg", "tosa", "stablehlo", "tosa_static", "stablehlo_static"}


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """Reports a bad command line as one `ERROR:` line (exit code 2)."""

    def error(self, message):
        print(f"ERROR: {message}", file=sys.stderr)
        sys.exit(2)


def _shard(spec: str):
    match = re.fullmatch(r"(\d+)/(\d+)", spec)
    if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
        raise argparse.ArgumentTypeError(
            f"bad shard '{spec}': expected K/N with 1 <= K <= N, e.g. 2/4"
        )
    return int(match.group(1)), int(match.group(2))


def _parser() -> argparse.ArgumentParser:
    parser = Parser(prog="python -m e2e_testing.main", description="Run torch-mlir e2e tests.")
    parser.add_argument(
        "-c",
        "--config",
        choices=list(CONFIGS),
        default="linalg",
        help="what to compile and run with (default: linalg)",
    )
    add_selection_arguments(parser)
    parser.add_argument(
        "--ignore_failures", action="store_true", help="exit with 0 even if tests failed"
    )
    parser.add_argument("--junitxml", metavar="PATH", help="also write the results as JUnit XML")
    return parser


def add_selection_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that choose and run tests, shared with `e2e_testing.compare`."""
    parser.add_argument(
        "-f",
        "--filter",
        default=".*",
        help="regular expression that test names must match at their start (re.match)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="print compiler output and detailed failure reports",
    )
    parser.add_argument(
        "-s",
        "--sequential",
        action="store_true",
        help=(
            "Run tests sequentially rather than in parallel, in this process "
            "(no crash isolation; useful under a debugger)."
        ),
    )
    parser.add_argument(
        "--crashing_tests_to_not_attempt_to_run_and_a_bug_is_filed",
        metavar="TEST",
        nargs="+",
        default=[],
        help="tests to skip (each must be a registered test)",
    )
    parser.add_argument(
        "--suite",
        metavar="MODULE",
        action="append",
        help=(
            f"test suite module to run (repeatable; default: {DEFAULT_SUITE}); "
            "its register_all_tests() is called if present"
        ),
    )
    parser.add_argument(
        "--shard",
        type=_shard,
        metavar="K/N",
        help="run only the K-th of N deterministic slices of the selected tests",
    )
    parser.add_argument(
        "--list", action="store_true", help="print the names of the selected tests and exit"
    )


def load_suites(suites):
    for suite in suites:
        try:
            registry.load_suite(suite)
        except Exception:
            traceback.print_exc()
            raise UsageError(
                f"importing test suite '{suite}' failed (traceback above); stopping"
            ) from None


def check_importer(config_name: str) -> None:
    if config_name not in JIT_CONFIGS:
        return
    try:
        import torch_mlir.torchscript  # noqa: F401
    except Exception as e:
        raise UsageError(
            f"config '{config_name}' needs torch_mlir.torchscript, which failed to import: {e}"
        ) from None


def select_tests(args, do_not_run):
    """Registered tests minus skipped ones, filtered and sharded, by name."""
    all_tests = sorted(registry.GLOBAL_TEST_REGISTRY, key=lambda t: t.unique_name)
    names = {t.unique_name for t in all_tests}
    for name in args.crashing_tests_to_not_attempt_to_run_and_a_bug_is_filed:
        if name not in names:
            raise UsageError(
                "--crashing_tests_to_not_attempt_to_run_and_a_bug_is_filed argument "
                f"'{name}' is not a valid test name"
            )
    skipped = set(do_not_run) | set(args.crashing_tests_to_not_attempt_to_run_and_a_bug_is_filed)
    available = [t for t in all_tests if t.unique_name not in skipped]
    try:
        pattern = re.compile(args.filter)
    except re.error as e:
        raise UsageError(
            f"the provided filter '{args.filter}' is not a valid regular expression: {e}"
        ) from None
    tests = [t for t in available if pattern.match(t.unique_name)]
    if not tests:
        listing = "\n".join(t.unique_name for t in available)
        raise UsageError(
            f"the provided filter '{args.filter}' does not match any tests\n"
            f"The available tests are:\n{listing}"
        )
    if args.shard:
        index, count = args.shard
        tests = tests[index - 1 :: count]
    return tests


def _warn_about_stale_entries(config_name, sets, suites) -> None:
    """Entries naming no registered test are typos or leftovers; say so."""
    if DEFAULT_SUITE not in suites:
        return  # Other suites do not contain our test names.
    names = {t.unique_name for t in registry.GLOBAL_TEST_REGISTRY}
    unknown = sorted((set(sets.expected_failures) | set(sets.do_not_run)) - names)
    if unknown:
        print(
            f"WARNING: xfail_sets.{config_name} lists unregistered tests: {', '.join(unknown)}",
            file=sys.stderr,
        )


def check_env() -> None:
    # Fail before any work is done; run_tests would raise the same errors.
    default_worker_count(1)
    int_env_var("TORCH_MLIR_TEST_VERBOSE")


def main(argv=None) -> int:
    args = _parser().parse_args(argv)
    torch.device("cpu")
    try:
        check_env()
        check_importer(args.config)
        suites = args.suite or [DEFAULT_SUITE]
        load_suites(suites)
        sets = xfail_sets.load(args.config)
        _warn_about_stale_entries(args.config, sets, suites)
        tests = select_tests(args, sets.do_not_run)
    except (UsageError, ValueError) as e:
        print(f"ERROR: {e}", file=sys.stderr)
        return 1
    if args.list:
        print("\n".join(t.unique_name for t in tests))
        return 0

    config = CONFIGS[args.config]()
    progress = Progress(len(tests), sets.expected_failures)
    try:
        results = run_tests(
            tests,
            config,
            args.sequential,
            args.verbose,
            suite_modules=suites,
            on_result=progress.update,
        )
    except WorkerStartupError as e:
        print(f"{e}\nERROR: the test workers could not start; stopping", file=sys.stderr)
        return 1
    progress.finish()
    failed = report_results(results, sets.expected_failures, args.verbose, args.config)
    if args.junitxml:
        write_junit_xml(
            args.junitxml, args.config, results, progress.durations, sets.expected_failures
        )
    if args.ignore_failures:
        return 0
    return 1 if failed else 0


def _console_main() -> None:
    warnings.filterwarnings(
        "ignore",
        message=(
            "A builtin ctypes object gave a PEP3118 format string that does not match its itemsize"
        ),
    )
    sys.exit(main())


if __name__ == "__main__":
    _console_main()
