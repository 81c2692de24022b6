# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Nodes with a schema become `torch.<ns>.<name>[.<overload>]`, with the node's
# inputs as operands and its outputs' types as result types.

import warnings

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.aten_ops(
# CHECK-SAME:      %[[X:.*]]: !torch.tensor, %[[Y:.*]]: !torch.tensor, %[[A:.*]]: !torch.int) -> !torch.tuple<tensor, tensor, int, list<int>>
# Overloaded ops carry the overload name...
# CHECK:         %[[ADD:.*]] = torch.aten.add.Tensor %[[X]], %[[Y]], %{{.*}} : !torch.tensor, !torch.tensor, !torch.int -> !torch.tensor
# ...ops with an empty overload name do not.
# CHECK:         %[[RELU:.*]] = torch.aten.relu %[[ADD]] : !torch.tensor -> !torch.tensor
# CHECK:         %[[SIZE:.*]] = torch.aten.size.int %[[RELU]], %{{.*}} : !torch.tensor, !torch.int -> !torch.int
# CHECK:         %[[SUM:.*]] = torch.aten.add.int %[[SIZE]], %[[A]] : !torch.int, !torch.int -> !torch.int
# CHECK:         %[[SIZES:.*]] = torch.aten.size %[[X]] : !torch.tensor -> !torch.list<int>
# CHECK:         %[[VIEW:.*]] = torch.aten.view %[[RELU]], %[[SIZES]] : !torch.tensor, !torch.list<int> -> !torch.tensor
@mb.import_function
@torch.jit.script
def aten_ops(x: torch.Tensor, y: torch.Tensor, a: int):
    r = torch.relu(x + y)
    s = r.size(0) + a
    sizes = x.size()
    return r, r.view(sizes), s, sizes


# A node with several results maps to an op with several results.
# CHECK-LABEL: func.func @__torch__.multiple_results(
# CHECK:         %[[V:.*]], %[[I:.*]] = torch.aten.max.dim %{{.*}}, %{{.*}}, %{{.*}} : !torch.tensor, !torch.int, !torch.bool -> !torch.tensor, !torch.tensor
# CHECK:         torch.prim.TupleConstruct %[[V]], %[[I]] :
@mb.import_function
@torch.jit.script
def multiple_results(x: torch.Tensor):
    return torch.max(x, dim=1)


# In-place ops and ops without results (warnings.warn -> aten::warn) too.
# CHECK-LABEL: func.func @__torch__.inplace(
# CHECK:         torch.aten.mul_.Scalar %{{.*}}, %{{.*}} : !torch.tensor, !torch.int -> !torch.tensor
# CHECK:         torch.aten.warn %{{.*}}, %{{.*}} : !torch.str, !torch.int
@mb.import_function
@torch.jit.script
def inplace(x: torch.Tensor) -> torch.Tensor:
    x.mul_(2)
    warnings.warn("careful")  # noqa: B028 (as users write it)
    return x


mb.module.operation.verify()
print(mb.module)
