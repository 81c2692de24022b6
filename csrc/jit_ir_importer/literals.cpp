//===- literals.cpp - Constants and tensor literals -----------------------===//

#include "jit_ir_importer/literals.h"
#include "jit_ir_importer/import_error.h"

#include <ATen/ATen.h>
#include <ATen/quantized/Quantizer.h>

#include <sstream>

namespace torch_mlir_importer {

MlirValue emitPrimitiveConstant(TypeMapper &types, MlirBlock block,
                                MlirLocation loc, const c10::IValue &value) {
  MlirContext context = types.getContext();
  auto create = [&](const char *name, MlirType type,
                    std::optional<MlirAttribute> attr) {
    std::vector<MlirNamedAttribute> attrs;
    if (attr)
      attrs.push_back(toMlirNamedAttribute("value", *attr));
    MlirOperation op =
        createMlirOperationAtEnd(block, name, loc, {type}, {}, attrs);
    return mlirOperationGetResult(op, 0);
  };
  if (value.isNone())
    return create("torch.constant.none", torchMlirTorchNoneTypeGet(context),
                  std::nullopt);
  if (value.isBool())
    return create("torch.constant.bool", torchMlirTorchBoolTypeGet(context),
                  mlirBoolAttrGet(context, value.toBool()));
  if (value.isInt())
    return create(
        "torch.constant.int", torchMlirTorchIntTypeGet(context),
        mlirIntegerAttrGet(mlirIntegerTypeGet(context, 64), value.toInt()));
  if (value.isDouble())
    return create("torch.constant.float", torchMlirTorchFloatTypeGet(context),
                  mlirFloatAttrDoubleGet(context, mlirF64TypeGet(context),
                                         value.toDouble()));
  if (value.isString())
    return create("torch.constant.str", torchMlirTorchStringTypeGet(context),
                  stringAttr(context, value.toStringRef()));
  if (value.isDevice())
    return create("torch.constant.device", torchMlirTorchDeviceTypeGet(context),
                  stringAttr(context, value.toDevice().str()));
  return MlirValue{nullptr};
}

MlirValue emitTensorLiteral(TypeMapper &types, MlirBlock block,
                            MlirLocation loc, const at::Tensor &tensor,
                            const std::string &nameHint,
                            const PrimitiveFn &primitive) {
  bool valueSemantics = types.getOptions().assumeTensorsHaveValueSemantics;
  const char *literalOp =
      valueSemantics ? "torch.vtensor.literal" : "torch.tensor.literal";
  // No tensor.sizes() before tensorToElementsAttr has rejected tensors
  // without dense data: nested tensors throw on sizes().
  if (!tensor.is_quantized()) {
    MlirAttribute elements = types.tensorToElementsAttr(tensor, nameHint);
    MlirOperation op = createMlirOperationAtEnd(
        block, literalOp, loc, {types.getTensorTypeOfLiteral(tensor)}, {},
        {toMlirNamedAttribute("value", elements)});
    return mlirOperationGetResult(op, 0);
  }

  if (tensor.qscheme() != c10::kPerTensorAffine) {
    std::ostringstream os;
    os << "Unsupported quantization scheme '" << c10::toString(tensor.qscheme())
       << "' for tensor: " << tensor.toString() << " of shape "
       << tensor.sizes();
    throwValueError(os.str());
  }
  // The integer representation, then scale and zero point.
  at::Tensor intRepr = tensor.int_repr();
  MlirAttribute elements = types.tensorToElementsAttr(intRepr, nameHint);
  MlirOperation reprOp = createMlirOperationAtEnd(
      block, literalOp, loc, {types.getTensorTypeOfLiteral(intRepr)}, {},
      {toMlirNamedAttribute("value", elements)});
  auto primitiveValue = [&](const c10::IValue &value) {
    return primitive ? primitive(value)
                     : emitPrimitiveConstant(types, block, loc, value);
  };
  MlirValue scale = primitiveValue(c10::IValue(tensor.q_scale()));
  MlirValue zeroPoint = primitiveValue(c10::IValue(tensor.q_zero_point()));
  std::vector<int64_t> sizes(tensor.sizes().begin(), tensor.sizes().end());
  MlirType quantizedType =
      types.getTensorType(valueSemantics, sizes, tensor.scalar_type());
  MlirOperation create = createMlirOperationAtEnd(
      block, "torch.per_tensor_affine.create", loc, {quantizedType},
      {mlirOperationGetResult(reprOp, 0), scale, zeroPoint}, {});
  return mlirOperationGetResult(create, 0);
}

} // namespace torch_mlir_importer
