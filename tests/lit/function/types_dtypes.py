# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Every dtype of the element-type table, as the dtype of a tensor type.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()

DTYPES = [
    # (JIT IR dtype name, expected element type)
    ("Byte", "ui8"),
    ("Char", "si8"),
    ("Short", "si16"),
    ("Int", "si32"),
    ("Long", "si64"),
    ("Bool", "i1"),
    ("Double", "f64"),
    ("Float", "f32"),
    ("BFloat16", "bf16"),
    ("Half", "f16"),
    ("QInt8", "!torch.qint8"),
    ("QUInt8", "!torch.quint8"),
    ("ComplexHalf", "complex<f16>"),
    ("ComplexFloat", "complex<f32>"),
    ("ComplexDouble", "complex<f64>"),
]

# CHECK-LABEL: func.func @Byte(
# CHECK:         !torch.tensor to !torch.tensor<[2],ui8>
# CHECK-LABEL: func.func @Char(
# CHECK:         !torch.tensor to !torch.tensor<[2],si8>
# CHECK-LABEL: func.func @Short(
# CHECK:         !torch.tensor to !torch.tensor<[2],si16>
# CHECK-LABEL: func.func @Int(
# CHECK:         !torch.tensor to !torch.tensor<[2],si32>
# CHECK-LABEL: func.func @Long(
# CHECK:         !torch.tensor to !torch.tensor<[2],si64>
# CHECK-LABEL: func.func @Bool(
# CHECK:         !torch.tensor to !torch.tensor<[2],i1>
# CHECK-LABEL: func.func @Double(
# CHECK:         !torch.tensor to !torch.tensor<[2],f64>
# CHECK-LABEL: func.func @Float(
# CHECK:         !torch.tensor to !torch.tensor<[2],f32>
# CHECK-LABEL: func.func @BFloat16(
# CHECK:         !torch.tensor to !torch.tensor<[2],bf16>
# CHECK-LABEL: func.func @Half(
# CHECK:         !torch.tensor to !torch.tensor<[2],f16>
# CHECK-LABEL: func.func @QInt8(
# CHECK:         !torch.tensor to !torch.tensor<[2],!torch.qint8>
# CHECK-LABEL: func.func @QUInt8(
# CHECK:         !torch.tensor to !torch.tensor<[2],!torch.quint8>
# CHECK-LABEL: func.func @ComplexHalf(
# CHECK:         !torch.tensor to !torch.tensor<[2],complex<f16>>
# CHECK-LABEL: func.func @ComplexFloat(
# CHECK:         !torch.tensor to !torch.tensor<[2],complex<f32>>
# CHECK-LABEL: func.func @ComplexDouble(
# CHECK:         !torch.tensor to !torch.tensor<[2],complex<f64>>
cu = torch._C.CompilationUnit()
for name, _ in DTYPES:
    graph = torch._C.parse_ir(f"graph(%x : {name}(2)):\n  return (%x)\n")
    mb.import_function(cu.create_function(name, graph))

mb.module.operation.verify()
print(mb.module)
