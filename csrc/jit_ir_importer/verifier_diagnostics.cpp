//===- verifier_diagnostics.cpp - Verify an op, capturing diagnostics -----===//

#include "jit_ir_importer/verifier_diagnostics.h"

#include "mlir-c/Diagnostics.h"
#include "mlir-c/Support.h"

namespace torch_mlir_importer {

std::string verifyCapturingDiagnostics(MlirContext context, MlirOperation op) {
  std::string captured;
  auto capture = [](MlirDiagnostic diagnostic, void *userData) {
    auto &out = *static_cast<std::string *>(userData);
    auto append = [](MlirStringRef part, void *data) {
      static_cast<std::string *>(data)->append(part.data, part.length);
    };
    out += "  ";
    mlirLocationPrint(mlirDiagnosticGetLocation(diagnostic), append, &out);
    out += ": ";
    mlirDiagnosticPrint(diagnostic, append, &out);
    out += "\n";
    return mlirLogicalResultSuccess();
  };
  MlirDiagnosticHandlerID handler =
      mlirContextAttachDiagnosticHandler(context, capture, &captured, nullptr);
  bool valid = mlirOperationVerify(op);
  mlirContextDetachDiagnosticHandler(context, handler);
  if (!valid && captured.empty())
    captured = "  (the verifier gave no diagnostics)\n";
  return valid ? std::string() : captured;
}

} // namespace torch_mlir_importer
