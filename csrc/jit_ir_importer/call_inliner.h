//===- call_inliner.h - Inlining with a hook on each callee --------------===//
//
// TorchScript's own Inline pass copies each callee's graph as it is, so a
// rewrite that matches a call (by the function it calls) must happen before
// inlining, in the callee too. `inlineCalls` inlines every
// prim::CallFunction / prim::CallMethod of a graph, asking `prepareCallee`
// for the graph to inline in place of each callee's own.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_MLIR_JIT_IR_IMPORTER_CALL_INLINER_H
#define TORCH_MLIR_JIT_IR_IMPORTER_CALL_INLINER_H

#include <torch/csrc/jit/ir/ir.h>

#include <functional>
#include <memory>
#include <string>

namespace torch_mlir_importer {

/// Given a callee's qualified name and its own graph (which must not be
/// modified), returns the graph to inline: a prepared copy without calls.
using PrepareCalleeFn = std::function<std::shared_ptr<torch::jit::Graph>(
    const std::string &qualifiedName, std::shared_ptr<torch::jit::Graph>)>;

/// Inlines the calls of `graph` (nested blocks included) in place. Calls of
/// functions without a TorchScript graph (builtins, custom class methods)
/// are left as they are.
void inlineCalls(torch::jit::Graph &graph,
                 const PrepareCalleeFn &prepareCallee);

} // namespace torch_mlir_importer

#endif // TORCH_MLIR_JIT_IR_IMPORTER_CALL_INLINER_H
