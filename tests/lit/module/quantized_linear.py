# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The packed parameters of a quantized Linear (the LinearPackedParamsBase
# custom class) are unpacked into their weight (a quantized tensor) and
# optional bias and rebuilt with torch.linear_params.create : !torch.LinearParams.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder


def quantized_linear(weight_values, bias):
    linear = torch.ao.nn.quantized.Linear(2, 2, bias_=bias is not None)
    weight = torch.quantize_per_tensor(
        torch.tensor(weight_values), scale=0.5, zero_point=0, dtype=torch.qint8
    )
    linear.set_weight_bias(weight, bias)
    return linear


class TestModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.with_bias = quantized_linear([[1.0, 2.0], [3.0, 4.0]], torch.tensor([0.5, -0.5]))
        self.without_bias = quantized_linear([[-1.0, -2.0], [-3.0, -4.0]], None)

    def forward(self, x):
        return self.without_bias(self.with_bias(x))


# CHECK-LABEL: torch.class_type @__torch__.torch.ao.nn.quantized.modules.linear.LinearPackedParams {
# CHECK:         torch.attr "_packed_params" : !torch.LinearParams
# CHECK:       %[[W_REPR:.*]] = torch.tensor.literal(dense<{{\[}}[2, 4], [6, 8]]> : tensor<2x2xsi8>) : !torch.tensor<[2,2],si8>
# CHECK:       %[[W:.*]] = torch.per_tensor_affine.create %[[W_REPR]], %{{.*}}, %{{.*}} : !torch.tensor<[2,2],si8>, !torch.float, !torch.int -> !torch.tensor<[2,2],!torch.qint8>
# CHECK:       %[[B:.*]] = torch.tensor.literal(dense<[5.000000e-01, -5.000000e-01]> : tensor<2xf32>) : !torch.tensor<[2],f32>
# CHECK:       %[[PARAMS:.*]] = torch.linear_params.create %[[W]], %[[B]] : !torch.tensor<[2,2],!torch.qint8>, !torch.tensor<[2],f32>
# CHECK:       torch.nn_module {
# CHECK:         torch.slot "_packed_params", %[[PARAMS]] : !torch.LinearParams
# The second layer's weight is a different tensor (not confused with the
# first one's temporary unpacked weight) and it has no bias.
# CHECK:       %[[W2_REPR:.*]] = torch.tensor.literal(dense<{{\[}}[-2, -4], [-6, -8]]> : tensor<2x2xsi8>) : !torch.tensor<[2,2],si8>
# CHECK:       %[[W2:.*]] = torch.per_tensor_affine.create %[[W2_REPR]], %{{.*}}, %{{.*}} : !torch.tensor<[2,2],si8>, !torch.float, !torch.int -> !torch.tensor<[2,2],!torch.qint8>
# CHECK:       %[[PARAMS2:.*]] = torch.linear_params.create %[[W2]] : !torch.tensor<[2,2],!torch.qint8>
# CHECK:       torch.nn_module {
# CHECK:         torch.slot "_packed_params", %[[PARAMS2]] : !torch.LinearParams

mb = ModuleBuilder()
mb.import_module(torch.jit.script(TestModule())._c)
mb.module.operation.verify()
print(mb.module)
