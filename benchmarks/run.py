"""Import and compile benchmarks: the TorchScript path against the pt2 (FX) path.

    python -m benchmarks.run [--models bert,mlp] [--stages import,fx-torch]
                             [--repeat 3] [--quick] [--output PATH]

For every model of `benchmarks.models` and every stage of `benchmarks.stages`
(scripting, raw import, the TorchScript -> torch backend pipeline,
`torchscript.compile` to each output type, `fx.export_and_import` to torch and
linalg-on-tensors, and one import done twice in the same process), each
measurement runs in a fresh child process, `--repeat` times, interleaved
(repetition by repetition) so that a change in machine load spreads over all
stages. Stages that build on each other (script -> import -> torch backend;
FX to torch -> FX to linalg) are measured one after the other in the same
child, as the prerequisites a fresh process would run anyway (see
`stages.CHAINS`). The table shows medians; the JSON keeps every run.

The children are forked from a server process that has imported torch and
torch_mlir and done nothing else (multiprocessing's "forkserver"): a child
starts with no TorchScript, MLIR or allocator state, like a new interpreter,
without paying 2-10 s of `import torch` per measurement, and builds its model
itself. `--start-method spawn` starts each child as a new interpreter instead.

A stage that fails (e.g. a lowering the core does not support) is reported as
"failed" with the first line of its error; a child that crashes or times out
is reported as such. Neither stops the run; a failed stage is not measured
again in later repetitions.
"""

import argparse
import datetime
import json
import multiprocessing
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Dict, List

from benchmarks.models import BENCHMARK_MODELS
from benchmarks.stages import (
    CHAINS,
    FX_COUNTERPARTS,
    ISOLATED_COMPILE_OUTPUT_TYPES,
    STAGES,
    measure,
)

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUTPUT = os.path.join(REPO_ROOT, "benchmarks", "results", "latest.json")
QUICK_MODELS = ["mlp"]
# Seconds one child may take before it is killed (the pt2 path takes minutes
# on ResNet-50 when the machine is busy).
TIMEOUT_SECONDS = 900
# What the forkserver imports once, before it forks any child (stages imports
# torch and every torch_mlir module a stage uses).
PRELOAD = ["benchmarks.stages"]
MB = 1e6


def _run_child(context, model: str, chain: str, wanted: List[str], timeout: float, scratch) -> dict:
    """One fresh child measuring `wanted` (stages of `chain`); never raises."""
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child_main, args=(sender, model, chain, wanted, scratch))
    process.start()
    sender.close()
    try:
        if receiver.poll(timeout):
            return receiver.recv()
        process.kill()
        error = f"timed out after {timeout:.0f} s"
    except EOFError:
        process.join()
        error = f"crashed (exit code {process.exitcode})"
    finally:
        process.join()
        receiver.close()
    return {"stages": {stage: {"status": "failed", "error": error} for stage in wanted}}


def _child_main(sender, model: str, chain: str, wanted: List[str], scratch: str):
    sender.send(measure(model, chain, wanted, scratch))
    sender.close()


def _has_failed(stage_runs: List[dict]) -> bool:
    return any(run["status"] != "ok" for run in stage_runs)


def _chains_for(stages: List[str]) -> List[tuple]:
    """(chain, its wanted stages) for the chains that measure any of `stages`."""
    plan = []
    for chain, (chain_stages, _) in CHAINS.items():
        wanted = [stage for stage in chain_stages if stage in stages]
        if wanted:
            plan.append((chain, wanted))
    return plan


def _median(values: List[float]):
    return statistics.median(values) if values else None


def _summarize(runs: List[dict]) -> dict:
    """Medians over the runs of one (model, stage); failed if any run failed."""
    ok = [run for run in runs if run["status"] == "ok"]
    failed = [run for run in runs if run["status"] != "ok"]
    summary = {
        "status": "failed" if failed else "ok",
        "error": failed[0]["error"] if failed else None,
        "runs": runs,
    }
    for key in [
        "seconds",
        "peak_rss_delta_bytes",
        "first_seconds",
        "second_seconds",
        "rss_growth_bytes",
        "isolated_child_peak_rss_bytes",
    ]:
        values = [run[key] for run in ok if key in run]
        if values:
            summary[key] = _median(values)
            if key == "seconds":
                summary["min_seconds"] = min(values)
                summary["max_seconds"] = max(values)
    return summary


def _add_derived_numbers(model_result: dict):
    stages = model_result["stages"]
    weights = model_result["weight_bytes"]
    raw_import = stages.get("import", {})
    if weights and raw_import.get("status") == "ok":
        raw_import["gb_per_s"] = weights / raw_import["seconds"] / 1e9
    for fx_stage, our_stage in FX_COUNTERPARTS.items():
        fx, ours = stages.get(fx_stage, {}), stages.get(our_stage, {})
        if fx.get("status") == "ok" and ours.get("status") == "ok":
            fx["ratio_fx_over_ours"] = fx["seconds"] / ours["seconds"]
    for isolated_stage, (_, plain_stage) in ISOLATED_COMPILE_OUTPUT_TYPES.items():
        isolated, plain = stages.get(isolated_stage, {}), stages.get(plain_stage, {})
        if isolated.get("status") == "ok" and plain.get("status") == "ok":
            isolated["extra_seconds_over_plain"] = isolated["seconds"] - plain["seconds"]


def _environment() -> dict:
    from importlib.metadata import version

    # "-dirty": the working tree (e.g. the importer's C++) differs from the commit.
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=REPO_ROOT, capture_output=True, text=True
    ).stdout.strip()
    return {
        "python": platform.python_version(),
        "torch": version("torch"),
        "torch_mlir_wheel": version("torch-mlir"),
        "git_commit": commit,
        "importer_built_at": _importer_built_at(),
        "cpu_count": os.cpu_count(),
        "machine": platform.machine(),
    }


def _importer_built_at() -> str:
    """When the importer extension in use was last built (symlinks resolved)."""
    import importlib.util

    spec = importlib.util.find_spec("torch_mlir._mlir_libs._jit_ir_importer")
    built = os.path.getmtime(os.path.realpath(spec.origin))
    return datetime.datetime.fromtimestamp(built).isoformat(timespec="seconds")


def _loadavg() -> List[float]:
    return [float(x) for x in open("/proc/loadavg").read().split()[:3]]


def _cell_seconds(stage: dict) -> str:
    if stage["status"] != "ok":
        return "failed"
    return f"{stage['seconds']:.3f}"


def _cell_spread(stage: dict) -> str:
    # import-twice's "seconds" is the sum of its two imports; no spread shown.
    if stage["status"] != "ok" or "min_seconds" not in stage or "first_seconds" in stage:
        return ""
    return f"{stage['min_seconds']:.3f}-{stage['max_seconds']:.3f}"


def _cell_megabytes(value) -> str:
    return "?" if value is None else f"{value / MB:.0f}"


def format_table(results: dict) -> str:
    """One row per (model, stage): median time, spread, peak RSS, GB/s, FX/ours."""
    header = [
        "model",
        "weights MB",
        "stage",
        "median s",
        "min-max s",
        "peak RSS +MB",
        "GB/s",
        "FX/ours",
    ]
    rows = []
    for model, model_result in results["models"].items():
        first = True
        for stage_name, stage in model_result["stages"].items():
            seconds = _cell_seconds(stage)
            rss = stage.get("peak_rss_delta_bytes")
            rss_cell = "" if rss is None else f"{rss / MB:.0f}"
            if stage_name == "import-twice" and stage["status"] == "ok":
                seconds = f"{stage['first_seconds']:.3f} / {stage['second_seconds']:.3f}"
                rss_cell = f"{rss_cell} (growth {stage['rss_growth_bytes'] / MB:+.0f})"
            gb_per_s = stage.get("gb_per_s")
            ratio = stage.get("ratio_fx_over_ours")
            rows.append(
                [
                    model if first else "",
                    _cell_megabytes(model_result["weight_bytes"]) if first else "",
                    stage_name,
                    seconds,
                    _cell_spread(stage),
                    rss_cell,
                    "" if gb_per_s is None else f"{gb_per_s:.2f}",
                    "" if ratio is None else f"{ratio:.1f}x",
                ]
            )
            first = False
    widths = [max(len(row[i]) for row in [header] + rows) for i in range(len(header))]
    right = {1, 3, 4, 5, 6, 7}

    def line(cells):
        return " | ".join(
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(cells, widths))
        )

    lines = [line(header), "-+-".join("-" * width for width in widths)]
    lines += [line(row) for row in rows]
    return "\n".join(lines)


def _failures(results: dict) -> List[str]:
    return [
        f"{model} / {stage_name}: {stage['error']}"
        for model, model_result in results["models"].items()
        for stage_name, stage in model_result["stages"].items()
        if stage["status"] != "ok"
    ]


def run(
    models: List[str], stages: List[str], repeat: int, start_method: str, timeout: float
) -> dict:
    context = multiprocessing.get_context(start_method)
    if start_method == "forkserver":
        context.set_forkserver_preload(PRELOAD)
    started = time.perf_counter()
    results = {
        "started": datetime.datetime.now().isoformat(timespec="seconds"),
        "command": " ".join(["python -m benchmarks.run"] + sys.argv[1:]),
        "repeat": repeat,
        "start_method": start_method,
        "loadavg_start": _loadavg(),
        "environment": _environment(),
        "models": {},
    }
    runs: Dict[tuple, List[dict]] = {(m, s): [] for m in models for s in stages}
    weights: Dict[str, int] = {}
    children: List[dict] = []
    for repetition in range(repeat):
        for model in models:
            for chain, wanted in _chains_for(stages):
                if all(_has_failed(runs[(model, stage)]) for stage in wanted):
                    # A compile that failed fails again; measuring it twice more
                    # (repro file of the whole module included) only costs time.
                    continue
                start = time.perf_counter()
                with tempfile.TemporaryDirectory(prefix="torch_mlir_bench_") as scratch:
                    child_result = _run_child(context, model, chain, wanted, timeout, scratch)
                children.append(
                    {
                        "model": model,
                        "chain": chain,
                        "repetition": repetition + 1,
                        "wall_seconds": time.perf_counter() - start,
                        "cpu_seconds": child_result.get("cpu_seconds"),
                    }
                )
                if "weight_bytes" in child_result:
                    weights[model] = child_result["weight_bytes"]
                outcomes = []
                for stage, run_result in child_result["stages"].items():
                    runs[(model, stage)].append(run_result)
                    if run_result["status"] == "ok":
                        outcomes.append(f"{stage} {run_result['seconds']:.3f} s")
                    else:
                        outcomes.append(f"{stage} failed")
                print(
                    f"[{repetition + 1}/{repeat}] {model}: {', '.join(outcomes)}"
                    f" (child {time.perf_counter() - start:.1f} s)",
                    file=sys.stderr,
                    flush=True,
                )
    ordered_stages = [stage for stage in STAGES if stage in stages]
    for model in models:
        model_result = {
            "weight_bytes": weights.get(model),
            "stages": {stage: _summarize(runs[(model, stage)]) for stage in ordered_stages},
        }
        _add_derived_numbers(model_result)
        results["models"][model] = model_result
    results["loadavg_end"] = _loadavg()
    results["importer_rebuilt_during_run"] = (
        _importer_built_at() != results["environment"]["importer_built_at"]
    )
    results["wall_seconds"] = time.perf_counter() - started
    results["children"] = children
    # On an idle machine a child's wall time is about its CPU time (the stages
    # are mostly single-threaded), so this sum estimates the run's idle duration.
    results["children_cpu_seconds"] = sum(c["cpu_seconds"] or 0.0 for c in children)
    return results


def _parse_list(value: str, choices: List[str], what: str) -> List[str]:
    names = [name for name in value.split(",") if name]
    unknown = [name for name in names if name not in choices]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown {what} {unknown}; choose from {choices}")
    return names


def main(argv=None) -> int:
    model_names = [spec.name for spec in BENCHMARK_MODELS]
    stage_names = list(STAGES)
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--models",
        type=lambda v: _parse_list(v, model_names, "model"),
        help=f"comma-separated, from {','.join(model_names)} (default: all)",
    )
    parser.add_argument(
        "--stages",
        type=lambda v: _parse_list(v, stage_names, "stage"),
        help=f"comma-separated, from {','.join(stage_names)} (default: all)",
    )
    parser.add_argument("--repeat", type=int, help="measurements per stage (default 3)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"CI smoke: 1 repetition, models {','.join(QUICK_MODELS)} unless --models",
    )
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="JSON file to write")
    parser.add_argument("--timeout", type=float, default=TIMEOUT_SECONDS, help="seconds per child")
    parser.add_argument(
        "--start-method",
        choices=["forkserver", "spawn"],
        default="forkserver",
        help="how children start (spawn: a new interpreter each, slower)",
    )
    args = parser.parse_args(argv)

    models = args.models or (QUICK_MODELS if args.quick else model_names)
    stages = args.stages or stage_names
    repeat = args.repeat or (1 if args.quick else 3)
    results = run(models, stages, repeat, args.start_method, args.timeout)

    print(format_table(results))
    for failure in _failures(results):
        # The whole first line is in the JSON; MLIR ops can make it very long.
        print(f"failed: {failure[:200]}" + ("..." if len(failure) > 200 else ""))
    load = " ".join(f"{x:.2f}" for x in results["loadavg_start"])
    load_end = " ".join(f"{x:.2f}" for x in results["loadavg_end"])
    print(
        f"{repeat} repetition(s), medians; fresh process per measurement ({args.start_method}); "
        f"loadavg {load} at start, {load_end} at end, {os.cpu_count()} cores; "
        f"total {results['wall_seconds']:.0f} s wall, the children used "
        f"{results['children_cpu_seconds']:.0f} s of CPU"
    )
    if results["importer_rebuilt_during_run"]:
        print("warning: the importer was rebuilt during the run; rerun for numbers of one build")
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w") as f:
        json.dump(results, f, indent=1)
    print(f"wrote {os.path.relpath(args.output)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
