"""Compare the TorchScript path with the pt2 path on a model, before migrating it.

TorchScript is deprecated in PyTorch; the pt2 path (`torch.export` + the FX
importer, `torch_mlir.fx.export_and_import`) replaces it. `compare` runs a
model through both paths and reports whether each lowers and runs, how
their numbers differ, and how their torch-backend IR differs:

    from torch_mlir import migration

    report = migration.compare(model, (torch.rand(2, 3),), output_type="linalg-on-tensors")
    print(report.category)          # "agree", "disagree", "torchscript_only", ...
    open("report.html", "w").write(report.to_html())

The suite-wide counterpart is `python -m e2e_testing.compare`.

Modules: `paths` (running one path), `values` (output differences),
`ir_diff` (op histograms and signatures), `diagnostics` (capturing and
summarizing errors), `categories`, `report` and `render` (the formats).
"""

from typing import Optional, Sequence, Union

import torch

from torch_mlir._pipelines import BACKEND_LEGAL_OPS
from torch_mlir.compiler_utils import OutputType

from .categories import CATEGORIES, categorize
from .ir_diff import IrDiff, diff_signatures
from .paths import SUPPORTED_OUTPUT_TYPES, dynamic_dims_per_arg, run_path
from .report import MigrationReport
from .values import diff_outputs

__all__ = ["CATEGORIES", "MigrationReport", "categorize", "compare"]

_DTYPE_NAMES = {
    torch.float16: "f16", torch.bfloat16: "bf16", torch.float32: "f32", torch.float64: "f64",
    torch.int8: "si8", torch.uint8: "ui8", torch.int16: "si16", torch.int32: "si32",
    torch.int64: "si64", torch.bool: "i1", torch.complex64: "complex<f32>",
    torch.complex128: "complex<f64>",
}  # fmt: skip


def _clone(args):
    return [a.clone() for a in args]


def _describe_input(arg: torch.Tensor, dims: set) -> str:
    shape = ",".join("?" if i in dims else str(n) for i, n in enumerate(arg.shape))
    return f"{_DTYPE_NAMES.get(arg.dtype, str(arg.dtype))}[{shape}]"


def compare(
    model: torch.nn.Module,
    example_args: Union[torch.Tensor, Sequence[torch.Tensor]],
    output_type: Union[str, OutputType] = OutputType.LINALG_ON_TENSORS,
    *,
    dynamic_shapes=None,
    backend_legal_ops: Optional[Sequence[str]] = None,
) -> MigrationReport:
    """Run `model` through the TorchScript and the pt2 path and compare them.

    Args:
      model: the `nn.Module` to compare (scripted by the TorchScript path,
        exported by the pt2 path; it is not modified).
      example_args: the tensor arguments of `forward`, used to compile and to
        execute; a single tensor is accepted too.
      output_type: "torch", "linalg-on-tensors", "tosa" or "stablehlo". For
        the last three, both paths' results are executed on the reference
        backends the e2e harness uses (`torch_mlir._reference_backends`) and
        compared with eager PyTorch and
        with each other; for "torch", only the IR is compared.
      dynamic_shapes: a `torch.export` dynamic-shapes spec. The pt2 path
        gets it as is; the TorchScript path marks the same dims as -1.
      backend_legal_ops: ops that both paths keep undecomposed. By default
        each path uses its own defaults, as a user calling
        `torchscript.compile` or `fx.export_and_import` would get.

    Returns:
      A `MigrationReport`. Failures of either path are recorded in it,
      never raised.
    """
    output_type = OutputType.get(output_type)
    if output_type not in SUPPORTED_OUTPUT_TYPES:
        names = ", ".join(t.value for t in SUPPORTED_OUTPUT_TYPES)
        raise ValueError(f"output_type must be one of {names}, not {output_type.value}")
    if isinstance(example_args, torch.Tensor):
        example_args = [example_args]
    example_args = list(example_args)
    for arg in example_args:
        if not isinstance(arg, torch.Tensor):
            raise TypeError(f"example_args must be tensors, not {type(arg).__name__}")
    dynamic_dims = dynamic_dims_per_arg(model, example_args, dynamic_shapes)

    with torch.no_grad():
        expected = model(*_clone(example_args))
    if backend_legal_ops is None:
        ts_legal_ops = BACKEND_LEGAL_OPS.get(output_type, [])
        pt2_legal_ops = None  # fx.export_and_import's default
    else:
        ts_legal_ops = pt2_legal_ops = list(backend_legal_ops)
    ts = run_path(
        "torchscript", model, _clone(example_args), output_type, expected,
        dynamic_dims=dynamic_dims, legal_ops=ts_legal_ops,
    )  # fmt: skip
    pt2 = run_path(
        "pt2", model, _clone(example_args), output_type, expected,
        dynamic_shapes=dynamic_shapes, legal_ops=pt2_legal_ops,
    )  # fmt: skip

    paths_diff = None
    if ts.outputs is not None and pt2.outputs is not None:
        paths_diff = diff_outputs(ts.outputs, pt2.outputs)
    ir_diff = None
    if ts.imported and pt2.imported:
        ir_diff = IrDiff(
            ts.op_histogram, pt2.op_histogram, diff_signatures(ts.signatures, pt2.signatures)
        )
    return MigrationReport(
        model_name=type(model).__name__,
        output_type=output_type.value,
        inputs=[_describe_input(a, d) for a, d in zip(example_args, dynamic_dims)],
        torchscript=ts,
        pt2=pt2,
        paths_diff=paths_diff,
        ir_diff=ir_diff,
    )
