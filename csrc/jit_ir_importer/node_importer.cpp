//===- node_importer.cpp - TorchScript blocks to torch dialect ------------===//
//
// Walks a torch::jit::Block node by node. Nodes with a schema become
// `torch.<ns>.<name>[.<overload>]` (or `torch.operator` when the torch dialect
// does not register that op); schema-less prim nodes (control flow,
// containers, attributes, calls, constants) have dedicated emitters. Where
// a value's type differs from the type its user expects, the value goes
// through torchMlirAdjustStaticInformation (static info cast / derefine /
// unchecked cast).
//
//===----------------------------------------------------------------------===//

#include "jit_ir_importer/node_importer.h"
#include "jit_ir_importer/import_error.h"
#include "jit_ir_importer/literals.h"
#include "jit_ir_importer/node_location.h"

#include <torch/csrc/jit/ir/constants.h>

#include <sstream>
#include <unordered_map>

namespace torch_mlir_importer {
using torch::jit::Block;
using torch::jit::Node;
using torch::jit::Value;

namespace {

/// An ImportError that already names the node it happened in; outer nodes
/// (an If around the failing node) pass it through unchanged.
class NodeImportError : public ImportError {
public:
  using ImportError::ImportError;
};

/// JIT graphs can be written by hand (torch._C.parse_ir) and need not be well
/// formed; emitters check what they index instead of trusting the shape.
void requireWellFormed(bool condition, const char *what) {
  if (!condition)
    throwRuntimeError(std::string("malformed graph: ") + what);
}

std::string firstLine(const std::string &s) {
  return s.substr(0, s.find('\n'));
}

std::string nodeToString(Node *node) {
  std::ostringstream os;
  os << *node;
  std::string text = firstLine(os.str());
  // Drop the trailing " # file.py:12:3" source comment; we print the location
  // ourselves.
  auto comment = text.find(" # ");
  if (comment != std::string::npos)
    text = text.substr(0, comment);
  return text;
}

// The outputs of a prim::If or prim::Loop that cross its region boundary as
// value tensors (see NodeImporter::valueBoundaryTypes).
const c10::Symbol kValueResults = c10::Symbol::attr("torch_mlir_value_results");

// A check the preparation step makes of `if bad: raise ...`
// (torch_mlir/prepare/checks.py): torch.runtime.assert.
const c10::Symbol kRuntimeAssert =
    c10::Symbol::fromQualString("torch_mlir_prepare::runtime_assert");

/// Calls to this helper (used by dtype functions) become
/// `torch.promote_dtypes` instead of a call.
constexpr const char *kPromoteDtypesName =
    "__torch_mlir_internal_promote_dtypes";

/// Whether a function-typed constant needs a func.constant: not when it is
/// dead (as inlining leaves them) or only called as the promote-dtypes helper
/// (the call becomes torch.promote_dtypes, which takes no callee). A
/// func.constant there would name a function nobody imports, and the module
/// would not verify.
bool needsFunctionConstant(Value *function) {
  if (!function->hasUses())
    return false;
  for (const torch::jit::Use &use : function->uses())
    if (use.user->kind() != c10::prim::CallFunction || use.offset != 0)
      return true;
  auto fnType = function->type()->cast<c10::FunctionType>();
  return !fnType || fnType->function()->qualname().name() != kPromoteDtypesName;
}

class NodeImporter {
public:
  explicit NodeImporter(TypeMapper &types)
      : types(types), context(types.getContext()) {}

  void mapValue(Value *jitValue, MlirValue value) {
    valueMap[jitValue] = value;
  }

  MlirValue lookup(Value *jitValue) {
    auto it = valueMap.find(jitValue);
    if (it == valueMap.end())
      throwRuntimeError("internal error: value %" + jitValue->debugName() +
                        " used before it was imported");
    return it->second;
  }

  std::vector<MlirValue> lookupAll(c10::ArrayRef<Value *> values) {
    std::vector<MlirValue> result;
    result.reserve(values.size());
    for (Value *v : values)
      result.push_back(lookup(v));
    return result;
  }

  std::vector<MlirType> mapTypes(c10::ArrayRef<Value *> values) {
    std::vector<MlirType> result;
    result.reserve(values.size());
    for (Value *v : values)
      result.push_back(types.mapType(v->type()));
    return result;
  }

  /// Makes `value` have `desiredType`, inserting a cast at the end of `block`.
  MlirValue adjust(MlirBlock block, MlirValue value, MlirType desiredType,
                   bool userAllowsRefinement, MlirLocation loc) {
    MlirType valueType = mlirValueGetType(value);
    if (mlirTypeEqual(valueType, desiredType))
      return value;
    MlirValue adjusted =
        torchMlirAdjustStaticInformation(block, MlirOperation{nullptr}, value,
                                         desiredType, userAllowsRefinement);
    if (mlirValueIsNull(adjusted)) {
      std::string message = "unhandled: could not adjust static info for type "
                            "from " +
                            mlirTypeToString(valueType) + " to type " +
                            mlirTypeToString(desiredType);
      mlirEmitError(loc, message.c_str());
      throwRuntimeError(message);
    }
    return adjusted;
  }

  std::vector<MlirValue> adjustAll(MlirBlock block,
                                   const std::vector<MlirValue> &values,
                                   const std::vector<MlirType> &desiredTypes,
                                   bool userAllowsRefinement,
                                   MlirLocation loc) {
    if (values.size() != desiredTypes.size())
      throwRuntimeError("malformed graph: " + std::to_string(values.size()) +
                        " values where " + std::to_string(desiredTypes.size()) +
                        " are expected");
    std::vector<MlirValue> result;
    result.reserve(values.size());
    for (size_t i = 0; i < values.size(); ++i)
      result.push_back(
          adjust(block, values[i], desiredTypes[i], userAllowsRefinement, loc));
    return result;
  }

  /// Maps the block's inputs to `blockArgs`, casting where the JIT input type
  /// is more precise than the argument type. `valueTypes[i]`, when not null,
  /// is the value tensor type of argument i + 1 (a loop body's carried values
  /// after the trip counter): it becomes a `tensorTypes[i]` again here.
  void mapBlockInputs(Block *jitBlock, MlirBlock block,
                      const std::vector<MlirType> &tensorTypes = {},
                      const std::vector<MlirType> &valueTypes = {}) {
    requireWellFormed(static_cast<intptr_t>(jitBlock->inputs().size()) ==
                          mlirBlockGetNumArguments(block),
                      "a block with the wrong number of arguments");
    MlirLocation loc = getMlirLocationFromNode(context, jitBlock->param_node());
    for (size_t i = 0; i < jitBlock->inputs().size(); ++i) {
      Value *input = jitBlock->inputs()[i];
      MlirValue arg = mlirBlockGetArgument(block, i);
      if (i >= 1 && i - 1 < valueTypes.size() &&
          !mlirTypeIsNull(valueTypes[i - 1]))
        arg = toTensor(block, arg, tensorTypes[i - 1], loc);
      mapValue(input, adjust(block, arg, types.mapType(input->type()),
                             /*userAllowsRefinement=*/false, loc));
    }
  }

  /// For each output of `node` (a prim::If or prim::Loop): the value tensor
  /// type it crosses the region boundary as, or null. The preparation step
  /// marks the outputs (attribute `torch_mlir_value_results`) whose tensors
  /// no op mutates and whose rank and dtype it proved; the core's
  /// value-semantics pass stops at block arguments and region results, so
  /// the importer puts the copies to and from value tensors on both sides.
  std::vector<MlirType> valueBoundaryTypes(Node *node) {
    std::vector<MlirType> result(node->outputs().size(), MlirType{nullptr});
    if (!node->hasAttribute(kValueResults))
      return result;
    for (int64_t index : node->is(kValueResults)) {
      requireWellFormed(index >= 0 &&
                            static_cast<size_t>(index) < node->outputs().size(),
                        "a value-result index out of range");
      result[index] = types.valueTensorTypeOf(node->outputs()[index]->type());
    }
    return result;
  }

  static std::vector<MlirType>
  boundaryTypes(const std::vector<MlirType> &resultTypes,
                const std::vector<MlirType> &valueTypes) {
    std::vector<MlirType> result = resultTypes;
    for (size_t i = 0; i < result.size() && i < valueTypes.size(); ++i)
      if (!mlirTypeIsNull(valueTypes[i]))
        result[i] = valueTypes[i];
    return result;
  }

  /// `values` with those that have a value type copied to value tensors.
  std::vector<MlirValue> toValues(MlirBlock block,
                                  std::vector<MlirValue> values,
                                  const std::vector<MlirType> &valueTypes,
                                  MlirLocation loc) {
    for (size_t i = 0; i < values.size() && i < valueTypes.size(); ++i) {
      if (mlirTypeIsNull(valueTypes[i]))
        continue;
      MlirOperation copy =
          createMlirOperationAtEnd(block, "torch.copy.to_vtensor", loc,
                                   {valueTypes[i]}, {values[i]}, {});
      values[i] = mlirOperationGetResult(copy, 0);
    }
    return values;
  }

  MlirValue toTensor(MlirBlock block, MlirValue value, MlirType tensorType,
                     MlirLocation loc) {
    MlirOperation copy = createMlirOperationAtEnd(
        block, "torch.copy.to_tensor", loc, {tensorType}, {value}, {});
    return mlirOperationGetResult(copy, 0);
  }

  /// Maps the outputs of `node` to the results of `op`, copying those that
  /// crossed the boundary as value tensors back to tensors after `op`.
  void mapBoundaryResults(Node *node, MlirOperation op, MlirBlock block,
                          const std::vector<MlirType> &resultTypes,
                          const std::vector<MlirType> &valueTypes,
                          MlirLocation loc) {
    for (size_t i = 0; i < node->outputs().size(); ++i) {
      MlirValue result = mlirOperationGetResult(op, i);
      if (!mlirTypeIsNull(valueTypes[i]))
        result = toTensor(block, result, resultTypes[i], loc);
      mapValue(node->outputs()[i], result);
    }
  }

  void importNodes(Block *jitBlock, MlirBlock block) {
    for (Node *node : jitBlock->nodes())
      importNodeWithContext(node, block);
  }

  /// The block's outputs, adjusted to `desiredTypes`.
  std::vector<MlirValue> blockOutputs(Block *jitBlock, MlirBlock block,
                                      const std::vector<MlirType> &desiredTypes,
                                      MlirLocation loc) {
    return adjustAll(block, lookupAll(jitBlock->outputs()), desiredTypes,
                     /*userAllowsRefinement=*/false, loc);
  }

private:
  void importNodeWithContext(Node *node, MlirBlock block) {
    try {
      importNode(node, block);
    } catch (const NodeImportError &) {
      throw;
    } catch (const ImportError &e) {
      throw NodeImportError(
          e.getKind(), std::string(e.what()) +
                           "\n  while importing node: " + nodeToString(node) +
                           "\n  at " + describeNodeLocation(node));
    } catch (const c10::Error &e) {
      throw NodeImportError(
          ImportError::Kind::Runtime,
          firstLine(e.what_without_backtrace()) + "\n  while importing node: " +
              nodeToString(node) + "\n  at " + describeNodeLocation(node));
    }
  }

  void mapResults(Node *node, MlirOperation op) {
    for (size_t i = 0; i < node->outputs().size(); ++i)
      mapValue(node->outputs()[i], mlirOperationGetResult(op, i));
  }

  /// Creates `name` with the node's inputs as operands and its outputs as
  /// results.
  MlirOperation createTrivialOp(Node *node, MlirBlock block,
                                const std::string &name, MlirLocation loc,
                                std::vector<MlirNamedAttribute> attrs = {}) {
    MlirOperation op =
        createMlirOperationAtEnd(block, name, loc, mapTypes(node->outputs()),
                                 lookupAll(node->inputs()), attrs);
    mapResults(node, op);
    return op;
  }

  void importNode(Node *node, MlirBlock block);
  void importConstant(Node *node, MlirBlock block, MlirLocation loc);
  MlirValue importConstantValue(Node *node, MlirBlock block, MlirLocation loc,
                                const c10::IValue &value,
                                const c10::TypePtr &type);
  void importIf(Node *node, MlirBlock block, MlirLocation loc);
  void importLoop(Node *node, MlirBlock block, MlirLocation loc);
  void importRuntimeAssert(Node *node, MlirBlock block, MlirLocation loc);
  void importCallFunction(Node *node, MlirBlock block, MlirLocation loc);
  void importCallMethod(Node *node, MlirBlock block, MlirLocation loc);
  void importSchemaNode(Node *node, MlirBlock block, MlirLocation loc);

  TypeMapper &types;
  MlirContext context;
  std::unordered_map<Value *, MlirValue> valueMap;
};

void NodeImporter::importNode(Node *node, MlirBlock block) {
  MlirLocation loc = getMlirLocationFromNode(context, node);
  c10::Symbol kind = node->kind();
  auto stringAttrOf = [&](const char *attrName, const std::string &value) {
    return toMlirNamedAttribute(attrName, stringAttr(context, value));
  };

  if (kind == c10::prim::Constant)
    return importConstant(node, block, loc);
  if (kind == c10::prim::If)
    return importIf(node, block, loc);
  if (kind == c10::prim::Loop)
    return importLoop(node, block, loc);
  if (kind == c10::prim::CallFunction)
    return importCallFunction(node, block, loc);
  if (kind == c10::prim::CallMethod)
    return importCallMethod(node, block, loc);
  if (kind == kRuntimeAssert)
    return importRuntimeAssert(node, block, loc);

  if (kind == c10::prim::ListConstruct || kind == c10::prim::ListUnpack ||
      kind == c10::prim::CreateObject || kind == c10::prim::Enter ||
      kind == c10::prim::Exit) {
    createTrivialOp(node, block,
                    std::string("torch.prim.") + kind.toUnqualString(), loc);
    return;
  }
  if (kind == c10::prim::TupleConstruct) {
    MlirType tupleType = types.mapType(node->output()->type());
    std::vector<MlirType> elementTypes;
    for (const c10::TypePtr &t :
         node->output()->type()->expectRef<c10::TupleType>().elements())
      elementTypes.push_back(types.mapType(t));
    std::vector<MlirValue> operands =
        adjustAll(block, lookupAll(node->inputs()), elementTypes,
                  /*userAllowsRefinement=*/true, loc);
    MlirOperation op = createMlirOperationAtEnd(
        block, "torch.prim.TupleConstruct", loc, {tupleType}, operands, {});
    mapResults(node, op);
    return;
  }
  if (kind == c10::prim::DictConstruct) {
    // JIT interleaves k0, v0, k1, v1; the op takes all keys, then all values.
    std::vector<MlirValue> keys, values;
    auto inputs = node->inputs();
    requireWellFormed(inputs.size() % 2 == 0, "a key without a value");
    for (size_t i = 0; i + 1 < inputs.size(); i += 2) {
      keys.push_back(lookup(inputs[i]));
      values.push_back(lookup(inputs[i + 1]));
    }
    std::vector<MlirValue> operands = keys;
    operands.insert(operands.end(), values.begin(), values.end());
    MlirOperation op = createMlirOperationAtEnd(
        block, "torch.prim.DictConstruct", loc,
        {types.mapType(node->output()->type())}, operands, {});
    mapResults(node, op);
    return;
  }
  if (kind == c10::prim::GetAttr || kind == c10::prim::SetAttr) {
    createTrivialOp(node, block,
                    std::string("torch.prim.") + kind.toUnqualString(), loc,
                    {stringAttrOf("name", node->s(c10::attr::name))});
    return;
  }
  if (kind == c10::prim::Load || kind == c10::prim::Store) {
    createTrivialOp(node, block,
                    std::string("torch.prim.") + kind.toUnqualString(), loc,
                    {stringAttrOf("name", node->s(c10::attr::name))});
    return;
  }
  if (node->maybeSchema())
    return importSchemaNode(node, block, loc);

  std::string message =
      "unhandled: could not import node: " + nodeToString(node);
  mlirEmitError(loc, message.c_str());
  throwRuntimeError(message);
}

void NodeImporter::importSchemaNode(Node *node, MlirBlock block,
                                    MlirLocation loc) {
  const c10::FunctionSchema &schema = node->schema();
  std::string opName = schema.name();
  // "aten::add" -> "aten.add", plus ".<overload>".
  auto sep = opName.find("::");
  if (sep != std::string::npos)
    opName = opName.substr(0, sep) + "." + opName.substr(sep + 2);
  if (!schema.overload_name().empty())
    opName += "." + schema.overload_name();
  std::string mlirName = "torch." + opName;
  if (mlirContextIsRegisteredOperation(context, toMlirStringRef(mlirName))) {
    createTrivialOp(node, block, mlirName, loc);
    return;
  }
  MlirOperation op = createMlirOperationAtEnd(
      block, "torch.operator", loc, mapTypes(node->outputs()),
      lookupAll(node->inputs()),
      {toMlirNamedAttribute("name", stringAttr(context, opName))});
  mapResults(node, op);
}

void NodeImporter::importConstant(Node *node, MlirBlock block,
                                  MlirLocation loc) {
  Value *output = node->output();
  const c10::TypePtr &type = output->type();
  if (auto fnType = type->cast<c10::FunctionType>()) {
    if (!needsFunctionConstant(output))
      return;
    std::string callee = fnType->function()->qualname().qualifiedName();
    MlirOperation op = createMlirOperationAtEnd(
        block, "func.constant", loc, {types.mapType(type)}, {},
        {toMlirNamedAttribute("value", mlirFlatSymbolRefAttrGet(
                                           context, toMlirStringRef(callee)))});
    mapResults(node, op);
    return;
  }
  std::optional<c10::IValue> value = torch::jit::toIValue(output);
  if (!value) {
    std::string message =
        "unhandled prim::Constant node: " + nodeToString(node);
    mlirEmitError(loc, message.c_str());
    throwRuntimeError(message);
  }
  mapValue(output, importConstantValue(node, block, loc, *value, type));
}

MlirValue NodeImporter::importConstantValue(Node *node, MlirBlock block,
                                            MlirLocation loc,
                                            const c10::IValue &value,
                                            const c10::TypePtr &type) {
  MlirValue primitive = emitPrimitiveConstant(types, block, loc, value);
  if (!mlirValueIsNull(primitive))
    return primitive;
  if (value.isTensor())
    return emitTensorLiteral(types, block, loc, value.toTensor(), "constant");
  if (value.isList()) {
    c10::TypePtr elementType =
        type->cast<c10::ListType>()
            ? type->expectRef<c10::ListType>().getElementType()
            : value.toList().elementType();
    std::vector<MlirValue> elements;
    for (const c10::IValue &element : value.toListRef())
      elements.push_back(
          importConstantValue(node, block, loc, element, elementType));
    MlirType listType = torchMlirTorchListTypeGet(types.mapType(elementType));
    MlirOperation op = createMlirOperationAtEnd(
        block, "torch.prim.ListConstruct", loc, {listType}, elements, {});
    return mlirOperationGetResult(op, 0);
  }
  if (value.isTuple()) {
    const auto &tupleElements = value.toTupleRef().elements();
    auto tupleType = type->cast<c10::TupleType>();
    std::vector<MlirValue> elements;
    std::vector<MlirType> elementTypes;
    for (size_t i = 0; i < tupleElements.size(); ++i) {
      c10::TypePtr elementType = tupleType && i < tupleType->elements().size()
                                     ? tupleType->elements()[i]
                                     : tupleElements[i].type();
      MlirValue element =
          importConstantValue(node, block, loc, tupleElements[i], elementType);
      elements.push_back(element);
      elementTypes.push_back(mlirValueGetType(element));
    }
    MlirType resultType = torchMlirTorchTupleTypeGet(
        context, elementTypes.size(), elementTypes.data());
    MlirOperation op = createMlirOperationAtEnd(
        block, "torch.prim.TupleConstruct", loc, {resultType}, elements, {});
    return mlirOperationGetResult(op, 0);
  }
  std::string message = "unhandled prim::Constant node: " + nodeToString(node);
  mlirEmitError(loc, message.c_str());
  throwRuntimeError(message);
}

void NodeImporter::importIf(Node *node, MlirBlock block, MlirLocation loc) {
  requireWellFormed(node->inputs().size() == 1 && node->blocks().size() == 2,
                    "prim::If needs one condition and two blocks");
  std::vector<MlirType> resultTypes = mapTypes(node->outputs());
  std::vector<MlirType> valueTypes = valueBoundaryTypes(node);
  MlirOperation op = createMlirOperationAtEnd(
      block, "torch.prim.If", loc, boundaryTypes(resultTypes, valueTypes),
      {lookup(node->input(0))}, {},
      /*numRegions=*/2);
  for (size_t i = 0; i < 2; ++i) {
    Block *jitBlock = node->blocks()[i];
    MlirBlock branch =
        appendBlockToRegion(mlirOperationGetRegion(op, i), {}, loc);
    importNodes(jitBlock, branch);
    MlirLocation yieldLoc =
        getMlirLocationFromNode(context, jitBlock->return_node());
    createMlirOperationAtEnd(
        branch, "torch.prim.If.yield", yieldLoc, {},
        toValues(branch, blockOutputs(jitBlock, branch, resultTypes, loc),
                 valueTypes, loc),
        {});
  }
  mapBoundaryResults(node, op, block, resultTypes, valueTypes, loc);
}

void NodeImporter::importRuntimeAssert(Node *node, MlirBlock block,
                                       MlirLocation loc) {
  requireWellFormed(node->inputs().size() == 2 && node->outputs().empty(),
                    "a runtime assertion takes a condition and a message");
  std::optional<c10::IValue> message = torch::jit::toIValue(node->input(1));
  if (!message || !message->isString())
    throwRuntimeError("the message of a runtime assertion must be a constant "
                      "string: " +
                      nodeToString(node));
  createMlirOperationAtEnd(
      block, "torch.runtime.assert", loc, {}, {lookup(node->input(0))},
      {toMlirNamedAttribute("message",
                            stringAttr(context, message->toStringRef()))});
}

void NodeImporter::importLoop(Node *node, MlirBlock block, MlirLocation loc) {
  // Inputs: max trip count, initial condition, loop-carried values.
  requireWellFormed(node->inputs().size() >= 2 && node->blocks().size() == 1,
                    "prim::Loop needs a trip count, a condition and a block");
  std::vector<MlirType> resultTypes = mapTypes(node->outputs());
  std::vector<MlirType> valueTypes = valueBoundaryTypes(node);
  std::vector<MlirType> carriedTypes = boundaryTypes(resultTypes, valueTypes);
  auto inputs = node->inputs();
  std::vector<MlirValue> operands = {lookup(inputs[0]), lookup(inputs[1])};
  std::vector<MlirValue> carried(lookupAll(inputs.slice(2)));
  std::vector<MlirValue> adjustedCarried =
      toValues(block,
               adjustAll(block, carried, resultTypes,
                         /*userAllowsRefinement=*/false, loc),
               valueTypes, loc);
  operands.insert(operands.end(), adjustedCarried.begin(),
                  adjustedCarried.end());
  MlirOperation op = createMlirOperationAtEnd(block, "torch.prim.Loop", loc,
                                              carriedTypes, operands, {},
                                              /*numRegions=*/1);

  Block *jitBlock = node->blocks()[0];
  std::vector<MlirType> argTypes = {torchMlirTorchIntTypeGet(context)};
  argTypes.insert(argTypes.end(), carriedTypes.begin(), carriedTypes.end());
  MlirBlock body =
      appendBlockToRegion(mlirOperationGetRegion(op, 0), argTypes, loc);
  mapBlockInputs(jitBlock, body, resultTypes, valueTypes);
  importNodes(jitBlock, body);
  // Outputs: the continue condition, then the carried values.
  std::vector<MlirType> conditionTypes = {torchMlirTorchBoolTypeGet(context)};
  conditionTypes.insert(conditionTypes.end(), resultTypes.begin(),
                        resultTypes.end());
  std::vector<MlirType> conditionValueTypes = {MlirType{nullptr}};
  conditionValueTypes.insert(conditionValueTypes.end(), valueTypes.begin(),
                             valueTypes.end());
  MlirLocation conditionLoc =
      getMlirLocationFromNode(context, jitBlock->return_node());
  createMlirOperationAtEnd(
      body, "torch.prim.Loop.condition", conditionLoc, {},
      toValues(body, blockOutputs(jitBlock, body, conditionTypes, loc),
               conditionValueTypes, loc),
      {});
  mapBoundaryResults(node, op, block, resultTypes, valueTypes, loc);
}

void NodeImporter::importCallFunction(Node *node, MlirBlock block,
                                      MlirLocation loc) {
  requireWellFormed(node->inputs().size() >= 1, "a call without a callee");
  auto fnType = node->input(0)->type()->cast<c10::FunctionType>();
  if (!fnType)
    throwRuntimeError("prim::CallFunction of a value that is not a function");
  torch::jit::Function *callee = fnType->function();
  auto args = node->inputs().slice(1);
  if (callee->qualname().name() == kPromoteDtypesName) {
    MlirOperation op = createMlirOperationAtEnd(block, "torch.promote_dtypes",
                                                loc, mapTypes(node->outputs()),
                                                lookupAll(args), {});
    mapResults(node, op);
    return;
  }
  MlirValue calleeValue = lookup(node->input(0));
  MlirType calleeType = mlirValueGetType(calleeValue);
  std::vector<MlirType> paramTypes, resultTypes;
  for (intptr_t i = 0; i < mlirFunctionTypeGetNumInputs(calleeType); ++i)
    paramTypes.push_back(mlirFunctionTypeGetInput(calleeType, i));
  for (intptr_t i = 0; i < mlirFunctionTypeGetNumResults(calleeType); ++i)
    resultTypes.push_back(mlirFunctionTypeGetResult(calleeType, i));
  if (paramTypes.size() != args.size())
    throwRuntimeError("prim::CallFunction passes " +
                      std::to_string(args.size()) + " arguments to '" +
                      callee->qualname().qualifiedName() + "', which takes " +
                      std::to_string(paramTypes.size()));
  requireWellFormed(node->outputs().size() == resultTypes.size(),
                    "a call with more or fewer results than its callee");
  std::vector<MlirValue> operands = {calleeValue};
  std::vector<MlirValue> adjustedArgs =
      adjustAll(block, lookupAll(args), paramTypes,
                /*userAllowsRefinement=*/false, loc);
  operands.insert(operands.end(), adjustedArgs.begin(), adjustedArgs.end());
  MlirOperation op = createMlirOperationAtEnd(block, "func.call_indirect", loc,
                                              resultTypes, operands, {});
  for (size_t i = 0; i < node->outputs().size(); ++i) {
    Value *output = node->outputs()[i];
    mapValue(output, adjust(block, mlirOperationGetResult(op, i),
                            types.mapType(output->type()),
                            /*userAllowsRefinement=*/false, loc));
  }
}

void NodeImporter::importCallMethod(Node *node, MlirBlock block,
                                    MlirLocation loc) {
  requireWellFormed(node->inputs().size() >= 1,
                    "a method call without an object");
  auto classType = node->input(0)->type()->cast<c10::ClassType>();
  if (!classType)
    throwRuntimeError("prim::CallMethod on a value that is not an object");
  const std::string &methodName = node->s(c10::attr::name);
  torch::jit::Function &method = classType->getMethod(methodName);
  const c10::FunctionSchema &schema = method.getSchema();
  std::vector<MlirType> paramTypes;
  for (const c10::Argument &arg : schema.arguments())
    paramTypes.push_back(types.mapType(arg.type()));
  std::vector<MlirValue> operands = lookupAll(node->inputs());
  if (operands.size() != paramTypes.size())
    throwRuntimeError("prim::CallMethod passes " +
                      std::to_string(operands.size()) + " arguments to '" +
                      methodName + "', which takes " +
                      std::to_string(paramTypes.size()));
  operands = adjustAll(block, operands, paramTypes,
                       /*userAllowsRefinement=*/false, loc);
  MlirOperation op = createMlirOperationAtEnd(
      block, "torch.prim.CallMethod", loc, mapTypes(node->outputs()), operands,
      {toMlirNamedAttribute("name", stringAttr(context, methodName))});
  mapResults(node, op);
}

} // namespace

std::vector<MlirValue> importBlock(TypeMapper &types, Block *jitBlock,
                                   MlirBlock block,
                                   const std::vector<MlirType> &resultTypes,
                                   MlirLocation outputLoc) {
  NodeImporter importer(types);
  importer.mapBlockInputs(jitBlock, block);
  importer.importNodes(jitBlock, block);
  return importer.blockOutputs(jitBlock, block, resultTypes, outputLoc);
}

} // namespace torch_mlir_importer
