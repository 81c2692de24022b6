# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Values yielded by If branches and passed into / carried around a Loop are
# adjusted to the op's result types.

import typing

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.if_yields(
# CHECK-SAME:      %[[C:.*]]: !torch.bool, %[[X:.*]]: !torch.int) -> !torch.optional<int>
# CHECK:         %[[NONE:.*]] = torch.constant.none
# CHECK:         %[[R:.*]] = torch.prim.If %[[C]] -> (!torch.optional<int>) {
# CHECK:           %[[A:.*]] = torch.derefine %[[NONE]] : !torch.none to !torch.optional<int>
# CHECK:           torch.prim.If.yield %[[A]] : !torch.optional<int>
# CHECK:         } else {
# CHECK:           %[[B:.*]] = torch.derefine %[[X]] : !torch.int to !torch.optional<int>
# CHECK:           torch.prim.If.yield %[[B]] : !torch.optional<int>
# CHECK:         }
# CHECK:         return %[[R]] : !torch.optional<int>
@mb.import_function
@torch.jit.script
def if_yields(c: bool, x: int) -> typing.Optional[int]:
    if c:
        y = None
    else:
        y = x
    return y


# CHECK-LABEL: func.func @__torch__.loop_yields(
# CHECK-SAME:      %[[N:.*]]: !torch.int) -> !torch.optional<int>
# CHECK:         %[[TRUE:.*]] = torch.constant.bool true
# CHECK:         %[[NONE:.*]] = torch.constant.none
# The initial value is derefined...
# CHECK:         %[[INIT:.*]] = torch.derefine %[[NONE]] : !torch.none to !torch.optional<int>
# CHECK:         %[[R:.*]] = torch.prim.Loop %[[N]], %[[TRUE]], init(%[[INIT]]) {
# CHECK:         ^bb0(%[[I:.*]]: !torch.int, %{{.*}}: !torch.optional<int>):
# ...and so is the value carried to the next iteration.
# CHECK:           %[[NEXT:.*]] = torch.derefine %[[I]] : !torch.int to !torch.optional<int>
# CHECK:           torch.prim.Loop.condition %[[TRUE]], iter(%[[NEXT]] : !torch.optional<int>)
# CHECK:         } : (!torch.int, !torch.bool, !torch.optional<int>) -> !torch.optional<int>
@mb.import_function
@torch.jit.script
def loop_yields(n: int) -> typing.Optional[int]:
    y: typing.Optional[int] = None
    for i in range(n):
        y = i
    return y


mb.module.operation.verify()
print(mb.module)
