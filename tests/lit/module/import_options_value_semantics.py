# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# ImportOptions.assumeTensorsHaveValueSemantics in import_module: method
# signatures, attribute types and tensor literals use value tensors, and
# quantized tensors are created with a value-tensor result.

import torch

from torch_mlir.jit_ir_importer import ImportOptions, ModuleBuilder


class TestModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = torch.ones(2)
        self.q = torch.quantize_per_tensor(torch.ones(2), 0.5, 0, torch.qint8)

    def forward(self, x):
        return x * self.weight


# CHECK-LABEL: func.func private @__torch__.TestModule.forward(
# CHECK-SAME:      %[[SELF:.*]]: !torch.nn.Module<"__torch__.TestModule">, %[[X:.*]]: !torch.vtensor) -> !torch.vtensor
# CHECK:         %[[W:.*]] = torch.prim.GetAttr %[[SELF]]["weight"] : !torch.nn.Module<"__torch__.TestModule"> -> !torch.vtensor
# CHECK:         torch.aten.mul.Tensor %[[X]], %[[W]] : !torch.vtensor, !torch.vtensor -> !torch.vtensor
# CHECK:       torch.attr "weight" : !torch.vtensor
# CHECK:       %[[LIT:.*]] = torch.vtensor.literal(dense<1.000000e+00> : tensor<2xf32>) : !torch.vtensor<[2],f32>
# CHECK:       %[[REPR:.*]] = torch.vtensor.literal(dense<2> : tensor<2xsi8>) : !torch.vtensor<[2],si8>
# CHECK:       %[[Q:.*]] = torch.per_tensor_affine.create %[[REPR]], %{{.*}}, %{{.*}} : !torch.vtensor<[2],si8>, !torch.float, !torch.int -> !torch.vtensor<[2],!torch.qint8>
# CHECK:       torch.nn_module {
# CHECK:         torch.slot "weight", %[[LIT]] : !torch.vtensor<[2],f32>
# CHECK:         torch.slot "q", %[[Q]] : !torch.vtensor<[2],!torch.qint8>

options = ImportOptions()
options.assumeTensorsHaveValueSemantics = True
mb = ModuleBuilder()
mb.import_module(torch.jit.script(TestModule())._c, importOptions=options)
mb.module.operation.verify()
print(mb.module)
