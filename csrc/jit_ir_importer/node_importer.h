//===- node_importer.h - TorchScript blocks to torch dialect --------------===//

#ifndef TORCH_MLIR_JIT_IR_IMPORTER_NODE_IMPORTER_H
#define TORCH_MLIR_JIT_IR_IMPORTER_NODE_IMPORTER_H

#include "jit_ir_importer/torch_types.h"

#include <torch/csrc/jit/ir/ir.h>

#include <vector>

namespace torch_mlir_importer {

/// Imports the nodes of `jitBlock` (and the blocks nested in them) at the end
/// of `block`, whose arguments stand for the JIT block's inputs. Returns the
/// JIT block's outputs, cast to `resultTypes` where they differ, for the
/// caller's terminator; casts are located at `outputLoc`. Throws ImportError
/// naming the node that failed and its source location.
std::vector<MlirValue> importBlock(TypeMapper &types,
                                   torch::jit::Block *jitBlock, MlirBlock block,
                                   const std::vector<MlirType> &resultTypes,
                                   MlirLocation outputLoc);

} // namespace torch_mlir_importer

#endif // TORCH_MLIR_JIT_IR_IMPORTER_NODE_IMPORTER_H
