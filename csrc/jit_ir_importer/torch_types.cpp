//===- torch_types.cpp - TorchScript types and tensors to MLIR -----------===//

#include "jit_ir_importer/torch_types.h"
#include "jit_ir_importer/import_error.h"

#include <ATen/ATen.h>
#include <c10/core/ScalarType.h>
#include <c10/core/impl/COW.h>

#include <algorithm>
#include <sstream>

namespace torch_mlir_importer {

namespace {
constexpr const char *kLinearParamsClass =
    "__torch__.torch.classes.quantized.LinearPackedParamsBase";
constexpr const char *kCustomClassPrefix = "__torch__.torch.classes.";

// Owns the private copy of a tensor that a dense_resource blob points into;
// freed by MLIR when the blob is released with its context.
void releaseTensorBlob(void *userData, const void *, size_t, size_t) {
  delete static_cast<at::Tensor *>(userData);
}

// The data of a dense_resource blob: contiguous CPU values that later
// in-place updates of the user's tensor do not reach, that stay valid after
// the user drops the tensor, and that are never written through.
//
// A contiguous CPU tensor is cloned copy-on-write (`at::_lazy_clone`): the
// blob shares the bytes, and the first write to either side through torch
// (an in-place op, an optimizer step, `.data.copy_`, a later `.numpy()` or
// `data_ptr()`) gives the writer its own copy. Importing BERT-base's 340 MB
// of weights thus copies nothing. Storage that torch does not own outright
// (`torch.from_numpy`, memory-mapped or shared-memory tensors) can be
// written behind torch's back, so it is copied eagerly, as is data that has
// to be moved or made contiguous anyway. What copy-on-write cannot see is a
// raw alias taken before the import (a numpy array from `.numpy()`, DLPack)
// and written through afterwards; such writes bypass torch and would reach
// the blob, as they would reach the tensor itself.
at::Tensor privateContiguousCopy(const at::Tensor &tensor) {
  at::Tensor data = tensor.detach();
  if (!data.device().is_cpu() || !data.is_contiguous())
    return data.to(at::kCPU).contiguous(); // A new tensor nobody else holds.
  const c10::StorageImpl &storage = *data.storage().unsafeGetStorageImpl();
  if (c10::impl::cow::has_simple_data_ptr(storage) ||
      c10::impl::cow::is_cow_data_ptr(storage.data_ptr()))
    return at::_lazy_clone(data);
  return data.clone(at::MemoryFormat::Contiguous);
}
} // namespace

MlirType TypeMapper::mapScalarType(c10::ScalarType scalarType) {
  auto key = static_cast<int>(scalarType);
  auto it = scalarTypeCache.find(key);
  if (it != scalarTypeCache.end())
    return it->second;
  MlirType type;
  switch (scalarType) {
  case c10::ScalarType::Byte:
    type = mlirIntegerTypeUnsignedGet(context, 8);
    break;
  case c10::ScalarType::Char:
    type = mlirIntegerTypeSignedGet(context, 8);
    break;
  case c10::ScalarType::Short:
    type = mlirIntegerTypeSignedGet(context, 16);
    break;
  case c10::ScalarType::Int:
    type = mlirIntegerTypeSignedGet(context, 32);
    break;
  case c10::ScalarType::Long:
    type = mlirIntegerTypeSignedGet(context, 64);
    break;
  case c10::ScalarType::Bool:
    type = mlirIntegerTypeGet(context, 1);
    break;
  case c10::ScalarType::Double:
    type = mlirF64TypeGet(context);
    break;
  case c10::ScalarType::Float:
    type = mlirF32TypeGet(context);
    break;
  case c10::ScalarType::BFloat16:
    type = mlirBF16TypeGet(context);
    break;
  case c10::ScalarType::Half:
    type = mlirF16TypeGet(context);
    break;
  case c10::ScalarType::Float8_e5m2:
    type = mlirFloat8E5M2TypeGet(context);
    break;
  case c10::ScalarType::Float8_e4m3fn:
    type = mlirFloat8E4M3FNTypeGet(context);
    break;
  case c10::ScalarType::Float8_e5m2fnuz:
    type = mlirFloat8E5M2FNUZTypeGet(context);
    break;
  case c10::ScalarType::Float8_e4m3fnuz:
    type = mlirFloat8E4M3FNUZTypeGet(context);
    break;
  case c10::ScalarType::QInt8:
    type = torchMlirTorchQInt8TypeGet(context);
    break;
  case c10::ScalarType::QUInt8:
    type = torchMlirTorchQUInt8TypeGet(context);
    break;
  case c10::ScalarType::ComplexHalf:
    type = mlirComplexTypeGet(mlirF16TypeGet(context));
    break;
  case c10::ScalarType::ComplexFloat:
    type = mlirComplexTypeGet(mlirF32TypeGet(context));
    break;
  case c10::ScalarType::ComplexDouble:
    type = mlirComplexTypeGet(mlirF64TypeGet(context));
    break;
  default:
    throwValueError(std::string("unsupported PyTorch scalar type: ") +
                    c10::toString(scalarType));
  }
  scalarTypeCache.emplace(key, type);
  return type;
}

MlirType
TypeMapper::getTensorType(bool valueSemantics,
                          const std::optional<std::vector<int64_t>> &sizes,
                          std::optional<c10::ScalarType> dtype) {
  auto key = std::make_tuple(valueSemantics, sizes,
                             dtype ? static_cast<int>(*dtype) : -1);
  auto it = tensorTypeCache.find(key);
  if (it != tensorTypeCache.end())
    return it->second;
  MlirType elementType = dtype ? mapScalarType(*dtype) : MlirType{nullptr};
  intptr_t rank = sizes ? static_cast<intptr_t>(sizes->size()) : -1;
  const int64_t *data = sizes ? sizes->data() : nullptr;
  MlirType type =
      valueSemantics
          ? torchMlirTorchValueTensorTypeGet(context, rank, data, elementType)
          : torchMlirTorchNonValueTensorTypeGet(context, rank, data,
                                                elementType);
  tensorTypeCache.emplace(std::move(key), type);
  return type;
}

MlirType TypeMapper::mapTensorType(const c10::TensorType &type) {
  bool valueSemantics = options.assumeTensorsHaveValueSemantics;
  if (options.ignoreExistingTensorShapesAndDtypes)
    return getTensorType(valueSemantics, std::nullopt, std::nullopt);
  std::optional<std::vector<int64_t>> sizes;
  const c10::VaryingShape<int64_t> &shape = type.sizes();
  if (auto rank = shape.size()) {
    sizes.emplace();
    sizes->reserve(*rank);
    for (size_t i = 0; i < *rank; ++i)
      sizes->push_back(shape[i].value_or(-1));
  }
  return getTensorType(valueSemantics, sizes, type.scalarType());
}

MlirType TypeMapper::valueTensorTypeOf(const c10::TypePtr &type) {
  auto tensorType = type->cast<c10::TensorType>();
  if (!tensorType || options.ignoreExistingTensorShapesAndDtypes)
    return MlirType{nullptr};
  std::optional<c10::ScalarType> dtype = tensorType->scalarType();
  std::optional<size_t> rank = tensorType->sizes().size();
  if (!dtype || !rank)
    return MlirType{nullptr};
  std::vector<int64_t> sizes;
  sizes.reserve(*rank);
  for (size_t i = 0; i < *rank; ++i)
    sizes.push_back(tensorType->sizes()[i].value_or(-1));
  return getTensorType(/*valueSemantics=*/true, sizes, dtype);
}

MlirType TypeMapper::getTensorTypeOfLiteral(const at::Tensor &tensor) {
  std::vector<int64_t> sizes(tensor.sizes().begin(), tensor.sizes().end());
  return getTensorType(options.assumeTensorsHaveValueSemantics, sizes,
                       tensor.scalar_type());
}

MlirType TypeMapper::tryMapType(const c10::TypePtr &type) {
  try {
    return mapType(type);
  } catch (const ImportError &) {
    return MlirType{nullptr};
  }
}

MlirType TypeMapper::mapType(const c10::TypePtr &type) {
  // Tensor types are cached by content in getTensorType; every JIT value
  // carries its own TensorType object, so a pointer cache would not hit.
  if (auto tensorType = type->cast<c10::TensorType>())
    return mapTensorType(*tensorType);
  auto it = typeCache.find(type.get());
  if (it != typeCache.end())
    return it->second.second;
  MlirType mapped = mapTypeImpl(type);
  typeCache.emplace(type.get(), std::make_pair(type, mapped));
  return mapped;
}

MlirType TypeMapper::mapTypeImpl(const c10::TypePtr &type) {
  auto mapAll = [&](c10::ArrayRef<c10::TypePtr> types) {
    std::vector<MlirType> result;
    result.reserve(types.size());
    for (const c10::TypePtr &t : types)
      result.push_back(mapType(t));
    return result;
  };
  switch (type->kind()) {
  case c10::TypeKind::IntType:
  // dtype, layout and memory format values are ints in TorchScript.
  case c10::TypeKind::ScalarTypeType:
  case c10::TypeKind::LayoutType:
  case c10::TypeKind::MemoryFormatType:
    return torchMlirTorchIntTypeGet(context);
  case c10::TypeKind::FloatType:
    return torchMlirTorchFloatTypeGet(context);
  case c10::TypeKind::BoolType:
    return torchMlirTorchBoolTypeGet(context);
  case c10::TypeKind::NumberType:
    return torchMlirTorchNumberTypeGet(context);
  case c10::TypeKind::StringType:
    return torchMlirTorchStringTypeGet(context);
  case c10::TypeKind::NoneType:
    return torchMlirTorchNoneTypeGet(context);
  case c10::TypeKind::AnyType:
    return torchMlirTorchAnyTypeGet(context);
  case c10::TypeKind::DeviceObjType:
    return torchMlirTorchDeviceTypeGet(context);
  case c10::TypeKind::GeneratorType:
    return torchMlirTorchGeneratorTypeGet(context);
  case c10::TypeKind::OptionalType:
    return torchMlirTorchOptionalTypeGet(
        mapType(type->expectRef<c10::OptionalType>().getElementType()));
  case c10::TypeKind::ListType:
    return torchMlirTorchListTypeGet(
        mapType(type->expectRef<c10::ListType>().getElementType()));
  case c10::TypeKind::DictType: {
    const auto &dictType = type->expectRef<c10::DictType>();
    return torchMlirTorchDictTypeGet(mapType(dictType.getKeyType()),
                                     mapType(dictType.getValueType()));
  }
  case c10::TypeKind::TupleType: {
    std::vector<MlirType> elements =
        mapAll(type->expectRef<c10::TupleType>().elements());
    return torchMlirTorchTupleTypeGet(context, elements.size(),
                                      elements.data());
  }
  case c10::TypeKind::UnionType: {
    // The torch dialect has no complex scalar type. A union holding complex
    // (TorchScript's `Scalar`, i.e. Union[int, float, complex], as in the
    // `p` of torch.norm) stands for a number: its numeric members become one
    // `!torch.number`, the others (None, str, ...) stay members.
    c10::ArrayRef<c10::TypePtr> members =
        type->expectRef<c10::UnionType>().containedTypes();
    auto isNumeric = [](const c10::TypePtr &t) {
      c10::TypeKind kind = t->kind();
      return kind == c10::TypeKind::IntType ||
             kind == c10::TypeKind::FloatType ||
             kind == c10::TypeKind::ComplexType ||
             kind == c10::TypeKind::NumberType;
    };
    bool holdsComplex =
        std::any_of(members.begin(), members.end(), [](const c10::TypePtr &t) {
          return t->kind() == c10::TypeKind::ComplexType;
        });
    std::vector<MlirType> elements;
    if (!holdsComplex) {
      elements = mapAll(members);
    } else {
      elements.push_back(torchMlirTorchNumberTypeGet(context));
      for (const c10::TypePtr &member : members)
        if (!isNumeric(member))
          elements.push_back(mapType(member));
      if (elements.size() == 1)
        return elements.front();
    }
    return torchMlirTorchUnionTypeGet(context, elements.size(),
                                      elements.data());
  }
  case c10::TypeKind::ClassType: {
    const auto &classType = type->expectRef<c10::ClassType>();
    auto name = classType.name();
    if (!name)
      throwValueError("cannot import unnamed class type '" + type->str() + "'");
    std::string qualname = name->qualifiedName();
    if (qualname == kLinearParamsClass)
      return torchMlirTorchLinearParamsTypeGet(context);
    if (qualname.rfind(kCustomClassPrefix, 0) == 0)
      throwValueError("unable to map Torch type '" + type->repr_str() +
                      "' to MLIR type: custom classes other than "
                      "LinearPackedParamsBase are not supported");
    return torchMlirTorchNnModuleTypeGet(context, toMlirStringRef(qualname));
  }
  case c10::TypeKind::FunctionType: {
    c10::FunctionType &fnType =
        const_cast<c10::FunctionType &>(type->expectRef<c10::FunctionType>());
    return mapFunctionSchema(fnType.function()->getSchema());
  }
  default:
    throwValueError("unable to map Torch type '" + type->repr_str() +
                    "' to MLIR type");
  }
}

MlirType TypeMapper::mapFunctionSchema(const c10::FunctionSchema &schema) {
  auto mapArgs = [&](const std::vector<c10::Argument> &args) {
    std::vector<MlirType> types;
    types.reserve(args.size());
    for (const c10::Argument &arg : args) {
      MlirType t = tryMapType(arg.type());
      if (mlirTypeIsNull(t))
        throwValueError("unsupported type in function schema: '" +
                        arg.type()->repr_str() + "'");
      types.push_back(t);
    }
    return types;
  };
  std::vector<MlirType> inputs = mapArgs(schema.arguments());
  std::vector<MlirType> results = mapArgs(schema.returns());
  return mlirFunctionTypeGet(context, inputs.size(), inputs.data(),
                             results.size(), results.data());
}

MlirType TypeMapper::literalElementType(c10::ScalarType scalarType) {
  switch (scalarType) {
  case c10::ScalarType::QInt8:
    return mlirIntegerTypeSignedGet(context, 8);
  case c10::ScalarType::QUInt8:
    return mlirIntegerTypeUnsignedGet(context, 8);
  default:
    return mapScalarType(scalarType);
  }
}

MlirAttribute TypeMapper::tensorToElementsAttr(const at::Tensor &tensor,
                                               const std::string &nameHint) {
  if (tensor.is_sparse() || tensor.layout() != c10::kStrided) {
    // Streamed: c10::toString(Layout) would pick the TensorOptions overload.
    std::ostringstream layout;
    layout << tensor.layout();
    throwValueError("Unsupported import tensor type: tensors with layout " +
                    layout.str() + " cannot be imported as literals");
  }
  if (tensor.is_nested())
    throwValueError("Unsupported import tensor type: nested tensors cannot be "
                    "imported as literals");
  if (tensor.is_meta())
    throwValueError("Unsupported import tensor type: meta tensors have no data "
                    "to import");
  c10::ScalarType scalarType = tensor.scalar_type();
  MlirType elementType = literalElementType(scalarType);
  std::vector<int64_t> shape(tensor.sizes().begin(), tensor.sizes().end());
  MlirType shapedType = mlirRankedTensorTypeGet(
      shape.size(), shape.data(), elementType, mlirAttributeGetNull());

  // A conjugate or negative view shares its (unconjugated, unnegated)
  // storage with its base; materialize the values it stands for.
  at::Tensor data = tensor.resolve_conj().resolve_neg();
  if (data.is_quantized())
    data = data.int_repr();
  int64_t numBytes = data.numel() * data.element_size();

  if (scalarType == c10::ScalarType::Bool) {
    // DenseElementsAttr stores i1 bit-packed; go through the bool builder.
    at::Tensor bytes = data.to(at::kCPU).contiguous().to(at::kInt);
    return mlirDenseElementsAttrBoolGet(shapedType, bytes.numel(),
                                        bytes.const_data_ptr<int32_t>());
  }
  // Only const accessors below: a mutable access to a copy-on-write storage
  // (one that an earlier import shares) would materialize a copy of it.
  if (numBytes <= kMaxDenseLiteralBytes) {
    at::Tensor contiguous = data.to(at::kCPU).contiguous();
    return mlirDenseElementsAttrRawBufferGet(shapedType, numBytes,
                                             contiguous.const_data_ptr());
  }
  auto *owned = new at::Tensor(privateContiguousCopy(data));
  return mlirUnmanagedDenseResourceElementsAttrGet(
      shapedType, toMlirStringRef(nameHint.empty() ? "tensor" : nameHint),
      // The C API takes `void *`; with dataIsMutable=false MLIR never
      // writes through it (and a mutable access would un-share the bytes).
      const_cast<void *>(owned->const_data_ptr()), numBytes,
      /*dataAlignment=*/owned->element_size(),
      /*dataIsMutable=*/false, releaseTensorBlob, owned);
}

} // namespace torch_mlir_importer
