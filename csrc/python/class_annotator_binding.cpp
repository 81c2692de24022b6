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
  std::string where = "argument annotation " + std::to_string(index);
  py::object shape = fields[0];
  if (!shape.is_none()) {
    auto notIntSequence = [&]() {
      return py::value_error(where +
                             ": shape must be a sequence of ints, got '" +
                             py::repr(shape).cast<std::string>() + "'");
    };
    if (!py::isinstance<py::iterable>(shape) || py::isinstance<py::str>(shape))
      throw notIntSequence();
    annotation.shape.emplace();
    for (py::handle dim : shape) {
      if (!py::isinstance<py::int_>(dim))
        throw notIntSequence();
      int64_t size;
      try {
        size = dim.cast<int64_t>();
      } catch (const py::cast_error &) {
        throw py::value_error(where + ": dimension size " +
                              py::repr(dim).cast<std::string>() +
                              " does not fit in 64 bits");
      }
      if (size < -1)
        throw py::value_error(where +
                              ": dimension sizes must be >= 0 or -1 (unknown), "
                              "got " +
                              std::to_string(size));
      annotation.shape->push_back(size);
    }
  }
  annotation.dtype = toScalarType(fields[1]);
  try {
    annotation.hasValueSemantics = py::cast<bool>(fields[2]);
  } catch (const py::cast_error &) {
    throw py::value_error(where + ": hasValueSemantics must be a bool, got " +
                          py::repr(fields[2]).cast<std::string>());
  }
  return annotation;
}

/// torch.ClassType arguments arrive as shared pointers; None becomes null.
c10::ClassType &checkedClassType(const c10::ClassTypePtr &classType) {
  if (!classType)
    throw py::type_error("rootClassType must be a torch.ClassType (e.g. "
                         "`scripted._c._type()`), got None");
  return *classType;
}

} // namespace

void bindClassAnnotator(py::module &m) {
  const char *name = "ClassAnnotator";
  py::class_<ClassAnnotator>(m, name)
      .def(py::init<>())
      .def(
          "exportNone",
          [name](py::handle self, c10::ClassTypePtr rootClassType) {
            constructedSelf<ClassAnnotator>(self, name)
                .exportNone(checkedClassType(rootClassType));
          },
          py::arg("rootClassType"))
      .def(
          "exportPath",
          [name](py::handle self, c10::ClassTypePtr rootClassType,
                 std::vector<std::string> path) {
            constructedSelf<ClassAnnotator>(self, name)
                .exportPath(checkedClassType(rootClassType), path);
          },
          py::arg("rootClassType"), py::arg("path"))
      .def(
          "annotateArgs",
          [name](py::handle self, c10::ClassTypePtr rootClassType,
                 std::vector<std::string> path, py::list annotations) {
            ClassAnnotator &annotator =
                constructedSelf<ClassAnnotator>(self, name);
            std::vector<ArgAnnotation> args;
            for (size_t i = 0; i < annotations.size(); ++i)
              args.push_back(toArgAnnotation(annotations[i], i));
            annotator.annotateArgs(checkedClassType(rootClassType), path,
                                   std::move(args));
          },
          py::arg("rootClassType"), py::arg("path"), py::arg("annotations"))
      .def("__repr__", onConstructed(&ClassAnnotator::toString, name));
}

void bindImportOptions(py::module &m) {
  const char *name = "ImportOptions";
  // Accessors as lambdas (not def_readwrite) so that they check `self`.
  auto getter = [name](bool ImportOptions::*member) {
    return [name, member](py::handle self) {
      return constructedSelf<ImportOptions>(self, name).*member;
    };
  };
  auto setter = [name](bool ImportOptions::*member) {
    return [name, member](py::handle self, bool value) {
      constructedSelf<ImportOptions>(self, name).*member = value;
    };
  };
  py::class_<ImportOptions>(m, name)
      .def(py::init<>())
      .def_property("assumeTensorsHaveValueSemantics",
                    getter(&ImportOptions::assumeTensorsHaveValueSemantics),
                    setter(&ImportOptions::assumeTensorsHaveValueSemantics))
      .def_property("ignoreExistingTensorShapesAndDtypes",
                    getter(&ImportOptions::ignoreExistingTensorShapesAndDtypes),
                    setter(&ImportOptions::ignoreExistingTensorShapesAndDtypes))
      .def("__repr__", [name](py::handle self) {
        const ImportOptions &o = constructedSelf<ImportOptions>(self, name);
        return std::string("ImportOptions(assumeTensorsHaveValueSemantics=") +
               (o.assumeTensorsHaveValueSemantics ? "True" : "False") +
               ", ignoreExistingTensorShapesAndDtypes=" +
               (o.ignoreExistingTensorShapesAndDtypes ? "True" : "False") + ")";
      });
}

} // namespace torch_mlir_importer
