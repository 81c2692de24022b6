# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The preparation step's rewrites in python/torch_mlir/prepare/more_ops.py:
# warnings dropped, size lists as lists of sizes (and their copies and
# concatenations as one list), the size checks torch.nn.functional makes
# dropped, and decompositions of instance_norm, `&`, isfinite,
# binary_cross_entropy, logsumexp, prelu and the cat of vectors. Each case
# checks the IR the importer produces after the rewrite.

import torch
import torch.nn.functional as F

from torch_mlir import torchscript
from torch_mlir.compiler_utils import TensorPlaceholder


def show(module, *example_args):
    print(torchscript.compile(module, list(example_args), output_type="raw"))


# drop-warnings: F.mse_loss warns when the operands' sizes differ (they do
# here: a broadcast); the warning is gone, the loss stays.
# CHECK-LABEL: torch.debug_module_name = "MseLoss"
# CHECK-NOT:     torch.aten.warn
# CHECK:         torch.aten.mse_loss
# CHECK-NOT:     torch.aten.warn
class MseLoss(torch.nn.Module):
    def forward(self, x, y):
        return F.mse_loss(x, y)


show(MseLoss(), torch.randn(3, 4), torch.randn(4))


# sizes-as-list: `x.size()` of a rank-3 tensor is [x.size(0), x.size(1),
# x.size(2)], whose slice TorchScript folds (the static dim 1 folds to 4).
# fold-list-copies-and-concatenations: `[n] + list(...)` is one
# ListConstruct of the same elements.
# CHECK-LABEL: torch.debug_module_name = "SizeList"
# CHECK-NOT:     torch.aten.size %arg1 :
# CHECK-NOT:     torch.aten.list.t
# CHECK-NOT:     torch.aten.add.t
# CHECK-NOT:     torch.aten.slice.t
# CHECK:         %[[FIRST:.*]] = torch.aten.mul.int
# CHECK:         %[[LAST:.*]] = torch.aten.size.int %arg1, %int2 :
# CHECK:         %[[SIZES:.*]] = torch.prim.ListConstruct %[[FIRST]], %int4, %[[LAST]] : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
# CHECK:         torch.aten.view %arg1, %[[SIZES]]
# CHECK-NOT:     torch.aten.size %arg1 :
# CHECK-NOT:     torch.aten.list.t
# CHECK-NOT:     torch.aten.add.t
class SizeList(torch.nn.Module):
    def forward(self, x):
        sizes = [x.size(0) * 2] + list(x.size()[1:])
        return x.view(sizes)


show(SizeList(), TensorPlaceholder([-1, 4, -1], torch.float32))


# drop-library-size-checks: F.group_norm's checks (inlined from
# torch.nn.functional) of the input's rank (`input.dim() < 2`) and of one
# value per channel (_verify_batch_size, on sizes only) are gone: no branch
# raises and no assertion is left; the group_norm itself stays.
# CHECK-LABEL: torch.debug_module_name = "GroupNorm"
# CHECK-NOT:     Expected at least 2 dimensions
# CHECK-NOT:     value per channel
# CHECK-NOT:     torch.aten.dim
# CHECK-NOT:     torch.prim.RaiseException
# CHECK-NOT:     torch.runtime.assert
# CHECK:         torch.aten.group_norm %arg1
# CHECK-NOT:     Expected at least 2 dimensions
# CHECK-NOT:     value per channel
# CHECK-NOT:     torch.prim.RaiseException
# CHECK-NOT:     torch.runtime.assert
class GroupNorm(torch.nn.Module):
    def forward(self, x):
        return F.group_norm(x, 2)


show(GroupNorm(), TensorPlaceholder([-1, 4, -1], torch.float32))


# decompose-instance-norm: the mean and biased variance over the spatial dim,
# rsqrt of the variance plus eps, and the affine transform with the weight
# and bias viewed per channel.
# CHECK-LABEL: torch.debug_module_name = "InstanceNorm"
# CHECK-NOT:     torch.aten.instance_norm
# CHECK:         %[[MEAN:.*]] = torch.aten.mean.dim %arg1, {{.*}} -> !torch.tensor<[2,3,1],f32>
# CHECK:         %[[CENTERED:.*]] = torch.aten.sub.Tensor %arg1, %[[MEAN]]
# CHECK:         %[[SQUARES:.*]] = torch.aten.mul.Tensor %[[CENTERED]], %[[CENTERED]]
# CHECK:         %[[VARIANCE:.*]] = torch.aten.mean.dim %[[SQUARES]]
# CHECK:         %[[EPS:.*]] = torch.aten.add.Scalar %[[VARIANCE]], %{{.*}}
# CHECK:         torch.aten.rsqrt %[[EPS]]
# CHECK:         torch.aten.reshape %arg2
# CHECK:         torch.aten.reshape %arg3
# CHECK-NOT:     torch.aten.instance_norm
class InstanceNorm(torch.nn.Module):
    def forward(self, x, w, b):
        return F.instance_norm(x, weight=w, bias=b, eps=1e-3)


show(InstanceNorm(), torch.randn(2, 3, 4), torch.randn(3), torch.randn(3))


# decompose-more-pointwise-ops: `a & b` of tensors is bitwise_and, and
# isfinite(x) of a float x is |x| < inf.
# CHECK-LABEL: torch.debug_module_name = "AndIsFinite"
# CHECK-NOT:     torch.aten.__and__
# CHECK-NOT:     torch.aten.isfinite
# CHECK:         torch.aten.bitwise_and.Tensor %arg1, %arg2
# CHECK:         %[[ABS:.*]] = torch.aten.abs %arg3
# CHECK:         torch.aten.lt.Scalar %[[ABS]], %floatInf : {{.*}} -> !torch.tensor<[2,3],i1>
# CHECK-NOT:     torch.aten.__and__
# CHECK-NOT:     torch.aten.isfinite
class AndIsFinite(torch.nn.Module):
    def forward(self, a, b, x):
        return a & b, torch.isfinite(x)


show(AndIsFinite(), torch.rand(2, 3) > 0.5, torch.rand(2, 3) > 0.5, torch.randn(2, 3))


# decompose-more-pointwise-ops: binary_cross_entropy is eager's formula, the
# logs clamped at -100, and the mean.
# CHECK-LABEL: torch.debug_module_name = "BinaryCrossEntropy"
# CHECK-NOT:     torch.aten.binary_cross_entropy
# CHECK:         torch.aten.log %arg1
# CHECK:         torch.aten.clamp %{{.*}}, %[[LOW:.*]], %{{.*}} :
# CHECK:         torch.aten.log1p
# CHECK:         torch.aten.clamp %{{.*}}, %[[LOW]], %{{.*}} :
# CHECK:         torch.aten.mean {{.*}} -> !torch.tensor<[],f32>
# CHECK-NOT:     torch.aten.binary_cross_entropy
class BinaryCrossEntropy(torch.nn.Module):
    def forward(self, p, t):
        return F.binary_cross_entropy(p, t)


show(BinaryCrossEntropy(), torch.rand(3, 4), torch.rand(3, 4))


# decompose-more-pointwise-ops: logsumexp over dim 1 subtracts the maximum
# (amax of the input padded with -inf), sums the exps and adds it back.
# CHECK-LABEL: torch.debug_module_name = "LogSumExp"
# CHECK-NOT:     torch.aten.logsumexp
# CHECK:         torch.aten.constant_pad_nd {{.*}} -> !torch.tensor<[3,5],f32>
# CHECK:         torch.aten.amax
# CHECK:         torch.aten.exp
# CHECK:         torch.aten.sum.dim_IntList
# CHECK:         torch.aten.log
# CHECK:         torch.aten.add.Tensor {{.*}} -> !torch.tensor<[3],f32>
# CHECK-NOT:     torch.aten.logsumexp
class LogSumExp(torch.nn.Module):
    def forward(self, x):
        return torch.logsumexp(x, [1])


show(LogSumExp(), torch.randn(3, 4))


# decompose-more-pointwise-ops: prelu is a `where` with the slope per channel.
# CHECK-LABEL: torch.debug_module_name = "Prelu"
# CHECK-NOT:     torch.aten.prelu
# CHECK:         %[[POSITIVE:.*]] = torch.aten.gt.Scalar %arg1
# CHECK:         %[[SLOPE:.*]] = torch.aten.reshape %arg2, {{.*}} -> !torch.tensor<[3,1],f32>
# CHECK:         %[[SCALED:.*]] = torch.aten.mul.Tensor %[[SLOPE]], %arg1
# CHECK:         torch.aten.where.self %[[POSITIVE]], %arg1, %[[SCALED]]
# CHECK-NOT:     torch.aten.prelu
class Prelu(torch.nn.Module):
    def forward(self, x, w):
        return F.prelu(x, w)


show(Prelu(), torch.randn(2, 3, 4), torch.rand(3))


# rank-one-cat-as-columns: the cat of two vectors of dynamic length is the
# cat of them as columns, flattened.
# CHECK-LABEL: torch.debug_module_name = "VectorCat"
# CHECK:         %[[A:.*]] = torch.aten.unsqueeze %arg1, %[[ONE:.*]] :
# CHECK:         %[[B:.*]] = torch.aten.unsqueeze %arg2, %[[ONE]] :
# CHECK:         %[[COLUMNS:.*]] = torch.prim.ListConstruct %[[A]], %[[B]]
# CHECK:         %[[JOINED:.*]] = torch.aten.cat %[[COLUMNS]], %{{.*}}
# CHECK:         torch.aten.reshape %[[JOINED]]
# CHECK-NOT:     torch.aten.cat
class VectorCat(torch.nn.Module):
    def forward(self, a, b):
        return torch.cat([a, b])


show(VectorCat(), TensorPlaceholder([-1], torch.float32), TensorPlaceholder([-1], torch.float32))


# max-pool3d-as-2d-pools: a 2-D pool of the planes (batch and channels as
# one dim, depth as channels), then a 2-D pool of the depth by 1 (the other
# two dims as one), reshaped back.
# CHECK-LABEL: torch.debug_module_name = "MaxPool3d"
# CHECK-NOT:     torch.aten.max_pool3d
# CHECK:         %[[PLANES:.*]] = torch.aten.reshape %arg1, %{{.*}} -> !torch.tensor<[2,5,6,7],f32>
# CHECK:         %[[POOLED:.*]] = torch.aten.max_pool2d %[[PLANES]], {{.*}} -> !torch.tensor<[2,5,4,6],f32>
# CHECK:         torch.aten.reshape %[[POOLED]], %{{.*}} -> !torch.tensor<[2,5,24],f32>
# CHECK:         torch.aten.max_pool2d {{.*}} -> !torch.tensor<[1,2,5,24],f32>
# CHECK:         torch.aten.reshape {{.*}} -> !torch.tensor<[1,2,5,4,6],f32>
# CHECK-NOT:     torch.aten.max_pool3d
class MaxPool3d(torch.nn.Module):
    def forward(self, x):
        return F.max_pool3d(x, kernel_size=[3, 2, 2], stride=[1, 2, 1], padding=[1, 1, 0])


show(MaxPool3d(), torch.randn(1, 2, 5, 6, 7))
