//===- bindings.h - Registration of the extension's Python classes ------===//

#ifndef TORCH_MLIR_PYTHON_BINDINGS_H
#define TORCH_MLIR_PYTHON_BINDINGS_H

#include <torch/csrc/utils/pybind.h>

namespace torch_mlir_importer {
void bindClassAnnotator(pybind11::module &m);
void bindImportOptions(pybind11::module &m);
void bindGetRegisteredOps(pybind11::module &m);
} // namespace torch_mlir_importer

#endif // TORCH_MLIR_PYTHON_BINDINGS_H
