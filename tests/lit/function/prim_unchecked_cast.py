# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# prim::unchecked_cast (refining an Optional after an `is not None` check)
# -> torch.prim.unchecked_cast.

import typing

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.refine(
# CHECK-SAME:      %[[O:.*]]: !torch.optional<tensor>, %[[X:.*]]: !torch.tensor) -> !torch.tensor
# CHECK:         %[[IS_NONE:.*]] = torch.aten.__isnot__ %[[O]], %{{.*}} : !torch.optional<tensor>, !torch.none -> !torch.bool
# CHECK:         torch.prim.If %[[IS_NONE]] -> (!torch.tensor) {
# CHECK:           %[[T:.*]] = torch.prim.unchecked_cast %[[O]] : !torch.optional<tensor> -> !torch.tensor
# CHECK:           torch.prim.If.yield %[[T]] : !torch.tensor
@mb.import_function
@torch.jit.script
def refine(o: typing.Optional[torch.Tensor], x: torch.Tensor) -> torch.Tensor:
    if o is not None:
        return o
    return x


mb.module.operation.verify()
print(mb.module)
