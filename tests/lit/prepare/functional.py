# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The preparation step's functional forms (python/torch_mlir/prepare/functional.py):
# arange with out= becomes the functional arange in out's dtype, and splits
# into a known number of parts become slices (constant sizes) or narrows
# behind the check split makes (sizes known at run time). Each case checks
# the IR the importer produces after the rewrite.

import torch

from torch_mlir import torchscript
from torch_mlir.compiler_utils import TensorPlaceholder


def show(module, *example_args):
    print(torchscript.compile(module, list(example_args), output_type="raw"))


# functional-arange-out: `torch.arange(2, 7, out=t)` of a fresh float64 `t`
# is the functional arange.start_step with t's dtype (7 = float64); the
# allocation is gone with it.
# CHECK-LABEL: torch.debug_module_name = "ArangeOut"
# CHECK-NOT:     torch.aten.arange.start_out
# CHECK-NOT:     torch.aten.empty
# CHECK-DAG:     %[[TWO:.*]] = torch.constant.int 2
# CHECK-DAG:     %[[SEVEN:.*]] = torch.constant.int 7
# CHECK:         torch.aten.arange.start_step %[[TWO]], %[[SEVEN]], %{{.*}}, %[[SEVEN]], {{.*}} -> !torch.tensor<[5],f64>
# CHECK-NOT:     torch.aten.arange.start_out
# CHECK-NOT:     torch.aten.empty
class ArangeOut(torch.nn.Module):
    def forward(self, x):
        t = torch.empty(0, dtype=torch.float64)
        y = torch.arange(2, 7, out=t)
        return y + x.sum()


show(ArangeOut(), torch.randn(3))


# split-with-sizes-as-slices: `w.split([2, 4], 0)` is two slices of w, with
# their types; no list of tensors is left.
# CHECK-LABEL: torch.debug_module_name = "SplitSizes"
# CHECK-NOT:     torch.aten.split
# CHECK-NOT:     torch.prim.ListUnpack
# CHECK:         torch.aten.slice.Tensor %arg1, {{.*}} -> !torch.tensor<[2,3],f32>
# CHECK:         torch.aten.slice.Tensor %arg1, {{.*}} -> !torch.tensor<[4,3],f32>
# CHECK-NOT:     torch.aten.split
# CHECK-NOT:     torch.prim.ListUnpack
class SplitSizes(torch.nn.Module):
    def forward(self, w):
        a, b = w.split([2, 4], 0)
        return a * 2, b


show(SplitSizes(), torch.randn(6, 3))


# split-with-sizes-as-slices: `x.split(3, dim=-1)` into two parts of a
# dynamic dim is two narrows, behind a runtime check that there are two
# parts.
# CHECK-LABEL: torch.debug_module_name = "SplitBySize"
# CHECK-NOT:     torch.aten.split
# CHECK-NOT:     torch.prim.ListUnpack
# CHECK:         torch.runtime.assert %{{.*}}, "AssertionError: split: not two parts"
# CHECK:         torch.aten.narrow %arg1
# CHECK:         torch.aten.narrow %arg1
# CHECK-NOT:     torch.aten.split
# CHECK-NOT:     torch.prim.ListUnpack
class SplitBySize(torch.nn.Module):
    def forward(self, x):
        q, k = x.split(3, dim=-1)
        return q * k


show(SplitBySize(), TensorPlaceholder([2, -1], torch.float32))
