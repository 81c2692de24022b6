//===- torch_types.h - TorchScript types and tensors to MLIR -------------===//
//
// TypeMapper converts c10 types and dtypes to torch-dialect MLIR types, with
// caches so that hot loops over nodes do not rebuild the same types. It also
// turns at::Tensor values into tensor literal attributes: small tensors as
// `dense<...>`, large ones as `dense_resource` blobs that own a private copy of
// the data (so the user can neither free nor mutate what the IR refers to).
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_MLIR_JIT_IR_IMPORTER_TORCH_TYPES_H
#define TORCH_MLIR_JIT_IR_IMPORTER_TORCH_TYPES_H

#include "jit_ir_importer/import_options.h"
#include "jit_ir_importer/mlir_utils.h"

#include <ATen/core/Tensor.h>
#include <ATen/core/class_type.h>
#include <ATen/core/function.h>
#include <ATen/core/function_schema.h>
#include <ATen/core/jit_type.h>

#include <map>
#include <optional>
#include <unordered_map>

namespace torch_mlir_importer {

/// Tensors of at most this many bytes become `dense<...>` literals; larger
/// ones become `dense_resource` blobs.
constexpr int64_t kMaxDenseLiteralBytes = 4096;

class TypeMapper {
public:
  TypeMapper(MlirContext context, const ImportOptions &options)
      : context(context), options(options) {}

  MlirContext getContext() const { return context; }
  const ImportOptions &getOptions() const { return options; }

  /// The torch-dialect type for a TorchScript type. Throws ImportError
  /// ("unable to map Torch type '<t>' to MLIR type") when there is none.
  MlirType mapType(const c10::TypePtr &type);

  /// Like mapType, but returns a null type instead of throwing.
  MlirType tryMapType(const c10::TypePtr &type);

  /// The MLIR element type of a dtype inside a torch tensor type
  /// (si64, f32, !torch.qint8, complex<f32>, ...). Throws ImportError
  /// ("unsupported PyTorch scalar type: <Name>").
  MlirType mapScalarType(c10::ScalarType scalarType);

  /// A torch tensor type with optional sizes (-1 = unknown dim) and dtype.
  MlirType getTensorType(bool valueSemantics,
                         const std::optional<std::vector<int64_t>> &sizes,
                         std::optional<c10::ScalarType> dtype);

  /// The value-semantic tensor type (!torch.vtensor) of a TorchScript tensor
  /// type that has a rank and a dtype; a null type for any other type, and
  /// when the import ignores existing shapes and dtypes.
  MlirType valueTensorTypeOf(const c10::TypePtr &type);

  /// The tensor type a tensor of this shape/dtype gets, honouring
  /// assumeTensorsHaveValueSemantics (but never dropping the known shape).
  MlirType getTensorTypeOfLiteral(const at::Tensor &tensor);

  /// The MLIR function type of a schema: argument types to return types.
  /// Throws ImportError ValueError("unsupported type in function schema:
  /// '<t>'") for an unmappable type.
  MlirType mapFunctionSchema(const c10::FunctionSchema &schema);

  /// A tensor literal attribute holding the (contiguous, CPU) data of
  /// `tensor`. `nameHint` names the resource blob of large tensors.
  MlirAttribute tensorToElementsAttr(const at::Tensor &tensor,
                                     const std::string &nameHint);

private:
  MlirType mapTypeImpl(const c10::TypePtr &type);
  MlirType mapTensorType(const c10::TensorType &type);
  // The builtin element type used inside a literal's builtin tensor type.
  MlirType literalElementType(c10::ScalarType scalarType);

  MlirContext context;
  ImportOptions options;
  // Keyed by the type object; the TypePtr keeps the key alive.
  std::unordered_map<const c10::Type *, std::pair<c10::TypePtr, MlirType>>
      typeCache;
  std::map<std::tuple<bool, std::optional<std::vector<int64_t>>, int>, MlirType>
      tensorTypeCache;
  std::unordered_map<int, MlirType> scalarTypeCache;
};

} // namespace torch_mlir_importer

#endif // TORCH_MLIR_JIT_IR_IMPORTER_TORCH_TYPES_H
