"""Compare the TorchScript path with the pt2 path on the e2e suite.

    python -m e2e_testing.compare -c linalg --markdown cmp.md --html cmp.html --json cmp.json

runs every selected test through a TorchScript config (`-c`: linalg, tosa,
stablehlo, tosa_static or stablehlo_static) and its pt2 twin (fx_importer,
fx_importer_tosa, fx_importer_stablehlo) and puts each test in one category: both pass and
agree, both pass but their outputs differ, TorchScript only, pt2 only, both
fail (see `torch_mlir.migration.categories`).

Test selection (`-f`, `--shard`, `--suite`, `--list`, the crashing-tests
list), parallelism (`TORCH_MLIR_TEST_CONCURRENCY`, `-s`) and crash
isolation are those of `e2e_testing.main`. Each test is one worker task that
records the golden trace once and runs both paths (`paired.PairedRunner`),
so a comparison costs about what the two separate runs cost. Tests in a
config's `DO_NOT_RUN` set are not run on that path.

The command prints the tests that do not agree and the summary counts, and
writes the requested reports. It exits with 0 when the comparison ran
(whatever the outcomes: it informs, it does not gate), 1 on a bad test
name, filter, environment variable or suite, 2 on a bad command line.
"""

import sys
import time
import warnings

import xfail_sets
from torch_mlir_e2e_test.framework import default_worker_count, run_tests
from torch_mlir_e2e_test.paired import PairedConfig, PairedRunner, judge_pair
from torch_mlir_e2e_test.worker_pool import WorkerStartupError

from .compare_report import SuiteComparison
from .main import (
    CONFIGS,
    DEFAULT_SUITE,
    Parser,
    UsageError,
    add_selection_arguments,
    check_env,
    check_importer,
    load_suites,
    select_tests,
)
from .progress import Progress

# TorchScript config -> its pt2 twin (both are `e2e_testing.main` configs).
PT2_TWINS = {
    "linalg": "fx_importer",
    "tosa": "fx_importer_tosa",
    "stablehlo": "fx_importer_stablehlo",
    # torch.export specializes on the example inputs, as these configs do.
    "tosa_static": "fx_importer_tosa",
    "stablehlo_static": "fx_importer_stablehlo",
}


def _parser() -> Parser:
    parser = Parser(
        prog="python -m e2e_testing.compare",
        description="Compare the TorchScript path with the pt2 path on e2e tests.",
    )
    parser.add_argument(
        "-c",
        "--config",
        choices=list(PT2_TWINS),
        default="linalg",
        help="the TorchScript config; it is compared with its pt2 twin "
        + ", ".join(f"{ts} -> {pt2}" for ts, pt2 in PT2_TWINS.items())
        + " (default: linalg)",
    )
    add_selection_arguments(parser)
    parser.add_argument("--markdown", metavar="PATH", help="write the report as Markdown")
    parser.add_argument("--html", metavar="PATH", help="write the report as an HTML page")
    parser.add_argument("--json", metavar="PATH", help="write the report as JSON")
    parser.add_argument(
        "--rtol",
        type=float,
        help="relative tolerance between the paths' float outputs "
        "(default: torch.testing.assert_close's per dtype; needs --atol)",
    )
    parser.add_argument("--atol", type=float, help="absolute tolerance (needs --rtol)")
    return parser


def _rerun_lost_paths(pairs, tests, config: PairedConfig, args, suites, runner):
    """Run the pt2 path of tests whose worker died in the TorchScript path."""
    lost = {p.unique_name for p in pairs if p.pt2 is None}
    if not lost:
        return pairs
    print(f"Running the pt2 path of {len(lost)} tests whose TorchScript path crashed or hung")
    do_not_run = dict(config.do_not_run)
    do_not_run["torchscript"] = {name: "it crashed or hung already" for name in lost}
    rerun = run_tests(
        [t for t in tests if t.unique_name in lost],
        config._replace(do_not_run=do_not_run),
        args.sequential,
        args.verbose,
        suite_modules=suites,
        runner=runner,
    )
    rerun_by_name = {p.unique_name: p for p in rerun}
    merged = []
    for pair in pairs:
        if pair.unique_name in rerun_by_name:
            second = rerun_by_name[pair.unique_name]
            seconds = dict(pair.seconds, pt2=second.seconds.get("pt2", 0.0))
            pair = pair._replace(pt2=second.pt2, seconds=seconds)
        merged.append(pair)
    return merged


def _write(path, text) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"Wrote {path}")


def main(argv=None) -> int:
    args = _parser().parse_args(argv)
    if (args.rtol is None) != (args.atol is None):
        print("ERROR: --rtol and --atol go together", file=sys.stderr)
        return 2
    tolerances = (args.rtol, args.atol) if args.rtol is not None else None
    twin = PT2_TWINS[args.config]
    try:
        check_env()
        check_importer(args.config)
        suites = args.suite or [DEFAULT_SUITE]
        load_suites(suites)
        ts_sets, pt2_sets = xfail_sets.load(args.config), xfail_sets.load(twin)
        tests = select_tests(args, set(ts_sets.do_not_run) & set(pt2_sets.do_not_run))
    except (UsageError, ValueError) as e:
        print(f"ERROR: {e}", file=sys.stderr)
        return 1
    if args.list:
        print("\n".join(t.unique_name for t in tests))
        return 0

    config = PairedConfig(
        CONFIGS[args.config](),
        CONFIGS[twin](),
        {"torchscript": ts_sets.do_not_run, "pt2": pt2_sets.do_not_run},
    )
    runner = PairedRunner()
    progress = Progress(len(tests), (), classify=lambda p: judge_pair(p, tolerances).category)
    workers = 1 if args.sequential else default_worker_count(len(tests))
    start = time.monotonic()
    try:
        pairs = run_tests(
            tests,
            config,
            args.sequential,
            args.verbose,
            suite_modules=suites,
            on_result=progress.update,
            runner=runner,
        )
        progress.finish()
        pairs = _rerun_lost_paths(pairs, tests, config, args, suites, runner)
    except WorkerStartupError as e:
        print(f"{e}\nERROR: the test workers could not start; stopping", file=sys.stderr)
        return 1
    report = SuiteComparison(
        args.config,
        twin,
        [judge_pair(p, tolerances) for p in pairs],
        time.monotonic() - start,
        workers,
        tolerances,
    )
    print(report.to_text())
    for path, render in [
        (args.markdown, report.to_markdown),
        (args.html, report.to_html),
        (args.json, report.to_json),
    ]:
        if path:
            _write(path, render())
    return 0


def _console_main() -> None:
    warnings.filterwarnings(
        "ignore",
        message="A builtin ctypes object gave a PEP3118 format string that does not match its "
        "itemsize",
    )
    sys.exit(main())


if __name__ == "__main__":
    _console_main()
