//===- function_importer.cpp - TorchScript functions to func.func ---------===//
//
// Builds the func.func of a TorchScript function (name, signature, argument
// attributes, visibility), has the node importer fill its body, and verifies
// the result before handing it out.
//
//===----------------------------------------------------------------------===//

#include "jit_ir_importer/function_importer.h"
#include "jit_ir_importer/import_error.h"
#include "jit_ir_importer/node_importer.h"
#include "jit_ir_importer/node_location.h"
#include "jit_ir_importer/verifier_diagnostics.h"

namespace torch_mlir_importer {

MlirOperation
importJitFunctionAsFuncOp(TypeMapper &types, torch::jit::Function *function,
                          const ArgAttributesFn &argAttributes, bool isPrivate,
                          std::shared_ptr<torch::jit::Graph> graph) {
  MlirContext context = types.getContext();
  std::string name = function->qualname().qualifiedName();
  torch::jit::GraphFunction *graphFunction =
      torch::jit::tryToGraphFunction(*function);
  if (!graphFunction)
    throwValueError("cannot import function '" + name +
                    "': it has no TorchScript graph");
  MlirType functionType{nullptr};
  if (graph) {
    // A prepared graph may have fewer inputs (parameters bound to their
    // defaults): its own inputs and outputs give the signature.
    torch::jit::GraphFunction prepared(function->qualname(), graph, nullptr);
    functionType = types.mapFunctionSchema(prepared.getSchema());
  } else {
    graph = graphFunction->graph();
    functionType = types.mapFunctionSchema(function->getSchema());
  }
  intptr_t numInputs = mlirFunctionTypeGetNumInputs(functionType);
  if (static_cast<size_t>(numInputs) != graph->inputs().size())
    throwRuntimeError("function '" + name + "' has " +
                      std::to_string(graph->inputs().size()) +
                      " graph inputs but its schema has " +
                      std::to_string(numInputs) + " arguments");

  std::vector<MlirAttribute> argAttrs;
  for (intptr_t i = 0; i < numInputs; ++i) {
    MlirAttribute attrs =
        argAttributes ? argAttributes(i) : MlirAttribute{nullptr};
    argAttrs.push_back(mlirAttributeIsNull(attrs)
                           ? mlirDictionaryAttrGet(context, 0, nullptr)
                           : attrs);
  }
  std::vector<MlirNamedAttribute> attrs = {
      toMlirNamedAttribute("sym_name", stringAttr(context, name)),
      toMlirNamedAttribute("function_type", mlirTypeAttrGet(functionType)),
      toMlirNamedAttribute(
          "arg_attrs",
          mlirArrayAttrGet(context, argAttrs.size(), argAttrs.data()))};
  if (isPrivate)
    attrs.push_back(
        toMlirNamedAttribute("sym_visibility", stringAttr(context, "private")));
  MlirOperation funcOp = createMlirOperation(
      "func.func", mlirLocationUnknownGet(context), {}, {}, attrs,
      /*numRegions=*/1);
  try {
    std::vector<MlirType> inputTypes;
    for (intptr_t i = 0; i < numInputs; ++i)
      inputTypes.push_back(mlirFunctionTypeGetInput(functionType, i));
    MlirLocation paramLoc =
        getMlirLocationFromNode(context, graph->block()->param_node());
    MlirBlock entry = appendBlockToRegion(mlirOperationGetRegion(funcOp, 0),
                                          inputTypes, paramLoc);
    std::vector<MlirType> resultTypes;
    for (intptr_t i = 0; i < mlirFunctionTypeGetNumResults(functionType); ++i)
      resultTypes.push_back(mlirFunctionTypeGetResult(functionType, i));
    MlirLocation returnLoc =
        getMlirLocationFromNode(context, graph->block()->return_node());
    std::vector<MlirValue> results =
        importBlock(types, graph->block(), entry, resultTypes, returnLoc);
    createMlirOperationAtEnd(entry, "func.return", returnLoc, {}, results, {});
  } catch (const ImportError &e) {
    mlirOperationDestroy(funcOp);
    throw ImportError(e.getKind(),
                      std::string(e.what()) + "\n  in function '" + name + "'");
  } catch (...) {
    mlirOperationDestroy(funcOp);
    throw;
  }
  // The torch dialect's verifiers are stricter than TorchScript in places
  // (e.g. prim::Enter must produce None): reject such a function here, with
  // the verifier's findings in the message, rather than hand back invalid IR.
  std::string verifierErrors = verifyCapturingDiagnostics(context, funcOp);
  if (!verifierErrors.empty()) {
    mlirOperationDestroy(funcOp);
    throwRuntimeError("function '" + name +
                      "' imports to IR that the torch dialect rejects, so a "
                      "TorchScript construct in it is not supported:\n" +
                      verifierErrors);
  }
  return funcOp;
}

} // namespace torch_mlir_importer
