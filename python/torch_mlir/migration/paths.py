"""Running one model through one path: TorchScript or pt2, then the reference backend.

Each path goes through the same stages, recorded in a `PathResult`:

1. *import*: the model to torch-backend IR, the only stage that differs
   (`torch_mlir.torchscript.compile` vs `torch.export` +
   `torch_mlir.fx.export_and_import`); when the core's torch-backend pipeline
   is what failed, the stage is *torch-backend* (its time counts as import);
2. *lowering*: torch-backend IR to the requested output type;
3. *backend*: compiling that for the reference backend the e2e harness also
   uses (`torch_mlir._reference_backends`: the RefBackend JIT; TOSA and
   StableHLO go through Linalg first);
4. *execution*: calling it on the example inputs;
5. *numerics*: comparing the outputs with eager PyTorch.

A failure stops the path; its stage and error (with the MLIR diagnostics
printed meanwhile) are kept.
"""

import inspect
import time
import traceback
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence

import numpy as np
import torch

from torch_mlir import ir
from torch_mlir._failure_reasons import summarize_error
from torch_mlir._output_capture import captured_output, with_diagnostics
from torch_mlir.compiler_utils import (
    OutputType,
    TensorPlaceholder,
    TorchMlirCompilerError,
    lower_mlir_module,
)

from .ir_diff import FunctionSignature, function_signatures, ir_text, op_histogram
from .values import OutputDiff, diff_outputs

# The e2e harness's golden comparison (`reporting.ValueReport`): a path
# passes when its outputs are this close to eager PyTorch.
EAGER_TOLERANCES = (1e-3, 1e-7)
FUNCTION_NAME = "forward"
# Output types each path can produce and the reference backend can run.
EXECUTABLE_OUTPUT_TYPES = (OutputType.LINALG_ON_TENSORS, OutputType.TOSA, OutputType.STABLEHLO)
SUPPORTED_OUTPUT_TYPES = (OutputType.TORCH,) + EXECUTABLE_OUTPUT_TYPES


def _reference_backend(output_type: OutputType):
    # Imported here: the backends pull in the ExecutionEngine.
    if output_type == OutputType.LINALG_ON_TENSORS:
        from torch_mlir._reference_backends.refbackend import (
            RefBackendLinalgOnTensorsBackend,
        )

        return RefBackendLinalgOnTensorsBackend()
    if output_type == OutputType.TOSA:
        from torch_mlir._reference_backends.tosa import LinalgOnTensorsTosaBackend

        return LinalgOnTensorsTosaBackend()
    from torch_mlir._reference_backends.stablehlo import (
        LinalgOnTensorsStablehloBackend,
    )

    return LinalgOnTensorsStablehloBackend()


@dataclass
class PathResult:
    """What happened to the model on one path."""

    name: str  # "torchscript" or "pt2"
    title: str  # "TorchScript" or "pt2"
    passed: bool = False
    failed_stage: Optional[str] = None
    error: str = ""
    seconds: Dict[str, float] = field(default_factory=dict)  # stage -> wall time
    torch_ir: str = ""
    op_histogram: Dict[str, int] = field(default_factory=dict)
    signatures: Dict[str, FunctionSignature] = field(default_factory=dict)
    outputs: Any = None  # the outputs on the example inputs (not serialized)
    vs_eager: Optional[OutputDiff] = None

    @property
    def imported(self) -> bool:
        """Whether the path reached torch-backend IR."""
        return self.failed_stage not in ("import", TORCH_BACKEND_STAGE)

    @property
    def error_summary(self) -> str:
        return summarize_error(self.error)

    def to_dict(self) -> Dict[str, Any]:
        return {
            "passed": self.passed,
            "failed_stage": self.failed_stage,
            "error_summary": self.error_summary,
            "error": self.error,
            "seconds": self.seconds,
            "signatures": {n: s.to_dict() for n, s in self.signatures.items()},
            "op_histogram": self.op_histogram,
            "vs_eager": self.vs_eager.to_dict() if self.vs_eager else None,
            "torch_ir": self.torch_ir,
        }


class _StageFailed(Exception):
    pass


TORCH_BACKEND_STAGE = "torch-backend"


def _failed_stage(stage: str, error: Exception) -> str:
    # Both import paths end with the core's pipeline to torch-backend IR
    # ("Lowering TorchScript IR -> Torch Backend IR", "... TorchFX IR -> ...").
    if (
        stage == "import"
        and isinstance(error, TorchMlirCompilerError)
        and "-> Torch Backend IR failed" in str(error)
    ):
        return TORCH_BACKEND_STAGE
    return stage


def _run_stage(result: PathResult, stage: str, action: Callable[[], Any]) -> Any:
    start = time.monotonic()
    with captured_output() as captured:
        try:
            value = action()
        except Exception as e:
            error, failed_stage = traceback.format_exc(), _failed_stage(stage, e)
        else:
            error = None
    result.seconds[stage] = time.monotonic() - start
    if error is not None:
        result.failed_stage = failed_stage
        result.error = with_diagnostics(error, captured.text)
        raise _StageFailed()
    return value


def _placeholders(example_args: Sequence[torch.Tensor], dynamic_dims: List[set]):
    return [
        TensorPlaceholder([-1 if i in dims else n for i, n in enumerate(arg.shape)], arg.dtype)
        for arg, dims in zip(example_args, dynamic_dims)
    ]


def dynamic_dims_per_arg(model, example_args, dynamic_shapes) -> List[set]:
    """The dims marked dynamic in a `torch.export` `dynamic_shapes` spec, per argument.

    Accepts the positional form (a tuple/list with one entry per argument,
    each a dict `{dim: Dim}` or a sequence of `Dim`/None) and the form keyed
    by the names of `forward`'s parameters.
    """
    if dynamic_shapes is None:
        return [set() for _ in example_args]
    if isinstance(dynamic_shapes, dict):
        names = list(inspect.signature(model.forward).parameters)
        dynamic_shapes = [dynamic_shapes.get(name) for name in names[: len(example_args)]]
    dims = []
    for spec in dynamic_shapes:
        if spec is None:
            dims.append(set())
        elif isinstance(spec, dict):
            dims.append({d for d, dim in spec.items() if dim is not None})
        else:
            dims.append({d for d, dim in enumerate(spec) if dim is not None})
    return dims


def import_torchscript(model, example_args, dynamic_dims, legal_ops) -> ir.Module:
    from torch_mlir import torchscript

    placeholders = _placeholders(example_args, dynamic_dims)
    return torchscript.compile(
        model, placeholders, output_type=OutputType.TORCH, backend_legal_ops=legal_ops
    )


def import_pt2(model, example_args, dynamic_shapes, legal_ops):
    """(module, exported program)."""
    from torch_mlir import fx

    program = torch.export.export(model, tuple(example_args), dynamic_shapes=dynamic_shapes)
    module = fx.export_and_import(
        program,
        output_type=OutputType.TORCH,
        func_name=FUNCTION_NAME,
        backend_legal_ops=legal_ops,
    )
    return module, program


def _to_torch(value):
    if isinstance(value, np.ndarray):
        return torch.from_numpy(value)
    if isinstance(value, (np.number, np.bool_)):
        return value.item()
    if isinstance(value, tuple):
        return tuple(_to_torch(v) for v in value)
    return value


def _user_outputs(program, outputs):
    """Drop the outputs an exported program adds for mutated buffers."""
    from torch.export.graph_signature import OutputKind

    specs = program.graph_signature.output_specs
    if not isinstance(outputs, tuple) or len(outputs) != len(specs):
        return outputs
    kept = tuple(o for o, s in zip(outputs, specs) if s.kind == OutputKind.USER_OUTPUT)
    return kept[0] if len(kept) == 1 else kept


def finish_path(result: PathResult, module, output_type, example_args, expected, program=None):
    """Stages 2-5 on an imported torch-backend `module`."""
    from torch_mlir._reference_backends.refbackend import (
        record_unsigned_results,
    )

    result.torch_ir = ir_text(module)
    result.op_histogram = op_histogram(module)
    result.signatures = function_signatures(module)
    if output_type not in EXECUTABLE_OUTPUT_TYPES:
        result.passed = True  # Nothing to run: importing was the job.
        return
    record_unsigned_results(module)
    _run_stage(result, "lowering", lambda: lower_mlir_module(False, output_type, module))
    backend = _reference_backend(output_type)
    invoker = _run_stage(result, "backend", lambda: backend.load(backend.compile(module)))
    arrays = [arg.detach().clone().numpy() for arg in example_args]
    outputs = _run_stage(
        result, "execution", lambda: _to_torch(getattr(invoker, FUNCTION_NAME)(*arrays))
    )
    if program is not None:
        outputs = _user_outputs(program, outputs)
    result.outputs = outputs
    result.vs_eager = diff_outputs(outputs, expected, tolerances=EAGER_TOLERANCES)
    result.passed = result.vs_eager.agree
    if not result.passed:
        result.failed_stage = "numerics"
        worst = max(result.vs_eager.disagreements(), key=lambda d: d.max_abs)
        result.error = f"ERROR: {worst.path} differs from eager PyTorch: " + (
            worst.note or f"max abs difference {worst.max_abs:.3g}, max rel {worst.max_rel:.3g}"
        )


def run_path(name, model, example_args, output_type, expected, **options) -> PathResult:
    """Run `model` through path `name` ("torchscript" or "pt2")."""
    result = PathResult(name, "TorchScript" if name == "torchscript" else "pt2")
    try:
        program = None
        if name == "torchscript":
            module = _run_stage(
                result,
                "import",
                lambda: import_torchscript(
                    model, example_args, options["dynamic_dims"], options["legal_ops"]
                ),
            )
        else:
            module, program = _run_stage(
                result,
                "import",
                lambda: import_pt2(
                    model, example_args, options["dynamic_shapes"], options["legal_ops"]
                ),
            )
        finish_path(result, module, output_type, example_args, expected, program)
    except _StageFailed:
        pass
    return result
