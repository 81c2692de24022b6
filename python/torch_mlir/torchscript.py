"""`compile`: a PyTorch model, through TorchScript, to torch / linalg / TOSA / StableHLO IR.

This is the legacy TorchScript front end (formerly `torch_mlir.compile`) on top
of the core wheel: the model is scripted (or traced), imported as an object
graph by `torch_mlir.jit_ir_importer`, lowered by the wheel's
`torchscript-module-to-torch-backend-pipeline`, then to the requested backend.

Decisions a caller can observe:

* `backend_legal_ops=None` means "the per-backend defaults of
  `BACKEND_LEGAL_OPS`" for TOSA, LINALG_ON_TENSORS and STABLEHLO (and no ops
  for TORCH and RAW), as `torch_mlir.compile` did until 2025. An explicit list
  (even `[]`) is accepted for every output type and replaces the defaults; this
  is what newer callers (the e2e configs) rely on.
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

import collections.abc
import contextlib
import difflib
import os
import re
import sys
import tempfile
import warnings
from io import StringIO
from typing import Dict, List, Optional, Sequence, Union

import torch
import torch.fx

from torch_mlir.compiler_utils import (
    OutputType,
    TensorPlaceholder,
    TorchMlirCompilerError,
    lower_mlir_module,
    run_pipeline_with_repro_report,
)
from torch_mlir.jit_ir_importer import ClassAnnotator, ImportOptions, ModuleBuilder
from torch_mlir.jit_ir_importer.build_tools.library_generator import generate_library
from torch_mlir._lazy_repro import run_pipeline_with_lazy_repro_report
from torch_mlir._example_check import refuse_what_eager_refuses
from torch_mlir._core_crashes import refuse_what_the_core_crashes_on
from torch_mlir._isolation import isolated_pipelines
from torch_mlir.prepare import Preparation, assigned_attribute_names, defaults_to_bind

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

# Ops each backend lowers better itself than after decomposition (§1.6 of the
# contract; identical to the lists the JIT e2e config passes explicitly).
BACKEND_LEGAL_OPS: Dict[OutputType, List[str]] = {
    OutputType.TOSA: [
        "aten.flatten.using_ints",
        "aten.native_layer_norm",
        "aten.linear",
    ],
    OutputType.LINALG_ON_TENSORS: [
        "aten.flatten.using_ints",
        "aten.adaptive_avg_pool1d",
        "aten.adaptive_avg_pool2d",
        "aten.unflatten.int",
    ],
    OutputType.STABLEHLO: [
        "aten.amax",
        "aten.amin",
        "aten.randn.generator",
        "aten.normal_functional",
        "aten.fmod.Tensor",
    ],
}

# Torch backend IR -> backend IR, per output type: (pipeline, description,
# header printed before the result when verbose). Mirrors
# `compiler_utils.lower_mlir_module`, which cannot be told to use the lazy
# repro runner; tests/python/compile/test_compile_backend_lowering.py checks that the
# two stay identical.
BACKEND_LOWERINGS = {
    OutputType.TOSA: (
        "builtin.module(torch-backend-to-tosa-backend-pipeline)",
        "Lowering Torch Backend IR -> TOSA Backend IR",
        "TOSA Backend IR",
    ),
    OutputType.LINALG_ON_TENSORS: (
        "builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline{allow-non-finites=True})",
        "Lowering Torch Backend IR -> Linalg-on-Tensors Backend IR",
        "LINALG Backend IR",
    ),
    OutputType.STABLEHLO: (
        "builtin.module(torch-backend-to-stablehlo-backend-pipeline{allow-non-finites=True})",
        "Lowering Torch Backend IR -> StableHLO Backend IR",
        "StableHLO Backend IR",
    ),
}

_example_arg = Union[TensorPlaceholder, torch.Tensor]
_example_args_for_one_method = Union[_example_arg, Sequence[_example_arg]]
_example_args = Union[_example_args_for_one_method, "ExampleArgs"]


class ExampleArgs:
    """Example arguments for each method to compile, by method name."""

    def __init__(self):
        self._example_args: Dict[str, tuple] = {}

    def add_method(
        self, method_name: str, example_args: _example_args_for_one_method
    ) -> "ExampleArgs":
        """Adds the example args of `method_name`; returns self so calls chain."""
        if method_name in self._example_args:
            # Raised explicitly (not `assert`) so that it also holds under -O.
            raise AssertionError(f"Method '{method_name}' was already added")
        self._example_args[method_name] = ExampleArgs._canonicalize_args(
            example_args
        )
        return self

    @staticmethod
    def get(example_args: _example_args) -> "ExampleArgs":
        """`example_args` if it is an ExampleArgs, else the args of `forward`."""
        if isinstance(example_args, ExampleArgs):
            return example_args
        return ExampleArgs().add_method("forward", example_args)

    @staticmethod
    def _canonicalize_args(example_args: _example_args_for_one_method) -> tuple:
        # A single tensor, placeholder (or a dict, which is not a Sequence)
        # stands for a one-argument list.
        if not isinstance(example_args, collections.abc.Sequence):
            example_args = [example_args]
        for arg in example_args:
            if not isinstance(arg, (TensorPlaceholder, torch.Tensor)):
                raise Exception(
                    "Only Tensor's, TensorPlaceholder's, or sequences of "
                    "Tensor's and TensorPlaceholder's are supported as example "
                    f"args for method inputs. Got '{arg}'."
                )
        return tuple(example_args)

    def _get_methods(self) -> List[str]:
        return list(self._example_args.keys())

    def _get_for_annotation(self) -> Dict[str, List[TensorPlaceholder]]:
        result = {}
        for method_name, example_args in self._example_args.items():
            result[method_name] = [
                TensorPlaceholder.like(arg) if isinstance(arg, torch.Tensor) else arg
                for arg in example_args
            ]
        return result

    def _get_for_tracing(
        self, use_tracing: bool, ignore_traced_shapes: bool
    ) -> Dict[str, tuple]:
        result = {}
        for method_name, example_args in self._example_args.items():
            result[method_name] = tuple(
                _concrete_arg_for_tracing(arg, ignore_traced_shapes)
                if use_tracing
                else arg
                for arg in example_args
            )
        return result


def _concrete_arg_for_tracing(arg: _example_arg, ignore_traced_shapes: bool):
    if not isinstance(arg, TensorPlaceholder):
        return arg
    if not ignore_traced_shapes:
        raise Exception(
            "TensorPlaceholder can only be used with tracing when "
            "`ignore_traced_shapes=True`"
        )
    # Any size works for a dynamic dim since the traced shapes are ignored;
    # 7 is unlikely to coincide with a static size and be specialized on.
    shape = [7 if size == -1 else size for size in arg.shape]
    if not shape:
        # Legacy quirk, kept: an int64 scalar whatever the placeholder's dtype.
        return torch.tensor(1)
    return torch.ones(*shape, dtype=arg.dtype)


def _canon_extra_library(
    extra_library, extra_library_file_name="custom_op_extra_library.mlir"
) -> str:
    """Writes the library of `extra_library`'s functions to a file; returns its path.

    Returns "" when there are no functions.
    """
    functions = {function.__name__: function for function in extra_library}
    if not functions:
        return ""
    path = os.path.join(tempfile.gettempdir(), extra_library_file_name)
    with open(path, "w") as f:
        f.write(generate_library(functions))
    return path


class TorchScriptDeprecationWarning(DeprecationWarning):
    """TorchScript, which `compile` is built on, is deprecated in PyTorch."""


# `torch.jit.script`, `torch.jit.trace`, `torch.jit.trace_module`, ... :
# "`torch.jit.x` is deprecated. ..." or "... is not supported in Python 3.14+".
_TORCHSCRIPT_DEPRECATION = r"`torch\.jit\.\w+` is (deprecated|not supported)"
_reemitted_warnings_registry: dict = {}
_warned_about_torchscript = False


def _is_torchscript_deprecation(recorded: warnings.WarningMessage) -> bool:
    return issubclass(recorded.category, DeprecationWarning) and bool(
        re.match(_TORCHSCRIPT_DEPRECATION, str(recorded.message))
    )


def _warn_torchscript_deprecated_once() -> None:
    """Issued before any work, so that an "error" filter loses nothing; the
    flag is set only once the warning was shown (or ignored), so that under
    such a filter every call raises alike until the caller filters it."""
    global _warned_about_torchscript
    if _warned_about_torchscript:
        return
    warnings.warn(
        "torch_mlir.torchscript.compile relies on TorchScript (torch.jit.script/"
        "trace), which PyTorch has deprecated; new code should use "
        "torch_mlir.fx.export_and_import. (TorchScript's own "
        "DeprecationWarnings are suppressed inside compile; filter this one with "
        "warnings.filterwarnings('ignore', category=TorchScriptDeprecationWarning) "
        "or -W ignore::DeprecationWarning.)",
        TorchScriptDeprecationWarning,
        # This function, compile, its caller.
        stacklevel=3,
    )
    _warned_about_torchscript = True


@contextlib.contextmanager
def _torchscript_deprecations_collapsed():
    """Drops TorchScript's DeprecationWarnings (see the module docstring)."""
    try:
        with warnings.catch_warnings(record=True) as recorded:
            # "always" overrides a caller's "error": these are recorded, not raised.
            warnings.filterwarnings(
                "always", message=_TORCHSCRIPT_DEPRECATION, category=DeprecationWarning
            )
            yield
    finally:
        for warning in recorded:
            if _is_torchscript_deprecation(warning):
                continue
            warnings.warn_explicit(
                warning.message,
                warning.category,
                warning.filename,
                warning.lineno,
                registry=_reemitted_warnings_registry,
                source=warning.source,
            )


def _legal_ops(backend_legal_ops: Optional[Sequence[str]], output_type) -> List[str]:
    if backend_legal_ops is None:
        return list(BACKEND_LEGAL_OPS.get(output_type, []))
    if isinstance(backend_legal_ops, (str, bytes)):
        raise TypeError(
            "backend_legal_ops must be a list of op names, got the string "
            f"{backend_legal_ops!r}: pass [{backend_legal_ops!r}]"
        )
    for name in backend_legal_ops:
        _check_legal_op_name(name)
    return sorted(set(backend_legal_ops))


def _check_legal_op_name(name) -> None:
    """A registered TorchScript operator, spelled as the core matches it:
    "<namespace>.<op>" for its overload-less form, else "<namespace>.<op>.<overload>"."""
    if not isinstance(name, str):
        raise TypeError(f"backend_legal_ops must hold op names (str), got {name!r}")
    parts = name.split(".")
    if len(parts) not in (2, 3) or not all(parts):
        raise ValueError(
            f"backend_legal_ops: {name!r} is not an op name such as 'aten.linear' "
            "or 'aten.flatten.using_ints'"
        )
    operator = f"{parts[0]}::{parts[1]}"
    overloads = [s.overload_name for s in torch._C._jit_get_schemas_for_operator(operator)]
    if not overloads:
        known = [str(s.name).replace("::", ".") for s in torch._C._jit_get_all_schemas()]
        close = difflib.get_close_matches(f"{parts[0]}.{parts[1]}", set(known), n=1)
        raise ValueError(
            f"backend_legal_ops: unknown op {name!r} (no operator {operator} is registered)"
            + (f"; did you mean {close[0]!r}?" if close else "")
        )
    overload = parts[2] if len(parts) == 3 else ""
    if overload not in overloads:
        spelled = ", ".join(repr(".".join(filter(None, parts[:2] + [o]))) for o in overloads)
        raise ValueError(
            f"backend_legal_ops: {name!r} names no overload of {operator}; its ops are {spelled}"
        )


# The names `output_type` accepts, as documented (the enum's values).
_OUTPUT_TYPE_NAMES = {
    name: OutputType(name) for name in ("raw", "torch", "linalg-on-tensors", "tosa", "stablehlo")
}


def _output_type(output_type) -> OutputType:
    if isinstance(output_type, OutputType):
        return output_type
    if isinstance(output_type, str):
        # The enum's member names (LINALG_ON_TENSORS) keep working too.
        found = _OUTPUT_TYPE_NAMES.get(output_type.lower().replace("_", "-"))
        if found is not None:
            return found
    names = ", ".join(f'"{name}"' for name in _OUTPUT_TYPE_NAMES)
    given = str(output_type).lower()
    close = [name for name in _OUTPUT_TYPE_NAMES if given and name.startswith(given)]
    close = close or difflib.get_close_matches(given, _OUTPUT_TYPE_NAMES, n=1)
    raise ValueError(
        f"output_type must be an OutputType or one of {names}; got {output_type!r}"
        + (f' (did you mean "{close[0]}"?)' if close else "")
    )


def _apply_make_fx(model, example_args: "ExampleArgs"):
    from torch.fx.experimental.proxy_tensor import make_fx
    from torch_mlir.extras.fx_decomp_util import get_decomposition_table

    forward_args = example_args._get_for_tracing(
        use_tracing=True, ignore_traced_shapes=True
    )["forward"]
    return make_fx(model, decomposition_table=get_decomposition_table())(
        *forward_args
    )


def _check_is_module(model) -> None:
    # Without this, the first use of `model` below fails with an
    # AttributeError that does not say what was wrong.
    if isinstance(model, torch._C.ScriptModule):
        raise TypeError(
            "compile expects a torch.nn.Module or torch.jit.ScriptModule, got "
            "the torch._C.ScriptModule `._c` of one: pass the module itself"
        )
    if not isinstance(model, torch.nn.Module):
        raise TypeError(
            "compile expects a torch.nn.Module or torch.jit.ScriptModule, got "
            f"'{type(model).__name__}' (wrap a function in a Module's forward)"
        )


def _method_function(model, method_name: str):
    method = getattr(model, method_name)  # AttributeError when missing
    if not hasattr(method, "__func__"):
        raise AttributeError(
            f"'{type(model).__name__}.{method_name}' is a "
            f"'{type(method).__name__}', not a method; `example_args` must "
            "name methods to compile"
        )
    return method.__func__


def _to_torchscript(model, example_args: ExampleArgs, use_tracing, ignore_traced_shapes):
    _check_is_module(model)
    if isinstance(model, torch.jit.ScriptModule):
        for method_name in example_args._get_methods():
            if not hasattr(model, method_name):
                raise Exception(
                    f"Model does not have exported method '{method_name}', "
                    "requested in `example_args`. Consider adding "
                    "`@torch.jit.export` to the method definition."
                )
        return model
    if use_tracing:
        return torch.jit.trace_module(
            model, example_args._get_for_tracing(use_tracing, ignore_traced_shapes)
        )
    # Scripting compiles `forward` and exported methods only, so export the
    # requested ones. `torch.jit.export` marks the function of the user's
    # class; the marks are removed again afterwards, because a marked method
    # breaks a later `torch.jit.trace` of the same class ("method ... already
    # defined").
    method_names = example_args._get_methods()
    functions = [_method_function(model, name) for name in method_names]
    saved_modifiers = [getattr(f, _TORCHSCRIPT_MODIFIER, _NOT_SET) for f in functions]
    if any(name != "forward" for name in method_names):
        # TorchScript reuses the class type it compiled for an earlier
        # instance of the class without looking at which methods are
        # exported now; a method requested this time would then be missing.
        torch.jit._recursive.concrete_type_store.type_store.pop(type(model), None)
    try:
        for function in functions:
            torch.jit.export(function)
        return torch.jit.script(model)
    finally:
        for function, modifier in zip(functions, saved_modifiers):
            if modifier is _NOT_SET:
                delattr(function, _TORCHSCRIPT_MODIFIER)
            else:
                setattr(function, _TORCHSCRIPT_MODIFIER, modifier)


# Where `torch.jit.export` / `torch.jit.ignore` record their mark on a function.
_TORCHSCRIPT_MODIFIER = "_torchscript_modifier"
_NOT_SET = object()


def _class_annotator_for(
    scripted, example_args: ExampleArgs, bound_defaults: Dict[str, list]
) -> ClassAnnotator:
    class_annotator = ClassAnnotator()
    root_type = scripted._c._type()
    class_annotator.exportNone(root_type)
    for method_name, placeholders in example_args._get_for_annotation().items():
        class_annotator.exportPath(root_type, [method_name])
        # `None` annotates `self`; every tensor argument has value semantics.
        # Parameters bound to their defaults by the preparation step have
        # no annotation (the prepared graph has no such parameter).
        bound = bound_defaults.get(f"{root_type.qualified_name()}.{method_name}", [])
        annotations = (
            [None] + [(p.shape, p.dtype, True) for p in placeholders] + [None] * len(bound)
        )
        class_annotator.annotateArgs(root_type, [method_name], annotations)
    return class_annotator


def _argument_types(scripted, example_args: ExampleArgs) -> Dict[str, list]:
    """Each compiled method's example argument types, for the preparation step
    (None for a placeholder whose shape or dtype is malformed: the importer
    reports those)."""
    qualified_type = scripted._c._type().qualified_name()
    return {
        f"{qualified_type}.{method_name}": [_tensor_type(p) for p in placeholders]
        for method_name, placeholders in example_args._get_for_annotation().items()
    }


def _tensor_type(placeholder: TensorPlaceholder):
    shape, dtype = placeholder.shape, placeholder.dtype
    if not isinstance(dtype, torch.dtype) or not all(
        isinstance(size, int) and not isinstance(size, bool) for size in shape
    ):
        return None
    sizes = [None if size == -1 else size for size in shape]
    return torch._C.TensorType.get().with_dtype(dtype).with_sizes(sizes)


def _import_object_graph(
    scripted, class_annotator, ignore_traced_shapes, preparation=None
) -> ModuleBuilder:
    mb = ModuleBuilder()
    import_options = ImportOptions()
    import_options.ignoreExistingTensorShapesAndDtypes = ignore_traced_shapes
    original_stderr = sys.stderr
    # The importer reports diagnostics on Python's sys.stderr; keep them for the error.
    sys.stderr = StringIO()
    try:
        mb.import_module(
            scripted._c,
            class_annotator,
            import_options,
            preparation.prepare_graph if preparation else None,
        )
    except Exception as e:
        raise Exception(
            f"""
PyTorch TorchScript module -> torch-mlir Object Graph IR import failed with:
### Importer C++ Exception:
{e}
### Importer Diagnostics:
{sys.stderr.getvalue()}
"""
        ) from None
    finally:
        sys.stderr = original_stderr
    return mb


def _lower_to_backend(verbose: bool, output_type: OutputType, module):
    if verbose:
        print("\n====================")
        print("Torch Backend IR")
        print(module)
    refuse_what_the_core_crashes_on(module)
    if output_type == OutputType.TORCH:
        return module
    if output_type not in BACKEND_LOWERINGS:
        raise Exception(f"Unknown OutputType: {output_type}")
    pipeline, description, header = BACKEND_LOWERINGS[output_type]
    run_pipeline_with_lazy_repro_report(module, pipeline, description)
    if verbose:
        print("\n====================")
        print(header)
        print(module)
    return module


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
    _warn_torchscript_deprecated_once()
    if use_make_fx is not None:
        warnings.warn(
            "compile(use_make_fx=...) is deprecated and will be removed; "
            "use torch_mlir.fx.export_and_import for FX-based import.",
            DeprecationWarning,
            stacklevel=2,
        )
    with _torchscript_deprecations_collapsed(), isolated_pipelines(isolate):
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
    extra_library_file_name = _canon_extra_library(extra_library)
    output_type = _output_type(output_type)
    example_args = ExampleArgs.get(example_args)
    if ignore_traced_shapes and not use_tracing:
        raise Exception("`ignore_traced_shapes` requires `use_tracing`")
    backend_legal_ops = _legal_ops(backend_legal_ops, output_type)

    if use_make_fx:
        model = _apply_make_fx(model, example_args)
    if isinstance(model, torch.fx.GraphModule):
        # TorchScript cannot script calls to op overload packets' overloads.
        from torch._functorch.compile_utils import strip_overloads

        strip_overloads(model)

    scripted = _to_torchscript(model, example_args, use_tracing, ignore_traced_shapes)
    refuse_what_eager_refuses(scripted, example_args)
    preparation, bound_defaults = None, {}
    if prepare:
        bound_defaults = defaults_to_bind(
            scripted,
            {name: len(args) for name, args in example_args._get_for_annotation().items()},
        )
        preparation = Preparation(
            bound_defaults,
            _argument_types(scripted, example_args),
            scripted._c,
            assigned_attribute_names(scripted),
        )
    class_annotator = _class_annotator_for(scripted, example_args, bound_defaults)
    mb = _import_object_graph(scripted, class_annotator, ignore_traced_shapes, preparation)
    if verbose:
        print("\n====================")
        print("TorchScript RAW IR")
        print(mb.module)
    if verbose and preparation:
        # After the RAW IR, which legacy scripts expect first.
        print("\n====================")
        print("Preparation rewrites that fired")
        print("\n".join(preparation.summary()) or "(none)")
    if output_type == OutputType.RAW:
        return mb.module

    option_string = (
        "{backend-legal-ops=" + ",".join(backend_legal_ops)
        + " extra-library=" + extra_library_file_name + "}"
    )
    run_pipeline_with_lazy_repro_report(
        mb.module,
        f"builtin.module(torchscript-module-to-torch-backend-pipeline{option_string})",
        "Lowering TorchScript IR -> Torch Backend IR",
        enable_ir_printing=enable_ir_printing,
    )
    return _lower_to_backend(verbose, output_type, mb.module)
