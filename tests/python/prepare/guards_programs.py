"""Programs for test_miscompile_guards.py (TorchScript needs their source in
a file)."""

from typing import List, Tuple

import torch
import torch.nn.functional as F
from torch import Tensor


def pointwise(x: Tensor, y: Tensor) -> List[Tensor]:
    return [
        F.softshrink(x),
        F.softshrink(x, 0.3),
        torch.maximum(x, y),
        torch.minimum(x, y),
        torch.clamp(x, -0.5, 0.25),
        torch.clamp(x, min=0.0),
    ]


def clamp_ints(x: Tensor) -> List[Tensor]:
    return [torch.clamp(x, 0.5, 4.5), torch.clamp(x, max=2.5), torch.clamp(x, 1, 3)]


def maximum_ints(a: Tensor, b: Tensor) -> List[Tensor]:
    return [torch.maximum(a, b), torch.minimum(a, b)]


def addmms(inp: Tensor, a: Tensor, b: Tensor) -> List[Tensor]:
    return [torch.addmm(inp, a, b, beta=0.0, alpha=1.5), torch.addmm(inp, a, b, beta=0, alpha=1)]


def einsums(a: Tensor, b: Tensor) -> List[Tensor]:
    return [torch.einsum("kj,ji", a, b), torch.einsum("ij,jk", a, b), torch.einsum("ba", a)]


def rolls(x: Tensor) -> List[Tensor]:
    return [x.roll([2, 7], [0, 1]), x.roll(-5, 0), x.roll([3], [-1]), x.roll(4), x.roll(0, 1)]


def int_modulo(a: int, b: int) -> Tuple[int, int]:
    return a % b, a // b


def conv_same(x: Tensor, w: Tensor, b: Tensor) -> Tensor:
    return F.conv2d(x, w, b, padding="same")


def conv_same_dilated(x: Tensor, w: Tensor, b: Tensor) -> Tensor:
    return F.conv2d(x, w, b, padding="same", dilation=[1, 3])


def addmm_scaled(inp: Tensor, a: Tensor, b: Tensor) -> List[Tensor]:
    return [torch.addmm(inp, a, b, beta=2, alpha=3), torch.addmm(inp, a, b, beta=0.5)]


def wide_scalars(x: Tensor) -> List[Tensor]:
    return [x * 70000.0, x * -1e6, x * 2.0]


# uint8 reads (test_uint8_reads).


def uint8_casts(x: Tensor) -> List[Tensor]:
    return [
        x.float(),
        x.to(torch.int64) - 100,
        x.int(),
        x.short(),
        x.double(),
        x.half(),
        x.to(torch.bfloat16),
        x.to(torch.int8),
        x.to(torch.bool),
        x.float() / 255.0,
        x.to(torch.int32) & 255,
    ]


def uint8_reductions(x: Tensor) -> List[Tensor]:
    values, indices = torch.max(x, 0)
    low, low_index = torch.min(x, -1, keepdim=True)
    return [
        x.sum(),
        x.sum(dtype=torch.float32),
        x.sum(dtype=torch.uint8),
        torch.sum(x, [0], keepdim=True),
        torch.sum(x, [-1], dtype=torch.int32),
        torch.max(x),
        torch.min(x),
        values,
        indices,
        low,
        low_index,
        torch.amax(x, [0]),
        torch.amin(x, [-1], keepdim=True),
        torch.amax(x),
    ]


def uint8_from_cast(x: Tensor) -> List[Tensor]:
    # Known uint8 by the cast, whatever the argument's dtype.
    b = x.to(torch.uint8)
    return [b.float(), b.sum(), torch.max(b), b < 128, b * 0.5]


def uint8_binary(x: Tensor, y: Tensor) -> List[Tensor]:
    return [
        x + y,
        x - y,
        x * y,
        x / y,
        torch.div(x, y, rounding_mode="floor"),
        torch.div(x, y, rounding_mode="trunc"),
        torch.max(x, y),
        torch.min(x, y),
        x == y,
        x != y,
        x < y,
        x <= y,
        x > y,
        x >= y,
    ]


def uint8_with_bool(x: Tensor, b: Tensor) -> List[Tensor]:
    return [x + b, x * b, x / b, torch.max(x, b), torch.min(b, x), x < b, x >= b, x == b]


def uint8_scalars(x: Tensor) -> List[Tensor]:
    return [
        x * 0.5,
        x / 2,
        x / 2.5,
        x + 1.5,
        x - 2.5,
        x * 3,
        x + 1,
        x == 200.0,
        x != 127.5,
        x == 200,
        x < 128,
        x < 300,
        x >= -1,
        x > 127.5,
        x <= 0,
        x > True,
        x / True,
        torch.div(x, 3, rounding_mode="floor"),
        torch.div(x, 300, rounding_mode="trunc"),
        torch.div(x, -1, rounding_mode="floor"),
        torch.div(x, 2.5, rounding_mode="floor"),
        torch.div(x, 7, rounding_mode=None),
    ]


def uint8_run_time_scalar(x: Tensor, n: int) -> List[Tensor]:
    # `x < n` would need n modulo 256 at run time: left alone.
    return [x < n, x * 0.5]


class Uint8Table(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("table", torch.tensor([0, 127, 128, 200, 255], dtype=torch.uint8))

    def forward(self, x: Tensor) -> Tensor:
        return self.table.float() + x


class AssignedUint8Table(Uint8Table):
    def forward(self, x: Tensor) -> Tensor:
        return self.table.float() + x

    @torch.jit.export
    def replace(self, t: Tensor) -> Tensor:
        self.table = t
        return t


# tanh GELU and max_pool with ceil_mode (test_gelu_tanh_constant,
# test_max_pool_ceil_mode).


def gelu_tanh(x: Tensor) -> List[Tensor]:
    return [F.gelu(x, approximate="tanh"), F.gelu(x)]


def max_pool2d_ceil(x: Tensor) -> List[Tensor]:
    return [
        F.max_pool2d(x, kernel_size=3, stride=2, ceil_mode=True),
        F.max_pool2d(x, kernel_size=3, stride=2, padding=1, ceil_mode=True),
        F.max_pool2d(x, kernel_size=2, stride=2, padding=1, ceil_mode=True),
        F.max_pool2d(x, kernel_size=[2, 3], stride=[3, 2], dilation=[2, 1], ceil_mode=True),
        F.max_pool2d(x, kernel_size=2, ceil_mode=True),
        F.max_pool2d(x, kernel_size=3, stride=2, ceil_mode=False),
    ]


def max_pool1d_ceil(x: Tensor) -> List[Tensor]:
    return [
        F.max_pool1d(x, kernel_size=3, stride=2, ceil_mode=True),
        F.max_pool1d(x, kernel_size=2, stride=3, padding=1, dilation=2, ceil_mode=True),
    ]


def reduced_float_ops(
    x: Tensor, w: Tensor, b: Tensor, image: Tensor, kernel: Tensor
) -> List[Tensor]:
    return [
        F.silu(x),
        F.layer_norm(x, [x.size(1)], b, b),
        F.layer_norm(x, [x.size(1)]),
        torch.softmax(x, 0),
        torch.log_softmax(x, 1),
        torch.softmax(x, 1, dtype=torch.float32),  # computes in float32 already
        torch.mm(x, w),
        F.conv2d(image, kernel, stride=2),
        F.conv2d(image, kernel, padding="same"),
        torch.sum(x),
        torch.sum(x, [1], keepdim=True),
        torch.sum(x, dtype=torch.float64),
    ]


def self_comparison(x: Tensor, y: Tensor) -> List[Tensor]:
    return [x == x, x != x, x == y, x != y]


def remainders(a: Tensor, b: Tensor) -> List[Tensor]:
    return [
        torch.remainder(a, b),
        a % b,
        torch.remainder(a, 1.5),
        torch.remainder(a, -2),
        a % 3,
        torch.fmod(a, 1.5),
        torch.fmod(a, -2),
        torch.fmod(a, b),
    ]


def int_remainders(a: Tensor, b: Tensor) -> List[Tensor]:
    return [torch.remainder(a, b), a % -3, a % 4, torch.fmod(a, 3), torch.fmod(a, b)]


def splat_comparisons(x: Tensor) -> List[Tensor]:
    filled = torch.zeros_like(x) + 1.5
    ones = torch.ones([4])
    return [
        filled > 0,
        filled >= 2,
        filled == 1,
        filled != 1,
        filled < -5,
        filled <= 1,
        ones * 2 > 1,
        torch.full([3], 2.0) == 2,
        x > 0,
        torch.full([3], 2) > 1,  # an int fill: left
    ]


def bool_extrema(x: Tensor) -> List[Tensor]:
    return [torch.max(x), torch.min(x), x.max(), x.min()]


def negative_indices(x: Tensor, index: Tensor, mask: Tensor) -> List[Tensor]:
    return [x[:, index], x[index], x[index, index], x[mask], x[index, :, index]]


def logcumsumexps(x: Tensor) -> List[Tensor]:
    return [torch.logcumsumexp(x, 0), torch.logcumsumexp(x, -1), torch.logcumsumexp(x + 100.0, 1)]


def native_layer_norms(x: Tensor, w: Tensor, b: Tensor) -> List[Tensor]:
    out, mean, rstd = torch.native_layer_norm(x, [x.size(-1)], w, b, 1e-5)
    plain, plain_mean, plain_rstd = torch.native_layer_norm(
        x, [x.size(-2), x.size(-1)], None, None, 1e-3
    )
    return [out, mean, rstd, plain, plain_mean, plain_rstd]


def quantize_round_trips(x: Tensor, y: Tensor) -> List[Tensor]:
    q = torch.quantize_per_tensor(x, 0.02, 100, torch.quint8)
    s = torch.quantize_per_tensor(x, 0.1, -3, torch.qint8)
    w = torch.quantize_per_tensor(x, 0.003, 7, torch.qint32)
    qa = torch.quantize_per_tensor(x, 0.02, 0, torch.qint8)
    qb = torch.quantize_per_tensor(y, 0.03, 0, torch.qint8)
    return [
        q.int_repr(),
        q.dequantize(),
        s.int_repr(),
        s.dequantize(),
        w.int_repr(),
        w.dequantize(),
        qa.dequantize().mm(qb.dequantize()),
        torch.max_pool2d(
            torch.quantize_per_tensor(x.reshape(1, 1, -1, 5), 0.04, 0, torch.quint8), 2
        ).int_repr(),
        F.max_pool1d(
            torch.quantize_per_tensor(x.reshape(1, -1, 5), 0.1, -3, torch.qint8), 3, 1, 1
        ).dequantize(),
    ]
