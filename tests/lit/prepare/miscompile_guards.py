# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The preparation step's guards against forms the core compiles to wrong
# values (python/torch_mlir/prepare/miscompile_guards.py): each op is
# replaced by a formulation the core compiles correctly. Each case checks
# the IR the importer produces after the rewrite.

import torch
import torch.nn.functional as F

from torch_mlir import torchscript
from torch_mlir.compiler_utils import TensorPlaceholder


def show(module, *example_args):
    print(torchscript.compile(module, list(example_args), output_type="raw"))


DYNAMIC = TensorPlaceholder([-1, -1], torch.float32)


# guard-miscompiled-pointwise-ops: softshrink is eager's formula, two nested
# `where`s on the thresholds, in float32, cast back to the input's dtype.
# CHECK-LABEL: torch.debug_module_name = "Softshrink"
# CHECK-NOT:     softshrink
# CHECK:         %[[ABOVE:.*]] = torch.aten.gt.Scalar %{{.*}}, %float3.000000e-01
# CHECK:         %[[BELOW:.*]] = torch.aten.lt.Scalar %{{.*}}, %float-3.000000e-01
# CHECK:         %[[INNER:.*]] = torch.aten.where.self %[[BELOW]]
# CHECK:         %[[OUTER:.*]] = torch.aten.where.self %[[ABOVE]], %{{.*}}, %[[INNER]]
# CHECK:         torch.aten.to.dtype %[[OUTER]]
# CHECK-NOT:     softshrink
class Softshrink(torch.nn.Module):
    def forward(self, x):
        return F.softshrink(x, 0.3)


show(Softshrink(), torch.randn(4, 5))


# guard-miscompiled-pointwise-ops: maximum and minimum put a NaN operand back
# (x + y where either is NaN).
# CHECK-LABEL: torch.debug_module_name = "MaximumMinimum"
# CHECK:         %[[NAN_X:.*]] = torch.aten.isnan %arg1
# CHECK:         %[[NAN_Y:.*]] = torch.aten.isnan %arg2
# CHECK:         %[[NAN:.*]] = torch.aten.logical_or %[[NAN_X]], %[[NAN_Y]]
# CHECK:         %[[SUM:.*]] = torch.aten.add.Tensor %arg1, %arg2
# CHECK:         %[[MAX:.*]] = torch.aten.maximum %arg1, %arg2
# CHECK:         torch.aten.where.self %[[NAN]], %[[SUM]], %[[MAX]]
# CHECK:         %[[MIN:.*]] = torch.aten.minimum %arg1, %arg2
# CHECK:         torch.aten.where.self %[[NAN]], %[[SUM]], %[[MIN]]
class MaximumMinimum(torch.nn.Module):
    def forward(self, x, y):
        return torch.maximum(x, y), torch.minimum(x, y)


show(MaximumMinimum(), torch.randn(4, 5), torch.randn(4, 5))


# guard-miscompiled-pointwise-ops: clamp of an int64 tensor with float bounds
# clamps the input made float32 by `* 1.0`, and yields float32.
# CHECK-LABEL: torch.debug_module_name = "ClampIntWithFloatBounds"
# CHECK-NOT:     torch.aten.clamp %arg1
# CHECK:         torch.aten.mul.Scalar %arg1, %float1.000000e00 : !torch.tensor, !torch.float -> !torch.tensor<[4],f32>
# CHECK:         torch.aten.clamp %{{.*}}, %float5.000000e-01, %float4.500000e00 : !torch.tensor<[4],f32>, !torch.float, !torch.float -> !torch.tensor<[4],f32>
# CHECK-NOT:     torch.aten.clamp %arg1
class ClampIntWithFloatBounds(torch.nn.Module):
    def forward(self, x):
        return torch.clamp(x, 0.5, 4.5)


show(ClampIntWithFloatBounds(), torch.randint(0, 9, (4,)))


# guard-miscompiled-structured-ops: addmm with beta = 0 is the product times
# alpha (the input, and its NaNs, are not read).
# CHECK-LABEL: torch.debug_module_name = "AddmmBetaZero"
# CHECK-NOT:     torch.aten.addmm
# CHECK:         %[[PRODUCT:.*]] = torch.aten.mm %arg2, %arg3
# CHECK:         torch.aten.mul.Scalar %[[PRODUCT]], %float1.500000e00
# CHECK-NOT:     torch.aten.addmm
class AddmmBetaZero(torch.nn.Module):
    def forward(self, inp, a, b):
        return torch.addmm(inp, a, b, beta=0.0, alpha=1.5)


show(AddmmBetaZero(), torch.randn(3, 3), torch.randn(3, 4), torch.randn(4, 3))


# guard-miscompiled-structured-ops: addmm with factors other than 1 is
# beta * input + alpha * mm.
# CHECK-LABEL: torch.debug_module_name = "AddmmScaled"
# CHECK-NOT:     torch.aten.addmm
# CHECK:         %[[INPUT:.*]] = torch.aten.mul.Scalar %arg1, %int2
# CHECK:         %[[PRODUCT:.*]] = torch.aten.mm %arg2, %arg3
# CHECK:         %[[SCALED:.*]] = torch.aten.mul.Scalar %[[PRODUCT]], %int3
# CHECK:         torch.aten.add.Tensor %[[INPUT]], %[[SCALED]]
# CHECK-NOT:     torch.aten.addmm
class AddmmScaled(torch.nn.Module):
    def forward(self, inp, a, b):
        return torch.addmm(inp, a, b, beta=2, alpha=3)


show(AddmmScaled(), torch.randn(3), torch.randn(3, 4), torch.randn(4, 3))


# guard-miscompiled-structured-ops: einsum without '->' gets the explicit
# output of the indices that appear once, in order.
# CHECK-LABEL: torch.debug_module_name = "ImplicitEinsum"
# CHECK-NOT:     "kj,ji"
# CHECK:         %[[EQUATION:.*]] = torch.constant.str "kj,ji->ik"
# CHECK:         torch.aten.einsum %[[EQUATION]]
# CHECK-NOT:     "kj,ji"
class ImplicitEinsum(torch.nn.Module):
    def forward(self, a, b):
        return torch.einsum("kj,ji", a, b)


show(ImplicitEinsum(), torch.randn(4, 4), torch.randn(4, 4))


# guard-miscompiled-structured-ops: roll by constant shifts is the roll by
# each shift modulo its dim's size (computed at run time for dynamic dims,
# each `%` written as a - (a // b) * b, the int % of Python).
# CHECK-LABEL: torch.debug_module_name = "Roll"
# CHECK:         %[[ROWS:.*]] = torch.aten.size.int %arg1, %int0
# CHECK:         %[[MODULUS:.*]] = torch.prim.max.int %[[ROWS]], %int1
# CHECK:         torch.aten.floordiv.int %int2, %[[MODULUS]]
# CHECK:         %[[COLUMNS:.*]] = torch.aten.size.int %arg1, %int1
# CHECK:         %[[MODULUS_1:.*]] = torch.prim.max.int %[[COLUMNS]], %int1
# CHECK:         torch.aten.floordiv.int %int7, %[[MODULUS_1]]
# CHECK:         %[[WRAPPED:.*]] = torch.prim.ListConstruct %{{.*}}, %{{.*}} : (!torch.int, !torch.int) -> !torch.list<int>
# CHECK:         torch.aten.roll %arg1, %[[WRAPPED]]
class Roll(torch.nn.Module):
    def forward(self, x):
        return x.roll([2, 7], [0, 1])


show(Roll(), DYNAMIC)


# guard-miscompiled-structured-ops: roll of a static tensor by 7 along a dim
# of 3 is the roll by 1.
# CHECK-LABEL: torch.debug_module_name = "RollStatic"
# CHECK:         %[[SHIFTS:.*]] = torch.prim.ListConstruct %int2, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
# CHECK:         torch.aten.roll %arg1, %[[SHIFTS]]
# CHECK-NOT:     %int7
class RollStatic(torch.nn.Module):
    def forward(self, x):
        return x.roll([2, 7], [0, 1])


show(RollStatic(), torch.randn(4, 3))


# guard-miscompiled-structured-ops: the int % of Python is a - (a // b) * b.
# CHECK-LABEL: torch.debug_module_name = "IntModulo"
# CHECK-NOT:     torch.aten.remainder.int
# CHECK:         %[[A:.*]] = torch.aten.sub.int
# CHECK:         %[[QUOTIENT:.*]] = torch.aten.floordiv.int %[[A]], %[[B:.*]] :
# CHECK:         %[[PRODUCT:.*]] = torch.aten.mul.int %[[QUOTIENT]], %[[B]]
# CHECK:         torch.aten.sub.int %[[A]], %[[PRODUCT]]
# CHECK-NOT:     torch.aten.remainder.int
class IntModulo(torch.nn.Module):
    def forward(self, x):
        return (x.size(0) - x.size(1)) % x.size(1)


show(IntModulo(), DYNAMIC)


# guard-miscompiled-structured-ops: conv2d with padding="same" and an even
# kernel pads asymmetrically (one after each spatial dim), then convolves
# without padding.
# CHECK-LABEL: torch.debug_module_name = "ConvSameEvenKernel"
# CHECK-NOT:     torch.aten.conv2d.padding
# CHECK:         %[[PADDED:.*]] = torch.aten.constant_pad_nd %arg1, {{.*}} -> !torch.tensor<[1,2,7,7],f32>
# CHECK:         torch.aten.conv2d %[[PADDED]], %arg2, %arg3, {{.*}} -> !torch.tensor<[1,3,6,6],f32>
# CHECK-NOT:     torch.aten.conv2d.padding
class ConvSameEvenKernel(torch.nn.Module):
    def forward(self, x, w, b):
        return F.conv2d(x, w, b, padding="same")


show(ConvSameEvenKernel(), torch.randn(1, 2, 6, 6), torch.randn(3, 2, 2, 2), torch.randn(3))


# guard-miscompiled-structured-ops: a float16 tensor times a scalar beyond
# float16's range is the product in float32, cast back to float16.
# CHECK-LABEL: torch.debug_module_name = "WideScalar"
# CHECK-NOT:     torch.aten.mul.Scalar %arg1, %float7.000000e04
# CHECK:         %[[WIDE:.*]] = torch.aten.mul.Tensor %arg1, {{.*}} -> !torch.tensor<[3],f32>
# CHECK:         %[[PRODUCT:.*]] = torch.aten.mul.Scalar %[[WIDE]], %float7.000000e04 : {{.*}} -> !torch.tensor<[3],f32>
# CHECK:         torch.aten.to.dtype %[[PRODUCT]], {{.*}} -> !torch.tensor<[3],f16>
# CHECK-NOT:     torch.aten.mul.Scalar %arg1, %float7.000000e04
class WideScalar(torch.nn.Module):
    def forward(self, x):
        return x * 70000.0


show(WideScalar(), torch.randn(3).half())


# guard-miscompiled-gelu-tanh: gelu(x, approximate="tanh") is eager's formula
# with sqrt(2 / pi) = 0.7978845608.
# CHECK-LABEL: torch.debug_module_name = "GeluTanh"
# CHECK-NOT:     torch.aten.gelu
# CHECK:         %[[BETA:.*]] = torch.constant.float 0.7978845608
# CHECK:         %[[SQUARE:.*]] = torch.aten.mul.Tensor %arg1, %arg1
# CHECK:         %[[CUBE:.*]] = torch.aten.mul.Tensor %[[SQUARE]], %arg1
# CHECK:         torch.aten.mul.Scalar %[[CUBE]], %float4.471500e-02
# CHECK:         %[[INNER:.*]] = torch.aten.mul.Scalar %{{.*}}, %[[BETA]]
# CHECK:         torch.aten.tanh %[[INNER]]
# CHECK-NOT:     torch.aten.gelu
class GeluTanh(torch.nn.Module):
    def forward(self, x):
        return F.gelu(x, approximate="tanh")


show(GeluTanh(), torch.randn(4, 5))


# guard-miscompiled-max-pool-ceil-mode: max_pool2d with ceil_mode=True of an
# 8x8 input pads one row and column of -inf after the input and pools with
# ceil_mode=False.
# CHECK-LABEL: torch.debug_module_name = "MaxPoolCeilMode"
# CHECK:         %[[PADDED:.*]] = torch.aten.constant_pad_nd %arg1, %{{.*}}, %float-Inf : {{.*}} -> !torch.tensor<[1,2,9,9],f32>
# CHECK:         torch.aten.max_pool2d %[[PADDED]], %{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}, %false : {{.*}} -> !torch.tensor<[1,2,4,4],f32>
# CHECK-NOT:     torch.aten.max_pool2d %arg
class MaxPoolCeilMode(torch.nn.Module):
    def forward(self, x):
        return F.max_pool2d(x, kernel_size=3, stride=2, ceil_mode=True)


show(MaxPoolCeilMode(), torch.randn(1, 2, 8, 8))


# reduced-floats-in-float32: a float16 silu and bfloat16 mm compute in
# float32, and their results round back once.
# CHECK-LABEL: torch.debug_module_name = "ReducedFloats"
# CHECK:         %[[X:.*]] = torch.aten.to.dtype %arg1, %int6
# CHECK:         %[[SILU:.*]] = torch.aten.silu %[[X]] : !torch.tensor<[3,4],f32>
# CHECK:         torch.aten.to.dtype %[[SILU]], %int5
# CHECK:         %[[A:.*]] = torch.aten.to.dtype %arg2, %int6
# CHECK:         %[[B:.*]] = torch.aten.to.dtype %arg3, %int6
# CHECK:         %[[MM:.*]] = torch.aten.mm %[[A]], %[[B]]
# CHECK:         torch.aten.to.dtype %[[MM]], %int15
class ReducedFloats(torch.nn.Module):
    def forward(self, x, a, b):
        return F.silu(x), torch.mm(a, b)


show(
    ReducedFloats(),
    torch.randn(3, 4).half(),
    torch.randn(2, 3).bfloat16(),
    torch.randn(3, 5).bfloat16(),
)


# self-comparison-as-bound: x == x is x <= inf (false only for NaN), and
# x != x its negation.
# CHECK-LABEL: torch.debug_module_name = "SelfComparison"
# CHECK-NOT:     torch.aten.eq.Tensor
# CHECK:         %[[EQ:.*]] = torch.aten.le.Scalar %arg1, %floatInf
# CHECK:         torch.aten.logical_not %{{.*}}
# CHECK-NOT:     torch.aten.ne.Tensor
class SelfComparison(torch.nn.Module):
    def forward(self, x):
        return x == x, x != x


show(SelfComparison(), torch.randn(4))


# remainder-as-fmod: remainder by a positive scalar is fmod by the scalar as
# a tensor of the input's shape, plus the scalar where the result is
# negative; fmod of a matrix by a row broadcasts both operands first.
# CHECK-LABEL: torch.debug_module_name = "RemainderAndFmod"
# CHECK-NOT:     torch.aten.remainder
# CHECK:         %[[ZERO:.*]] = torch.aten.mul.Scalar %arg1, %int0
# CHECK:         %[[DIVISOR:.*]] = torch.aten.add.Scalar %[[ZERO]], %float1.500000e00
# CHECK:         %[[R:.*]] = torch.aten.fmod.Tensor %arg1, %[[DIVISOR]]
# CHECK:         %[[NEGATIVE:.*]] = torch.aten.lt.Scalar %[[R]], %float0.000000e00
# CHECK:         %[[SHIFTED:.*]] = torch.aten.add.Scalar %[[R]], %float1.500000e00
# CHECK:         torch.aten.where.self %[[NEGATIVE]], %[[SHIFTED]], %[[R]]
# CHECK:         %[[A:.*]] = torch.aten.where.self %{{.*}}, %arg1, %arg1 : {{.*}} -> !torch.tensor<[3,4],f32>
# CHECK:         %[[B:.*]] = torch.aten.add.Tensor %arg2, %[[ZERO]], %int1 : {{.*}} -> !torch.tensor<[3,4],f32>
# CHECK:         torch.aten.fmod.Tensor %[[A]], %[[B]] : !torch.tensor<[3,4],f32>, !torch.tensor<[3,4],f32>
class RemainderAndFmod(torch.nn.Module):
    def forward(self, a, b):
        return torch.remainder(a, 1.5), torch.fmod(a, b)


show(RemainderAndFmod(), torch.randn(3, 4), torch.randn(4))


# float-comparison-with-float-scalar: a float fill compared with the int 0
# compares with 0.0 (the core folds the int form of a constant to garbage).
# CHECK-LABEL: torch.debug_module_name = "FloatComparisonWithInt"
# CHECK:         %[[FILLED:.*]] = torch.aten.add.Scalar
# CHECK:         torch.aten.gt.Scalar %[[FILLED]], %float0.000000e00 : !torch.tensor<[4],f32>, !torch.float
class FloatComparisonWithInt(torch.nn.Module):
    def forward(self, x):
        return torch.zeros_like(x) + 1.5 > 0


show(FloatComparisonWithInt(), torch.randn(4))


# bool-max-as-any: the max of a bool tensor is any, its min all.
# CHECK-LABEL: torch.debug_module_name = "BoolExtrema"
# CHECK:         torch.aten.any %arg1 : !torch.tensor -> !torch.tensor<[],i1>
# CHECK:         torch.aten.all %arg1 : !torch.tensor -> !torch.tensor<[],i1>
# CHECK-NOT:     torch.aten.max
class BoolExtrema(torch.nn.Module):
    def forward(self, x):
        return torch.max(x), torch.min(x)


show(BoolExtrema(), torch.zeros(3, 4, dtype=torch.bool))


# negative-indices-wrapped: an int index tensor of a dim of static size is
# wrapped (index + size where negative) before the gather.
# CHECK-LABEL: torch.debug_module_name = "NegativeIndices"
# CHECK:         %[[NEGATIVE:.*]] = torch.aten.lt.Scalar %arg2, %int0
# CHECK:         %[[SHIFTED:.*]] = torch.aten.add.Scalar %arg2, %int5
# CHECK:         %[[WRAPPED:.*]] = torch.aten.where.self %[[NEGATIVE]], %[[SHIFTED]], %arg2
# CHECK:         %[[INDICES:.*]] = torch.prim.ListConstruct %{{.*}}, %[[WRAPPED]]
# CHECK:         torch.aten.index.Tensor %{{.*}}, %[[INDICES]]
class NegativeIndices(torch.nn.Module):
    def forward(self, x, index):
        return x[:, index]


show(NegativeIndices(), torch.randn(3, 5), torch.tensor([-1, 0, -5]))


# logcumsumexp-as-scan: two steps of a log-add-exp prefix scan for a dim of
# size 3 (offsets 1 and 2): each shifts the running result by the offset,
# -inf first, and combines it with max + log1p(exp(-|a - b|)).
# CHECK-LABEL: torch.debug_module_name = "LogCumSumExp"
# CHECK-NOT:     torch.aten.logcumsumexp
# CHECK:         torch.aten.full_like %{{.*}}, %float-Inf{{.*}} -> !torch.tensor<[2,1],f32>
# CHECK:         %[[SHIFTED:.*]] = torch.aten.cat %{{.*}}, %int1 : !torch.list<tensor>, !torch.int -> !torch.tensor<[2,3],f32>
# CHECK:         torch.aten.maximum %arg1, %[[SHIFTED]]
# CHECK:         torch.aten.log1p
# CHECK:         torch.aten.full_like %{{.*}}, %float-Inf{{.*}} -> !torch.tensor<[2,2],f32>
# CHECK:         torch.aten.log1p
# CHECK-NOT:     torch.aten.logcumsumexp
class LogCumSumExp(torch.nn.Module):
    def forward(self, x):
        return torch.logcumsumexp(x, 1)


show(LogCumSumExp(), torch.randn(2, 3))


# native-layer-norm-as-moments: the mean and the mean of the squared
# centered input over the normalized dims (kept), rsqrt(var + eps), and the
# affine map.
# CHECK-LABEL: torch.debug_module_name = "NativeLayerNorm"
# CHECK-NOT:     torch.aten.native_layer_norm
# CHECK:         %[[MEAN:.*]] = torch.aten.mean.dim %arg1, %{{.*}}, %true{{.*}} -> !torch.tensor<[2,3,1],f32>
# CHECK:         %[[CENTERED:.*]] = torch.aten.sub.Tensor %arg1, %[[MEAN]]
# CHECK:         %[[SQUARED:.*]] = torch.aten.mul.Tensor %[[CENTERED]], %[[CENTERED]]
# CHECK:         %[[VAR:.*]] = torch.aten.mean.dim %[[SQUARED]]
# CHECK:         %[[SHIFTED:.*]] = torch.aten.add.Scalar %[[VAR]], %float1.000000e-05
# CHECK:         %[[RSTD:.*]] = torch.aten.rsqrt %[[SHIFTED]]
# CHECK:         %[[NORMED:.*]] = torch.aten.mul.Tensor %[[CENTERED]], %[[RSTD]]
# CHECK:         %[[SCALED:.*]] = torch.aten.mul.Tensor %[[NORMED]], %arg2
# CHECK:         torch.aten.add.Tensor %[[SCALED]], %arg3
class NativeLayerNorm(torch.nn.Module):
    def forward(self, x, w, b):
        return torch.native_layer_norm(x, [5], w, b, 1e-5)


show(NativeLayerNorm(), torch.randn(2, 3, 5), torch.randn(5), torch.randn(5))


# quantize-read-as-codes: the dequantized round trip of a quint8
# quantization is computed from its codes in float32: x times the float32
# reciprocal of the scale plus the zero point (rounded once, in float64, as
# eager's fused multiply-add), rounded half to even, clamped to [0, 255],
# then (codes - zero_point) * scale.
# CHECK-LABEL: torch.debug_module_name = "QuantizeRoundTrip"
# CHECK-NOT:     torch.aten.quantize_per_tensor
# CHECK:         %[[WIDE:.*]] = torch.aten.to.dtype %{{.*}}, %int7
# CHECK:         %[[SCALED:.*]] = torch.aten.mul.Scalar %[[WIDE]], %float5.000000e01
# CHECK:         torch.aten.add.Scalar %[[SCALED]], %int100
# CHECK:         %[[ROUNDED:.*]] = torch.aten.round
# CHECK:         %[[CODES:.*]] = torch.aten.clamp %[[ROUNDED]], %int0, %int255
# CHECK:         %[[CENTERED:.*]] = torch.aten.sub.Scalar %[[CODES]], %int100
# CHECK:         torch.aten.mul.Scalar %[[CENTERED]], %float2.000000e-02
# CHECK-NOT:     torch.aten.dequantize
class QuantizeRoundTrip(torch.nn.Module):
    def forward(self, x):
        return torch.quantize_per_tensor(x, 0.02, 100, torch.quint8).dequantize()


show(QuantizeRoundTrip(), torch.randn(4))


# quantized-max-pool-of-the-input: the max pool of quantized codes is the
# pool of the float input, quantized; its int_repr then is the codes of the
# pooled input (cast to uint8 through int64, as every float-to-uint8 cast).
# CHECK-LABEL: torch.debug_module_name = "QuantizedMaxPool"
# CHECK-NOT:     torch.aten.quantize_per_tensor
# CHECK:         %[[POOLED:.*]] = torch.aten.max_pool2d %arg1
# CHECK:         torch.aten.to.dtype %[[POOLED]], %int6
# CHECK:         torch.aten.clamp %{{.*}}, %{{.*}}, %int255
# CHECK-NOT:     torch.aten.int_repr
class QuantizedMaxPool(torch.nn.Module):
    def forward(self, x):
        q = torch.quantize_per_tensor(x, 0.04, 0, torch.quint8)
        return torch.max_pool2d(q, 2).int_repr()


show(QuantizedMaxPool(), torch.rand(1, 2, 4, 4))
