//===- ivalue_importer.cpp - Module object graphs to torch dialect -------===//
//
// Walks the IValue graph of a module depth-first, in attribute order. Values
// are memoized by identity (objects, lists, dicts, tuples by pointer; tensors
// by TensorImpl) and equal primitives share one constant, so the IR has the
// same aliasing structure as the Python object graph. Only the functions the
// graph can reach (methods of its classes and what they call) are imported:
// the process-wide TorchScript compilation unit holds every function ever
// scripted, and importing all of them would make each import slower than the
// last and let one unrelated unsupported function break every later import.
//
//===----------------------------------------------------------------------===//

#include "jit_ir_importer/ivalue_importer.h"
#include "jit_ir_importer/function_importer.h"
#include "jit_ir_importer/import_error.h"
#include "jit_ir_importer/literals.h"

#include <ATen/ATen.h>
#include <torch/csrc/jit/api/function_impl.h>

#include <cstring>
#include <sstream>
#include <unordered_set>

namespace torch_mlir_importer {

namespace {

constexpr const char *kLinearParamsClass =
    "__torch__.torch.classes.quantized.LinearPackedParamsBase";
constexpr const char *kCustomClassPrefix = "__torch__.torch.classes.";

std::string lastAtom(const std::string &qualname) {
  auto dot = qualname.rfind('.');
  return dot == std::string::npos ? qualname : qualname.substr(dot + 1);
}

class IValueImporter {
public:
  IValueImporter(TypeMapper &types, MlirBlock body, ClassAnnotator &annotator,
                 std::string rootQualname,
                 std::unordered_set<std::string> existingSymbols,
                 const PrepareGraphFn &prepareGraph)
      : types(types), context(types.getContext()), body(body),
        annotator(annotator), rootQualname(std::move(rootQualname)),
        existingSymbols(std::move(existingSymbols)),
        unknownLoc(mlirLocationUnknownGet(context)),
        prepareGraph(prepareGraph) {}

  MlirValue importIValue(const c10::IValue &value);

  /// Imports every function reachable from the imported classes, placing
  /// them before `insertBefore` (or at the end when it is null).
  void importReachableFunctions(MlirOperation insertBefore);

private:
  MlirValue importObject(const c10::IValue &value);
  MlirValue
  importModuleLikeObject(const c10::intrusive_ptr<c10::ivalue::Object> &object);
  MlirValue importLinearParams(const c10::IValue &value);
  MlirValue importTensor(const at::Tensor &tensor);
  MlirValue importList(const c10::IValue &value);
  MlirValue importDict(const c10::IValue &value);
  MlirValue importTuple(const c10::IValue &value);
  void importClassType(c10::ClassType *classType);
  void noteFunction(torch::jit::Function *function);
  void collectCallees(torch::jit::Block *block);
  MlirAttribute argAttributesFor(torch::jit::Function *function, int index);

  MlirValue resultOf(MlirOperation op) { return mlirOperationGetResult(op, 0); }
  MlirOperation append(const std::string &name, std::vector<MlirType> results,
                       std::vector<MlirValue> operands,
                       std::vector<MlirNamedAttribute> attrs = {},
                       int numRegions = 0) {
    return createMlirOperationAtEnd(body, name, unknownLoc, results, operands,
                                    attrs, numRegions);
  }

  std::string currentPath() const {
    std::string s = "<root>";
    for (const std::string &atom : path)
      s += "." + atom;
    return s;
  }
  [[noreturn]] void failAtPath(const std::string &message) {
    throwValueError(message + "\nFound at path '" + currentPath() +
                    "' from root object '" + rootQualname + "'");
  }

  TypeMapper &types;
  MlirContext context;
  MlirBlock body;
  ClassAnnotator &annotator;
  std::string rootQualname;
  // Symbols of earlier imports into the same module. Emitting one of them
  // again would make the module fail to verify (duplicate symbol).
  std::unordered_set<std::string> existingSymbols;
  MlirLocation unknownLoc;
  std::vector<std::string> path;

  // The memo tables below are keyed by raw pointers. Values that exist only
  // during the import (e.g. the tensors LinearPackedParamsBase::unpack
  // returns) must outlive it, or a later temporary could reuse a freed
  // address and be mistaken for an already-imported value.
  std::vector<c10::IValue> keptAlive;
  std::unordered_map<const void *, MlirValue> valuesByIdentity;
  std::unordered_map<const c10::TensorImpl *, MlirValue> tensorValues;
  // Storage -> the tensor (and its path) that first used it.
  std::unordered_map<const c10::StorageImpl *,
                     std::pair<const c10::TensorImpl *, std::string>>
      storageOwners;
  std::unordered_map<std::string, MlirValue> primitiveValues;
  std::unordered_set<const c10::ClassType *> importedClassTypes;
  std::shared_ptr<torch::jit::CompilationUnit> compilationUnit;
  std::vector<torch::jit::Function *> functions;
  std::unordered_set<torch::jit::Function *> seenFunctions;
  const PrepareGraphFn &prepareGraph;
  // The graph to import for each of `functions`, same order.
  std::vector<std::shared_ptr<torch::jit::Graph>> graphs;
};

MlirValue IValueImporter::importIValue(const c10::IValue &value) {
  // Equal primitives share one constant.
  std::string key;
  if (value.isNone())
    key = "n";
  else if (value.isBool())
    key = value.toBool() ? "b1" : "b0";
  else if (value.isInt())
    key = "i" + std::to_string(value.toInt());
  else if (value.isDouble()) {
    double d = value.toDouble();
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof(bits));
    key = "f" + std::to_string(bits);
  } else if (value.isString())
    key = "s" + value.toStringRef();
  else if (value.isDevice())
    key = "d" + value.toDevice().str();
  if (!key.empty()) {
    auto it = primitiveValues.find(key);
    if (it != primitiveValues.end())
      return it->second;
    MlirValue v = emitPrimitiveConstant(types, body, unknownLoc, value);
    primitiveValues.emplace(std::move(key), v);
    return v;
  }

  if (value.isTensor())
    return importTensor(value.toTensor());
  if (value.isObject() || value.isList() || value.isGenericDict() ||
      value.isTuple()) {
    const void *identity = value.internalToPointer();
    auto it = valuesByIdentity.find(identity);
    if (it != valuesByIdentity.end())
      return it->second;
    keptAlive.push_back(value);
    MlirValue v;
    if (value.isObject())
      v = importObject(value);
    else if (value.isList())
      v = importList(value);
    else if (value.isGenericDict())
      v = importDict(value);
    else
      v = importTuple(value);
    valuesByIdentity.emplace(identity, v);
    return v;
  }
  std::ostringstream os;
  os << "Unsupported ivalue: " << value.tagKind() << " of type '"
     << value.type()->repr_str() << "'";
  failAtPath(os.str());
}

MlirValue IValueImporter::importTensor(const at::Tensor &tensor) {
  const c10::TensorImpl *impl = tensor.unsafeGetTensorImpl();
  auto it = tensorValues.find(impl);
  if (it != tensorValues.end())
    return it->second;
  keptAlive.emplace_back(tensor);
  if (tensor.has_storage()) {
    const c10::StorageImpl *storage = tensor.storage().unsafeGetStorageImpl();
    auto [owner, inserted] =
        storageOwners.emplace(storage, std::make_pair(impl, currentPath()));
    if (!inserted && owner->second.first != impl)
      failAtPath("Unhandled tensor that shares storage with another tensor.");
  }
  std::string nameHint = path.empty() ? "tensor" : path.back();
  MlirValue v;
  try {
    v = emitTensorLiteral(
        types, body, unknownLoc, tensor, nameHint,
        [&](const c10::IValue &primitive) { return importIValue(primitive); });
  } catch (const ImportError &e) {
    failAtPath(e.what());
  }
  tensorValues.emplace(impl, v);
  return v;
}

MlirValue IValueImporter::importList(const c10::IValue &value) {
  c10::List<c10::IValue> list = value.toList();
  std::vector<MlirValue> elements;
  elements.reserve(list.size());
  for (size_t i = 0; i < list.size(); ++i) {
    path.push_back(std::to_string(i));
    elements.push_back(importIValue(list.get(i)));
    path.pop_back();
  }
  MlirType listType =
      torchMlirTorchListTypeGet(types.mapType(list.elementType()));
  return resultOf(append("torch.prim.ListConstruct", {listType}, elements));
}

MlirValue IValueImporter::importDict(const c10::IValue &value) {
  c10::Dict<c10::IValue, c10::IValue> dict = value.toGenericDict();
  std::vector<MlirValue> keys, values;
  for (const auto &entry : dict) {
    keys.push_back(importIValue(entry.key()));
    path.push_back(entry.key().isString() ? entry.key().toStringRef()
                                          : "<key>");
    values.push_back(importIValue(entry.value()));
    path.pop_back();
  }
  std::vector<MlirValue> operands = keys;
  operands.insert(operands.end(), values.begin(), values.end());
  MlirType dictType = torchMlirTorchDictTypeGet(
      types.mapType(dict.keyType()), types.mapType(dict.valueType()));
  return resultOf(append("torch.prim.DictConstruct", {dictType}, operands));
}

MlirValue IValueImporter::importTuple(const c10::IValue &value) {
  const auto &elements = value.toTupleRef().elements();
  std::vector<MlirValue> operands;
  std::vector<MlirType> elementTypes;
  for (size_t i = 0; i < elements.size(); ++i) {
    path.push_back(std::to_string(i));
    MlirValue v = importIValue(elements[i]);
    path.pop_back();
    operands.push_back(v);
    elementTypes.push_back(mlirValueGetType(v));
  }
  MlirType tupleType = torchMlirTorchTupleTypeGet(context, elementTypes.size(),
                                                  elementTypes.data());
  return resultOf(append("torch.prim.TupleConstruct", {tupleType}, operands));
}

MlirValue IValueImporter::importObject(const c10::IValue &value) {
  c10::intrusive_ptr<c10::ivalue::Object> object = value.toObject();
  c10::ClassTypePtr classType = object->type();
  if (!classType->name())
    failAtPath("cannot import unnamed module");
  std::string qualname = classType->name()->qualifiedName();
  if (qualname == kLinearParamsClass)
    return importLinearParams(value);
  if (qualname.rfind(kCustomClassPrefix, 0) == 0)
    failAtPath("Unsupported ivalue: object of custom class '" + qualname + "'");
  return importModuleLikeObject(object);
}

MlirValue IValueImporter::importModuleLikeObject(
    const c10::intrusive_ptr<c10::ivalue::Object> &object) {
  c10::ClassType *classType = object->type().get();
  std::shared_ptr<torch::jit::CompilationUnit> cu =
      classType->compilation_unit();
  if (!compilationUnit)
    compilationUnit = cu;
  else if (cu && cu != compilationUnit)
    failAtPath("found two compilation units while importing");
  if (!importedClassTypes.count(classType))
    importClassType(classType);

  std::vector<MlirValue> slotValues;
  for (size_t i = 0; i < classType->numAttributes(); ++i) {
    path.push_back(classType->getAttributeName(i));
    slotValues.push_back(importIValue(object->getSlot(i)));
    path.pop_back();
  }
  std::string qualname = classType->name()->qualifiedName();
  MlirType moduleType =
      torchMlirTorchNnModuleTypeGet(context, toMlirStringRef(qualname));
  MlirOperation nnModule =
      append("torch.nn_module", {moduleType}, {}, {}, /*numRegions=*/1);
  MlirBlock slots =
      appendBlockToRegion(mlirOperationGetRegion(nnModule, 0), {}, unknownLoc);
  for (size_t i = 0; i < slotValues.size(); ++i)
    createMlirOperationAtEnd(
        slots, "torch.slot", unknownLoc, {}, {slotValues[i]},
        {toMlirNamedAttribute(
            "name", stringAttr(context, classType->getAttributeName(i)))});
  createMlirOperationAtEnd(slots, "torch.nn_module_terminator", unknownLoc, {},
                           {}, {});
  return resultOf(nnModule);
}

MlirValue IValueImporter::importLinearParams(const c10::IValue &value) {
  // LinearPackedParamsBase is a C++ custom class; its `unpack` method gives
  // (weight, optional bias).
  c10::ClassTypePtr classType = value.toObject()->type();
  torch::jit::Function &unpack = classType->getMethod("unpack");
  std::vector<c10::IValue> stack = {value};
  unpack.run(stack);
  c10::IValue unpacked = stack.back();
  const auto &elements = unpacked.toTupleRef().elements();
  std::vector<MlirValue> operands;
  path.push_back("weight");
  operands.push_back(importIValue(elements[0]));
  path.back() = "bias";
  if (elements.size() > 1 && !elements[1].isNone())
    operands.push_back(importIValue(elements[1]));
  path.pop_back();
  return resultOf(append("torch.linear_params.create",
                         {torchMlirTorchLinearParamsTypeGet(context)},
                         operands));
}

void IValueImporter::importClassType(c10::ClassType *classType) {
  importedClassTypes.insert(classType);
  std::string qualname = classType->name()->qualifiedName();
  if (existingSymbols.count(qualname))
    failAtPath("class '" + qualname +
               "' has already been imported into this module");
  ClassAnnotation &annotation = annotator.getOrCreateClassAnnotation(classType);
  MlirOperation op =
      append("torch.class_type", {}, {},
             {toMlirNamedAttribute("sym_name", stringAttr(context, qualname))},
             /*numRegions=*/1);
  MlirBlock classBody =
      appendBlockToRegion(mlirOperationGetRegion(op, 0), {}, unknownLoc);
  MlirAttribute unit = mlirUnitAttrGet(context);

  const auto &attrAnnotations = annotation.getAttributeAnnotations();
  for (size_t i = 0; i < classType->numAttributes(); ++i) {
    path.push_back(classType->getAttributeName(i));
    MlirType attrType;
    try {
      attrType = types.mapType(classType->getAttribute(i));
    } catch (const ImportError &e) {
      failAtPath(e.what());
    }
    path.pop_back();
    std::vector<MlirNamedAttribute> attrs = {
        toMlirNamedAttribute(
            "name", stringAttr(context, classType->getAttributeName(i))),
        toMlirNamedAttribute("type", mlirTypeAttrGet(attrType))};
    if (!attrAnnotations[i].isExported)
      attrs.push_back(toMlirNamedAttribute("isPrivate", unit));
    createMlirOperationAtEnd(classBody, "torch.attr", unknownLoc, {}, {},
                             attrs);
  }
  const auto &methodAnnotations = annotation.getMethodAnnotations();
  const std::vector<torch::jit::Function *> &methods = classType->methods();
  for (size_t i = 0; i < methods.size(); ++i) {
    noteFunction(methods[i]);
    std::vector<MlirNamedAttribute> attrs = {
        toMlirNamedAttribute("name", stringAttr(context, methods[i]->name())),
        toMlirNamedAttribute(
            "function",
            mlirFlatSymbolRefAttrGet(
                context,
                toMlirStringRef(methods[i]->qualname().qualifiedName())))};
    if (!methodAnnotations[i].isExported)
      attrs.push_back(toMlirNamedAttribute("isPrivate", unit));
    createMlirOperationAtEnd(classBody, "torch.method", unknownLoc, {}, {},
                             attrs);
  }
  createMlirOperationAtEnd(classBody, "torch.class_type_terminator", unknownLoc,
                           {}, {}, {});
}

void IValueImporter::noteFunction(torch::jit::Function *function) {
  // Builtin (C++) functions, e.g. custom class methods, have no graph.
  if (!torch::jit::tryToGraphFunction(*function))
    return;
  if (seenFunctions.insert(function).second)
    functions.push_back(function);
}

void IValueImporter::collectCallees(torch::jit::Block *block) {
  for (torch::jit::Node *node : block->nodes()) {
    if (node->kind() == c10::prim::Constant) {
      if (auto fnType = node->output()->type()->cast<c10::FunctionType>())
        noteFunction(fnType->function());
    } else if (node->kind() == c10::prim::CallMethod) {
      if (auto classType = node->input(0)->type()->cast<c10::ClassType>())
        if (torch::jit::Function *method =
                classType->findMethod(node->s(c10::attr::name)))
          noteFunction(method);
    }
    for (torch::jit::Block *nested : node->blocks())
      collectCallees(nested);
  }
}

MlirAttribute IValueImporter::argAttributesFor(torch::jit::Function *function,
                                               int index) {
  MethodAnnotation *method = annotator.getMethodAnnotationForFunction(function);
  if (!method || !method->argAnnotations ||
      index >= static_cast<int>(method->argAnnotations->size()))
    return MlirAttribute{nullptr};
  const ArgAnnotation &arg = (*method->argAnnotations)[index];
  if (!arg.shape || !arg.dtype)
    return MlirAttribute{nullptr};
  MlirType bound =
      types.getTensorType(arg.hasValueSemantics, *arg.shape, *arg.dtype);
  MlirNamedAttribute typeBound =
      toMlirNamedAttribute("torch.type_bound", mlirTypeAttrGet(bound));
  return mlirDictionaryAttrGet(context, 1, &typeBound);
}

void IValueImporter::importReachableFunctions(MlirOperation insertBefore) {
  // `functions` grows while we walk it.
  for (size_t i = 0; i < functions.size(); ++i) {
    std::shared_ptr<torch::jit::Graph> own =
        torch::jit::toGraphFunction(*functions[i]).graph();
    std::shared_ptr<torch::jit::Graph> prepared;
    if (prepareGraph)
      prepared =
          prepareGraph(functions[i]->qualname().qualifiedName(), own->copy());
    graphs.push_back(prepared);
    collectCallees((prepared ? prepared : own)->block());
  }
  for (size_t i = 0; i < functions.size(); ++i) {
    torch::jit::Function *function = functions[i];
    std::string name = function->qualname().qualifiedName();
    if (existingSymbols.count(name))
      throwValueError("function '" + name +
                      "' has already been imported into this module");
    MlirOperation funcOp = importJitFunctionAsFuncOp(
        types, function,
        [&](int index) { return argAttributesFor(function, index); },
        /*isPrivate=*/true, graphs[i]);
    if (mlirOperationIsNull(insertBefore))
      mlirBlockAppendOwnedOperation(body, funcOp);
    else
      mlirBlockInsertOwnedOperationBefore(body, insertBefore, funcOp);
  }
}

std::unordered_set<std::string> symbolNamesIn(MlirBlock block) {
  std::unordered_set<std::string> names;
  for (MlirOperation op = mlirBlockGetFirstOperation(block);
       !mlirOperationIsNull(op); op = mlirOperationGetNextInBlock(op)) {
    MlirAttribute name =
        mlirOperationGetAttributeByName(op, toMlirStringRef("sym_name"));
    if (!mlirAttributeIsNull(name) && mlirAttributeIsAString(name)) {
      MlirStringRef ref = mlirStringAttrGetValue(name);
      names.emplace(ref.data, ref.length);
    }
  }
  return names;
}

MlirOperation lastOperationIn(MlirBlock block) {
  MlirOperation last{nullptr};
  for (MlirOperation op = mlirBlockGetFirstOperation(block);
       !mlirOperationIsNull(op); op = mlirOperationGetNextInBlock(op))
    last = op;
  return last;
}

} // namespace

void importObjectGraph(TypeMapper &types, MlirBlock moduleBody,
                       MlirOperation moduleOp, torch::jit::Module rootModule,
                       ClassAnnotator &annotator,
                       const PrepareGraphFn &prepareGraph) {
  MlirContext context = types.getContext();
  c10::ClassTypePtr rootType = rootModule.type();
  if (!rootType->name())
    throwValueError("cannot import unnamed module");
  std::string rootQualname = rootType->name()->qualifiedName();

  MlirOperation lastBefore = lastOperationIn(moduleBody);
  try {
    IValueImporter importer(types, moduleBody, annotator, rootQualname,
                            symbolNamesIn(moduleBody), prepareGraph);
    importer.importIValue(rootModule._ivalue());
    MlirOperation firstNew = mlirOperationIsNull(lastBefore)
                                 ? mlirBlockGetFirstOperation(moduleBody)
                                 : mlirOperationGetNextInBlock(lastBefore);
    importer.importReachableFunctions(firstNew);
  } catch (...) {
    // Erase what this import added, users before definitions.
    std::vector<MlirOperation> added;
    MlirOperation op = mlirOperationIsNull(lastBefore)
                           ? mlirBlockGetFirstOperation(moduleBody)
                           : mlirOperationGetNextInBlock(lastBefore);
    for (; !mlirOperationIsNull(op); op = mlirOperationGetNextInBlock(op))
      added.push_back(op);
    for (auto it = added.rbegin(); it != added.rend(); ++it)
      mlirOperationDestroy(*it);
    throw;
  }
  // Only now: a failed import leaves the module as it was, name included.
  mlirOperationSetAttributeByName(moduleOp,
                                  toMlirStringRef("torch.debug_module_name"),
                                  stringAttr(context, lastAtom(rootQualname)));
}

} // namespace torch_mlir_importer
