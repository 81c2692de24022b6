# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# prim::Uninitialized (TorchScript's placeholder on paths that raise or have
# already returned) -> torch.prim.Uninitialized of the value's type.

import typing

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.pick(
# CHECK:         %[[U:.*]] = torch.prim.Uninitialized : !torch.int
# CHECK:         torch.prim.If %{{.*}} -> (!torch.int) {
# CHECK:         } else {
# CHECK:           torch.prim.RaiseException
# CHECK:           torch.prim.If.yield %[[U]] : !torch.int
@mb.import_function
@torch.jit.script
def pick(c: bool, x: int) -> int:
    if c:
        y = x
    else:
        raise ValueError("no")
    return y


# CHECK-LABEL: func.func @__torch__.first_positive(
# CHECK:         %[[U:.*]] = torch.prim.Uninitialized : !torch.tuple<int, str>
# CHECK:         torch.prim.Loop {{.*}} init(%{{.*}}, %[[U]], %{{.*}})
@mb.import_function
@torch.jit.script
def first_positive(values: typing.List[int]) -> typing.Tuple[int, str]:
    for v in values:
        if v > 0:
            return v, "found"
    raise ValueError("none")


mb.module.operation.verify()
print(mb.module)
