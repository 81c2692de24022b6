//===- literals.h - Constants and tensor literals -------------------------===//
//
// Emission of torch-dialect constant ops for primitive IValues and of tensor
// literals (plain and per-tensor-affine quantized). Shared by the node
// importer (prim::Constant) and the object-graph importer (slot values).
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_MLIR_JIT_IR_IMPORTER_LITERALS_H
#define TORCH_MLIR_JIT_IR_IMPORTER_LITERALS_H

#include "jit_ir_importer/torch_types.h"

#include <ATen/core/ivalue.h>

#include <functional>

namespace torch_mlir_importer {

/// Emits a constant op for a None/bool/int/float/str/device IValue at the end
/// of `block`. Returns a null value if `value` is not such a primitive.
MlirValue emitPrimitiveConstant(TypeMapper &types, MlirBlock block,
                                MlirLocation loc, const c10::IValue &value);

/// Returns the value of a primitive IValue (a new constant, or one to share).
using PrimitiveFn = std::function<MlirValue(const c10::IValue &)>;

/// Emits a tensor literal (and, for a per-tensor-affine quantized tensor, the
/// quantization parameters and torch.per_tensor_affine.create). Throws
/// ImportError for unsupported dtypes and quantization schemes. The scale and
/// zero point come from `primitive` when given (the object-graph importer
/// shares equal primitives), else from new constants.
MlirValue emitTensorLiteral(TypeMapper &types, MlirBlock block,
                            MlirLocation loc, const at::Tensor &tensor,
                            const std::string &nameHint,
                            const PrimitiveFn &primitive = nullptr);

} // namespace torch_mlir_importer

#endif // TORCH_MLIR_JIT_IR_IMPORTER_LITERALS_H
