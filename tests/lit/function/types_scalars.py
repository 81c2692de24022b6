# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Non-container, non-tensor TorchScript types. dtype, layout and memory format
# values are ints in TorchScript.

import typing

import torch
from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()

# CHECK-LABEL: func.func @scalar_types(
# CHECK-SAME:      %{{.*}}: !torch.int, %{{.*}}: !torch.float, %{{.*}}: !torch.bool, %{{.*}}: !torch.number, %{{.*}}: !torch.str,
# CHECK-SAME:      %{{.*}}: !torch.Device, %{{.*}}: !torch.Generator, %{{.*}}: !torch.any, %{{.*}}: !torch.none,
# CHECK-SAME:      %{{.*}}: !torch.int, %{{.*}}: !torch.int, %{{.*}}: !torch.int) -> !torch.number
graph = torch._C.parse_ir(
    """
graph(%i : int, %f : float, %b : bool, %n : Scalar, %s : str,
      %d : Device, %g : Generator, %a : Any, %none : NoneType,
      %dtype : ScalarType, %layout : Layout, %format : MemoryFormat):
  return (%n)
"""
)
mb.import_function(torch._C.CompilationUnit().create_function("scalar_types", graph))


# The same types, as scripting spells them.
# CHECK-LABEL: func.func @__torch__.scripted_scalar_types(
# CHECK-SAME:      %{{.*}}: !torch.int, %{{.*}}: !torch.float, %{{.*}}: !torch.bool, %{{.*}}: !torch.str, %{{.*}}: !torch.Device,
# CHECK-SAME:      %{{.*}}: !torch.Generator, %{{.*}}: !torch.any, %{{.*}}: !torch.none, %{{.*}}: !torch.int) -> !torch.int
@mb.import_function
@torch.jit.script
def scripted_scalar_types(
    i: int,
    f: float,
    b: bool,
    s: str,
    d: torch.device,
    g: torch.Generator,
    a: typing.Any,
    n: None,
    dt: torch.dtype,
) -> int:
    return i


mb.module.operation.verify()
print(mb.module)
