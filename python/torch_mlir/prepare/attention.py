"""scaled_dot_product_attention with a mask, as the matmuls and softmax it is.

The core decomposes F.scaled_dot_product_attention only without a mask and
without is_causal. With is_causal=True or an attn_mask it keeps the op: TOSA
and StableHLO have no lowering for it, and linalg-on-tensors lowers it to
tm_tensor.attention, which ignores `scale=` when is_causal=True (wrong values)
and fails on a mask of lower rank than the scores (a 2-D mask with 3-D or
4-D operands).

The reference implementations compute what eager's math kernel computes: the
causal mask is `ones(L, S, dtype=bool).tril()`, a bool mask adds 0 to the
scaled scores where it is True and -inf where it is False (here: the scores
are filled with -inf there, the same for finite scores), a float mask is
added to them, and a row whose scores are all -inf (every key masked) gets
weights of zero, as eager's safe softmax gives, not the NaN a plain softmax
gives.

Eager scales query and key by sqrt(scale) each before their matmul; here the
scores are scaled after it, which rounds differently (a few ulps). Eager's
CPU kernels compute float16 and bfloat16 attention in float32; here it is
computed in the operands' dtype. Eager's CPU flash kernel (4-D operands)
gives NaN for is_causal=True with scale <= 0; here the math kernel's values.

Every intermediate has a rank the preparation step's rank rules derive from
the operands' (masked_fill keeps the scores' rank, where a bias made by
zeros(...) would have none): batched-matmul-as-bmm then rewrites the
matmuls of 3-D operands, which the core leaves illegal.
"""

import math
from typing import Optional

import torch
from torch import Tensor

from torch_mlir.prepare.aten_ops import insert_inlined


def _scale_factor(query: Tensor, scale: Optional[float]) -> float:
    if scale is None:
        # sqrt of the int (aten::sqrt.int, which the core lowers; sqrt of a
        # float becomes tensor ops the linalg backend rejects).
        return 1.0 / math.sqrt(query.size(-1))
    return scale


def _scores(query: Tensor, key: Tensor, scale: Optional[float]) -> Tensor:
    return torch.matmul(query, key.transpose(-2, -1)) * _scale_factor(query, scale)


def _attend(scores: Tensor, value: Tensor) -> Tensor:
    weights = torch.softmax(scores, -1)
    # Eager's safe softmax: a row with nothing to attend to weighs nothing.
    # (Not amax(scores) == -inf: TOSA's amax of a row of -inf is -FLT_MAX.
    # masked_fill, not where: the rank rules give all(dim) no rank.)
    empty = (scores == -math.inf).all(-1, keepdim=True)
    return torch.matmul(weights.masked_fill(empty, 0.0), value)


def causal_attention(
    query: Tensor,
    key: Tensor,
    value: Tensor,
    attn_mask: Optional[Tensor],
    dropout_p: float,
    is_causal: bool,
    scale: Optional[float],
    enable_gqa: bool,
) -> Tensor:
    keep = torch.ones(query.size(-2), key.size(-2), dtype=torch.bool).tril()
    scores = _scores(query, key, scale).masked_fill(keep.logical_not(), -math.inf)
    return _attend(scores, value)


def bool_masked_attention(
    query: Tensor,
    key: Tensor,
    value: Tensor,
    attn_mask: Tensor,
    dropout_p: float,
    is_causal: bool,
    scale: Optional[float],
    enable_gqa: bool,
) -> Tensor:
    scores = _scores(query, key, scale).masked_fill(attn_mask.logical_not(), -math.inf)
    return _attend(scores, value)


def float_masked_attention(
    query: Tensor,
    key: Tensor,
    value: Tensor,
    attn_mask: Tensor,
    dropout_p: float,
    is_causal: bool,
    scale: Optional[float],
    enable_gqa: bool,
) -> Tensor:
    # Eager takes a float32 mask with operands of any float dtype and adds it
    # into scores of their dtype (a float32 mask would promote float16 scores,
    # and their matmul with value would fail). A no-op for the same dtype.
    scores = _scores(query, key, scale) + attn_mask.to(query.dtype)
    return _attend(scores, value)


def _constant_of(value: torch._C.Value, expected) -> bool:
    return value.node().kind() == "prim::Constant" and value.toIValue() == expected


def rewrite_masked_attention(node: torch._C.Node, context) -> bool:
    """aten::scaled_dot_product_attention with is_causal=True or an
    attn_mask, dropout_p=0.0 and enable_gqa=False (all constants) -> the
    scaled scores plus the mask's bias, softmax and matmul with value.
    Without a mask and not causal the core decomposes the op itself; with
    both eager raises, and the op is left to raise."""
    try:
        if not str(node.schema()).startswith("aten::scaled_dot_product_attention("):
            return False
    except RuntimeError:
        return False
    inputs = list(node.inputs())
    if len(inputs) != 8:
        return False
    attn_mask, dropout_p, is_causal, _, enable_gqa = inputs[3:]
    if not _constant_of(dropout_p, 0.0) or not _constant_of(enable_gqa, False):
        return False
    no_mask = attn_mask.type().kind() == "NoneType"
    if _constant_of(is_causal, True) and no_mask:
        function = causal_attention
    elif _constant_of(is_causal, False) and not no_mask:
        if attn_mask.type().kind() != "TensorType":
            return False  # an Optional[Tensor] that may be None at run time
        is_bool = _is_bool_mask(attn_mask, context)
        if is_bool is None:
            return False
        function = bool_masked_attention if is_bool else float_masked_attention
    else:
        return False
    if inputs[6].type().kind() == "NoneType":
        # 1 / sqrt(E) of a static E is a constant (TOSA and StableHLO
        # lower no sqrt of a dynamic int).
        sizes = context.sizes_of(inputs[0])
        if sizes and sizes[-1] is not None and sizes[-1] > 0:
            with context.graph.insert_point_guard(node):
                inputs[6] = context.graph.insertConstant(1.0 / math.sqrt(sizes[-1]))
    insert_inlined(context.graph, node, function, inputs)
    return True


# Ops whose result is a bool tensor whatever their inputs are.
_BOOL_RESULTS = {
    "aten::eq", "aten::ne", "aten::lt", "aten::le", "aten::gt", "aten::ge",
    "aten::logical_not", "aten::logical_and", "aten::logical_or", "aten::logical_xor",
    "aten::isnan", "aten::isinf", "aten::isfinite",
}  # fmt: skip


# Ops whose result has the dtype of their first input (and aten::view of
# sizes; view(dtype) reinterprets the bytes).
_SAME_DTYPE = {
    "aten::tril", "aten::triu", "aten::unsqueeze", "aten::reshape", "aten::expand",
    "aten::clone", "aten::contiguous", "aten::transpose", "aten::permute",
}  # fmt: skip
# Factories; without a dtype, ones/zeros/empty make the default float dtype,
# while full takes its dtype from the fill value (TorchScript's full of True
# is int64), which is not derived here.
_FACTORIES = {"aten::ones", "aten::zeros", "aten::full", "aten::empty"}
_BOOL_SCALAR_TYPE = 11  # torch.bool as TorchScript's ScalarType int


def _is_bool_mask(mask: torch._C.Value, context) -> Optional[bool]:
    """Whether `mask` is a bool tensor, None when that is not known: the
    dtype of an argument or module tensor from its example, an op whose
    result is bool, a factory with a constant dtype, or a view or tril of
    one of these."""
    dtype = context.dtype_of(mask)
    if dtype is not None:
        return dtype == torch.bool
    producer = mask.node()
    kind = producer.kind()
    if kind in _BOOL_RESULTS:
        return True
    if kind in _SAME_DTYPE or (kind == "aten::view" and _is_view_of_sizes(producer)):
        return _is_bool_mask(producer.inputsAt(0), context)
    if kind in _FACTORIES:
        try:
            dtype_value = producer.namedInput("dtype")
        except RuntimeError:
            return None
        if dtype_value.node().kind() != "prim::Constant":
            return None
        dtype = dtype_value.toIValue()
        if dtype is None:
            return None if kind == "aten::full" else False
        return dtype == _BOOL_SCALAR_TYPE
    return None


def _is_view_of_sizes(node: torch._C.Node) -> bool:
    try:
        return str(node.schema()).startswith("aten::view(Tensor(a) self, SymInt[] size)")
    except RuntimeError:
        return False
