"""float16 and bfloat16 ops computed in float32, as eager computes them.

Eager's CPU kernels of these ops take float16 and bfloat16 operands to
float32, compute there (accumulating in float32) and round the result once.
The core lowers them in the operands' own dtype: each exp, division, product
and partial sum rounds to float16 or bfloat16, and the results drift past
the half-precision tolerances (silu of float16 off by up to 4 ulps, a
bfloat16 softmax's sum of exponentials rounded at every term). Casting the
tensor operands to float32 and the result back gives eager's numbers, to the
last ulp of the reduced dtype.
"""

from typing import Optional

import torch

from torch_mlir.prepare.dtypes import SCALAR_TYPE_CODES

_FLOAT32 = SCALAR_TYPE_CODES[torch.float32]
REDUCED_FLOATS = (torch.float16, torch.bfloat16)

# Schema prefix -> the index of the op's `dtype` argument (None: it has
# none). With a dtype given, the op computes in that dtype, so it is left.
# Sums along dims are taken only at static sizes: the core's TOSA
# conversion has no lowering of a cast at dynamic sizes ("failed to
# legalize torch.aten.to.dtype"), and its TOSA sum, unlike its linalg one,
# keeps eager's float32 accumulation. A full sum at dynamic sizes widens
# its operand by a product instead, and casts back its 0-d result.
_STATIC_ONLY = ("aten::sum",)
_OPS = {
    "aten::silu(Tensor self)": None,
    "aten::layer_norm(Tensor input,": None,
    "aten::softmax.int(Tensor self, int dim, ScalarType? dtype=None)": 2,
    "aten::log_softmax.int(Tensor self, int dim, ScalarType? dtype=None)": 2,
    "aten::mm(Tensor self, Tensor mat2)": None,
    "aten::conv2d(Tensor input, Tensor weight,": None,
    "aten::conv2d.padding(Tensor input, Tensor weight,": None,
    "aten::sum(Tensor self, *, ScalarType? dtype=None)": 1,
    "aten::sum.dim_IntList(Tensor self, int[1]? dim, bool keepdim=False, *,": 3,
}
KINDS = tuple(sorted({prefix.split("(")[0].split(".")[0] for prefix in _OPS}))


def _is_none(value: torch._C.Value) -> bool:
    return value.node().kind() == "prim::Constant" and value.type().kind() == "NoneType"


def _reduced_dtype(node: torch._C.Node, context) -> Optional[torch.dtype]:
    """The reduced float dtype of the node's tensor operands, when one of
    them is known to have it and none is known to have another; None when
    the node is not one of `_OPS` in a form this rewrite takes."""
    try:
        schema = str(node.schema())
    except RuntimeError:
        return None
    prefix = next((p for p in _OPS if schema.startswith(p)), None)
    if prefix is None:
        return None
    inputs = list(node.inputs())
    dtype_index = _OPS[prefix]
    if dtype_index is not None and not _is_none(inputs[dtype_index]):
        return None
    if schema.startswith(_STATIC_ONLY) and _widened_by_product(node, context) is None:
        sizes = context.sizes_of(inputs[0])
        if sizes is None or None in sizes:
            return None
    known = set()
    for value in inputs:
        kind = value.type().kind()
        if kind == "OptionalType" and not _is_none(value):
            return None  # an Optional[Tensor] that may hold a tensor: no cast applies
        if kind == "TensorType":
            dtype = context.dtype_of(value)
            if dtype is not None:
                known.add(dtype)
    if len(known) != 1 or next(iter(known)) not in REDUCED_FLOATS:
        return None
    return next(iter(known))


def _widened_by_product(node: torch._C.Node, context) -> Optional[bool]:
    """True for a full sum of a tensor of known nonzero rank at dynamic
    sizes: its operand is widened by a product with a float32 vector of one
    1 (TOSA converts that at dynamic sizes, not a cast), and its 0-d result
    cast back is static. None otherwise."""
    if not str(node.schema()).startswith("aten::sum(Tensor self, *"):
        return None
    sizes = context.sizes_of(node.inputsAt(0))
    if sizes is not None and None not in sizes:
        return None
    rank = context.rank_of(node.inputsAt(0))
    return True if rank is not None and rank > 0 else None


def _cast(graph: torch._C.Graph, value: torch._C.Value, code: int) -> torch._C.Node:
    """An uninserted `value.to(dtype code)`; its constants go at the insertion point."""
    false = graph.insertConstant(False)
    cast = graph.create(
        "aten::to", [value, graph.insertConstant(code), false, false, graph.insertConstant(None)]
    )
    cast.output().setType(torch._C.TensorType.get())
    return cast


def rewrite_in_float32(node: torch._C.Node, context) -> bool:
    """op(x: f16/bf16, ...) -> op(x.to(float32), ...).to(x.dtype).

    The node keeps its place and kind, so the rewrites of the op itself still
    see it; its operands, now casts, have no known dtype, so this fires once.
    """
    dtype = _reduced_dtype(node, context)
    if dtype is None:
        return False
    graph = context.graph
    result = node.output()
    by_product = _widened_by_product(node, context)
    with graph.insert_point_guard(node):
        for index, value in enumerate(list(node.inputs())):
            if value.type().kind() != "TensorType":
                continue
            if by_product:
                none = graph.insertConstant(None)
                ones = graph.create(
                    "aten::ones",
                    [graph.insertConstant([1]), graph.insertConstant(_FLOAT32), none, none, none],
                )
                graph.insertNode(ones)
                widened = graph.insertNode(graph.create("aten::mul", [value, ones.output()]))
            else:
                widened = graph.insertNode(_cast(graph, value, _FLOAT32))
            widened.output().setType(torch._C.TensorType.get())
            node.replaceInput(index, widened.output())
        rounded = _cast(graph, result, SCALAR_TYPE_CODES[dtype])
    rounded.insertAfter(node)
    rounded.output().setType(result.type())
    result.setType(torch._C.TensorType.get())
    result.replaceAllUsesWith(rounded.output())
    rounded.replaceInput(0, result)
    return True
