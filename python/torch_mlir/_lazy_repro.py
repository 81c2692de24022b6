"""Runs a pass pipeline and writes a repro file only if it fails.

`torch_mlir.compiler_utils.run_pipeline_with_repro_report` (from the core
wheel) prints the whole module with debug info *before* running the pipeline,
so that it has something to write if the pipeline fails. For a model with real
weights that snapshot costs seconds on every successful compile.

`run_pipeline_with_lazy_repro_report` takes the same arguments and raises the
same `TorchMlirCompilerError` with the same message, but snapshots the module
by cloning the operation (about a millisecond: attributes, including weights,
are uniqued in the context and shared by the clone) and prints the clone only
when the pipeline has failed.

Under `_isolation.isolated_pipelines()` the pipeline runs in a forked child
(see `torch_mlir._isolation`); a child that dies raises TorchMlirCompilerError
naming the signal and the pass it was running, with the same repro file and
command as a failed pipeline.
"""

import os
import tempfile

from torch_mlir import _error_hints, _isolation
from torch_mlir._output_capture import captured_output
from torch_mlir.compiler_utils import (
    TorchMlirCompilerError,
    get_module_name_for_debug_dump,
)
from torch_mlir.passmanager import PassManager

# What the report suggests adding to the torch-mlir-opt command line.
_DEBUG_OPTIONS = "-mlir-print-ir-after-all -mlir-disable-threading"


def _write_repro_file(module_name: str, snapshot) -> str:
    filename = os.path.join(tempfile.gettempdir(), module_name + ".mlir")
    with open(filename, "w") as f:
        f.write(snapshot.get_asm(large_elements_limit=10, enable_debug_info=True))
    return filename


def _reproduction_lines(pipeline, filename) -> list:
    return [
        "For Torch-MLIR developers, the error can be reproduced with:",
        f"$ torch-mlir-opt -pass-pipeline='{pipeline}' {filename}",
        f"Add '{_DEBUG_OPTIONS}' to get the IR dump for debugging purpose.",
        "",
    ]


def _failure_message(description, diagnostics, exception, pipeline, filename) -> str:
    lines = [
        f"{description} failed with the following diagnostics:",
        diagnostics,
        "",
        f"python exception: {exception}",
        "",
        *_reproduction_lines(pipeline, filename),
    ]
    # Same layout as the wheel's report: every line left-aligned.
    return "\n".join(line.lstrip() for line in "\n".join(lines).split("\n"))


def _crash_message(description, died, pipeline, filename) -> str:
    return "\n".join(
        [f"{description} crashed: {died}.", "", *_reproduction_lines(pipeline, filename)]
    )


def _run_pass_manager(pipeline: str, operation, enable_ir_printing: bool) -> None:
    pass_manager = PassManager.parse(pipeline)
    if enable_ir_printing:
        pass_manager.enable_ir_printing()
    pass_manager.run(operation)


def run_pipeline_with_lazy_repro_report(
    module, pipeline: str, description: str, enable_ir_printing: bool = False
):
    """Runs `pipeline` on `module` in place; on failure raises TorchMlirCompilerError.

    Drop-in for `compiler_utils.run_pipeline_with_repro_report`.
    """
    if not _isolation.isolation_enabled():
        _run_with_lazy_repro_report(
            module, pipeline, description, enable_ir_printing, _run_pass_manager
        )
        return

    def run_announcing_passes(announce):
        def run_passes(pipeline, operation, enable_ir_printing):
            _isolation.run_passes_one_by_one(pipeline, operation, announce, enable_ir_printing)

        _run_with_lazy_repro_report(module, pipeline, description, enable_ir_printing, run_passes)

    try:
        _isolation.run_in_child(module, run_announcing_passes, pipeline)
    except _isolation.CompilerProcessDied as died:
        # The child died mid-pipeline; the parent's module is still the input.
        module_name = get_module_name_for_debug_dump(module)
        filename = _write_repro_file(module_name, module.operation)
        message = _crash_message(description or f"{module_name} compile", died, pipeline, filename)
        raise TorchMlirCompilerError(message) from None


def _run_with_lazy_repro_report(module, pipeline, description, enable_ir_printing, run_passes):
    module_name = get_module_name_for_debug_dump(module)
    snapshot = module.operation.clone()
    error = errors = None
    try:
        with captured_output((2,), native=False) as diagnostics:
            try:
                with module.context as ctx, _error_hints.recorded_errors(ctx) as errors:
                    # Make pass errors raise instead of only printing diagnostics.
                    ctx.emit_error_diagnostics = True
                    if enable_ir_printing:
                        ctx.enable_multithreading(False)
                    run_passes(pipeline, module.operation, enable_ir_printing)
            except Exception as e:
                error = e
        if error is not None:
            filename = _write_repro_file(module_name, snapshot)
            message = _failure_message(
                description or f"{module_name} compile",
                diagnostics.text,
                error,
                pipeline,
                filename,
            ) + _error_hints.hint_for(errors, filename)
            raise TorchMlirCompilerError(message) from None
    finally:
        # The clone is detached; erase it now rather than whenever it is collected.
        snapshot.erase()
