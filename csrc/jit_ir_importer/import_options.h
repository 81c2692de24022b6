//===- import_options.h - Options shared by all importers ----------------===//

#ifndef TORCH_MLIR_JIT_IR_IMPORTER_IMPORT_OPTIONS_H
#define TORCH_MLIR_JIT_IR_IMPORTER_IMPORT_OPTIONS_H

namespace torch_mlir_importer {

struct ImportOptions {
  // Import every tensor as a value tensor (!torch.vtensor, vtensor.literal).
  // Only correct when the program never mutates or aliases tensors.
  bool assumeTensorsHaveValueSemantics = false;
  // Drop shapes and dtypes recorded in the TorchScript types (e.g. baked in by
  // tracing): every tensor type becomes unranked with unknown dtype.
  bool ignoreExistingTensorShapesAndDtypes = false;
};

} // namespace torch_mlir_importer

#endif // TORCH_MLIR_JIT_IR_IMPORTER_IMPORT_OPTIONS_H
