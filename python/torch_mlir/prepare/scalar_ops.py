"""Scalar (int/float) ops the core's torch dialect lacks, in ones it has.

TorchScript programs compute sizes, scales and flags with Python scalars
(`math.sqrt(head_dim)` in nn.MultiheadAttention, `x <= eps` in a
normalisation); the core has lt/gt/eq of floats but no le or ne, and sqrt
of ints only. The comparisons keep IEEE semantics for NaN: `a <= b` is
`a < b or a == b` (both false for NaN), never `not a > b`; `a != b` is
`(a == b) == False`, which is True for NaN as `!=` is.
"""

import torch

from torch_mlir.prepare.aten_ops import insert_inlined


def le_float(a: float, b: float) -> bool:
    return (a < b) | (a == b)


# An int becomes a float by `* 1.0` (mul.int_float; the core lacks
# Float.int), which rounds as float(a) does.


def le_float_int(a: float, b: int) -> bool:
    return (a < b) | (a == b * 1.0)


def le_int_float(a: int, b: float) -> bool:
    return (a * 1.0 < b) | (a * 1.0 == b)


def ge_int_float(a: int, b: float) -> bool:
    return (a * 1.0 > b) | (a * 1.0 == b)


def ne_float(a: float, b: float) -> bool:
    return (a == b) == False  # noqa: E712 (the core has eq.bool, not __not__)


def sqrt_float(a: float) -> float:
    # A float64 tensor's sqrt is correctly rounded, as C's sqrt is; NaN for
    # a < 0, as TorchScript's math.sqrt gives.
    return float(torch.sqrt(torch.tensor(a, dtype=torch.float64)))


def abs_int(a: int) -> int:
    # -a of the most negative int wraps to itself, as abs does in C.
    return max(a, -a)


def abs_float(a: float) -> float:
    # Through a float64 tensor: abs(-0.0) is 0.0 and NaN stays NaN.
    return float(torch.abs(torch.tensor(a, dtype=torch.float64)))


# Overload (schema prefix) -> its formulation, for the rewrite below.
FORMULATIONS = {
    "aten::le.float(": le_float,
    "aten::le.float_int(": le_float_int,
    "aten::le.int_float(": le_int_float,
    "aten::ge.int_float(": ge_int_float,
    "aten::ne.float(": ne_float,
    "aten::sqrt.float(": sqrt_float,
    "prim::abs.int(": abs_int,
    "prim::abs.float(": abs_float,
}

KINDS = tuple(sorted({prefix.split(".")[0] for prefix in FORMULATIONS}))


def rewrite_scalar_op(node: torch._C.Node, context) -> bool:
    """One of FORMULATIONS' overloads -> its formulation."""
    try:
        schema = str(node.schema())
    except RuntimeError:
        return False
    for prefix, function in FORMULATIONS.items():
        if schema.startswith(prefix):
            insert_inlined(context.graph, node, function, list(node.inputs()))
            return True
    return False
