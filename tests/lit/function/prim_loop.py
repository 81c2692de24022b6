# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# prim::Loop -> torch.prim.Loop %maxTrip, %initCond, init(%carried...); the
# body block takes the induction variable and the carried values and ends in
# torch.prim.Loop.condition %continue, iter(%carried...).

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# A for loop: the trip count is the range bound, the condition is always true.
# CHECK-LABEL: func.func @__torch__.for_loop(
# CHECK-SAME:      %[[X:.*]]: !torch.tensor, %[[N:.*]]: !torch.int) -> !torch.tensor
# CHECK:         %[[TRUE:.*]] = torch.constant.bool true
# CHECK:         %[[R:.*]] = torch.prim.Loop %[[N]], %[[TRUE]], init(%[[X]]) {
# CHECK:         ^bb0(%[[I:.*]]: !torch.int, %[[ACC:.*]]: !torch.tensor):
# CHECK:           %[[NEXT:.*]] = torch.aten.add.Scalar %[[ACC]], %[[I]], %{{.*}} : !torch.tensor, !torch.int, !torch.int -> !torch.tensor
# CHECK:           torch.prim.Loop.condition %[[TRUE]], iter(%[[NEXT]] : !torch.tensor)
# CHECK:         } : (!torch.int, !torch.bool, !torch.tensor) -> !torch.tensor
# CHECK:         return %[[R]] : !torch.tensor
@mb.import_function
@torch.jit.script
def for_loop(x: torch.Tensor, n: int) -> torch.Tensor:
    for i in range(n):
        x = x + i
    return x


# A while loop: the trip count is INT64_MAX, the condition is recomputed at
# the end of each iteration; two values are carried.
# CHECK-LABEL: func.func @__torch__.while_loop(
# CHECK-SAME:      %[[X:.*]]: !torch.tensor, %[[N:.*]]: !torch.int) -> !torch.tensor
# CHECK:         %[[MAX:.*]] = torch.constant.int 9223372036854775807
# CHECK:         %[[C0:.*]] = torch.aten.gt.int %[[N]], %{{.*}} : !torch.int, !torch.int -> !torch.bool
# CHECK:         %[[R:.*]]:2 = torch.prim.Loop %[[MAX]], %[[C0]], init(%[[X]], %[[N]]) {
# CHECK:         ^bb0(%{{.*}}: !torch.int, %[[XI:.*]]: !torch.tensor, %[[NI:.*]]: !torch.int):
# CHECK:           %[[NN:.*]] = torch.aten.sub.int %[[NI]], %{{.*}} : !torch.int, !torch.int -> !torch.int
# CHECK:           %[[XX:.*]] = torch.aten.mul.Scalar %[[XI]], %{{.*}} : !torch.tensor, !torch.int -> !torch.tensor
# CHECK:           %[[C:.*]] = torch.aten.gt.int %[[NN]], %{{.*}} : !torch.int, !torch.int -> !torch.bool
# CHECK:           torch.prim.Loop.condition %[[C]], iter(%[[XX]], %[[NN]] : !torch.tensor, !torch.int)
# CHECK:         } : (!torch.int, !torch.bool, !torch.tensor, !torch.int) -> (!torch.tensor, !torch.int)
# CHECK:         return %[[R]]#0 : !torch.tensor
@mb.import_function
@torch.jit.script
def while_loop(x: torch.Tensor, n: int) -> torch.Tensor:
    while n > 0:
        n = n - 1
        x = x * 2
    return x


# A loop that carries nothing still has the induction variable.
# CHECK-LABEL: func.func @__torch__.loop_no_carried(
# CHECK:         torch.prim.Loop %{{.*}}, %{{.*}}, init() {
# CHECK:         ^bb0(%[[I:.*]]: !torch.int):
# CHECK:           torch.aten.append.t %{{.*}}, %[[I]] : !torch.list<int>, !torch.int -> !torch.list<int>
# CHECK:           torch.prim.Loop.condition %{{.*}}, iter()
# CHECK:         } : (!torch.int, !torch.bool) -> ()
@mb.import_function
@torch.jit.script
def loop_no_carried(n: int) -> list[int]:
    out: list[int] = []
    for i in range(n):
        out.append(i)
    return out


mb.module.operation.verify()
print(mb.module)
