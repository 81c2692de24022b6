//===- mlir_utils.cpp - Small helpers over the MLIR C API -----------------===//

#include "jit_ir_importer/mlir_utils.h"

namespace torch_mlir_importer {

MlirOperation createMlirOperation(const std::string &name, MlirLocation loc,
                                  const std::vector<MlirType> &resultTypes,
                                  const std::vector<MlirValue> &operands,
                                  const std::vector<MlirNamedAttribute> &attrs,
                                  int numRegions) {
  MlirOperationState state = mlirOperationStateGet(toMlirStringRef(name), loc);
  if (!resultTypes.empty())
    mlirOperationStateAddResults(&state, resultTypes.size(),
                                 resultTypes.data());
  if (!operands.empty())
    mlirOperationStateAddOperands(&state, operands.size(), operands.data());
  if (!attrs.empty())
    mlirOperationStateAddAttributes(&state, attrs.size(), attrs.data());
  if (numRegions > 0) {
    std::vector<MlirRegion> regions;
    for (int i = 0; i < numRegions; ++i)
      regions.push_back(mlirRegionCreate());
    mlirOperationStateAddOwnedRegions(&state, regions.size(), regions.data());
  }
  return mlirOperationCreate(&state);
}

MlirOperation createMlirOperationAtEnd(
    MlirBlock block, const std::string &name, MlirLocation loc,
    const std::vector<MlirType> &resultTypes,
    const std::vector<MlirValue> &operands,
    const std::vector<MlirNamedAttribute> &attrs, int numRegions) {
  MlirOperation op =
      createMlirOperation(name, loc, resultTypes, operands, attrs, numRegions);
  mlirBlockAppendOwnedOperation(block, op);
  return op;
}

MlirBlock appendBlockToRegion(MlirRegion region,
                              const std::vector<MlirType> &argTypes,
                              MlirLocation loc) {
  std::vector<MlirLocation> locs(argTypes.size(), loc);
  MlirBlock block =
      mlirBlockCreate(argTypes.size(), argTypes.data(), locs.data());
  mlirRegionAppendOwnedBlock(region, block);
  return block;
}

static void appendToString(MlirStringRef part, void *userData) {
  static_cast<std::string *>(userData)->append(part.data, part.length);
}

std::string mlirTypeToString(MlirType type) {
  std::string s;
  mlirTypePrint(type, appendToString, &s);
  return s;
}

} // namespace torch_mlir_importer
