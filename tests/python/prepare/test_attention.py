"""scaled_dot_product_attention with is_causal=True or an attn_mask, as the
matmuls and softmax of eager's math kernel, computes what the op computes.

The rewritten program scales the scores after the matmul, where eager scales
query and key by sqrt(scale) each before it, so the two round differently:
outputs are compared with rtol=atol=1e-5 for float32 and 1e-12 for float64
(the observed differences are a few ulps: ~5e-7 and ~1e-15).
"""

import math

import attention_programs as programs
import torch
from prepare_support import node_kinds, prepared, script

from torch_mlir.prepare import Preparation

_REWRITE = "decompose-masked-attention"
_OP = "aten::scaled_dot_product_attention"
_TOLERANCE = {torch.float32: 1e-5, torch.float64: 1e-12}
inf = math.inf


def _assert_close(expected, actual):
    assert len(expected) == len(actual)
    for e, a in zip(expected, actual):
        assert e.dtype == a.dtype and e.shape == a.shape
        assert not e.isnan().any() and not a.isnan().any()
        tolerance = _TOLERANCE[e.dtype]
        torch.testing.assert_close(a, e, rtol=tolerance, atol=tolerance)


def _check(program, argument_tuples, fired=None):
    original = script(program)
    for arguments in argument_tuples:
        rewritten, preparation = prepared(original, arguments)
        assert preparation.fired[_REWRITE] > 0, preparation.fired
        if fired is not None:
            assert preparation.fired[_REWRITE] == fired, preparation.fired
        assert _OP not in node_kinds(rewritten.graph)
        expected = original(*arguments)
        _assert_close(expected, rewritten(*arguments))


def _check_causal_scales(q, k, v):
    """Negative and zero scales. With 4-D operands eager runs its CPU flash
    kernel, which gives NaN when causal with scale <= 0; the rewrite
    computes what eager's math kernel computes there."""
    original = script(programs.causal_scales)
    rewritten, preparation = prepared(original, (q, k, v))
    assert preparation.fired[_REWRITE] == 2
    assert _OP not in node_kinds(rewritten.graph)
    if q.dim() == 4:
        math_kernel = torch.ops.aten._scaled_dot_product_attention_math
        expected = [math_kernel(q, k, v, is_causal=True, scale=s)[0] for s in (-1.5, 0.0)]
    else:
        expected = original(q, k, v)
    _assert_close(expected, rewritten(q, k, v))


def _operands(batch, length, source, embed, value_embed, dtype):
    return (
        torch.randn(*batch, length, embed, dtype=dtype),
        torch.randn(*batch, source, embed, dtype=dtype),
        torch.randn(*batch, source, value_embed, dtype=dtype),
    )


# (batch dims, L, S, E, Ev): 2-D to 4-D operands, L < S, L > S and L == S.
_SHAPES = [
    ((2, 3), 4, 6, 8, 5),
    ((2, 3), 6, 4, 8, 8),
    ((3,), 5, 7, 4, 3),
    ((3,), 5, 5, 16, 4),
    ((), 3, 9, 2, 6),
    ((), 7, 2, 5, 1),
]


def _bool_mask(batch, length, source, rank):
    # The trailing rank - 2 batch dims of the operands.
    mask = torch.rand(*batch[len(batch) + 2 - rank :], length, source) > 0.4
    mask[..., 0, :] = False  # a query with no key to attend to
    mask[..., -1, :] = True
    return mask


def _float_mask(length, source, rank, dtype):
    mask = torch.randn(*([1] * (rank - 2)), length, source, dtype=dtype)
    mask[..., 1 % length, :] = -inf  # every key masked
    mask[..., 0, ::2] = -inf
    return mask


def test_masked_attention():
    torch.manual_seed(0)
    for dtype in (torch.float32, torch.float64):
        for batch, length, source, embed, value_embed in _SHAPES:
            q, k, v = _operands(batch, length, source, embed, value_embed, dtype)
            # Causal with L != S: eager's mask is ones(L, S).tril(), aligned
            # at the top left. scale=None and given.
            _check(programs.causal, [(q, k, v)], fired=2)
            _check_causal_scales(q, k, v)
            # Bool masks broadcast from rank 2 (and 3) to the scores' rank.
            for rank in range(2, len(batch) + 3):
                masks = [
                    _bool_mask(batch, length, source, rank),
                    torch.zeros(length, source, dtype=torch.bool),
                    _float_mask(length, source, rank, dtype),
                    torch.full((length, source), -inf, dtype=dtype),
                ]
                _check(programs.masked, [(q, k, v, m) for m in masks], fired=2)
            # Masks the program builds (bool from tril, full, a comparison;
            # a float bias from zeros(...).triu()).
            if dtype == torch.float32:
                _check(programs.built_masks, [(q, k, v)], fired=4)


def test_float32_mask_with_float64_operands():
    # Eager takes a float32 mask with operands of any float dtype.
    torch.manual_seed(1)
    q, k, v = _operands((2,), 4, 6, 8, 3, torch.float64)
    _check(programs.masked, [(q, k, v, _float_mask(4, 6, 2, torch.float32))], fired=2)


def test_float32_mask_with_float16_operands():
    # The bias is cast to the operands' dtype (a float32 bias made the
    # float16 softmax float32, and its matmul with value failed). Eager
    # computes float16 attention in float32: close, not exact.
    torch.manual_seed(2)
    q, k, v = _operands((2,), 4, 6, 8, 3, torch.float16)
    mask = _float_mask(4, 6, 2, torch.float32)
    original = script(programs.masked)
    rewritten, preparation = prepared(original, (q, k, v, mask))
    assert preparation.fired[_REWRITE] == 2
    for e, a in zip(original(q, k, v, mask), rewritten(q, k, v, mask)):
        assert e.dtype == a.dtype == torch.float16
        torch.testing.assert_close(a, e, rtol=1e-2, atol=1e-2)


def test_dynamic_sizes():
    # Without static sizes the default scale is computed from query.size(-1)
    # at run time; with them it is a constant.
    torch.manual_seed(3)
    original = script(programs.masked)
    floats = torch._C.TensorType.get().with_dtype(torch.float32).with_sizes([None] * 3)
    bools = torch._C.TensorType.get().with_dtype(torch.bool).with_sizes([None] * 2)
    preparation = Preparation(argument_types={original.qualified_name: [floats] * 3 + [bools]})
    graph = preparation.prepare_graph(original.qualified_name, original.graph.copy())
    assert preparation.fired[_REWRITE] == 2
    assert _OP not in node_kinds(graph)
    # The results keep ranks the rank rules derive: the matmuls of 3-D
    # operands become bmm (the core leaves them illegal).
    assert "aten::matmul" not in node_kinds(graph)
    rewritten = torch._C._create_function_from_graph("dynamic_attention", graph)
    for batch, length, source, embed, value_embed in _SHAPES[2:4]:
        q, k, v = _operands(batch, length, source, embed, value_embed, torch.float32)
        mask = _bool_mask(batch, length, source, 2)
        _assert_close(original(q, k, v, mask), rewritten(q, k, v, mask))


def test_left_alone():
    torch.manual_seed(4)
    q, k, v = _operands((2, 2), 4, 5, 8, 3, torch.float32)
    mask = torch.rand(4, 5) > 0.5
    cases = [
        (programs.dropout, (q, k, v, mask)),  # dropout_p != 0
        (programs.causal_dropout, (q, k, v)),
        (programs.causal_and_mask, (q, k, v, mask)),  # eager raises
        (programs.grouped_query, (q, k, v)),  # enable_gqa=True
        (programs.maybe_masked, (q, k, v, mask)),  # Optional[Tensor] mask
        (programs.opaque_mask, (q, k, v, mask)),  # mask dtype not known
        (programs.int_mask, (q, k, v)),  # full's dtype from its fill value
    ]
    for program, arguments in cases:
        rewritten, preparation = prepared(script(program), arguments)
        assert preparation.fired[_REWRITE] == 0, program.__name__
        assert _OP in node_kinds(rewritten.graph), program.__name__
    # A mask together with is_causal=True still raises, as in eager.
    rewritten, _ = prepared(script(programs.causal_and_mask), (q, k, v, mask))
    try:
        rewritten(q, k, v, mask)
    except RuntimeError as error:
        assert "is_causal" in str(error) or "attn_mask" in str(error), error
    else:
        raise AssertionError("a mask with is_causal=True did not raise")
