# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Tensor-valued prim::Constant (tracing bakes captured tensors into the graph)
# -> torch.tensor.literal(dense<...>) typed with the tensor's shape and dtype.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()

WEIGHT = torch.tensor([[1.0, 2.0, 3.0]])
OFFSETS = torch.tensor([4, 5, 6], dtype=torch.int64)
MASK = torch.tensor([True, False, True])


def uses_captured_tensors(x):
    return torch.where(MASK, x * WEIGHT, x + OFFSETS)


# CHECK-LABEL: func.func @__torch__.uses_captured_tensors(
# CHECK-DAG:     torch.tensor.literal(dense<{{\[}}[1.000000e+00, 2.000000e+00, 3.000000e+00]]> : tensor<1x3xf32>) : !torch.tensor<[1,3],f32>
# CHECK-DAG:     torch.tensor.literal(dense<[4, 5, 6]> : tensor<3xsi64>) : !torch.tensor<[3],si64>
# CHECK-DAG:     torch.tensor.literal(dense<[true, false, true]> : tensor<3xi1>) : !torch.tensor<[3],i1>
traced = torch.jit.trace(uses_captured_tensors, torch.ones(2, 3))
mb.import_function(traced)


# A zero-dimensional tensor constant (traced `torch.tensor(0.5)`).
# CHECK-LABEL: func.func @__torch__.rank0_constant(
# CHECK:         torch.tensor.literal(dense<5.000000e-01> : tensor<f64>) : !torch.tensor<[],f64>
def rank0_constant(x):
    return x * torch.tensor(0.5, dtype=torch.float64)


mb.import_function(torch.jit.trace(rank0_constant, torch.ones(2, dtype=torch.float64)))


# int16 and complex constants (which the old importer rejected).
SHORTS = torch.tensor([-3, 300], dtype=torch.int16)
COMPLEX = torch.tensor([1 + 2j, 0.5j], dtype=torch.complex64)


# CHECK-LABEL: func.func @__torch__.wide_dtypes(
# CHECK-DAG:     torch.tensor.literal(dense<[-3, 300]> : tensor<2xsi16>) : !torch.tensor<[2],si16>
# CHECK-DAG:     torch.tensor.literal(dense<[(1.000000e+00,2.000000e+00), (0.000000e+00,5.000000e-01)]> : tensor<2xcomplex<f32>>) : !torch.tensor<[2],complex<f32>>
def wide_dtypes(x):
    return x + SHORTS, x * COMPLEX


mb.import_function(torch.jit.trace(wide_dtypes, torch.ones(2, dtype=torch.int16)))


mb.module.operation.verify()
print(mb.module)
