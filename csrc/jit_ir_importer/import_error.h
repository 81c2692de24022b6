//===- import_error.h - Errors raised by the importer --------------------===//
//
// The importer never aborts on bad input: it throws an ImportError, which the
// Python layer translates (in one place) into the Python exception class named
// by `kind`. Messages name the construct and, where known, its source location.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_MLIR_JIT_IR_IMPORTER_IMPORT_ERROR_H
#define TORCH_MLIR_JIT_IR_IMPORTER_IMPORT_ERROR_H

#include <stdexcept>
#include <string>

namespace torch_mlir_importer {

class ImportError : public std::runtime_error {
public:
  enum class Kind { Value, Type, Runtime };
  ImportError(Kind kind, const std::string &message)
      : std::runtime_error(message), kind(kind) {}
  Kind getKind() const { return kind; }

private:
  Kind kind;
};

[[noreturn]] inline void throwValueError(const std::string &message) {
  throw ImportError(ImportError::Kind::Value, message);
}
[[noreturn]] inline void throwTypeError(const std::string &message) {
  throw ImportError(ImportError::Kind::Type, message);
}
[[noreturn]] inline void throwRuntimeError(const std::string &message) {
  throw ImportError(ImportError::Kind::Runtime, message);
}

} // namespace torch_mlir_importer

#endif // TORCH_MLIR_JIT_IR_IMPORTER_IMPORT_ERROR_H
