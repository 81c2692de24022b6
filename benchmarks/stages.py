"""The measured stages, grouped in chains; each chain runs in a fresh child process.

A chain is a sequence of stages where each stage starts from what the previous
one produced: scripting -> raw import -> torch backend pipeline, or the pt2
path to torch IR -> on to linalg-on-tensors. A child process builds its
model, then runs one chain up to the last stage asked for, timing each stage.
A stage measured at the end of a chain therefore costs exactly what it would
cost alone in a fresh process (which would have to run the earlier stages
first anyway); the chain only spares the benchmark from redoing them.

Peak RSS of a stage is `ru_maxrss` when the stage ends minus `ru_maxrss`
right after the model was built: what the stage and the stages before it added
to an interpreter that already holds torch and the model's weights. Each run
also records both references (`torch_rss_bytes` before the model was built,
`baseline_rss_bytes` after).

`CHAINS` is the one table of what is measured; `STAGES` lists its stages in
table order.
"""

import contextlib
import gc
import resource
import tempfile
import time
import warnings
from typing import Callable, Dict, List, Tuple

import torch

from benchmarks.models import MODELS_BY_NAME, weight_bytes

# Imported here, not in the stages, so that loading them is in every child's
# baseline (and costs nothing in a forkserver child, which has them preloaded).
from torch_mlir import fx, torchscript
from torch_mlir._lazy_repro import run_pipeline_with_lazy_repro_report
from torch_mlir._pipelines import TORCH_BACKEND_DESCRIPTION, torch_backend_pipeline
from torch_mlir.compiler_utils import BackendLoweringOptions, OutputType, lower_mlir_module
from torch_mlir.jit_ir_importer import ClassAnnotator, ImportOptions, ModuleBuilder

# The torch backend pipeline exactly as `torchscript.compile(..., "torch")` runs it.
TORCH_BACKEND_PIPELINE = torch_backend_pipeline(legal_ops=[], extra_library_path="")


def _max_rss_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB


def _current_rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize()


class StageRecorder:
    """Times the stages of one chain; knows when the last wanted stage is done."""

    def __init__(self, wanted: List[str]):
        self.wanted = wanted
        self.results: Dict[str, dict] = {}
        self.baseline_rss = _max_rss_bytes()
        self._chain_start = None

    def finished(self) -> bool:
        return all(name in self.results for name in self.wanted)

    @contextlib.contextmanager
    def stage(self, name: str, cumulative: bool = False):
        """Times the block as stage `name`; `cumulative`: from the chain's first stage on.

        Yields a dict the block may fill with extra numbers for the stage.
        """
        extra: Dict[str, float] = {}
        start = time.perf_counter()
        if self._chain_start is None:
            self._chain_start = start
        yield extra
        end = time.perf_counter()
        self.results[name] = {
            "status": "ok",
            "seconds": end - (self._chain_start if cumulative else start),
            "peak_rss_delta_bytes": _max_rss_bytes() - self.baseline_rss,
            "baseline_rss_bytes": self.baseline_rss,
            **extra,
        }


def _class_annotator(scripted, inputs):
    """Exports `forward` with static shapes/dtypes and value semantics, as compile does."""
    annotator = ClassAnnotator()
    root_type = scripted._c._type()
    annotator.exportNone(root_type)
    annotator.exportPath(root_type, ["forward"])
    annotator.annotateArgs(
        root_type, ["forward"], [None] + [(list(t.shape), t.dtype, True) for t in inputs]
    )
    return annotator


def _import(scripted, annotator):
    module_builder = ModuleBuilder()
    module_builder.import_module(scripted._c, annotator, ImportOptions())
    return module_builder


def chain_torchscript(model, inputs, recorder: StageRecorder):
    """script -> import (ModuleBuilder.import_module) -> torch backend pipeline."""
    with recorder.stage("script"):
        scripted = torch.jit.script(model)
    if recorder.finished():
        return
    annotator = _class_annotator(scripted, inputs)
    with recorder.stage("import"):
        module_builder = _import(scripted, annotator)
    if recorder.finished():
        return
    with recorder.stage("torch-backend"):
        run_pipeline_with_lazy_repro_report(
            module_builder.module, TORCH_BACKEND_PIPELINE, TORCH_BACKEND_DESCRIPTION
        )


def _chain_compile(stage_name: str, output_type: str, isolate: bool = False) -> Callable:
    def chain(model, inputs, recorder: StageRecorder):
        with recorder.stage(stage_name) as extra:
            torchscript.compile(model, list(inputs), output_type=output_type, isolate=isolate)
            if isolate:
                # ru_maxrss of this process leaves out the forked pipeline
                # processes; the largest of them is reported on its own.
                children = resource.getrusage(resource.RUSAGE_CHILDREN)
                extra["isolated_child_peak_rss_bytes"] = children.ru_maxrss * 1024

    chain.__doc__ = (
        f"torchscript.compile(model, inputs, output_type={output_type!r}, isolate={isolate})."
    )
    return chain


def chain_fx(model, inputs, recorder: StageRecorder):
    """fx.export_and_import to torch, then on to linalg-on-tensors.

    `export_and_import(output_type="linalg-on-tensors")` runs exactly these
    two steps (the torch backend pipeline does not depend on the output type),
    so "fx-linalg" is the time of both together.
    """
    with recorder.stage("fx-torch"):
        module = fx.export_and_import(model, *inputs, output_type="torch")
    if recorder.finished():
        return
    with recorder.stage("fx-linalg", cumulative=True):
        lower_mlir_module(
            False,
            OutputType.LINALG_ON_TENSORS,
            module,
            BackendLoweringOptions(allow_non_finites=True),
        )


def chain_import_twice(model, inputs, recorder: StageRecorder):
    """Imports the same scripted model twice; the first module is freed before the second.

    `rss_growth_bytes` is the resident set after the second import minus after
    the first (both with one module alive): what the first import left behind.
    """
    scripted = torch.jit.script(model)
    annotator = _class_annotator(scripted, inputs)
    with recorder.stage("import-twice") as extra:
        start = time.perf_counter()
        module_builder = _import(scripted, annotator)
        extra["first_seconds"] = time.perf_counter() - start
        extra["rss_after_first_bytes"] = _current_rss_bytes()
        del module_builder
        gc.collect()
        start = time.perf_counter()
        module_builder = _import(scripted, annotator)  # noqa: F841 (alive while RSS is read)
        extra["second_seconds"] = time.perf_counter() - start
        extra["rss_after_second_bytes"] = _current_rss_bytes()
        extra["rss_growth_bytes"] = extra["rss_after_second_bytes"] - extra["rss_after_first_bytes"]


# Stage -> the `output_type` it passes to `torchscript.compile`.
COMPILE_OUTPUT_TYPES = {
    "compile-torch": "torch",
    "compile-linalg": "linalg-on-tensors",
    "compile-tosa": "tosa",
    "compile-stablehlo": "stablehlo",
}

# Stage -> the `output_type` it compiles to with `isolate=True`, and the
# non-isolated stage it is compared with: the cost of the isolation mode.
ISOLATED_COMPILE_OUTPUT_TYPES = {
    "compile-torch-isolated": ("torch", "compile-torch"),
    "compile-linalg-isolated": ("linalg-on-tensors", "compile-linalg"),
}

# Chain name -> (its stages in order, the function running them).
CHAINS: Dict[str, Tuple[List[str], Callable]] = {
    "torchscript": (["script", "import", "torch-backend"], chain_torchscript),
    **{
        stage: ([stage], _chain_compile(stage, output_type))
        for stage, output_type in COMPILE_OUTPUT_TYPES.items()
    },
    **{
        stage: ([stage], _chain_compile(stage, output_type, isolate=True))
        for stage, (output_type, _) in ISOLATED_COMPILE_OUTPUT_TYPES.items()
    },
    "fx": (["fx-torch", "fx-linalg"], chain_fx),
    "import-twice": (["import-twice"], chain_import_twice),
}

STAGES: List[str] = [stage for stages, _ in CHAINS.values() for stage in stages]

# FX stage -> the stage of ours it is compared with (same model, same output type).
FX_COUNTERPARTS = {"fx-torch": "compile-torch", "fx-linalg": "compile-linalg"}


def first_error_line(message: str) -> str:
    """The MLIR diagnostic (`error: ...`) of a compiler error, else its first line."""
    lines = [line.strip() for line in str(message).splitlines() if line.strip()]
    for line in lines:
        if "error:" in line:
            return line
    return lines[0] if lines else "(no message)"


def measure(model_name: str, chain_name: str, wanted: List[str], scratch_dir=None) -> dict:
    """Child process: builds the model, runs one chain until `wanted` are measured.

    Returns {"weight_bytes": ..., "stages": {stage: numbers}} for the wanted
    stages; a stage that raised, and the wanted ones after it, are "failed".
    Files the stages write to the temp directory (a failed compile's repro
    file: the whole module, weights included) go to `scratch_dir`.
    """
    if scratch_dir:
        tempfile.tempdir = scratch_dir
    # The benchmark reports times; TorchScript's deprecation chatter is not part of them.
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.simplefilter("ignore", FutureWarning)
    spec = MODELS_BY_NAME[model_name]
    torch_rss = _max_rss_bytes()
    model = spec.build()
    inputs = spec.example_inputs()
    stage_names, run_chain = CHAINS[chain_name]
    recorder = StageRecorder(wanted)
    try:
        run_chain(model, inputs, recorder)
    except Exception as e:
        error = f"{type(e).__name__}: {first_error_line(e)}"
        for name in stage_names:
            # The stage that raised (or whose untimed preparation did) and all after it.
            if name not in recorder.results:
                recorder.results[name] = {"status": "failed", "error": error}
    for result in recorder.results.values():
        # The interpreter with torch (and torch_mlir) loaded, before the model.
        result["torch_rss_bytes"] = torch_rss
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "weight_bytes": weight_bytes(model),
        "stages": {name: recorder.results[name] for name in wanted},
        # All of this child's CPU time (model building included), every thread.
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
    }
