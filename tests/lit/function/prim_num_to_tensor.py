# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# prim::NumToTensor (a scalar used as a tensor) -> torch.prim.NumToTensor.Scalar.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()


# CHECK-LABEL: func.func @__torch__.num_to_tensor(
# CHECK-SAME:      %[[N:.*]]: !torch.int, %[[F:.*]]: !torch.float)
# CHECK:         %{{.*}} = torch.prim.NumToTensor.Scalar %[[N]] : !torch.int -> !torch.tensor
# CHECK:         %{{.*}} = torch.prim.NumToTensor.Scalar %[[F]] : !torch.float -> !torch.tensor
@mb.import_function
@torch.jit.script
def num_to_tensor(n: int, f: float):
    return torch.ops.prim.NumToTensor(n), torch.ops.prim.NumToTensor(f)


# Tracing records sizes used in arithmetic as NumToTensor of aten::size.
# CHECK-LABEL: func.func @__torch__.traced_size(
# CHECK:         %[[SIZE:.*]] = torch.aten.size.int %{{.*}}, %{{.*}} : !torch.tensor<[2,3],f32>, !torch.int -> !torch.int
# CHECK:         torch.prim.NumToTensor.Scalar %[[SIZE]] : !torch.int -> !torch.tensor<[],si64>
def traced_size(x):
    return x * x.size(1)


mb.import_function(torch.jit.trace(traced_size, torch.ones(2, 3)))

mb.module.operation.verify()
print(mb.module)
