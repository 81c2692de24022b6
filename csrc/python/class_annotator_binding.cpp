//===- class_annotator_binding.cpp - ClassAnnotator and ImportOptions ----===//

#include "jit_ir_importer/class_annotator.h"
#include "jit_ir_importer/import_options.h"
#include "python/bindings.h"

#include <torch/csrc/Dtype.h>

namespace py = pybind11;

namespace torch_mlir_importer {

namespace {

std::optional<c10::ScalarType> toScalarType(py::handle obj) {
  if (obj.is_none())
    return std::nullopt;
  if (!THPDtype_Check(obj.ptr()))
    throw py::value_error("unsupported scalar type '" +
                          py::str(obj).cast<std::string>() + "'");
  return reinterpret_cast<THPDtype *>(obj.ptr())->scalar_type;
}

ArgAnnotation toArgAnnotation(py::handle entry, size_t index) {
  ArgAnnotation annotation;
  if (entry.is_none())
    return annotation;
  if (!py::isinstance<py::sequence>(entry) || py::isinstance<py::str>(entry) ||
      py::len(entry) != 3)
    throw py::value_error(
        "argument annotation " + std::to_string(index) +
        " must be None or a 3-sequence (shape, dtype, hasValueSemantics), "
        "got '" +
        py::repr(entry).cast<std::string>() + "'");
  py::sequence fields = py::reinterpret_borrow<py::sequence>(entry);
  py::object shape = fields[0];
  if (!shape.is_none()) {
    annotation.shape.emplace();
    for (py::handle dim : shape) {
      if (!py::isinstance<py::int_>(dim))
        throw py::value_error("argument annotation " + std::to_string(index) +
                              ": shape must be a sequence of ints, got '" +
                              py::repr(shape).cast<std::string>() + "'");
      int64_t size = dim.cast<int64_t>();
      if (size < -1)
        throw py::value_error("argument annotation " + std::to_string(index) +
                              ": dimension sizes must be >= 0 or -1 (unknown), "
                              "got " +
                              std::to_string(size));
      annotation.shape->push_back(size);
    }
  }
  annotation.dtype = toScalarType(fields[1]);
  annotation.hasValueSemantics = py::cast<bool>(fields[2]);
  return annotation;
}

} // namespace

void bindClassAnnotator(py::module &m) {
  py::class_<ClassAnnotator>(m, "ClassAnnotator")
      .def(py::init<>())
      .def(
          "exportNone",
          [](ClassAnnotator &self, c10::ClassTypePtr rootClassType) {
            self.exportNone(*rootClassType);
          },
          py::arg("rootClassType"))
      .def(
          "exportPath",
          [](ClassAnnotator &self, c10::ClassTypePtr rootClassType,
             std::vector<std::string> path) {
            self.exportPath(*rootClassType, path);
          },
          py::arg("rootClassType"), py::arg("path"))
      .def(
          "annotateArgs",
          [](ClassAnnotator &self, c10::ClassTypePtr rootClassType,
             std::vector<std::string> path, py::list annotations) {
            std::vector<ArgAnnotation> args;
            for (size_t i = 0; i < annotations.size(); ++i)
              args.push_back(toArgAnnotation(annotations[i], i));
            self.annotateArgs(*rootClassType, path, std::move(args));
          },
          py::arg("rootClassType"), py::arg("path"), py::arg("annotations"))
      .def("__repr__", &ClassAnnotator::toString);
}

void bindImportOptions(py::module &m) {
  py::class_<ImportOptions>(m, "ImportOptions")
      .def(py::init<>())
      .def_readwrite("assumeTensorsHaveValueSemantics",
                     &ImportOptions::assumeTensorsHaveValueSemantics)
      .def_readwrite("ignoreExistingTensorShapesAndDtypes",
                     &ImportOptions::ignoreExistingTensorShapesAndDtypes)
      .def("__repr__", [](const ImportOptions &o) {
        return std::string("ImportOptions(assumeTensorsHaveValueSemantics=") +
               (o.assumeTensorsHaveValueSemantics ? "True" : "False") +
               ", ignoreExistingTensorShapesAndDtypes=" +
               (o.ignoreExistingTensorShapesAndDtypes ? "True" : "False") + ")";
      });
}

} // namespace torch_mlir_importer
