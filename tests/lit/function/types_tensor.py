# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# TorchScript tensor types -> !torch.tensor<[dims],dtype>: unranked when the
# rank is unknown (`*`), `unk` when the dtype is unknown, `?` for unknown
# dims, `[]` for rank 0. The function type comes from the schema (plain
# Tensor); the refined graph-input types appear as static-info casts.

import torch

from torch_mlir.jit_ir_importer import ModuleBuilder

mb = ModuleBuilder()

# CHECK-LABEL: func.func @tensor_types(
# CHECK-SAME:      %[[STATIC:[^:]*]]: !torch.tensor, %[[DYN:[^:]*]]: !torch.tensor, %[[RANK0:[^:]*]]: !torch.tensor, %[[PLAIN:[^:]*]]: !torch.tensor, %[[DTYPE_ONLY:[^:]*]]: !torch.tensor, %[[SHAPE_ONLY:[^:]*]]: !torch.tensor) -> !torch.tensor
# CHECK:         torch.tensor_static_info_cast %[[STATIC]] : !torch.tensor to !torch.tensor<[2,3],f32>
# CHECK:         torch.tensor_static_info_cast %[[DYN]] : !torch.tensor to !torch.tensor<[?,3,?],si64>
# CHECK:         torch.tensor_static_info_cast %[[RANK0]] : !torch.tensor to !torch.tensor<[],f64>
# CHECK:         torch.tensor_static_info_cast %[[DTYPE_ONLY]] : !torch.tensor to !torch.tensor<*,f32>
# CHECK:         torch.tensor_static_info_cast %[[SHAPE_ONLY]] : !torch.tensor to !torch.tensor<[2,?],unk>
# CHECK:         return %[[PLAIN]] : !torch.tensor
graph = torch._C.parse_ir(
    """
graph(%static : Float(2, 3),
      %dyn : Long(*, 3, *),
      %rank0 : Double(requires_grad=0, device=cpu),
      %plain : Tensor,
      %dtype_only : Tensor,
      %shape_only : Tensor):
  return (%plain)
"""
)
# The IR syntax cannot spell "dtype but no rank" or "shape but no dtype".
inputs = list(graph.inputs())
inputs[4].setType(torch._C.TensorType.get().with_dtype(torch.float32))
inputs[5].setType(torch._C.TensorType.get().with_sizes([2, None]))
mb.import_function(torch._C.CompilationUnit().create_function("tensor_types", graph))

mb.module.operation.verify()
print(mb.module)
