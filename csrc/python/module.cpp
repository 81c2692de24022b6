//===- module.cpp - The _jit_ir_importer extension module ----------------===//
//
// The single PYBIND11_MODULE entry, and the one place where C++ exceptions
// become Python exceptions.
//
//===----------------------------------------------------------------------===//

#include "jit_ir_importer/import_error.h"
#include "python/bindings.h"
#include "python/module_builder.h"

#include <c10/util/Exception.h>

namespace py = pybind11;
using namespace torch_mlir_importer;

PYBIND11_MODULE(_jit_ir_importer, m) {
  // torch._C registers the Python types of the JIT objects we accept
  // (ScriptFunction, ScriptModule, ClassType); make sure they exist even when
  // this module is the first thing a process imports.
  py::module_::import("torch");

  py::register_local_exception_translator([](std::exception_ptr p) {
    try {
      if (p)
        std::rethrow_exception(p);
    } catch (const ImportError &e) {
      PyObject *type = PyExc_RuntimeError;
      if (e.getKind() == ImportError::Kind::Value)
        type = PyExc_ValueError;
      else if (e.getKind() == ImportError::Kind::Type)
        type = PyExc_TypeError;
      PyErr_SetString(type, e.what());
    } catch (const c10::Error &e) {
      PyErr_SetString(PyExc_RuntimeError, e.what_without_backtrace());
    }
  });

  m.doc() = "TorchScript (JIT IR) to torch-dialect MLIR importer";
  ModuleBuilder::bind(m);
  bindClassAnnotator(m);
  bindImportOptions(m);
  bindGetRegisteredOps(m);
  bindGraphPreparation(m);
}
