//===- node_location.cpp - Source locations of JIT nodes ------------------===//

#include "jit_ir_importer/node_location.h"
#include "jit_ir_importer/mlir_utils.h"

namespace torch_mlir_importer {
using torch::jit::Node;

namespace {

MlirLocation fileLineColOf(MlirContext context,
                           const torch::jit::SourceRange &range) {
  if (auto flc = range.file_line_col()) {
    const auto &[file, line, col] = *flc;
    return mlirLocationFileLineColGet(context, toMlirStringRef(file), line,
                                      col);
  }
  return mlirLocationUnknownGet(context);
}

} // namespace

std::string describeNodeLocation(Node *node) {
  if (auto flc = node->sourceRange().file_line_col()) {
    const auto &[file, line, col] = *flc;
    return file + ":" + std::to_string(line) + ":" + std::to_string(col);
  }
  return "<unknown location>";
}

MlirLocation getMlirLocationFromNode(MlirContext context, Node *node) {
  MlirLocation loc = fileLineColOf(context, node->sourceRange());
  // An inlined node: chain the call sites it was inlined through, innermost
  // first, each named by the function it is in.
  if (auto callstack = node->callstack()) {
    for (const auto &entry : (*callstack)->vec()) {
      torch::jit::Function *fn = std::get<0>(entry);
      MlirLocation callerLoc = fileLineColOf(context, std::get<1>(entry));
      if (fn)
        callerLoc = mlirLocationNameGet(
            context, toMlirStringRef(fn->qualname().qualifiedName()),
            callerLoc);
      loc = mlirLocationCallSiteGet(loc, callerLoc);
    }
  }
  std::string name;
  if (node->scope() && !node->scope()->isBlank())
    name = node->scope()->namesFromRoot() + "/";
  name += node->kind().toQualString();
  return mlirLocationNameGet(context, toMlirStringRef(name), loc);
}

} // namespace torch_mlir_importer
