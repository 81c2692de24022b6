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


# The dialect has no complex scalar: a union holding complex (TorchScript's
# `Scalar` union, e.g. the `p` of torch.norm) is a number; its other members
# stay.
# CHECK-LABEL: func.func @__torch__.complex_unions(
# CHECK-SAME:      %{{.*}}: !torch.number, %{{.*}}: !torch.union<number, str>, %{{.*}}: !torch.union<float, int>)
@mb.import_function
@torch.jit.script
def complex_unions(
    a: typing.Union[int, float, complex],
    b: typing.Union[complex, int, str],
    c: typing.Union[int, float],
) -> int:
    return 0


mb.module.operation.verify()
print(mb.module)
