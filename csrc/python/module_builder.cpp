//===- module_builder.cpp - Python-facing ModuleBuilder ------------------===//

#include "python/module_builder.h"
#include "jit_ir_importer/class_annotator.h"
#include "jit_ir_importer/function_importer.h"
#include "jit_ir_importer/import_error.h"
#include "jit_ir_importer/ivalue_importer.h"
#include "python/bindings.h"

#include "mlir-c/Bindings/Python/Interop.h"

#include <mutex>
#include <set>

namespace py = pybind11;

namespace torch_mlir_importer {

namespace {

const char *severityName(MlirDiagnosticSeverity severity) {
  switch (severity) {
  case MlirDiagnosticError:
    return "error";
  case MlirDiagnosticWarning:
    return "warning";
  case MlirDiagnosticNote:
    return "note";
  case MlirDiagnosticRemark:
    return "remark";
  }
  return "diagnostic";
}

void appendDiagnostic(MlirDiagnostic diagnostic, std::string &out) {
  out += severityName(mlirDiagnosticGetSeverity(diagnostic));
  out += ": ";
  mlirDiagnosticPrint(
      diagnostic,
      [](MlirStringRef part, void *userData) {
        static_cast<std::string *>(userData)->append(part.data, part.length);
      },
      &out);
  out += "\n";
  for (intptr_t i = 0; i < mlirDiagnosticGetNumNotes(diagnostic); ++i)
    appendDiagnostic(mlirDiagnosticGetNote(diagnostic, i), out);
}

// Prints diagnostics to Python's sys.stderr (not the C stream), so that
// callers can capture them by swapping sys.stderr.
MlirLogicalResult printDiagnosticToPythonStderr(MlirDiagnostic diagnostic,
                                                void *) {
  std::string text;
  appendDiagnostic(diagnostic, text);
  py::gil_scoped_acquire gil;
  try {
    py::module_::import("sys").attr("stderr").attr("write")(text);
  } catch (py::error_already_set &e) {
    // Nowhere to report to; never let a diagnostic turn into a crash.
    e.discard_as_unraisable(__func__);
  }
  return mlirLogicalResultSuccess();
}

std::string typeNameOf(py::handle obj) {
  return py::str(py::type::of(obj).attr("__qualname__")).cast<std::string>();
}

// Contexts that already have our printer. The printer stays attached for the
// context's whole lifetime (so diagnostics of pipelines run later on the
// module, e.g. by a backend, are printed the same way); MLIR calls
// `forgetContext` when the context is destroyed.
std::mutex printerContextsMutex;
std::set<void *> printerContexts;

void forgetContext(void *userData) {
  std::lock_guard<std::mutex> lock(printerContextsMutex);
  printerContexts.erase(userData);
}

void attachDiagnosticPrinterOnce(MlirContext context) {
  {
    std::lock_guard<std::mutex> lock(printerContextsMutex);
    if (!printerContexts.insert(context.ptr).second)
      return;
  }
  mlirContextAttachDiagnosticHandler(context, printDiagnosticToPythonStderr,
                                     context.ptr, forgetContext);
}

ImportOptions toImportOptions(py::object importOptions) {
  if (importOptions.is_none())
    return ImportOptions();
  if (!py::isinstance<ImportOptions>(importOptions))
    throw py::type_error("importOptions must be an ImportOptions, got '" +
                         typeNameOf(importOptions) + "'");
  return constructedSelf<ImportOptions>(importOptions, "ImportOptions");
}

} // namespace

ModuleBuilder::ModuleBuilder(py::object contextObj) {
  py::module_ ir = py::module_::import("torch_mlir.ir");
  if (contextObj.is_none())
    contextObj = ir.attr("Context")();
  if (!py::isinstance(contextObj, ir.attr("Context")))
    throw py::type_error(
        "ModuleBuilder expects a torch_mlir.ir.Context, got '" +
        typeNameOf(contextObj) + "'");
  this->contextObj = contextObj;
  py::object capsule = contextObj.attr(MLIR_PYTHON_CAPI_PTR_ATTR);
  context = mlirPythonCapsuleToContext(capsule.ptr());
  if (mlirContextIsNull(context))
    throw py::value_error("the Context object holds no MLIR context");

  torchMlirRegisterAllDialects(context);
  MlirDialectHandle torchDialect = mlirGetDialectHandle__torch__();
  mlirDialectHandleLoadDialect(torchDialect, context);
  mlirContextGetOrLoadDialect(context, toMlirStringRef("func"));

  attachDiagnosticPrinterOnce(context);

  module = mlirModuleCreateEmpty(mlirLocationUnknownGet(context));
  py::object moduleCapsule =
      py::reinterpret_steal<py::object>(mlirPythonModuleToCapsule(module));
  // The Python Module takes ownership of the MlirModule.
  moduleObj =
      ir.attr("Module").attr(MLIR_PYTHON_CAPI_FACTORY_ATTR)(moduleCapsule);
}

ModuleBuilder::~ModuleBuilder() = default;

TypeMapper &ModuleBuilder::getTypeMapper(const ImportOptions &options) {
  auto key = std::make_pair(options.assumeTensorsHaveValueSemantics,
                            options.ignoreExistingTensorShapesAndDtypes);
  std::unique_ptr<TypeMapper> &mapper = typeMappers[key];
  if (!mapper)
    mapper = std::make_unique<TypeMapper>(context, options);
  return *mapper;
}

py::object ModuleBuilder::importFunction(py::object function,
                                         py::object importOptions) {
  if (!py::isinstance<torch::jit::StrongFunctionPtr>(function))
    throw py::type_error(
        "import_function expects a torch.jit.ScriptFunction (the result of "
        "torch.jit.script on a function), got '" +
        typeNameOf(function) + "'");
  auto strongFunction = function.cast<torch::jit::StrongFunctionPtr>();
  ImportOptions options = toImportOptions(importOptions);
  TypeMapper &types = getTypeMapper(options);

  std::string name = strongFunction.function_->qualname().qualifiedName();
  MlirOperation moduleOp = mlirModuleGetOperation(module);
  MlirSymbolTable symbols = mlirSymbolTableCreate(moduleOp);
  bool exists = !mlirOperationIsNull(
      mlirSymbolTableLookup(symbols, toMlirStringRef(name)));
  mlirSymbolTableDestroy(symbols);
  if (exists)
    throw py::value_error("function '" + name +
                          "' has already been imported into this module");

  MlirOperation funcOp = importJitFunctionAsFuncOp(
      types, strongFunction.function_, /*argAttributes=*/nullptr,
      /*isPrivate=*/false);
  mlirBlockAppendOwnedOperation(getBodyBlock(), funcOp);
  return function;
}

void ModuleBuilder::importModule(py::object module, py::object classAnnotator,
                                 py::object importOptions,
                                 py::object prepareGraph) {
  py::module_ torchModule = py::module_::import("torch");
  if (py::isinstance(module, torchModule.attr("jit").attr("ScriptModule")))
    throw py::type_error(
        "import_module expects a torch._C.ScriptModule: pass `scripted._c`, "
        "not the torch.jit.ScriptModule wrapper '" +
        typeNameOf(module) + "'");
  if (!py::isinstance<torch::jit::Module>(module))
    throw py::type_error(
        "import_module expects a torch._C.ScriptModule (`scripted._c` of a "
        "scripted or traced module), got '" +
        typeNameOf(module) + "'");
  torch::jit::Module jitModule = module.cast<torch::jit::Module>();
  ClassAnnotator emptyAnnotator;
  ClassAnnotator *annotator = &emptyAnnotator;
  if (!classAnnotator.is_none()) {
    if (!py::isinstance<ClassAnnotator>(classAnnotator))
      throw py::type_error("classAnnotator must be a ClassAnnotator, got '" +
                           typeNameOf(classAnnotator) + "'");
    annotator =
        &constructedSelf<ClassAnnotator>(classAnnotator, "ClassAnnotator");
  }
  ImportOptions options = toImportOptions(importOptions);
  TypeMapper &types = getTypeMapper(options);
  PrepareGraphFn prepare;
  if (!prepareGraph.is_none()) {
    if (!PyCallable_Check(prepareGraph.ptr()))
      throw py::type_error("prepareGraph must be a callable, got '" +
                           typeNameOf(prepareGraph) + "'");
    prepare = [prepareGraph](const std::string &name,
                             std::shared_ptr<torch::jit::Graph> graph)
        -> std::shared_ptr<torch::jit::Graph> {
      py::object result = prepareGraph(name, graph);
      if (result.is_none())
        return nullptr;
      if (!py::isinstance<torch::jit::Graph>(result))
        throw py::type_error("prepareGraph must return a torch._C.Graph or "
                             "None for '" +
                             name + "', got '" + typeNameOf(result) + "'");
      return result.cast<std::shared_ptr<torch::jit::Graph>>();
    };
  }
  importObjectGraph(types, getBodyBlock(), mlirModuleGetOperation(this->module),
                    jitModule, *annotator, prepare);
}

void ModuleBuilder::bind(py::module &m) {
  const char *name = "ModuleBuilder";
  py::class_<ModuleBuilder>(m, name)
      .def(py::init<py::object>(), py::arg("context") = py::none())
      .def_property_readonly("context",
                             onConstructed(&ModuleBuilder::getContextObj, name))
      .def_property_readonly("module",
                             onConstructed(&ModuleBuilder::getModuleObj, name))
      .def("import_function",
           onConstructed(&ModuleBuilder::importFunction, name),
           py::arg("function"), py::arg("importOptions") = py::none())
      .def("import_module", onConstructed(&ModuleBuilder::importModule, name),
           py::arg("module"), py::arg("classAnnotator") = py::none(),
           py::arg("importOptions") = py::none(),
           py::arg("prepareGraph") = py::none());
}

} // namespace torch_mlir_importer
