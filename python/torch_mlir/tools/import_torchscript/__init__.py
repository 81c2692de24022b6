"""Command line: a saved TorchScript archive (`torch.jit.save`) -> MLIR.

    python -m torch_mlir.tools.import_torchscript model.pt \\
        --input 1x3x224x224xf32 [--input ...] [--dynamic-dim 0:0] \\
        [--method forward] --output-type linalg-on-tensors -o out.mlir

Each `--input` is one argument of the method, `<dims separated by x>x<dtype>`
(`f32` alone is a rank-0 tensor; a `?` dim is dynamic). `--dynamic-dim I:D`
makes dim D of input I dynamic. The archive is compiled with
`torch_mlir.torchscript.compile`.

User errors (missing file, not a TorchScript archive, bad shape spec, unknown
method, wrong number of inputs, compilation failures) print one `error:` line
(compiler failures add their repro report) and exit with status 1, without a
traceback; argparse usage errors exit with 2.
"""

import argparse
import os
import sys
import warnings
from typing import List, Optional, Sequence

# The spelling of element types in MLIR, as accepted in shape specs.
DTYPE_NAMES = {
    "f16": "float16",
    "bf16": "bfloat16",
    "f32": "float32",
    "f64": "float64",
    "i1": "bool",
    "i8": "int8",
    "si8": "int8",
    "ui8": "uint8",
    "i16": "int16",
    "si16": "int16",
    "i32": "int32",
    "si32": "int32",
    "i64": "int64",
    "si64": "int64",
}

OUTPUT_TYPES = ["raw", "torch", "linalg-on-tensors", "tosa", "stablehlo"]


class UserError(Exception):
    """A problem with the command line or the input file; reported in one line."""


def parse_shape_spec(spec: str):
    """`1x?x4xf32` -> ([1, -1, 4], "float32")."""
    *dims, dtype_name = spec.split("x")
    if dtype_name not in DTYPE_NAMES:
        raise UserError(
            f"bad --input '{spec}': unknown element type '{dtype_name}' "
            f"(expected one of {', '.join(DTYPE_NAMES)}; e.g. 1x3x224x224xf32)"
        )
    shape = []
    for dim in dims:
        if dim == "?":
            shape.append(-1)
        elif dim.isdigit():
            shape.append(int(dim))
        else:
            raise UserError(
                f"bad --input '{spec}': dimension '{dim}' is not a non-negative "
                "integer or '?' (e.g. 1x3x224x224xf32)"
            )
    return shape, DTYPE_NAMES[dtype_name]


def parse_dynamic_dim(spec: str, shapes: List[List[int]]):
    """`0:1` -> (0, 1), checked against the inputs' ranks."""
    parts = spec.split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise UserError(f"bad --dynamic-dim '{spec}': expected INPUT:DIM, e.g. 0:0")
    input_index, dim = int(parts[0]), int(parts[1])
    if input_index >= len(shapes):
        raise UserError(f"bad --dynamic-dim '{spec}': there are only {len(shapes)} --input(s)")
    if dim >= len(shapes[input_index]):
        raise UserError(
            f"bad --dynamic-dim '{spec}': input {input_index} has rank {len(shapes[input_index])}"
        )
    return input_index, dim


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m torch_mlir.tools.import_torchscript",
        description="Compile a TorchScript archive (saved with torch.jit.save) to MLIR.",
    )
    parser.add_argument("model", help="the .pt file written by torch.jit.save")
    parser.add_argument(
        "--input",
        action="append",
        default=[],
        metavar="SHAPE",
        help="one argument of the method, e.g. 1x3x224x224xf32 ('?' for a "
        "dynamic dim, 'f32' alone for a scalar tensor); repeat per argument",
    )
    parser.add_argument(
        "--dynamic-dim",
        action="append",
        default=[],
        metavar="INPUT:DIM",
        help="make dimension DIM of input INPUT dynamic; repeatable",
    )
    parser.add_argument("--method", default="forward", help="method to compile (default: forward)")
    parser.add_argument(
        "--output-type",
        default="torch",
        choices=OUTPUT_TYPES,
        help="IR to produce (default: torch)",
    )
    parser.add_argument(
        "--backend-legal-ops",
        default=None,
        metavar="OP[,OP...]",
        help="ops not to decompose, e.g. aten.flatten.using_ints (default: the "
        "output type's defaults; '' for none)",
    )
    parser.add_argument("-o", "--output", default="-", help="output file, '-' for stdout (default)")
    parser.add_argument(
        "--verbose", action="store_true", help="print the IR after each step to stdout"
    )
    return parser


def _load_archive(path: str):
    # Checked before importing torch, which takes seconds.
    if not os.path.exists(path):
        raise UserError(f"model file '{path}' does not exist")
    if os.path.isdir(path):
        raise UserError(f"model file '{path}' is a directory")
    import torch

    try:
        return torch.jit.load(path, map_location="cpu")
    except Exception as e:
        reason = (
            str(e).strip().splitlines()[0].split(". ")[0] if str(e).strip() else type(e).__name__
        )
        raise UserError(
            f"'{path}' is not a TorchScript archive written by torch.jit.save ({reason})"
        ) from None


def _placeholders(model, method: str, shapes, dtypes):
    import torch

    from torch_mlir.compiler_utils import TensorPlaceholder

    method_names = model._c._method_names()
    if method not in method_names:
        raise UserError(
            f"the model has no method '{method}' (its methods: {', '.join(method_names)})"
        )
    parameters = len(model._c._get_method(method).schema.arguments) - 1
    if parameters != len(shapes):
        raise UserError(
            f"method '{method}' takes {parameters} input(s), but {len(shapes)} "
            "--input(s) were given"
        )
    return [TensorPlaceholder(shape, getattr(torch, dtype)) for shape, dtype in zip(shapes, dtypes)]


def _run(args) -> None:
    specs = [parse_shape_spec(spec) for spec in args.input]
    shapes = [shape for shape, _ in specs]
    for spec in args.dynamic_dim:
        input_index, dim = parse_dynamic_dim(spec, shapes)
        shapes[input_index][dim] = -1
    legal_ops: Optional[List[str]] = None
    if args.backend_legal_ops is not None:
        legal_ops = [op for op in args.backend_legal_ops.split(",") if op]

    model = _load_archive(args.model)
    placeholders = _placeholders(model, args.method, shapes, [d for _, d in specs])

    from torch_mlir import torchscript

    module = torchscript.compile(
        model,
        torchscript.ExampleArgs().add_method(args.method, placeholders),
        output_type=args.output_type,
        backend_legal_ops=legal_ops,
        verbose=args.verbose,
    )
    asm = module.operation.get_asm()
    if args.output == "-":
        sys.stdout.write(asm)
    else:
        with open(args.output, "w") as f:
            f.write(asm)


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    prog = "import_torchscript"
    with warnings.catch_warnings():
        # A command-line user cannot act on TorchScript's deprecation notices.
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", FutureWarning)
        try:
            _run(args)
        except UserError as e:
            print(f"{prog}: error: {e}", file=sys.stderr)
            return 1
        except Exception as e:
            # Compiler and importer failures carry their own report; a
            # traceback would only bury it (ask for it with --verbose).
            if args.verbose:
                import traceback

                traceback.print_exc()
            print(f"{prog}: error: {str(e).strip() or type(e).__name__}", file=sys.stderr)
            return 1
    return 0
