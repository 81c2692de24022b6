# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# prim::dtype / prim::device / prim::layout -> torch.prim.dtype (an int),
# torch.prim.device (a !torch.Device) and torch.prim.layout (an int).

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.tensor_properties(
# CHECK-SAME:      %[[X:.*]]: !torch.tensor) -> !torch.tuple<int, Device, int>
# CHECK:         %[[DT:.*]] = torch.prim.dtype %[[X]] : !torch.tensor -> !torch.int
# CHECK:         %[[DEV:.*]] = torch.prim.device %[[X]] : !torch.tensor -> !torch.Device
# CHECK:         %[[LAY:.*]] = torch.prim.layout %[[X]] : !torch.tensor -> !torch.int
# CHECK:         torch.prim.TupleConstruct %[[DT]], %[[DEV]], %[[LAY]] : !torch.int, !torch.Device, !torch.int -> !torch.tuple<int, Device, int>
@mb.import_function
@torch.jit.script
def tensor_properties(x: torch.Tensor):
    return x.dtype, x.device, x.layout


# dtype/layout/memory-format arguments are ints too.
# CHECK-LABEL: func.func @__torch__.dtype_arg(
# CHECK-SAME:      %[[X:.*]]: !torch.tensor, %[[DT:.*]]: !torch.int) -> !torch.tensor
# CHECK:         torch.aten.to.dtype %[[X]], %[[DT]], %{{.*}}, %{{.*}}, %{{.*}} : !torch.tensor, !torch.int, !torch.bool, !torch.bool, !torch.none -> !torch.tensor
@mb.import_function
@torch.jit.script
def dtype_arg(x: torch.Tensor, dt: torch.dtype) -> torch.Tensor:
    return x.to(dt)


mb.module.operation.verify()
print(mb.module)
