//===- module_builder.h - Python-facing ModuleBuilder --------------------===//
//
// Owns an MLIR module inside a Python `torch_mlir.ir.Context` (the core
// wheel's) and imports TorchScript functions and object graphs into it.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_MLIR_PYTHON_MODULE_BUILDER_H
#define TORCH_MLIR_PYTHON_MODULE_BUILDER_H

#include "jit_ir_importer/import_options.h"
#include "jit_ir_importer/torch_types.h"

#include <torch/csrc/utils/pybind.h>

#include <map>
#include <memory>

namespace torch_mlir_importer {

class ModuleBuilder {
public:
  explicit ModuleBuilder(pybind11::object contextObj);
  ~ModuleBuilder();
  ModuleBuilder(const ModuleBuilder &) = delete;
  ModuleBuilder &operator=(const ModuleBuilder &) = delete;

  pybind11::object getContextObj() { return contextObj; }
  pybind11::object getModuleObj() { return moduleObj; }

  /// Imports a torch.jit.ScriptFunction as a public func.func and returns the
  /// function object unchanged (so this works as a decorator).
  pybind11::object importFunction(pybind11::object function,
                                  pybind11::object importOptions);

  /// Imports `scripted._c` (a torch._C.ScriptModule) as an object graph.
  /// `prepareGraph(qualified_name, graph_copy)`, if given, returns the graph
  /// to import for each function (or None for its own).
  void importModule(pybind11::object module, pybind11::object classAnnotator,
                    pybind11::object importOptions,
                    pybind11::object prepareGraph);

  static void bind(pybind11::module &m);

private:
  TypeMapper &getTypeMapper(const ImportOptions &options);
  MlirBlock getBodyBlock() { return mlirModuleGetBody(module); }

  pybind11::object contextObj;
  pybind11::object moduleObj;
  MlirContext context;
  MlirModule module;
  std::map<std::pair<bool, bool>, std::unique_ptr<TypeMapper>> typeMappers;
};

} // namespace torch_mlir_importer

#endif // TORCH_MLIR_PYTHON_MODULE_BUILDER_H
