//===- verifier_diagnostics.h - Verify an op, capturing diagnostics -------===//
//
// The MLIR verifier reports through the context's diagnostic handlers, which
// by default print to stderr. The importer turns verifier findings into an
// exception instead, so it captures them as text while it verifies.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_MLIR_JIT_IR_IMPORTER_VERIFIER_DIAGNOSTICS_H
#define TORCH_MLIR_JIT_IR_IMPORTER_VERIFIER_DIAGNOSTICS_H

#include "mlir-c/IR.h"

#include <string>

namespace torch_mlir_importer {

/// Verifies `op`; returns its diagnostics ("<location>: <message>" lines), or
/// an empty string when it is valid. The diagnostics are captured, not
/// printed: the caller turns them into an exception.
std::string verifyCapturingDiagnostics(MlirContext context, MlirOperation op);

} // namespace torch_mlir_importer

#endif // TORCH_MLIR_JIT_IR_IMPORTER_VERIFIER_DIAGNOSTICS_H
