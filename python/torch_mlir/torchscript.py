"""`compile`: a PyTorch model, through TorchScript, to torch / linalg / TOSA / StableHLO IR.

This is the legacy TorchScript front end (formerly `torch_mlir.compile`) on top
of the core wheel: the model is scripted (or traced), imported as an object
graph by `torch_mlir.jit_ir_importer`, lowered by the wheel's
`torchscript-module-to-torch-backend-pipeline`, then to the requested backend.
Each step is a module of `torch_mlir._torchscript`; this module runs them in
order and keeps every name old callers import from here.

Decisions a caller can observe:

* `backend_legal_ops=None` means "the per-backend defaults of
  `BACKEND_LEGAL_OPS`" (`torch_mlir._pipelines`) for TOSA, LINALG_ON_TENSORS
  and STABLEHLO (and no ops for TORCH and RAW), as `torch_mlir.compile` did
  until 2025. An explicit list (even `[]`) is accepted for every output type
  and replaces the defaults; this is what newer callers (the e2e configs)
  rely on.
* TorchScript itself is deprecated in PyTorch, and `torch.jit.script` /
  `torch.jit.trace*` emit a `DeprecationWarning` on every call. Inside
  `compile` those warnings are recorded and dropped. In their place,
  `compile` issues one `TorchScriptDeprecationWarning` (a
  `DeprecationWarning`) per process, at the caller's line, before doing any
  work: under `-W error` (or `error::DeprecationWarning`) the first call
  raises it at once and loses nothing; filter it with
  `-W ignore::DeprecationWarning` (after `-W error`) or
  `warnings.filterwarnings("ignore", category=TorchScriptDeprecationWarning)`.
  Like any DeprecationWarning it is shown by default only when the caller is
  `__main__`. Warnings from anything else pass through unchanged.
* `output_type` must be an `OutputType` or one of the documented names
  (ValueError with a suggestion otherwise); `backend_legal_ops` must be a
  sequence (not a string) of registered op names such as "aten.linear" or
  "aten.flatten.using_ints" (ValueError naming an unknown op or a missing
  overload).
* The legacy keyword `use_make_fx` is accepted (keyword only) and emits a
  `DeprecationWarning` whenever it is passed; `True` still runs the model
  through `make_fx` with the core's decomposition table first.
* Scripting exports the requested methods (`torch.jit.export`) as before, but
  removes the marks from the user's class afterwards and makes TorchScript
  compile the class afresh when methods other than `forward` are requested.
  The old code left the marks in place (a later `torch.jit.trace` of the same
  class then failed with "method ... already defined") and let TorchScript
  reuse a class type compiled for a different set of methods ("Method 'cos'
  is not defined").
* Pass-pipeline failures raise `TorchMlirCompilerError` with a repro file and
  the `torch-mlir-opt` command, like the wheel's `run_pipeline_with_repro_report`
  (re-exported here unchanged), but `compile` itself uses
  `run_pipeline_with_lazy_repro_report`, which only prints the repro module
  when the pipeline fails.
"""

from typing import Optional, Sequence, Union

import torch

from torch_mlir._example_check import refuse_what_eager_refuses
from torch_mlir._isolation import isolated_pipelines
from torch_mlir._lazy_repro import run_pipeline_with_lazy_repro_report
from torch_mlir._pipelines import BACKEND_LEGAL_OPS
from torch_mlir._result_containers import record_list_results
from torch_mlir._torchscript.arguments import (
    ExampleArgs,
    _example_arg,  # noqa: F401 (old callers import it from here)
    _example_args,
    _example_args_for_one_method,  # noqa: F401 (old callers import it from here)
    class_annotator_for,
    legal_ops,
    output_type_of,
)
from torch_mlir._torchscript.arguments import (
    canon_extra_library as _canon_extra_library,
)
from torch_mlir._torchscript.deprecation import (
    TorchScriptDeprecationWarning,
    torchscript_deprecations_collapsed,
    warn_torchscript_deprecated_once,
    warn_use_make_fx_deprecated,
)
from torch_mlir._torchscript.importing import (
    import_object_graph,
    methods_observed,
    preparation_for,
)
from torch_mlir._torchscript.lowering import lower_to_backend, lower_to_torch_backend
from torch_mlir._torchscript.scripting import apply_make_fx, strip_fx_overloads, to_torchscript
from torch_mlir._torchscript.shape_report import shape_report_line
from torch_mlir.compiler_utils import (
    OutputType,
    TensorPlaceholder,
    TorchMlirCompilerError,
    lower_mlir_module,
    run_pipeline_with_repro_report,
)
from torch_mlir.jit_ir_importer import ClassAnnotator, ImportOptions, ModuleBuilder
from torch_mlir.jit_ir_importer.build_tools.library_generator import generate_library

__all__ = [
    "compile",
    "ExampleArgs",
    "OutputType",
    "TensorPlaceholder",
    "TorchMlirCompilerError",
    "TorchScriptDeprecationWarning",
    "BACKEND_LEGAL_OPS",
    "run_pipeline_with_repro_report",
    "run_pipeline_with_lazy_repro_report",
    "lower_mlir_module",
    "ClassAnnotator",
    "ImportOptions",
    "ModuleBuilder",
    "generate_library",
]


def compile(
    model: torch.nn.Module,
    example_args: _example_args,
    output_type: Union[str, OutputType] = OutputType.TORCH,
    use_tracing: bool = False,
    ignore_traced_shapes=False,
    backend_legal_ops: Optional[Sequence[str]] = None,
    extra_library: Sequence = [],
    verbose: bool = False,
    enable_ir_printing: bool = False,
    *,
    use_make_fx: Optional[bool] = None,
    prepare: bool = True,
    isolate: bool = False,
):
    """Converts a PyTorch model to MLIR of the requested `output_type`.

    Args:
      model: an `nn.Module` (scripted, or traced with `use_tracing`), a
        `torch.jit.ScriptModule` (scripted or traced already), or a
        `torch.fx.GraphModule`.
      example_args: the arguments of `forward` (a tensor, a `TensorPlaceholder`
        or a sequence of them; placeholders may have -1 dims), or an
        `ExampleArgs` naming several methods.
      output_type: an `OutputType` or its name: "raw" (the imported object
        graph), "torch", "linalg-on-tensors", "tosa", "stablehlo".
      use_tracing: trace the model with the example args instead of scripting.
      ignore_traced_shapes: with `use_tracing`, forget the shapes and dtypes
        seen while tracing (the annotations' shapes still apply).
      backend_legal_ops: ops not to decompose; None means the defaults of
        `BACKEND_LEGAL_OPS` for the output type.
      extra_library: shape/dtype/has_value_semantics functions for custom ops
        (see `jit_ir_importer.build_tools.library_generator`).
      verbose: print the IR after each step.
      enable_ir_printing: print the IR after each pass of the TorchScript ->
        torch backend pipeline (single-threaded).
      use_make_fx: deprecated; trace `forward` with `make_fx` first.
      prepare: rewrite copies of the TorchScript graphs before import so the
        core can lower them (`torch_mlir.prepare`: folded queries,
        decompositions, functional out= forms, parameters without an example
        argument bound to their defaults); False imports them as they are.
      isolate: run the core's pass pipelines in a forked child process, so
        that a crash in a core pass raises `TorchMlirCompilerError` (naming
        the signal and the pass) instead of killing this process
        (`torch_mlir._isolation`; costs a fork and a bytecode round trip of
        the module per pipeline).

    Returns:
      The `torch_mlir.ir.Module`, lowered in place.
    """
    warn_torchscript_deprecated_once()
    if use_make_fx is not None:
        warn_use_make_fx_deprecated()
    with torchscript_deprecations_collapsed(), isolated_pipelines(isolate):
        return _compile(
            model,
            example_args,
            output_type,
            use_tracing,
            ignore_traced_shapes,
            backend_legal_ops,
            extra_library,
            verbose,
            enable_ir_printing,
            bool(use_make_fx),
            prepare,
        )


def _compile(
    model,
    example_args,
    output_type,
    use_tracing,
    ignore_traced_shapes,
    backend_legal_ops,
    extra_library,
    verbose,
    enable_ir_printing,
    use_make_fx,
    prepare,
):
    # Argument checks first, in the order the old compile made them.
    extra_library_path = _canon_extra_library(extra_library)
    output_type = output_type_of(output_type)
    example_args = ExampleArgs.get(example_args)
    if ignore_traced_shapes and not use_tracing:
        raise Exception("`ignore_traced_shapes` requires `use_tracing`")
    backend_legal_ops = legal_ops(backend_legal_ops, output_type)

    if use_make_fx:
        model = apply_make_fx(model, example_args)
    strip_fx_overloads(model)
    scripted = to_torchscript(model, example_args, use_tracing, ignore_traced_shapes)
    if not prepare:
        refuse_what_eager_refuses(scripted, example_args)

    preparation, bound_defaults = None, {}
    if prepare:
        preparation, bound_defaults = preparation_for(scripted, example_args)
    class_annotator = class_annotator_for(scripted, example_args, bound_defaults)
    mb = import_object_graph(scripted, class_annotator, ignore_traced_shapes, preparation)
    if prepare:
        # The shape observation ran each method's prepared graph on the
        # example inputs, isolated like the check; only the methods it did
        # not run (or whose run raised: the check then names the error in
        # the user's program) run again.
        refuse_what_eager_refuses(scripted, example_args, methods_observed(scripted, preparation))
    if preparation is not None and preparation.list_returns:
        record_list_results(mb.module, preparation.list_returns)
    if verbose:
        print("\n====================")
        print("TorchScript RAW IR")
        print(mb.module)
    if verbose and preparation:
        # After the RAW IR, which legacy scripts expect first.
        print("\n====================")
        print("Preparation rewrites that fired")
        print("\n".join(preparation.summary()) or "(none)")
    if verbose:
        print(shape_report_line("after import", mb.module))
    if output_type == OutputType.RAW:
        return mb.module

    lower_to_torch_backend(mb.module, backend_legal_ops, extra_library_path, enable_ir_printing)
    if verbose:
        # Before lower_to_backend's output, which is the wheel's own.
        print(shape_report_line("after the torch-backend pipeline", mb.module))
    return lower_to_backend(verbose, output_type, mb.module)
