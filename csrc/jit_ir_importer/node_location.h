//===- node_location.h - Source locations of JIT nodes --------------------===//
//
// Where a TorchScript node came from, as an MLIR location (for the IR) and as
// text (for error messages).
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_MLIR_JIT_IR_IMPORTER_NODE_LOCATION_H
#define TORCH_MLIR_JIT_IR_IMPORTER_NODE_LOCATION_H

#include "mlir-c/IR.h"

#include <torch/csrc/jit/ir/ir.h>

#include <string>

namespace torch_mlir_importer {

/// The MLIR location of a JIT node: its source position (and inlined call
/// stack), wrapped in a name location with the operator name.
MlirLocation getMlirLocationFromNode(MlirContext context,
                                     torch::jit::Node *node);

/// "file:line:col" of a node, or "<unknown location>".
std::string describeNodeLocation(torch::jit::Node *node);

} // namespace torch_mlir_importer

#endif // TORCH_MLIR_JIT_IR_IMPORTER_NODE_LOCATION_H
