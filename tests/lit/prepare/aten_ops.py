# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The preparation step's decompositions of ATen ops the core lacks
# (python/torch_mlir/prepare/aten_ops.py and scalar_ops.py): losses,
# pointwise ops, indexing, comparisons and reductions, shape ops, ops on
# lists of tensors, scalar ops and broadcast_tensors. Each case checks the IR
# the importer produces after the rewrite; the examples are static so that
# the ranks the decompositions need are known.

import math

import torch
import torch.nn.functional as F

from torch_mlir import torchscript
from torch_mlir.compiler_utils import TensorPlaceholder


def show(module, *example_args):
    print(torchscript.compile(module, list(example_args), output_type="raw"))


DYNAMIC = TensorPlaceholder([-1, -1], torch.float32)


# decompose-nll-loss: F.nll_loss (nll_loss_nd) picks each target's entry by
# a one-hot mask (the target against an int64 arange of the classes), and
# the mean divides by the weights of the targets that are not ignored (-100).
# CHECK-LABEL: torch.debug_module_name = "NllLoss"
# CHECK-NOT:     nll_loss
# CHECK:         %[[CLASSES:.*]] = torch.aten.arange {{.*}} -> !torch.tensor<[5],si64>
# CHECK:         %[[TARGETS:.*]] = torch.aten.unsqueeze %arg2
# CHECK:         %[[ONE_HOT:.*]] = torch.aten.eq.Tensor %[[TARGETS]], %[[CLASSES]] : {{.*}} -> !torch.tensor<[3,5],i1>
# CHECK:         torch.aten.where.ScalarOther %[[ONE_HOT]]
# CHECK:         torch.aten.ne.Scalar %arg2, %int-100
# CHECK:         torch.aten.div.Tensor {{.*}} -> !torch.tensor<[],f32>
# CHECK-NOT:     nll_loss
class NllLoss(torch.nn.Module):
    def forward(self, x, target):
        return F.nll_loss(x, target)


show(NllLoss(), torch.randn(3, 5).log_softmax(1), torch.tensor([1, 0, 4]))


# decompose-cross-entropy: log_softmax over the classes, then the nll
# decomposition.
# CHECK-LABEL: torch.debug_module_name = "CrossEntropy"
# CHECK-NOT:     torch.aten.cross_entropy_loss
# CHECK:         %[[LOG_P:.*]] = torch.aten.log_softmax.int %arg1, %int1, {{.*}} -> !torch.tensor<[3,5],f32>
# CHECK:         torch.aten.eq.Tensor {{.*}} -> !torch.tensor<[3,5],i1>
# CHECK:         torch.aten.movedim.int %[[LOG_P]]
# CHECK:         torch.aten.div.Tensor {{.*}} -> !torch.tensor<[],f32>
# CHECK-NOT:     torch.aten.cross_entropy_loss
class CrossEntropy(torch.nn.Module):
    def forward(self, x, target):
        return F.cross_entropy(x, target)


show(CrossEntropy(), torch.randn(3, 5), torch.tensor([1, 0, 4]))


# decompose-pointwise-losses: smooth_l1_loss and huber_loss are |x - y| and a
# `where` between the quadratic and the linear part (beta 0.5, delta 2).
# CHECK-LABEL: torch.debug_module_name = "PointwiseLosses"
# CHECK-NOT:     smooth_l1_loss
# CHECK-NOT:     huber_loss
# CHECK:         %[[DIFF:.*]] = torch.aten.sub.Tensor
# CHECK:         %[[ABS:.*]] = torch.aten.abs %[[DIFF]]
# CHECK:         %[[SMALL:.*]] = torch.aten.lt.Scalar %[[ABS]], %float5.000000e-01
# CHECK:         torch.aten.where.self %[[SMALL]]
# CHECK:         torch.aten.mean {{.*}} -> !torch.tensor<[],f32>
# CHECK:         %[[WITHIN:.*]] = torch.aten.lt.Scalar %[[ABS]], %float2.000000e00
# CHECK:         torch.aten.where.self %[[WITHIN]], {{.*}} -> !torch.tensor<[3,4],f32>
# CHECK-NOT:     smooth_l1_loss
# CHECK-NOT:     huber_loss
class PointwiseLosses(torch.nn.Module):
    def forward(self, x, y):
        return F.smooth_l1_loss(x, y, beta=0.5), F.huber_loss(x, y, reduction="none", delta=2.0)


show(PointwiseLosses(), torch.randn(3, 4), torch.randn(3, 4))


# decompose-pointwise-ops: `a ^ b` of tensors is bitwise_xor.
# CHECK-LABEL: torch.debug_module_name = "Xor"
# CHECK-NOT:     __xor__
# CHECK:         torch.aten.bitwise_xor.Tensor %arg1, %arg2
# CHECK-NOT:     __xor__
class Xor(torch.nn.Module):
    def forward(self, a, b):
        return a ^ b


show(Xor(), torch.rand(3) > 0.5, torch.rand(3) > 0.5)


# decompose-pointwise-ops: sinc is sin(pi x) / (pi x), with 1 at 0.
# CHECK-LABEL: torch.debug_module_name = "Sinc"
# CHECK-NOT:     aten.sinc
# CHECK:         %[[SCALED:.*]] = torch.aten.mul.Scalar %arg1, %float3.14
# CHECK:         %[[AT_ZERO:.*]] = torch.aten.eq.Scalar %arg1
# CHECK:         %[[SIN:.*]] = torch.aten.sin %[[SCALED]]
# CHECK:         %[[RATIO:.*]] = torch.aten.div.Tensor %[[SIN]], %[[SCALED]]
# CHECK:         torch.aten.where.ScalarSelf %[[AT_ZERO]], %float1.000000e00, %[[RATIO]]
# CHECK-NOT:     aten.sinc
class Sinc(torch.nn.Module):
    def forward(self, x):
        return torch.sinc(x)


show(Sinc(), torch.randn(3))


# decompose-pointwise-ops: hypot scales by the larger operand,
# max * sqrt(1 + (min / max)^2), and is inf where either operand is.
# CHECK-LABEL: torch.debug_module_name = "Hypot"
# CHECK-NOT:     hypot
# CHECK:         torch.aten.abs %arg1
# CHECK:         torch.aten.abs %arg2
# CHECK:         torch.aten.sqrt
# CHECK:         torch.aten.isinf
# CHECK:         torch.aten.where.ScalarSelf %{{.*}}, %floatInf
# CHECK-NOT:     hypot
class Hypot(torch.nn.Module):
    def forward(self, a, b):
        return torch.hypot(a, b)


show(Hypot(), torch.randn(3), torch.randn(3))


# decompose-pointwise-ops: nansum is the sum with NaNs filled by 0.
# CHECK-LABEL: torch.debug_module_name = "Nansum"
# CHECK-NOT:     nansum
# CHECK:         %[[NAN:.*]] = torch.aten.isnan %arg1
# CHECK:         %[[FILLED:.*]] = torch.aten.masked_fill.Scalar %arg1, %[[NAN]], %int0
# CHECK:         torch.aten.sum.dim_IntList %[[FILLED]], {{.*}} -> !torch.tensor<[3],f32>
# CHECK-NOT:     nansum
class Nansum(torch.nn.Module):
    def forward(self, x):
        return torch.nansum(x, 1)


show(Nansum(), torch.randn(3, 4))


# decompose-indexing: take_along_dim is a gather of the operands broadcast
# against each other (but in the dim).
# CHECK-LABEL: torch.debug_module_name = "TakeAlongDim"
# CHECK-NOT:     take_along_dim
# CHECK:         %[[VALUES:.*]] = torch.aten.expand_as %arg1, {{.*}} -> !torch.tensor<[3,4],f32>
# CHECK:         %[[INDICES:.*]] = torch.aten.expand_as %arg2, {{.*}} -> !torch.tensor<[3,2],si64>
# CHECK:         torch.aten.gather %[[VALUES]], %int1, %[[INDICES]], {{.*}} -> !torch.tensor<[3,2],f32>
# CHECK-NOT:     take_along_dim
class TakeAlongDim(torch.nn.Module):
    def forward(self, x, index):
        return torch.take_along_dim(x, index, 1)


show(TakeAlongDim(), torch.randn(3, 4), torch.randint(0, 4, (3, 2)))


# decompose-indexing: take is an index_select of the flattened input, the
# negative indices wrapped.
# CHECK-LABEL: torch.debug_module_name = "Take"
# CHECK-NOT:     aten.take"
# CHECK:         %[[FLAT:.*]] = torch.aten.reshape %arg1, {{.*}} -> !torch.tensor<[12],f32>
# CHECK:         %[[WRAPPED:.*]] = torch.aten.where.self
# CHECK:         torch.aten.index_select %[[FLAT]], %int0, %[[WRAPPED]]
# CHECK-NOT:     aten.take"
class Take(torch.nn.Module):
    def forward(self, x, index):
        return torch.take(x, index)


show(Take(), torch.randn(3, 4), torch.tensor([0, 5]))


# decompose-indexing: index_fill over dim 1 is a `where` of the filled
# columns, with dim 1 moved last and back.
# CHECK-LABEL: torch.debug_module_name = "IndexFill"
# CHECK-NOT:     index_fill
# CHECK:         %[[MOVED:.*]] = torch.aten.movedim.int %arg1, %int1, %int-1
# CHECK:         %[[COLUMNS:.*]] = torch.aten.any.dim {{.*}} -> !torch.tensor<[4],i1>
# CHECK:         %[[FILL:.*]] = torch.aten.full_like %[[MOVED]], %float2.500000e-01
# CHECK:         %[[FILLED:.*]] = torch.aten.where.self %[[COLUMNS]], %[[FILL]], %[[MOVED]]
# CHECK:         torch.aten.movedim.int %[[FILLED]], %int-1, %int1
# CHECK-NOT:     index_fill
class IndexFill(torch.nn.Module):
    def forward(self, x, index):
        return x.index_fill(1, index, 0.25)


show(IndexFill(), torch.randn(3, 4), torch.tensor([0, 2]))


# decompose-indexing: index_copy and index_add over dim 1 are index_puts
# (accumulating for index_add) over that dim moved first.
# CHECK-LABEL: torch.debug_module_name = "IndexCopyAndAdd"
# CHECK-NOT:     index_copy
# CHECK-NOT:     index_add
# CHECK:         torch.aten.index_put.hacked_twin %{{.*}}, %{{.*}}, %{{.*}}, %false : {{.*}} -> !torch.tensor<[4,3],f32>
# CHECK:         torch.aten.index_put.hacked_twin %{{.*}}, %{{.*}}, %{{.*}}, %true{{.*}} : {{.*}} -> !torch.tensor<[4,3],f32>
# CHECK-NOT:     index_copy
# CHECK-NOT:     index_add
class IndexCopyAndAdd(torch.nn.Module):
    def forward(self, x, index, source):
        return x.index_copy(1, index, source), x.index_add(1, index, source)


show(IndexCopyAndAdd(), torch.randn(3, 4), torch.tensor([0, 2]), torch.randn(3, 2))


# decompose-comparisons-and-reductions: torch.equal is "sizes equal" (folded
# for the static examples) and all(a == b).
# CHECK-LABEL: torch.debug_module_name = "Equal"
# CHECK-NOT:     aten.equal
# CHECK:         %[[SAME:.*]] = torch.aten.eq.Tensor %arg1, %arg2
# CHECK:         %[[ALL:.*]] = torch.aten.all %[[SAME]]
# CHECK:         torch.aten.Bool.Tensor %[[ALL]]
# CHECK-NOT:     aten.equal
class Equal(torch.nn.Module):
    def forward(self, a, b):
        return torch.equal(a, b)


show(Equal(), torch.randn(3), torch.randn(3))


# decompose-comparisons-and-reductions: std_mean is var_mean in float64 and a
# sqrt, both cast back to the input's dtype.
# CHECK-LABEL: torch.debug_module_name = "StdMean"
# CHECK-NOT:     std_mean
# CHECK:         %[[WIDE:.*]] = torch.aten.to.dtype %arg1, %int7, {{.*}} -> !torch.tensor<[3,4],f64>
# CHECK:         %[[VAR:.*]], %[[MEAN:.*]] = torch.aten.var_mean.dim %[[WIDE]]
# CHECK:         %[[STD:.*]] = torch.aten.sqrt %[[VAR]]
# CHECK:         torch.aten.to.dtype %[[STD]], {{.*}} -> !torch.tensor<[3],f32>
# CHECK:         torch.aten.to.dtype %[[MEAN]], {{.*}} -> !torch.tensor<[3],f32>
# CHECK-NOT:     std_mean
class StdMean(torch.nn.Module):
    def forward(self, x):
        return torch.std_mean(x, 1)


show(StdMean(), torch.randn(3, 4))


# decompose-comparisons-and-reductions: sort with stable=False is plain sort,
# and msort the values of a sort along dim 0.
# CHECK-LABEL: torch.debug_module_name = "UnstableSorts"
# CHECK-NOT:     sort.stable
# CHECK-NOT:     msort
# CHECK:         torch.aten.sort %arg1, %int-1, %false
# CHECK:         torch.aten.sort %arg1, %int0, %false
# CHECK-NOT:     sort.stable
# CHECK-NOT:     msort
class UnstableSorts(torch.nn.Module):
    def forward(self, x):
        return torch.sort(x, stable=False)[0], torch.msort(x)


show(UnstableSorts(), torch.randn(3, 4))


# decompose-shape-ops: view_as is reshape_as, mT the transpose of the last two
# dims, squeeze of a dim list squeeze.dim each, movedim of lists a permute.
# CHECK-LABEL: torch.debug_module_name = "ShapeOps"
# CHECK-NOT:     view_as
# CHECK-NOT:     aten.mT
# CHECK-NOT:     squeeze.dims
# CHECK-NOT:     movedim.intlist
# CHECK:         torch.aten.reshape_as %arg1, %arg2 : {{.*}} -> !torch.tensor<[12],f32>
# CHECK:         torch.aten.transpose.int %arg1, %int-2, %int-1 : {{.*}} -> !torch.tensor<[4,3],f32>
# CHECK:         torch.aten.squeeze.dim {{.*}} -> !torch.tensor<[3,4],f32>
# CHECK:         torch.aten.permute %arg1, {{.*}} -> !torch.tensor<[4,3],f32>
# CHECK-NOT:     view_as
# CHECK-NOT:     aten.mT
# CHECK-NOT:     squeeze.dims
# CHECK-NOT:     movedim.intlist
class ShapeOps(torch.nn.Module):
    def forward(self, x, like):
        return (
            x.view_as(like),
            x.mT,
            x.unsqueeze(0).squeeze([0]),
            torch.movedim(x, [0, 1], [1, 0]),
        )


show(ShapeOps(), torch.randn(3, 4), torch.randn(12))


# decompose-shape-ops: broadcast_shapes of two tensors' sizes is the sizes of
# their broadcast (a logical_or of bool tensors shaped like them).
# CHECK-LABEL: torch.debug_module_name = "BroadcastShapes"
# CHECK-NOT:     broadcast_shapes
# CHECK:         %[[A:.*]] = torch.aten.zeros_like %arg1
# CHECK:         %[[B:.*]] = torch.aten.zeros_like %arg2
# CHECK:         %[[BOTH:.*]] = torch.aten.logical_or %[[A]], %[[B]]
# CHECK:         torch.aten.size %[[BOTH]] : !torch.tensor -> !torch.list<int>
# CHECK-NOT:     broadcast_shapes
class BroadcastShapes(torch.nn.Module):
    def forward(self, x, y):
        return torch.broadcast_shapes(x.size(), y.size())


show(BroadcastShapes(), DYNAMIC, DYNAMIC)


# decompose-shape-ops: tensor_split at indices is slices between them (the
# split dim is dynamic: with a static one, static-splits-as-slices cuts it).
# CHECK-LABEL: torch.debug_module_name = "TensorSplit"
# CHECK-NOT:     tensor_split
# CHECK:         torch.aten.slice.Tensor %arg1, %int1, %int0, %int1, %int1 :
# CHECK:         torch.aten.slice.Tensor %arg1, %int1, %int1, %int3, %int1 :
# CHECK:         torch.aten.slice.Tensor %arg1, %int1, %int3, %none{{.*}}, %int1 :
# CHECK-NOT:     tensor_split
class TensorSplit(torch.nn.Module):
    def forward(self, x):
        a, b, c = x.tensor_split([1, 3], dim=1)
        return a, b, c


show(TensorSplit(), TensorPlaceholder([2, -1], torch.float32))


# decompose-list-ops: vstack of vectors is the cat of them as rows, hstack
# their cat.
# CHECK-LABEL: torch.debug_module_name = "Stacks"
# CHECK-NOT:     vstack
# CHECK-NOT:     hstack
# CHECK:         %[[A:.*]] = torch.aten.unsqueeze %arg1, %int0
# CHECK:         %[[B:.*]] = torch.aten.unsqueeze %arg2, %int0
# CHECK:         %[[ROWS:.*]] = torch.prim.ListConstruct %[[A]], %[[B]]
# CHECK:         torch.aten.cat %[[ROWS]], %int0 : {{.*}} -> !torch.tensor<[2,3],f32>
# CHECK:         torch.aten.cat %{{.*}}, %int0 : {{.*}} -> !torch.tensor<[6],f32>
# CHECK-NOT:     vstack
# CHECK-NOT:     hstack
class Stacks(torch.nn.Module):
    def forward(self, a, b):
        return torch.vstack([a, b]), torch.hstack([a, b])


show(Stacks(), torch.randn(3), torch.randn(3))


# decompose-list-ops: linalg.multi_dot of three matrices is a chain of
# matmuls.
# CHECK-LABEL: torch.debug_module_name = "MultiDot"
# CHECK-NOT:     multi_dot
# CHECK:         %[[AB:.*]] = torch.aten.matmul %arg1, %arg2 : {{.*}} -> !torch.tensor<[2,4],f32>
# CHECK:         torch.aten.matmul %[[AB]], %arg3 : {{.*}} -> !torch.tensor<[2,5],f32>
# CHECK-NOT:     multi_dot
class MultiDot(torch.nn.Module):
    def forward(self, a, b, c):
        return torch.linalg.multi_dot([a, b, c])


show(MultiDot(), torch.randn(2, 3), torch.randn(3, 4), torch.randn(4, 5))


# decompose-scalar-ops: `a <= b` of floats is a < b or a == b, `a != b` is
# not (a == b), math.sqrt a sqrt of a float64 tensor, and abs of an int the
# max of it and its negation.
# CHECK-LABEL: torch.debug_module_name = "ScalarOps"
# CHECK-NOT:     le.float
# CHECK-NOT:     ne.float
# CHECK-NOT:     sqrt.float
# CHECK-NOT:     prim.abs
# CHECK:         %[[LT:.*]] = torch.aten.lt.float %[[A:.*]], %[[B:.*]] :
# CHECK:         %[[EQ:.*]] = torch.aten.eq.float %[[A]], %[[B]] :
# CHECK:         torch.aten.__or__.bool %[[LT]], %[[EQ]]
# CHECK:         torch.aten.eq.bool %[[EQ]], %false
# CHECK:         %[[T:.*]] = torch.aten.tensor.float %[[A]], %int7
# CHECK:         %[[ROOT:.*]] = torch.aten.sqrt %[[T]]
# CHECK:         torch.aten.Float.Tensor %[[ROOT]]
# CHECK:         %[[D:.*]] = torch.aten.sub.int
# CHECK:         %[[NEG:.*]] = torch.aten.neg.int %[[D]]
# CHECK:         torch.prim.max.int %[[D]], %[[NEG]]
# CHECK-NOT:     le.float
# CHECK-NOT:     ne.float
# CHECK-NOT:     sqrt.float
# CHECK-NOT:     prim.abs
class ScalarOps(torch.nn.Module):
    def forward(self, x):
        a = float(x.size(0)) / 2.0
        b = float(x.size(1))
        return a <= b, a != b, math.sqrt(a), abs(x.size(0) - x.size(1))


show(ScalarOps(), DYNAMIC)


# decompose-broadcast-tensors: each tensor expand_as a bool tensor of the
# broadcast shape.
# CHECK-LABEL: torch.debug_module_name = "BroadcastTensors"
# CHECK-NOT:     torch.aten.broadcast_tensors
# CHECK:         %[[SHAPE:.*]] = torch.aten.logical_or {{.*}} -> !torch.tensor<[3,4],i1>
# CHECK:         %[[X:.*]] = torch.aten.expand_as %arg1, %[[SHAPE]]
# CHECK:         %[[Y:.*]] = torch.aten.expand_as %arg2, %[[SHAPE]] : {{.*}} -> !torch.tensor<[3,4],f32>
# CHECK:         torch.aten.mul.Tensor %[[X]], %[[Y]]
# CHECK-NOT:     torch.aten.broadcast_tensors
class BroadcastTensors(torch.nn.Module):
    def forward(self, a, b):
        x, y = torch.broadcast_tensors(a, b)
        return x * y


show(BroadcastTensors(), torch.randn(3, 4), torch.randn(4))
