//===- ivalue_importer.h - Module object graphs to torch dialect ---------===//

#ifndef TORCH_MLIR_JIT_IR_IMPORTER_IVALUE_IMPORTER_H
#define TORCH_MLIR_JIT_IR_IMPORTER_IVALUE_IMPORTER_H

#include "jit_ir_importer/class_annotator.h"
#include "jit_ir_importer/torch_types.h"

#include <torch/csrc/jit/api/module.h>

#include <functional>
#include <memory>
#include <string>

namespace torch_mlir_importer {

/// Given a function's qualified name and a copy of its graph, returns the
/// graph to import in its place (the copy, rewritten or not), or null to
/// import the function's own graph.
using PrepareGraphFn = std::function<std::shared_ptr<torch::jit::Graph>(
    const std::string &qualifiedName, std::shared_ptr<torch::jit::Graph>)>;

/// Imports the object graph rooted at `rootModule` at the end of
/// `moduleBody`: the functions it can reach (private func.func), one
/// torch.class_type per class, slot values and torch.nn_module ops. Sets the
/// `torch.debug_module_name` attribute on `moduleOp`. On failure, every op
/// this call added is erased again before the ImportError propagates.
/// `prepareGraph`, when set, is asked once for each function before its
/// callees are collected, so only what the prepared graphs call is imported.
void importObjectGraph(TypeMapper &types, MlirBlock moduleBody,
                       MlirOperation moduleOp, torch::jit::Module rootModule,
                       ClassAnnotator &annotator,
                       const PrepareGraphFn &prepareGraph = nullptr);

} // namespace torch_mlir_importer

#endif // TORCH_MLIR_JIT_IR_IMPORTER_IVALUE_IMPORTER_H
