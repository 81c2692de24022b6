# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Python min/max on scalars and lists -> torch.prim.min.* / torch.prim.max.*.

import typing

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.min_max(
# CHECK-SAME:      %[[A:.*]]: !torch.int, %[[B:.*]]: !torch.int, %[[L:.*]]: !torch.list<int>)
# CHECK:         %{{.*}} = torch.prim.min.int %[[A]], %[[B]] : !torch.int, !torch.int -> !torch.int
# CHECK:         %{{.*}} = torch.prim.max.int %[[A]], %[[B]] : !torch.int, !torch.int -> !torch.int
# CHECK:         %{{.*}} = torch.prim.min.self_int %[[L]] : !torch.list<int> -> !torch.int
# CHECK:         %{{.*}} = torch.prim.max.self_int %[[L]] : !torch.list<int> -> !torch.int
@mb.import_function
@torch.jit.script
def min_max(a: int, b: int, l: typing.List[int]):
    return min(a, b), max(a, b), min(l), max(l)


mb.module.operation.verify()
print(mb.module)
