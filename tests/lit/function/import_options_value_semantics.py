# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# ImportOptions.assumeTensorsHaveValueSemantics: every tensor type is a
# !torch.vtensor and tensor constants are torch.vtensor.literal.

import torch

from torch_mlir.jit_ir_importer import ImportOptions, ModuleBuilder

mb = ModuleBuilder()
options = ImportOptions()
options.assumeTensorsHaveValueSemantics = True

BIAS = torch.tensor([1.0, 2.0])


def add_bias(x):
    return x + BIAS


# CHECK-LABEL: func.func @__torch__.add_bias(
# CHECK-SAME:      %[[X:.*]]: !torch.vtensor) -> !torch.vtensor
# CHECK:         %[[XR:.*]] = torch.tensor_static_info_cast %[[X]] : !torch.vtensor to !torch.vtensor<[2],f32>
# CHECK:         %[[B:.*]] = torch.vtensor.literal(dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>) : !torch.vtensor<[2],f32>
# CHECK:         %[[R:.*]] = torch.aten.add.Tensor %[[XR]], %[[B]], %{{.*}} : !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.int -> !torch.vtensor<[2],f32>
# CHECK:         %[[RET:.*]] = torch.tensor_static_info_cast %[[R]] : !torch.vtensor<[2],f32> to !torch.vtensor
# CHECK:         return %[[RET]] : !torch.vtensor
mb.import_function(torch.jit.trace(add_bias, torch.ones(2)), importOptions=options)


# Tensors nested in other types are value tensors too.
# CHECK-LABEL: func.func @__torch__.nested(
# CHECK-SAME:      %{{.*}}: !torch.list<vtensor>, %{{.*}}: !torch.optional<vtensor>) -> !torch.tuple<vtensor, list<vtensor>>
@torch.jit.script
def nested(l: list[torch.Tensor], o: torch.Tensor | None):
    return l[0], l


mb.import_function(nested, options)


# Default options in the same builder: back to !torch.tensor.
# CHECK-LABEL: func.func @__torch__.default_options(
# CHECK-SAME:      %{{.*}}: !torch.tensor) -> !torch.tensor
@mb.import_function
@torch.jit.script
def default_options(x: torch.Tensor) -> torch.Tensor:
    return x


mb.module.operation.verify()
print(mb.module)
