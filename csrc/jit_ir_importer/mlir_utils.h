//===- mlir_utils.h - Small helpers over the MLIR C API -------------------===//
//
// MLIR C handles are plain values; these helpers wrap the few patterns the
// importer repeats (create an op from name + operands + results + attributes,
// make a named attribute, append to a block) so that each emitter reads as one
// line per op. Also declares the torch-mlir C API entry points exported by the
// core wheel's libTorchMLIRAggregateCAPI.so, which ships no headers.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_MLIR_JIT_IR_IMPORTER_MLIR_UTILS_H
#define TORCH_MLIR_JIT_IR_IMPORTER_MLIR_UTILS_H

#include "mlir-c/BuiltinAttributes.h"
#include "mlir-c/BuiltinTypes.h"
#include "mlir-c/Diagnostics.h"
#include "mlir-c/IR.h"

#include <cstdint>
#include <string>
#include <vector>

extern "C" {
// Dialect registration (torch-mlir-c/Registration.h).
MlirDialectHandle mlirGetDialectHandle__torch__();
void torchMlirRegisterAllDialects(MlirContext context);

// Static information adjustment (torch-mlir-c/Transforms.h). Returns a null
// value when no adjustment between the two types exists.
MlirValue torchMlirAdjustStaticInformation(MlirBlock block,
                                           MlirOperation insertBefore,
                                           MlirValue value,
                                           MlirType desiredType,
                                           bool userAllowsRefinement);

// Torch dialect types (torch-mlir-c/TorchTypes.h).
MlirType torchMlirTorchNnModuleTypeGet(MlirContext context,
                                       MlirStringRef className);
MlirType torchMlirTorchOptionalTypeGet(MlirType containedType);
MlirType torchMlirTorchTupleTypeGet(MlirContext context,
                                    intptr_t numContainedTypes,
                                    MlirType const *containedTypes);
MlirType torchMlirTorchUnionTypeGet(MlirContext context,
                                    intptr_t numContainedTypes,
                                    MlirType const *containedTypes);
MlirType torchMlirTorchListTypeGet(MlirType containedType);
MlirType torchMlirTorchDictTypeGet(MlirType keyType, MlirType valueType);
MlirType torchMlirTorchDeviceTypeGet(MlirContext context);
MlirType torchMlirTorchGeneratorTypeGet(MlirContext context);
MlirType torchMlirTorchBoolTypeGet(MlirContext context);
MlirType torchMlirTorchIntTypeGet(MlirContext context);
MlirType torchMlirTorchFloatTypeGet(MlirContext context);
MlirType torchMlirTorchLinearParamsTypeGet(MlirContext context);
MlirType torchMlirTorchQInt8TypeGet(MlirContext context);
MlirType torchMlirTorchQUInt8TypeGet(MlirContext context);
MlirType torchMlirTorchQInt16TypeGet(MlirContext context);
MlirType torchMlirTorchNoneTypeGet(MlirContext context);
MlirType torchMlirTorchStringTypeGet(MlirContext context);
MlirType torchMlirTorchAnyTypeGet(MlirContext context);
MlirType torchMlirTorchNumberTypeGet(MlirContext context);
MlirType torchMlirTorchNonValueTensorTypeGet(MlirContext context,
                                             intptr_t numSizes,
                                             const int64_t *optionalSizes,
                                             MlirType optionalDtype);
MlirType torchMlirTorchValueTensorTypeGet(MlirContext context,
                                          intptr_t numSizes,
                                          const int64_t *optionalSizes,
                                          MlirType optionalDtype);
}

namespace torch_mlir_importer {

inline MlirStringRef toMlirStringRef(const std::string &s) {
  return mlirStringRefCreate(s.data(), s.size());
}
inline MlirStringRef toMlirStringRef(const char *s) {
  return mlirStringRefCreateFromCString(s);
}

inline MlirNamedAttribute toMlirNamedAttribute(const char *name,
                                               MlirAttribute attr) {
  MlirContext context = mlirAttributeGetContext(attr);
  return mlirNamedAttributeGet(
      mlirIdentifierGet(context, toMlirStringRef(name)), attr);
}

inline MlirAttribute stringAttr(MlirContext context, const std::string &s) {
  return mlirStringAttrGet(context, toMlirStringRef(s));
}

/// Creates (but does not insert) an operation. Regions are created empty and
/// owned by the operation.
MlirOperation createMlirOperation(const std::string &name, MlirLocation loc,
                                  const std::vector<MlirType> &resultTypes,
                                  const std::vector<MlirValue> &operands,
                                  const std::vector<MlirNamedAttribute> &attrs,
                                  int numRegions = 0);

/// Creates an operation and appends it to the end of `block`.
MlirOperation createMlirOperationAtEnd(
    MlirBlock block, const std::string &name, MlirLocation loc,
    const std::vector<MlirType> &resultTypes,
    const std::vector<MlirValue> &operands,
    const std::vector<MlirNamedAttribute> &attrs, int numRegions = 0);

/// Appends a fresh block with the given argument types to `region`.
MlirBlock appendBlockToRegion(MlirRegion region,
                              const std::vector<MlirType> &argTypes,
                              MlirLocation loc);

/// The textual form of a type, for messages.
std::string mlirTypeToString(MlirType type);

} // namespace torch_mlir_importer

#endif // TORCH_MLIR_JIT_IR_IMPORTER_MLIR_UTILS_H
