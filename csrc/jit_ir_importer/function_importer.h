//===- function_importer.h - TorchScript functions to func.func ----------===//

#ifndef TORCH_MLIR_JIT_IR_IMPORTER_FUNCTION_IMPORTER_H
#define TORCH_MLIR_JIT_IR_IMPORTER_FUNCTION_IMPORTER_H

#include "jit_ir_importer/torch_types.h"

#include <torch/csrc/jit/api/function_impl.h>
#include <torch/csrc/jit/ir/ir.h>

#include <functional>

namespace torch_mlir_importer {

/// Returns the extra attributes of argument `index` (a DictionaryAttr), or a
/// null attribute for none.
using ArgAttributesFn = std::function<MlirAttribute(int index)>;

/// Imports `function` as a (detached) `func.func @<qualified name>`. The op is
/// destroyed again if the import fails, so callers insert only complete ops.
/// With `graph`, that graph (a prepared copy of the function's own) is
/// imported instead, and the function type follows its inputs and outputs.
MlirOperation
importJitFunctionAsFuncOp(TypeMapper &types, torch::jit::Function *function,
                          const ArgAttributesFn &argAttributes, bool isPrivate,
                          std::shared_ptr<torch::jit::Graph> graph = nullptr);

} // namespace torch_mlir_importer

#endif // TORCH_MLIR_JIT_IR_IMPORTER_FUNCTION_IMPORTER_H
