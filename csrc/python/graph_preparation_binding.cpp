//===- graph_preparation_binding.cpp - inline_calls for torch_mlir.prepare ===//

#include "jit_ir_importer/call_inliner.h"
#include "python/bindings.h"

namespace py = pybind11;

namespace torch_mlir_importer {

void bindGraphPreparation(py::module &m) {
  m.def(
      "inline_calls",
      [](std::shared_ptr<torch::jit::Graph> graph, py::object prepareCallee) {
        if (!graph)
          throw py::type_error("inline_calls expects a torch._C.Graph");
        if (!PyCallable_Check(prepareCallee.ptr()))
          throw py::type_error("prepare_callee must be a callable");
        inlineCalls(
            *graph,
            [&](const std::string &name, std::shared_ptr<torch::jit::Graph> own)
                -> std::shared_ptr<torch::jit::Graph> {
              py::object result = prepareCallee(name, own);
              if (!py::isinstance<torch::jit::Graph>(result))
                throw py::type_error(
                    "prepare_callee must return a torch._C.Graph "
                    "for '" +
                    name + "'");
              return result.cast<std::shared_ptr<torch::jit::Graph>>();
            });
      },
      py::arg("graph"), py::arg("prepare_callee"),
      "Inlines every call of `graph` in place. `prepare_callee(qualified_name, "
      "graph)` gets each callee's own graph, which it must not modify, and "
      "returns the graph to inline (a prepared copy without calls).");
}

} // namespace torch_mlir_importer
