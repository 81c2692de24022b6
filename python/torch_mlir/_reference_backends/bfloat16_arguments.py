"""bf16 arguments of the RefBackend, passed as their 16 bits.

The core's `refback-munge-calling-conventions` accepts memref arguments of
f16, f32, f64, i1, i8, i16, i32, i64 and complex element types only, and
numpy has no bfloat16. So before lowering, each public function's
`tensor<...xbf16>` argument becomes a `tensor<...xi16>` one whose bits the
function reinterprets at entry (`arith.bitcast`, turned into a
`linalg.generic` by `convert-elementwise-to-linalg`), and the invoker passes
a `torch.bfloat16` tensor as a numpy int16 view of the same bits. No value
changes on the way: a bitcast between types of one width moves no bit.
"""

from typing import Sequence

import numpy as np

from torch_mlir import ir

__all__ = ["bfloat16_arguments_as_bits", "BITS_PIPELINE", "as_bits_if_bfloat16"]

# Run after `bfloat16_arguments_as_bits`, before the RefBackend lowering.
BITS_PIPELINE = "builtin.module(func.func(convert-elementwise-to-linalg))"


def _public_functions(module: ir.Module):
    for op in module.body.operations:
        if op.operation.name == "func.func" and "sym_visibility" not in op.attributes:
            yield op


def bfloat16_arguments_as_bits(module: ir.Module) -> bool:
    """Rewrites the bf16 tensor arguments of `module`'s public functions into
    i16 ones reinterpreted at entry; returns whether any was rewritten."""
    changed = False
    with module.context, ir.Location.unknown():
        bf16, i16 = ir.BF16Type.get(), ir.IntegerType.get_signless(16)
        for function in _public_functions(module):
            function_type = ir.FunctionType(ir.TypeAttr(function.attributes["function_type"]).value)
            inputs = list(function_type.inputs)
            entry = function.regions[0].blocks[0]
            for position, argument in enumerate(entry.arguments):
                tensor_type = _bfloat16_tensor(argument.type, bf16)
                if tensor_type is None:
                    continue
                bits_type = _with_element(tensor_type, i16)
                argument.set_type(bits_type)
                inputs[position] = bits_type
                with ir.InsertionPoint.at_block_begin(entry):
                    value = ir.Operation.create(
                        "arith.bitcast", results=[tensor_type], operands=[argument]
                    ).result
                argument.replace_all_uses_except(value, value.owner.operation)
                changed = True
            if changed:
                new_type = ir.FunctionType.get(inputs, list(function_type.results))
                function.attributes["function_type"] = ir.TypeAttr.get(new_type)
    return changed


def _bfloat16_tensor(type_: ir.Type, bf16: ir.Type):
    type_ = type_.maybe_downcast()
    if isinstance(type_, (ir.RankedTensorType, ir.UnrankedTensorType)):
        if type_.element_type == bf16:
            return type_
    return None


def _with_element(tensor_type, element: ir.Type) -> ir.Type:
    if isinstance(tensor_type, ir.RankedTensorType):
        return ir.RankedTensorType.get(tensor_type.shape, element, tensor_type.encoding)
    return ir.UnrankedTensorType.get(element)


def as_bits_if_bfloat16(args: Sequence[object]) -> list:
    """The arguments, with each `torch.bfloat16` tensor as a numpy int16 view
    of its bits (what a bf16 argument rewritten above takes)."""
    converted = []
    for arg in args:
        if not isinstance(arg, np.ndarray) and _is_bfloat16_tensor(arg):
            arg = arg.contiguous().view(_torch().int16).numpy()
        converted.append(arg)
    return converted


def _torch():
    import torch

    return torch


def _is_bfloat16_tensor(value) -> bool:
    torch = _torch()
    return isinstance(value, torch.Tensor) and value.dtype == torch.bfloat16
