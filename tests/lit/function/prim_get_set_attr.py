# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# prim::GetAttr / prim::SetAttr on an object -> torch.prim.GetAttr /
# torch.prim.SetAttr with the attribute name.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


@torch.jit.script
class Box:
    def __init__(self, value: int, data: torch.Tensor):
        self.value = value
        self.data = data


mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.get_and_set(
# CHECK-SAME:      %[[BOX:.*]]: !torch.nn.Module<"__torch__.Box">, %[[T:.*]]: !torch.tensor) -> !torch.int
# CHECK:         %[[V:.*]] = torch.prim.GetAttr %[[BOX]]["value"] : !torch.nn.Module<"__torch__.Box"> -> !torch.int
# CHECK:         %[[V2:.*]] = torch.aten.add.int %[[V]], %{{.*}}
# CHECK:         torch.prim.SetAttr %[[BOX]]["value"] = %[[V2]] : !torch.nn.Module<"__torch__.Box">, !torch.int
# CHECK:         torch.prim.SetAttr %[[BOX]]["data"] = %[[T]] : !torch.nn.Module<"__torch__.Box">, !torch.tensor
# CHECK:         %[[D:.*]] = torch.prim.GetAttr %[[BOX]]["data"] : !torch.nn.Module<"__torch__.Box"> -> !torch.tensor
# CHECK:         torch.aten.dim %[[D]]
@mb.import_function
@torch.jit.script
def get_and_set(box: Box, t: torch.Tensor) -> int:
    box.value = box.value + 1
    box.data = t
    return box.data.dim()


mb.module.operation.verify()
print(mb.module)
