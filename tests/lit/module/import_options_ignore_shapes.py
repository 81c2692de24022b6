# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# ImportOptions.ignoreExistingTensorShapesAndDtypes in import_module: the
# shapes a traced module baked into its methods are dropped (every tensor type
# is unranked without dtype), while literals keep their types and annotator
# type bounds still apply.

import torch

from torch_mlir.jit_ir_importer import ClassAnnotator, ImportOptions, ModuleBuilder


class TestModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("weight", torch.ones(3))

    def forward(self, x):
        return torch.relu(x * self.weight)


# CHECK-LABEL: func.func private @__torch__.TestModule.forward(
# CHECK-SAME:      %{{.*}}: !torch.nn.Module<"__torch__.TestModule">,
# CHECK-SAME:      %[[X:.*]]: !torch.tensor {torch.type_bound = !torch.vtensor<[2,3],f32>}) -> !torch.tensor
# CHECK-NOT:     torch.tensor_static_info_cast
# CHECK:         %[[M:.*]] = torch.aten.mul.Tensor %[[X]], %{{.*}} : !torch.tensor, !torch.tensor -> !torch.tensor
# CHECK:         %[[R:.*]] = torch.aten.relu %[[M]] : !torch.tensor -> !torch.tensor
# CHECK:         return %[[R]] : !torch.tensor
# CHECK:       torch.tensor.literal(dense<1.000000e+00> : tensor<3xf32>) : !torch.tensor<[3],f32>

traced = torch.jit.trace(TestModule(), torch.ones(2, 3))
annotator = ClassAnnotator()
annotator.annotateArgs(traced._c._type(), ["forward"], [None, ([2, 3], torch.float32, True)])
options = ImportOptions()
options.ignoreExistingTensorShapesAndDtypes = True
mb = ModuleBuilder()
mb.import_module(traced._c, annotator, options)
mb.module.operation.verify()
print(mb.module)
