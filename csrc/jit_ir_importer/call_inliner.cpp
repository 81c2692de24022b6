//===- call_inliner.cpp - Inlining with a hook on each callee ------------===//

#include "jit_ir_importer/call_inliner.h"
#include "jit_ir_importer/import_error.h"

#include <torch/csrc/jit/api/function_impl.h>

#include <vector>

namespace torch_mlir_importer {
namespace {

using torch::jit::Block;
using torch::jit::GraphFunction;
using torch::jit::Node;

/// The graph function a call node calls, or null when it has no graph.
GraphFunction *calleeOf(Node *node) {
  if (node->kind() == c10::prim::CallFunction) {
    auto functionType = node->input(0)->type()->cast<c10::FunctionType>();
    return functionType
               ? torch::jit::tryToGraphFunction(*functionType->function())
               : nullptr;
  }
  auto classType = node->input(0)->type()->cast<c10::ClassType>();
  if (!classType)
    return nullptr;
  torch::jit::Function *method =
      classType->findMethod(node->s(c10::attr::name));
  return method ? torch::jit::tryToGraphFunction(*method) : nullptr;
}

void collectCalls(Block *block, std::vector<Node *> &calls) {
  for (Node *node : block->nodes()) {
    if (node->kind() == c10::prim::CallFunction ||
        node->kind() == c10::prim::CallMethod)
      calls.push_back(node);
    for (Block *nested : node->blocks())
      collectCalls(nested, calls);
  }
}

} // namespace

void inlineCalls(torch::jit::Graph &graph,
                 const PrepareCalleeFn &prepareCallee) {
  std::vector<Node *> calls;
  collectCalls(graph.block(), calls);
  for (Node *call : calls) {
    GraphFunction *callee = calleeOf(call);
    if (!callee)
      continue;
    std::shared_ptr<torch::jit::Graph> prepared =
        prepareCallee(callee->qualname().qualifiedName(), callee->graph());
    if (!prepared)
      throwValueError("no graph to inline for '" +
                      callee->qualname().qualifiedName() + "'");
    size_t arguments = call->inputs().size() -
                       (call->kind() == c10::prim::CallFunction ? 1 : 0);
    if (prepared->inputs().size() != arguments)
      throwValueError(
          "the prepared graph of '" + callee->qualname().qualifiedName() +
          "' takes " + std::to_string(prepared->inputs().size()) +
          " arguments, the call passes " + std::to_string(arguments));
    // A function call's first input is the function constant itself.
    if (call->kind() == c10::prim::CallFunction)
      call->removeInput(0);
    torch::jit::inlineCallTo(call, callee, prepared.get());
  }
}

} // namespace torch_mlir_importer
