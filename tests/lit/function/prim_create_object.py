# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Constructing a scripted class: prim::CreateObject -> torch.prim.CreateObject,
# then a CallMethod of __init__.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


@torch.jit.script
class Point:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y


mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.make_point(
# CHECK-SAME:      %[[X:.*]]: !torch.int) -> !torch.nn.Module<"__torch__.Point">
# CHECK:         %[[P:.*]] = torch.prim.CreateObject !torch.nn.Module<"__torch__.Point">
# CHECK:         %{{.*}} = torch.prim.CallMethod %[[P]]["__init__"] (%[[X]], %{{.*}}) : !torch.nn.Module<"__torch__.Point">, (!torch.int, !torch.int) -> !torch.none
# CHECK:         return %[[P]] : !torch.nn.Module<"__torch__.Point">
@mb.import_function
@torch.jit.script
def make_point(x: int) -> Point:
    return Point(x, 2)


mb.module.operation.verify()
print(mb.module)
