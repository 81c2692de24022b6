# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# prim::If -> torch.prim.If with one region per branch, each ending in
# torch.prim.If.yield; `elif` is an If nested in the else region.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.if_else(
# CHECK-SAME:      %[[C:.*]]: !torch.bool, %[[X:.*]]: !torch.tensor) -> !torch.tensor
# CHECK:         %[[R:.*]] = torch.prim.If %[[C]] -> (!torch.tensor) {
# CHECK:           %[[NEG:.*]] = torch.aten.neg %[[X]] : !torch.tensor -> !torch.tensor
# CHECK:           torch.prim.If.yield %[[NEG]] : !torch.tensor
# CHECK:         } else {
# CHECK:           torch.prim.If.yield %[[X]] : !torch.tensor
# CHECK:         }
# CHECK:         return %[[R]] : !torch.tensor
@mb.import_function
@torch.jit.script
def if_else(c: bool, x: torch.Tensor) -> torch.Tensor:
    if c:
        y = -x
    else:
        y = x
    return y


# An If without results has `-> ()` and empty yields.
# CHECK-LABEL: func.func @__torch__.if_no_results(
# CHECK:         torch.prim.If %{{.*}} -> () {
# CHECK:           torch.aten.add_.Scalar
# CHECK:           torch.prim.If.yield{{$}}
# CHECK:         } else {
# CHECK:           torch.prim.If.yield{{$}}
# CHECK:         }
@mb.import_function
@torch.jit.script
def if_no_results(c: bool, x: torch.Tensor) -> torch.Tensor:
    if c:
        x.add_(1)
    return x


# An early `return` inside if/elif makes TorchScript thread a "did return"
# flag through the Ifs: each If yields (bool, tensor), with an uninitialized
# tensor on the path that did not return, and a final If selects the result.
# CHECK-LABEL: func.func @__torch__.elif_chain(
# CHECK-SAME:      %[[X:.*]]: !torch.tensor, %[[N:.*]]: !torch.int) -> !torch.tensor
# CHECK-DAG:     %[[FALSE:.*]] = torch.constant.bool false
# CHECK-DAG:     %[[TRUE:.*]] = torch.constant.bool true
# CHECK:         %[[UNINIT:.*]] = torch.prim.Uninitialized : !torch.tensor
# CHECK:         %[[C1:.*]] = torch.aten.gt.int %[[N]], %{{.*}} : !torch.int, !torch.int -> !torch.bool
# CHECK:         %[[OUTER:.*]]:2 = torch.prim.If %[[C1]] -> (!torch.bool, !torch.tensor) {
# CHECK:           %[[MUL:.*]] = torch.aten.mul.Scalar %[[X]], %{{.*}} : !torch.tensor, !torch.int -> !torch.tensor
# CHECK:           torch.prim.If.yield %[[TRUE]], %[[MUL]] : !torch.bool, !torch.tensor
# CHECK:         } else {
# CHECK:           %[[C2:.*]] = torch.aten.gt.int %[[N]], %{{.*}} : !torch.int, !torch.int -> !torch.bool
# CHECK:           %[[INNER:.*]]:2 = torch.prim.If %[[C2]] -> (!torch.bool, !torch.tensor) {
# CHECK:             %[[SUB:.*]] = torch.aten.sub.Scalar %[[X]]
# CHECK:             torch.prim.If.yield %[[TRUE]], %[[SUB]] : !torch.bool, !torch.tensor
# CHECK:           } else {
# CHECK:             torch.prim.If.yield %[[FALSE]], %[[UNINIT]] : !torch.bool, !torch.tensor
# CHECK:           }
# CHECK:           torch.prim.If.yield %[[INNER]]#0, %[[INNER]]#1 : !torch.bool, !torch.tensor
# CHECK:         }
# CHECK:         %[[R:.*]] = torch.prim.If %[[OUTER]]#0 -> (!torch.tensor) {
# CHECK:           torch.prim.If.yield %[[OUTER]]#1 : !torch.tensor
# CHECK:         } else {
# CHECK:           torch.prim.If.yield %[[X]] : !torch.tensor
# CHECK:         }
# CHECK:         return %[[R]] : !torch.tensor
@mb.import_function
@torch.jit.script
def elif_chain(x: torch.Tensor, n: int) -> torch.Tensor:
    if n > 3:
        return x * 2
    elif n > 1:
        return x - 1
    return x


mb.module.operation.verify()
print(mb.module)
