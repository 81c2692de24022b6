# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The preparation step's rewrites in python/torch_mlir/prepare/small_ops.py:
# small forms the core cannot lower (decompose-small-ops), identity views as
# copies, the device type and layout queries of torch.norm, and stable
# sorts. Each case checks the IR the importer produces after the rewrite.

import torch
import torch.nn.functional as F

from torch_mlir import torchscript
from torch_mlir.compiler_utils import TensorPlaceholder


def show(module, *example_args):
    print(torchscript.compile(module, list(example_args), output_type="raw"))


DYNAMIC = TensorPlaceholder([-1, -1], torch.float32)


# decompose-small-ops: `not b` of a bool is int(b) == 0, and len(x) of a
# tensor is x.size(0).
# CHECK-LABEL: torch.debug_module_name = "NotAndLen"
# CHECK-NOT:     torch.aten.__not__
# CHECK-NOT:     torch.aten.len.Tensor
# CHECK:         %[[ROWS:.*]] = torch.aten.size.int %arg1, %int0 :
# CHECK:         %[[TALL:.*]] = torch.aten.gt.int %[[ROWS]]
# CHECK:         %[[AS_INT:.*]] = torch.aten.Int.bool %[[TALL]]
# CHECK:         %[[NOT:.*]] = torch.aten.eq.int %[[AS_INT]], %int0
# CHECK:         torch.prim.TupleConstruct %[[NOT]], %[[ROWS]]
# CHECK-NOT:     torch.aten.__not__
# CHECK-NOT:     torch.aten.len.Tensor
class NotAndLen(torch.nn.Module):
    def forward(self, x):
        tall = x.size(0) > x.size(1)
        return not tall, len(x)


show(NotAndLen(), DYNAMIC)


# decompose-small-ops: softmax with a dtype converts the input first (7 =
# float64) and has no dtype itself.
# CHECK-LABEL: torch.debug_module_name = "SoftmaxInDtype"
# CHECK:         %[[WIDE:.*]] = torch.aten.to.dtype %arg1, %int7, {{.*}} -> !torch.tensor<[2,3],f64>
# CHECK:         torch.aten.softmax.int %[[WIDE]], %int0, %none{{.*}} -> !torch.tensor<[2,3],f64>
# CHECK-NOT:     torch.aten.softmax.int %arg1
class SoftmaxInDtype(torch.nn.Module):
    def forward(self, x):
        return x.softmax(0, dtype=torch.float64)


show(SoftmaxInDtype(), torch.randn(2, 3))


# decompose-small-ops: the cumsum of a 0-d tensor is the cumsum of it as a
# vector of one, viewed back.
# CHECK-LABEL: torch.debug_module_name = "CumsumOfScalar"
# CHECK-NOT:     torch.aten.cumsum %arg1
# CHECK:         %[[VECTOR:.*]] = torch.aten.reshape %arg1, {{.*}} -> !torch.tensor<[1],f32>
# CHECK:         %[[SUM:.*]] = torch.aten.cumsum %[[VECTOR]], {{.*}} -> !torch.tensor<[1],f32>
# CHECK:         torch.aten.reshape %[[SUM]], {{.*}} -> !torch.tensor<[],f32>
class CumsumOfScalar(torch.nn.Module):
    def forward(self, x):
        return torch.cumsum(x, 0)


show(CumsumOfScalar(), torch.tensor(2.5))


# decompose-small-ops: `x << 2` is x * 4 and `x >> 1` the flooring division
# by 2.
# CHECK-LABEL: torch.debug_module_name = "Shifts"
# CHECK-NOT:     torch.aten.__lshift__
# CHECK-NOT:     torch.aten.__rshift__
# CHECK:         torch.aten.mul.Scalar %arg1, %int4
# CHECK:         torch.aten.div.Scalar_mode %arg1, %int2, %[[FLOOR:.*]] :
# CHECK-NOT:     torch.aten.__lshift__
# CHECK-NOT:     torch.aten.__rshift__
class Shifts(torch.nn.Module):
    def forward(self, x):
        return (x << 2) + (x >> 1)


show(Shifts(), torch.randint(0, 9, (3, 4)))


# decompose-small-ops: xlogy is eager's formula: x * log(y), 0 where x is 0,
# NaN where y is NaN.
# CHECK-LABEL: torch.debug_module_name = "Xlogy"
# CHECK-NOT:     torch.aten.xlogy
# CHECK:         %[[LOG:.*]] = torch.aten.log %arg2
# CHECK:         %[[PRODUCT:.*]] = torch.aten.mul.Tensor %arg1, %[[LOG]]
# CHECK:         %[[NAN:.*]] = torch.aten.isnan %arg2
# CHECK:         %[[ZERO:.*]] = torch.aten.eq.Scalar %arg1
# CHECK:         %[[INNER:.*]] = torch.aten.where.ScalarSelf %[[ZERO]], %{{.*}}, %[[PRODUCT]]
# CHECK:         torch.aten.where.ScalarSelf %[[NAN]], %{{.*}}, %[[INNER]]
# CHECK-NOT:     torch.aten.xlogy
class Xlogy(torch.nn.Module):
    def forward(self, a, b):
        return torch.xlogy(a, b)


show(Xlogy(), torch.randn(3), torch.rand(3))


# decompose-small-ops: binary_cross_entropy_with_logits is eager's formula
# (log1p(exp(-|x|)) + max(-x, 0)), here with its mean.
# CHECK-LABEL: torch.debug_module_name = "BceWithLogits"
# CHECK-NOT:     torch.aten.binary_cross_entropy_with_logits
# CHECK:         torch.aten.abs %arg1
# CHECK:         torch.aten.exp
# CHECK:         torch.aten.log1p
# CHECK:         torch.aten.clamp_min
# CHECK:         torch.aten.mean {{.*}} -> !torch.tensor<[],f32>
# CHECK-NOT:     torch.aten.binary_cross_entropy_with_logits
class BceWithLogits(torch.nn.Module):
    def forward(self, x, t):
        return F.binary_cross_entropy_with_logits(x, t)


show(BceWithLogits(), torch.randn(4, 3), torch.rand(4, 3))


# decompose-small-ops: linear with a 0-d bias is the linear without bias,
# plus the bias.
# CHECK-LABEL: torch.debug_module_name = "LinearScalarBias"
# CHECK-NOT:     torch.aten.linear %arg1, %arg2, %arg3
# CHECK:         %[[PRODUCT:.*]] = torch.aten.linear %arg1, %arg2, %none{{.*}} -> !torch.tensor<[3,5],f32>
# CHECK:         torch.aten.add.Tensor %[[PRODUCT]], %arg3
# CHECK-NOT:     torch.aten.linear %arg1, %arg2, %arg3
class LinearScalarBias(torch.nn.Module):
    def forward(self, x, w, b):
        return F.linear(x, w, b)


show(LinearScalarBias(), torch.randn(3, 4), torch.randn(5, 4), torch.tensor(0.5))


# decompose-small-ops: rms_norm with a constant eps is x * rsqrt(mean(x * x)
# + eps) * weight, cast back to x's dtype.
# CHECK-LABEL: torch.debug_module_name = "RmsNorm"
# CHECK-NOT:     torch.aten.rms_norm
# CHECK:         torch.aten.mean.dim
# CHECK:         torch.aten.add.Scalar %{{.*}}, %float9.999990e-07
# CHECK:         torch.aten.rsqrt
# CHECK:         torch.aten.mul.Tensor %{{.*}}, %arg2
# CHECK:         torch.aten.to.dtype
# CHECK-NOT:     torch.aten.rms_norm
class RmsNorm(torch.nn.Module):
    def forward(self, x, w):
        return F.rms_norm(x, [8], w, 1e-6)


show(RmsNorm(), torch.randn(2, 8), torch.rand(8))


# decompose-small-ops: a circular pad of the last dim by (1, 2) is the cat of
# its last column, the input and its first two columns.
# CHECK-LABEL: torch.debug_module_name = "CircularPad"
# CHECK-NOT:     torch.aten.pad
# CHECK:         %[[HIGH:.*]] = torch.aten.narrow %arg1, %int2, %int3, %int1 : {{.*}} -> !torch.tensor<[2,3,1],f32>
# CHECK:         %[[LOW:.*]] = torch.aten.narrow %arg1, %int2, %int0, %int2 : {{.*}} -> !torch.tensor<[2,3,2],f32>
# CHECK:         %[[PARTS:.*]] = torch.prim.ListConstruct %[[HIGH]], %arg1, %[[LOW]]
# CHECK:         torch.aten.cat %[[PARTS]], %int2 : {{.*}} -> !torch.tensor<[2,3,7],f32>
# CHECK-NOT:     torch.aten.pad
class CircularPad(torch.nn.Module):
    def forward(self, x):
        return F.pad(x, [1, 2], mode="circular")


show(CircularPad(), torch.randn(2, 3, 4))


# decompose-small-ops: a constant pad of -1 crops: a narrow, then the pad of
# the non-negative amounts.
# CHECK-LABEL: torch.debug_module_name = "CroppingPad"
# CHECK-NOT:     torch.aten.constant_pad_nd %arg1
# CHECK:         %[[CROPPED:.*]] = torch.aten.narrow %arg1, %int2, %int1, %int3 : {{.*}} -> !torch.tensor<[2,3,3],f32>
# CHECK:         torch.aten.constant_pad_nd %[[CROPPED]], {{.*}} -> !torch.tensor<[2,3,5],f32>
# CHECK-NOT:     torch.aten.constant_pad_nd %arg1
class CroppingPad(torch.nn.Module):
    def forward(self, x):
        return torch.constant_pad_nd(x, [-1, 2])


show(CroppingPad(), torch.randn(2, 3, 4))


# decompose-small-ops: a 2-D pool of an input without a batch dim pools it
# with a batch of one.
# CHECK-LABEL: torch.debug_module_name = "UnbatchedAvgPool"
# CHECK-NOT:     torch.aten.avg_pool2d %arg1
# CHECK:         %[[BATCHED:.*]] = torch.aten.unsqueeze %arg1, {{.*}} -> !torch.tensor<[1,3,6,4],f32>
# CHECK:         %[[POOLED:.*]] = torch.aten.avg_pool2d %[[BATCHED]], {{.*}} -> !torch.tensor<[1,3,3,2],f32>
# CHECK:         torch.aten.squeeze.dim %[[POOLED]], {{.*}} -> !torch.tensor<[3,3,2],f32>
# CHECK-NOT:     torch.aten.avg_pool2d %arg1
class UnbatchedAvgPool(torch.nn.Module):
    def forward(self, x):
        return F.avg_pool2d(x, 2)


show(UnbatchedAvgPool(), torch.randn(3, 6, 4))


# decompose-small-ops: `[x.size(0), 2] != [y.size(0), 2]` compares the
# elements: not (x.size(0) == y.size(0) and 2 == 2).
# CHECK-LABEL: torch.debug_module_name = "ListComparison"
# CHECK-NOT:     torch.aten.ne.int_list
# CHECK:         %[[A:.*]] = torch.aten.size.int %arg1, %int0
# CHECK:         %[[B:.*]] = torch.aten.size.int %arg2, %int0
# CHECK:         %[[SAME:.*]] = torch.aten.eq.int %[[A]], %[[B]]
# CHECK:         torch.aten.__and__.bool %{{.*}}, %[[SAME]]
# CHECK:         torch.aten.Int.bool
# CHECK-NOT:     torch.aten.ne.int_list
class ListComparison(torch.nn.Module):
    def forward(self, x, y):
        return [x.size(0), 2] != [y.size(0), 2]


show(ListComparison(), DYNAMIC, DYNAMIC)


# decompose-small-ops: clamp_max by a tensor is minimum (which
# guard-miscompiled-pointwise-ops then wraps in a `where` for NaNs).
# CHECK-LABEL: torch.debug_module_name = "ClampMaxByTensor"
# CHECK-NOT:     torch.aten.clamp_max
# CHECK:         torch.aten.minimum %arg1, %arg2 : {{.*}} -> !torch.tensor<[3,4],f32>
# CHECK-NOT:     torch.aten.clamp_max
class ClampMaxByTensor(torch.nn.Module):
    def forward(self, x, high):
        return torch.clamp_max(x, high)


show(ClampMaxByTensor(), torch.randn(3, 4), torch.randn(3, 1))


# decompose-small-ops: the stack of an unbind is a copy of the tensor with
# the unbound dim moved to the stacked one (dynamic dims: with a static one,
# static-splits-as-slices takes the unbind apart first).
# CHECK-LABEL: torch.debug_module_name = "StackOfUnbind"
# CHECK-NOT:     torch.aten.stack
# CHECK-NOT:     torch.aten.unbind
# CHECK:         %[[MOVED:.*]] = torch.aten.movedim.int %arg1, %int0, %int2 :
# CHECK:         torch.aten.clone %[[MOVED]]
# CHECK-NOT:     torch.aten.stack
# CHECK-NOT:     torch.aten.unbind
class StackOfUnbind(torch.nn.Module):
    def forward(self, x):
        return torch.stack(x.unbind(0), 2)


show(StackOfUnbind(), TensorPlaceholder([-1, -1, -1], torch.float32))


# identity-views-as-copies: x.transpose(1, 1) and v.t() of a vector are
# clones.
# CHECK-LABEL: torch.debug_module_name = "IdentityViews"
# CHECK-NOT:     torch.aten.transpose.int
# CHECK-NOT:     torch.aten.t %
# CHECK:         torch.aten.clone %arg1, {{.*}} -> !torch.tensor<[2,3,4],f32>
# CHECK:         torch.aten.clone %arg2, {{.*}} -> !torch.tensor<[5],f32>
# CHECK-NOT:     torch.aten.transpose.int
# CHECK-NOT:     torch.aten.t %
class IdentityViews(torch.nn.Module):
    def forward(self, x, v):
        return x.transpose(1, 1), v.t()


show(IdentityViews(), torch.randn(2, 3, 4), torch.randn(5))


# fold-device-type: torch.norm's `x.device.type` is "cpu";
# fold-layout-and-membership: its `x.layout == torch.strided` and the
# membership of "cpu" in its list of device types fold, so only the fast path
# (linalg_vector_norm) is left.
# CHECK-LABEL: torch.debug_module_name = "Norm"
# CHECK-NOT:     prim.type
# CHECK-NOT:     prim.layout
# CHECK-NOT:     __contains__
# CHECK-NOT:     torch.prim.If
# CHECK:         torch.aten.linalg_vector_norm %arg1, {{.*}} -> !torch.tensor<[],f32>
# CHECK-NOT:     prim.type
# CHECK-NOT:     prim.layout
# CHECK-NOT:     __contains__
# CHECK-NOT:     torch.aten.frobenius_norm
class Norm(torch.nn.Module):
    def forward(self, x):
        return torch.norm(x)


show(Norm(), torch.randn(4, 5))


# decompose-stable-sorts: a stable sort counts, for each element, the
# elements before it (smaller, or equal and earlier), and gathers the input
# at the order that gives.
# CHECK-LABEL: torch.debug_module_name = "StableSort"
# CHECK-NOT:     aten.sort
# CHECK:         torch.aten.lt.Tensor {{.*}} -> !torch.tensor<[3,4,4],i1>
# CHECK:         torch.aten.sum.dim_IntList {{.*}} -> !torch.tensor<[3,4],si64>
# CHECK:         torch.aten.gather %arg1, {{.*}} -> !torch.tensor<[3,4],f32>
# CHECK-NOT:     aten.sort
class StableSort(torch.nn.Module):
    def forward(self, x):
        values, indices = torch.sort(x, dim=-1, stable=True)
        return values, indices


show(StableSort(), torch.randn(3, 4))
