"""Per-tensor quantization read back at once, as integer arithmetic.

`torch.quantize_per_tensor(x, scale, zero_point, dtype)` whose every use is
`.dequantize()` or `.int_repr()` is a fake-quantization round trip, or a way
to get the codes: no quantized tensor needs to exist. The core lowers these
through its quantized types, and computes wrong codes for `quint8` on TOSA
(it reads them as int8) and crashes on a dequantized matmul (its
torch-fuse-quantized-ops pass). The rewrite computes the codes as eager's
CPU kernel does (fbgemm's `Quantize`): x times the float32 reciprocal of the
float32 scale, rounded half to even, plus the zero point, clamped to the
dtype's range. The dequantized values are (codes - zero_point) times the
float32 scale, and the int representation the codes cast to the dtype's
integer type.
"""

from typing import Optional

import numpy as np
import torch
from torch import Tensor

from torch_mlir.prepare.aten_ops import insert_inlined
from torch_mlir.prepare.dtypes import SCALAR_TYPE_CODES

# Quantized ScalarType code -> (its integer dtype, its range).
_QUANTIZED = {
    12: (torch.int8, -128, 127),  # qint8
    13: (torch.uint8, 0, 255),  # quint8
    14: (torch.int32, -(2**31), 2**31 - 1),  # qint32
}
_READS = ("aten::dequantize", "aten::int_repr")


def quantized_codes(
    self: Tensor, reciprocal: float, zero_point: int, low: int, high: int, fused: bool
) -> Tensor:
    x = self.float()
    if fused:
        # x * reciprocal + zero_point rounded once, as the fused multiply-add
        # of eager's vectorized 8-bit kernel: the float64 product of two
        # float32 values is exact, and so is the sum.
        scaled = (x.double() * reciprocal + zero_point).float()
    else:
        scaled = x * reciprocal + zero_point
    return torch.clamp(torch.round(scaled), low, high)


def dequantized(
    self: Tensor,
    reciprocal: float,
    zero_point: int,
    low: int,
    high: int,
    fused: bool,
    scale: float,
) -> Tensor:
    codes = quantized_codes(self, reciprocal, zero_point, low, high, fused)
    return (codes - zero_point) * scale


def int_representation(
    self: Tensor,
    reciprocal: float,
    zero_point: int,
    low: int,
    high: int,
    fused: bool,
    dtype: int,
) -> Tensor:
    return quantized_codes(self, reciprocal, zero_point, low, high, fused).to(dtype)


def _constant(value: torch._C.Value):
    if value.node().kind() != "prim::Constant":
        return None
    return value.toIValue()


def _parameters(node: torch._C.Node) -> Optional[tuple]:
    """scale, zero point and dtype code of a quantize_per_tensor with
    constant ones, or None."""
    if node.kind() != "aten::quantize_per_tensor":
        return None
    if not str(node.schema()).startswith("aten::quantize_per_tensor(Tensor self, float scale,"):
        return None
    scale, zero_point, code = (_constant(node.inputsAt(i)) for i in (1, 2, 3))
    if not isinstance(scale, float) or not isinstance(zero_point, int) or code not in _QUANTIZED:
        return None
    return scale, zero_point, code


def rewrite_quantized_read(node: torch._C.Node, context) -> bool:
    """q.dequantize() or q.int_repr() of q = quantize_per_tensor(x, s, z,
    qdtype) -> computed from the codes of x in float32 (the quantization
    itself is left to the other reads of q, if any, and is dead code
    otherwise). Needs a constant scale, zero point and dtype; the int_repr
    of signed codes also static sizes."""
    if node.kind() not in _READS:
        return False
    quantize = node.inputsAt(0).node()
    parameters = _parameters(quantize)
    if parameters is None:
        return False
    scale, zero_point, code = parameters
    integer_dtype, low, high = _QUANTIZED[code]
    if node.kind() == "aten::int_repr" and integer_dtype != torch.uint8:
        # The core computes signed codes right; its TOSA conversion takes
        # the cast to them only at static sizes.
        sizes = context.sizes_of(quantize.inputsAt(0))
        if sizes is None or None in sizes:
            return False
    # eager's float32 scale and its float32 reciprocal, each exact as a float.
    scale32 = float(np.float32(scale))
    reciprocal = float(np.float32(1.0) / np.float32(scale))
    graph = context.graph
    with graph.insert_point_guard(node):
        if node.kind() == "aten::dequantize":
            function = dequantized
            extra = [scale32]
        else:
            function = int_representation
            extra = [SCALAR_TYPE_CODES[integer_dtype]]
        values = [quantize.inputsAt(0)] + [
            graph.insertConstant(value)
            for value in [reciprocal, zero_point, low, high, integer_dtype != torch.int32] + extra
        ]
    insert_inlined(graph, node, function, values)
    return True


_POOLS = ("aten::max_pool1d", "aten::max_pool2d")


def rewrite_quantized_max_pool(node: torch._C.Node, context) -> bool:
    """max_pool(quantize_per_tensor(x, ...), ...) -> quantize_per_tensor(
    max_pool(x, ...), ...): quantization is monotonic, so the max of the
    codes is the code of the max (padding is never a window's max), and the
    reads of the pooled codes then take the rewrite above. Needs a constant
    scale, zero point and dtype."""
    if node.kind() not in _POOLS or node.outputsSize() != 1:
        return False
    quantize = node.inputsAt(0).node()
    if _parameters(quantize) is None:
        return False
    graph = context.graph
    with graph.insert_point_guard(node):
        pooled = graph.insertNode(
            graph.create(node.kind(), [quantize.inputsAt(0)] + list(node.inputs())[1:])
        )
        pooled.copyMetadata(node)
        pooled.output().setType(torch._C.TensorType.get())
        requantized = graph.insertNode(
            graph.create(
                "aten::quantize_per_tensor", [pooled.output()] + list(quantize.inputs())[1:]
            )
        )
        requantized.copyMetadata(quantize)
        requantized.output().setType(node.output().type())
    node.output().replaceAllUsesWith(requantized.output())
    node.destroy()
    return True
