# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# Block arguments take the type the region's op dictates (the schema for a
# function, the loop result types for a loop body); where the JIT value is
# more refined, the argument is cast to it with torch.tensor_static_info_cast.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()
cu = torch._C.CompilationUnit()

# CHECK-LABEL: func.func @refined_block_arg(
# CHECK-SAME:      %[[ARG:.*]]: !torch.tensor) -> !torch.tensor {
# CHECK:         %[[REFINED:.*]] = torch.tensor_static_info_cast %[[ARG]] : !torch.tensor to !torch.tensor<[1,384],f32>
# CHECK:         %[[RESULT:.*]] = torch.tensor_static_info_cast %[[REFINED]] : !torch.tensor<[1,384],f32> to !torch.tensor
# CHECK:         return %[[RESULT]] : !torch.tensor
mb.import_function(
    cu.create_function(
        "refined_block_arg",
        torch._C.parse_ir(
            """
graph(%0 : Float(1, 384)):
  return (%0)
"""
        ),
    )
)

# A loop body argument more refined than the loop's carried type.
# CHECK-LABEL: func.func @refined_loop_arg(
# CHECK:         torch.prim.Loop %{{.*}}, %{{.*}}, init(%{{.*}}) {
# CHECK:         ^bb0(%{{.*}}: !torch.int, %[[ACC:.*]]: !torch.tensor):
# CHECK:           %[[REFINED:.*]] = torch.tensor_static_info_cast %[[ACC]] : !torch.tensor to !torch.tensor<[2],f32>
# CHECK:           %[[YIELD:.*]] = torch.tensor_static_info_cast %[[REFINED]] : !torch.tensor<[2],f32> to !torch.tensor
# CHECK:           torch.prim.Loop.condition %{{.*}}, iter(%[[YIELD]] : !torch.tensor)
# CHECK:         } : (!torch.int, !torch.bool, !torch.tensor) -> !torch.tensor
mb.import_function(
    cu.create_function(
        "refined_loop_arg",
        torch._C.parse_ir(
            """
graph(%x : Tensor, %n : int):
  %true : bool = prim::Constant[value=1]()
  %r : Tensor = prim::Loop(%n, %true, %x)
    block0(%i : int, %acc : Float(2)):
      -> (%true, %acc)
  return (%r)
"""
        ),
    )
)

mb.module.operation.verify()
print(mb.module)
