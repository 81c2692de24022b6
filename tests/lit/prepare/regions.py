# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The importer's side of two features of the preparation step:
#
# * value tensors across region boundaries (`value-tensors-across-regions`,
#   python/torch_mlir/prepare/boundaries.py; not an entry of REWRITES, it is
#   counted in `compile(..., verbose=True)`): a loop or an `if` whose tensor
#   results have a known rank and dtype carries them as !torch.vtensor, with a
#   torch.copy.to_vtensor where a tensor enters the region boundary and a
#   torch.copy.to_tensor where it leaves it;
# * checks as runtime assertions (`checks-as-runtime-asserts`,
#   python/torch_mlir/prepare/checks.py): `if bad: raise E(msg)` becomes
#   torch.runtime.assert with the message "E: msg" (the template when the
#   message is formatted).
#
# The examples have dynamic dims, so that the loops and checks stay.

import torch

from torch_mlir import torchscript
from torch_mlir.compiler_utils import TensorPlaceholder


def show(module, *example_args):
    print(torchscript.compile(module, list(example_args), output_type="raw"))


DYNAMIC = TensorPlaceholder([-1, -1], torch.float32)


# value-tensors-across-regions: the loop carries the accumulator as a
# !torch.vtensor<[?],f32>, copied into a value tensor before the loop and at
# the yield, and back to a tensor at the start of the body and after the loop.
# CHECK-LABEL: torch.debug_module_name = "LoopAccumulator"
# CHECK:         %[[ZEROS:.*]] = torch.aten.zeros {{.*}} -> !torch.tensor<[?],f32>
# CHECK:         %[[INIT:.*]] = torch.copy.to_vtensor %[[ZEROS]] : !torch.vtensor<[?],f32>
# CHECK:         %[[LOOP:.*]] = torch.prim.Loop %{{.*}}, %{{.*}}, init(%[[INIT]]) {
# CHECK-NEXT:    ^bb0(%{{.*}}: !torch.int, %[[ACC:.*]]: !torch.vtensor<[?],f32>):
# CHECK-NEXT:      %[[ACC_T:.*]] = torch.copy.to_tensor %[[ACC]] : !torch.tensor<[?],f32>
# CHECK:           %[[SUM:.*]] = torch.aten.add.Tensor %[[ACC_T]], {{.*}} -> !torch.tensor<[?],f32>
# CHECK-NEXT:      %[[NEXT:.*]] = torch.copy.to_vtensor %[[SUM]] : !torch.vtensor<[?],f32>
# CHECK-NEXT:      torch.prim.Loop.condition %{{.*}}, iter(%[[NEXT]] : !torch.vtensor<[?],f32>)
# CHECK-NEXT:    } : (!torch.int, !torch.bool, !torch.vtensor<[?],f32>) -> !torch.vtensor<[?],f32>
# CHECK-NEXT:    torch.copy.to_tensor %[[LOOP]] : !torch.tensor<[?],f32>
class LoopAccumulator(torch.nn.Module):
    def forward(self, x):
        acc = torch.zeros(x.size(1))
        for i in range(x.size(0)):
            acc = acc + x[i]
        return acc


show(LoopAccumulator(), DYNAMIC)


# value-tensors-across-regions: an `if` on sizes yields !torch.vtensor from
# both branches.
# CHECK-LABEL: torch.debug_module_name = "IfOnSize"
# CHECK:         %[[R:.*]] = torch.prim.If %{{.*}} -> (!torch.vtensor<[?,?],f32>) {
# CHECK:           torch.aten.t %arg1
# CHECK:           %[[T:.*]] = torch.copy.to_vtensor %{{.*}} : !torch.vtensor<[?,?],f32>
# CHECK-NEXT:      torch.prim.If.yield %[[T]] : !torch.vtensor<[?,?],f32>
# CHECK-NEXT:    } else {
# CHECK:           %[[X:.*]] = torch.copy.to_vtensor %{{.*}} : !torch.vtensor<[?,?],f32>
# CHECK-NEXT:      torch.prim.If.yield %[[X]] : !torch.vtensor<[?,?],f32>
# CHECK-NEXT:    }
# CHECK-NEXT:    torch.copy.to_tensor %[[R]] : !torch.tensor<[?,?],f32>
class IfOnSize(torch.nn.Module):
    def forward(self, x):
        if x.size(0) > x.size(1):
            y = x.t()
        else:
            y = x
        return y


show(IfOnSize(), DYNAMIC)


# value-tensors-across-regions is refused where an op writes into a tensor
# (a copy into a value tensor would be a stale snapshot): the loop keeps
# non-value tensors.
# CHECK-LABEL: torch.debug_module_name = "LoopWritingInPlace"
# CHECK-NOT:     torch.copy.to_vtensor
# CHECK:         torch.prim.Loop
# CHECK:           torch.aten.add_.Tensor
# CHECK-NOT:     torch.copy.to_vtensor
class LoopWritingInPlace(torch.nn.Module):
    def forward(self, x):
        acc = torch.zeros(x.size(1))
        for i in range(x.size(0)):
            acc.add_(x[i])
        return acc


show(LoopWritingInPlace(), DYNAMIC)


# checks-as-runtime-asserts: torch._assert on dynamic sizes is a
# torch.runtime.assert of the condition, with the exception's class before
# the message; no branch raises.
# CHECK-LABEL: torch.debug_module_name = "SquareOnly"
# CHECK-NOT:     torch.prim.RaiseException
# CHECK-NOT:     torch.prim.If
# CHECK:         %[[SAME:.*]] = torch.aten.eq.int
# CHECK:         torch.runtime.assert %[[SAME]], "AssertionError: square input"
# CHECK-NOT:     torch.prim.RaiseException
# CHECK-NOT:     torch.prim.If
class SquareOnly(torch.nn.Module):
    def forward(self, x):
        torch._assert(x.size(0) == x.size(1), "square input")
        return x + x.t()


show(SquareOnly(), DYNAMIC)


# checks-as-runtime-asserts: `if bad: raise ValueError(f"...")` asserts
# `not bad` (however the negation is spelled), with the message's template
# (the core formats no strings).
# CHECK-LABEL: torch.debug_module_name = "PositiveRows"
# CHECK-NOT:     torch.prim.RaiseException
# CHECK-NOT:     torch.aten.format
# CHECK:         torch.aten.size.int %arg1
# CHECK:         torch.runtime.assert %{{.*}}, "ValueError: rows must be positive, got {}"
# CHECK-NOT:     torch.prim.RaiseException
# CHECK-NOT:     torch.aten.format
class PositiveRows(torch.nn.Module):
    def forward(self, x):
        if x.size(0) <= 0:
            raise ValueError(f"rows must be positive, got {x.size(0)}")
        return x * 2


show(PositiveRows(), DYNAMIC)


# checks-as-runtime-asserts: a raise in the else branch asserts the condition
# itself.
# CHECK-LABEL: torch.debug_module_name = "AtMostThreeRows"
# CHECK-NOT:     torch.prim.RaiseException
# CHECK:         %[[FEW:.*]] = torch.aten.lt.int
# CHECK:         torch.runtime.assert %[[FEW]], "RuntimeError: at most 3 rows"
# CHECK-NOT:     torch.prim.RaiseException
class AtMostThreeRows(torch.nn.Module):
    def forward(self, x):
        if x.size(0) < 4:
            pass
        else:
            raise RuntimeError("at most 3 rows")
        return x.sum(0)


show(AtMostThreeRows(), DYNAMIC)
