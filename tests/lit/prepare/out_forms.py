# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The preparation step's rewrites in python/torch_mlir/prepare/out_forms.py:
# out= overloads into fresh tensors become the functional overloads, and
# linear of an input of rank 4 to 6 becomes a linear of rank 3. Each case
# checks the IR the importer produces after the rewrite.

import torch
import torch.nn.functional as F

from torch_mlir import torchscript


def show(module, *example_args):
    print(torchscript.compile(module, list(example_args), output_type="raw"))


# functional-out-overloads: torch.add(a, b, alpha=3, out=o) of a fresh `o`
# is the functional add.Tensor; both results read it (in o's dtype).
# CHECK-LABEL: torch.debug_module_name = "AddOut"
# CHECK-NOT:     aten.add.out
# CHECK:         %[[SUM:.*]] = torch.aten.add.Tensor %arg1, %arg2, %int3 : {{.*}} -> !torch.tensor<[3,4],f32>
# CHECK:         torch.aten.to.dtype %[[SUM]], %int6
# CHECK-NOT:     aten.add.out
class AddOut(torch.nn.Module):
    def forward(self, a, b):
        o = torch.zeros(a.size(0), a.size(1))
        r = torch.add(a, b, alpha=3, out=o)
        return r, o


show(AddOut(), torch.randn(3, 4), torch.randn(3, 4))


# functional-out-overloads: torch.sum(x, [0], out=o) is the sum in o's dtype
# (6 = float32); the allocation is gone.
# CHECK-LABEL: torch.debug_module_name = "SumOut"
# CHECK-NOT:     aten.sum.IntList_out
# CHECK-NOT:     torch.aten.zeros
# CHECK:         torch.aten.sum.dim_IntList %arg1, %{{.*}}, %false, %int6 : {{.*}} -> !torch.tensor<[4],f32>
# CHECK-NOT:     aten.sum.IntList_out
# CHECK-NOT:     torch.aten.zeros
class SumOut(torch.nn.Module):
    def forward(self, x):
        o = torch.zeros(x.size(1))
        torch.sum(x, [0], out=o)
        return o


show(SumOut(), torch.randn(3, 4))


# functional-out-overloads does not fire when `o` is an argument (the
# caller sees it change).
# CHECK-LABEL: torch.debug_module_name = "AddOutIntoArgument"
# CHECK:         torch.operator "aten.add.out"(%arg1, %arg1, %{{.*}}, %arg2)
class AddOutIntoArgument(torch.nn.Module):
    def forward(self, a, o):
        torch.add(a, a, out=o)
        return o


show(AddOutIntoArgument(), torch.randn(3), torch.randn(3))


# linear-of-rank-3: linear of a rank-4 input is the linear of the input with
# its two leading dims flattened, plus the bias, viewed back.
# CHECK-LABEL: torch.debug_module_name = "LinearRank4"
# CHECK-NOT:     torch.aten.linear %arg1
# CHECK:         %[[FLAT:.*]] = torch.aten.flatten.using_ints %arg1, %int0, %int1 : {{.*}} -> !torch.tensor<[6,4,5],f32>
# CHECK:         %[[PRODUCT:.*]] = torch.aten.linear %[[FLAT]], %arg2, %none{{.*}} -> !torch.tensor<[6,4,6],f32>
# CHECK:         %[[BIASED:.*]] = torch.aten.add.Tensor %[[PRODUCT]], %arg3
# CHECK:         torch.aten.view %[[BIASED]], {{.*}} -> !torch.tensor<[2,3,4,6],f32>
# CHECK-NOT:     torch.aten.linear %arg1
class LinearRank4(torch.nn.Module):
    def forward(self, x, w, b):
        return F.linear(x, w, b)


show(LinearRank4(), torch.randn(2, 3, 4, 5), torch.randn(6, 5), torch.randn(6))
