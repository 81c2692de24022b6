# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# ImportOptions.ignoreExistingTensorShapesAndDtypes: every tensor type is
# unranked without dtype, so the shapes baked in by tracing disappear (and
# with them the static-info casts).

import torch

from torch_mlir.jit_ir_importer import ImportOptions, ModuleBuilder

mb = ModuleBuilder()


def double_relu(x):
    return torch.relu(x) * 2


traced = torch.jit.trace(double_relu, torch.ones(2, 3))

# CHECK-LABEL: func.func @__torch__.double_relu(
# CHECK-SAME:      %[[X:.*]]: !torch.tensor) -> !torch.tensor
# CHECK-NOT:     torch.tensor_static_info_cast
# CHECK:         %[[R:.*]] = torch.aten.relu %[[X]] : !torch.tensor -> !torch.tensor
# Tracing turned the scalar into a tensor constant, which keeps its own type.
# CHECK:         %[[TWO:.*]] = torch.tensor.literal(dense<2> : tensor<si64>) : !torch.tensor<[],si64>
# CHECK:         %[[M:.*]] = torch.aten.mul.Tensor %[[R]], %[[TWO]] : !torch.tensor, !torch.tensor<[],si64> -> !torch.tensor
# CHECK:         return %[[M]] : !torch.tensor
options = ImportOptions()
options.ignoreExistingTensorShapesAndDtypes = True
mb.import_function(traced, options)

# Both options together give unranked value tensors.
# CHECK-LABEL: func.func @__torch__.scale(
# CHECK-SAME:      %[[X:.*]]: !torch.vtensor) -> !torch.vtensor
# CHECK:         %[[W:.*]] = torch.vtensor.literal(dense<3.000000e+00> : tensor<3xf32>) : !torch.vtensor<[3],f32>
# CHECK:         torch.aten.mul.Tensor %[[X]], %[[W]] : !torch.vtensor, !torch.vtensor<[3],f32> -> !torch.vtensor
WEIGHT = torch.full((3,), 3.0)


def scale(x):
    return x * WEIGHT


both = ImportOptions()
both.ignoreExistingTensorShapesAndDtypes = True
both.assumeTensorsHaveValueSemantics = True
mb.import_function(torch.jit.trace(scale, torch.ones(3)), both)

mb.module.operation.verify()
print(mb.module)
