"""Where the time of the raw import and of the torch backend pipeline goes.

    python -m benchmarks.profile [--model bert] [--top 12]

In one process (so: indicative, not a benchmark), for one model:

* raw import (`ModuleBuilder.import_module`) with torch's default intra-op
  threads and with one thread, next to the time torch needs just to clone
  every weight (what the importer does to own a private copy of each tensor);
* the torch backend pipeline on the module `compile` imports (prepared, with
  the shapes observed on the example inputs), split into the repro snapshot (a module clone),
  pass-pipeline parsing, and the passes themselves, with MLIR's own pass
  timing (the passes that took longest); and what printing the module with
  debug info costs, which the wheel's `run_pipeline_with_repro_report` does
  before every pipeline.

With `--perf-control CTL,ACK` (two FIFOs), the script turns `perf record -D -1
--control fifo:CTL,ACK` on around the `--perf-region` (import or pipeline)
only, e.g.

    mkfifo /tmp/ctl /tmp/ack
    perf record -e cpu-clock -F 999 -D -1 --control fifo:/tmp/ctl,/tmp/ack \\
        -o perf.data -- python -m benchmarks.profile --perf-control /tmp/ctl,/tmp/ack
    perf report -i perf.data --no-children --sort dso,symbol
"""

import argparse
import contextlib
import gc
import os
import re
import sys
import tempfile
import time
import warnings

import torch

from benchmarks.models import MODELS_BY_NAME, weight_bytes
from benchmarks.stages import TORCH_BACKEND_PIPELINE, _class_annotator, _import
from torch_mlir import torchscript
from torch_mlir.passmanager import PassManager

# "  6.4976 ( 75.9%)      SimplifyShapeCalculations" in MLIR's timing report.
_TIMING_LINE = re.compile(r"^\s*([0-9.]+)\s+\(\s*[0-9.]+%\)(\s+)(.+?)\s*$")
# Report entries that are not one pass: totals and analyses.
_NOT_PASSES = ("Total", "Rest", "(A) ")


class _PerfControl:
    """Enables/disables `perf record --control fifo:...` around a region."""

    def __init__(self, fifos):
        self.control, self.ack = fifos.split(",") if fifos else (None, None)

    def _send(self, command):
        if self.control:
            with open(self.control, "w") as f:
                f.write(command + "\n")
            with open(self.ack) as f:
                f.read(5)

    @contextlib.contextmanager
    def region(self, active: bool):
        if active:
            self._send("enable")
        try:
            yield
        finally:
            if active:
                self._send("disable")


def _best_of(repeat: int, function, region=contextlib.nullcontext) -> float:
    """Best time of `repeat` calls; `region()` is entered around each call only."""
    times = []
    for _ in range(repeat):
        gc.collect()
        with region():
            start = time.perf_counter()
            result = function()
            times.append(time.perf_counter() - start)
        del result
    return min(times)


def profile_import(model, inputs, repeat: int, perf: _PerfControl, perf_on: bool):
    scripted = torch.jit.script(model)
    annotator = _class_annotator(scripted, inputs)
    tensors = [t.detach() for t in model.state_dict().values()]
    nbytes = weight_bytes(model)
    default_threads = torch.get_num_threads()
    print(f"raw import, {nbytes / 1e6:.0f} MB of weights (best of {repeat}):")
    for threads in sorted({default_threads, 1}, reverse=True):
        torch.set_num_threads(threads)
        profiled = perf_on and threads == default_threads
        seconds = _best_of(
            repeat,
            lambda: _import(scripted, annotator),
            lambda profiled=profiled: perf.region(profiled),
        )
        clone = _best_of(repeat, lambda: [t.clone() for t in tensors])
        print(
            f"  torch threads {threads}: import {seconds:.3f} s"
            f" ({nbytes / seconds / 1e9:.2f} GB/s);"
            f" cloning the weights alone {clone:.3f} s ({clone / seconds:.0%} of it)"
        )
    torch.set_num_threads(default_threads)
    return scripted, annotator


@contextlib.contextmanager
def _captured_stderr_fd():
    """Collects what native code writes to fd 2 (MLIR's timing report)."""
    captured = {}
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile(mode="w+") as f:
        os.dup2(f.fileno(), 2)
        try:
            yield captured
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            f.seek(0)
            captured["text"] = f.read()


def _slowest_passes(report: str, top: int):
    """Innermost passes by total time (a pass running a nested pipeline is not one)."""
    entries = []
    for line in report.splitlines():
        match = _TIMING_LINE.match(line)
        if match and not any(word in match.group(3) for word in _NOT_PASSES):
            entries.append((len(match.group(2)), float(match.group(1)), match.group(3)))
    totals = {}
    for i, (indent, seconds, name) in enumerate(entries):
        following = entries[i + 1] if i + 1 < len(entries) else (0, 0.0, "")
        has_children = following[0] > indent
        # A pass running a dynamic pipeline (LowerToBackendContract) is followed
        # by that pipeline at its own indentation, which took no longer than it.
        runs_pipeline = (
            following[0] == indent and following[2].endswith("Pipeline") and following[1] <= seconds
        )
        if not has_children and not runs_pipeline:
            totals[name] = totals.get(name, 0.0) + seconds
    return sorted(totals.items(), key=lambda item: -item[1])[:top]


def profile_pipeline(model, inputs, top: int, perf: _PerfControl, perf_on: bool):
    # The module `compile` hands the pipeline: prepared, with the shapes
    # observed on the example inputs.
    module = torchscript.compile(model, inputs, output_type="raw")
    print("torch backend pipeline (as compile runs it, on the prepared import):")
    start = time.perf_counter()
    snapshot = module.operation.clone()
    print(f"  repro snapshot (module clone)  {time.perf_counter() - start:8.3f} s")
    snapshot.erase()
    start = time.perf_counter()
    text = module.operation.get_asm(enable_debug_info=True)
    print(
        f"  [not paid] printing it with debug info, as the wheel's run_pipeline_with_repro_report"
        f" does: {time.perf_counter() - start:.3f} s, {len(text) / 1e6:.0f} MB of text"
    )
    del text
    with _captured_stderr_fd() as captured:
        with module.context:
            start = time.perf_counter()
            pass_manager = PassManager.parse(TORCH_BACKEND_PIPELINE)
            parse_seconds = time.perf_counter() - start
            pass_manager.enable_timing()
            start = time.perf_counter()
            with perf.region(perf_on):
                pass_manager.run(module.operation)
            run_seconds = time.perf_counter() - start
            # The timing report is printed when the pass manager is destroyed.
            del pass_manager
            gc.collect()
    print(f"  PassManager.parse              {parse_seconds:8.3f} s")
    print(f"  PassManager.run (the passes)   {run_seconds:8.3f} s; slowest passes:")
    for name, seconds in _slowest_passes(captured["text"], top):
        print(f"    {seconds:8.3f} s {seconds / run_seconds:6.1%}  {name}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.profile", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--model", default="bert", choices=sorted(MODELS_BY_NAME))
    parser.add_argument("--repeat", type=int, default=3, help="imports per measurement")
    parser.add_argument("--top", type=int, default=12, help="slowest passes to list")
    parser.add_argument("--perf-control", help="CTL,ACK fifos of perf record --control")
    parser.add_argument("--perf-region", choices=["import", "pipeline"], default="import")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore", DeprecationWarning)
    perf = _PerfControl(args.perf_control)

    spec = MODELS_BY_NAME[args.model]
    model, inputs = spec.build(), spec.example_inputs()
    print(f"{args.model}; loadavg {open('/proc/loadavg').read().strip()}")
    profile_import(model, inputs, args.repeat, perf, args.perf_region == "import")
    profile_pipeline(model.eval(), inputs, args.top, perf, args.perf_region == "pipeline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
