# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# prim::Load / prim::Store (variables before TorchScript's SSA conversion,
# written as JIT IR here since scripting removes them) -> torch.prim.Load /
# torch.prim.Store with the variable name.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()

# CHECK-LABEL: func.func @load_store(
# CHECK-SAME:      %[[X:.*]]: !torch.tensor, %[[C:.*]]: !torch.bool) -> !torch.tensor
# CHECK:         %[[U:.*]] = torch.prim.Uninitialized : !torch.tensor
# CHECK:         torch.prim.Store "y", %[[U]] : !torch.tensor
# CHECK:         torch.prim.If %[[C]] -> () {
# CHECK:           torch.prim.Store "y", %[[X]] : !torch.tensor
# CHECK:           torch.prim.If.yield
# CHECK:         } else {
# CHECK:           torch.prim.If.yield
# CHECK:         }
# CHECK:         %[[Y:.*]] = torch.prim.Load "y" : !torch.tensor
# CHECK:         return %[[Y]] : !torch.tensor
graph = torch._C.parse_ir(
    """
graph(%x : Tensor, %c : bool):
  %u : Tensor = prim::Uninitialized()
  prim::Store[name="y"](%u)
  prim::If(%c)
    block0():
      prim::Store[name="y"](%x)
      -> ()
    block1():
      -> ()
  %y : Tensor = prim::Load[name="y"]()
  return (%y)
"""
)
mb.import_function(torch._C.CompilationUnit().create_function("load_store", graph))

mb.module.operation.verify()
print(mb.module)
