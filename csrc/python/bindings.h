//===- bindings.h - Registration of the extension's Python classes ------===//

#ifndef TORCH_MLIR_PYTHON_BINDINGS_H
#define TORCH_MLIR_PYTHON_BINDINGS_H

#include <torch/csrc/utils/pybind.h>

#include <string>
#include <utility>

namespace torch_mlir_importer {

/// The C++ object behind `self`. `T.__new__(T)` makes a Python object whose
/// C++ object was never constructed (`__init__` did not run), and pybind11
/// would hand methods a pointer to raw memory; such an object is refused.
template <typename T>
T &constructedSelf(pybind11::handle self, const char *className) {
  if (!pybind11::isinstance<T>(self))
    throw pybind11::type_error(
        std::string("expected a ") + className + ", got '" +
        pybind11::str(pybind11::type::of(self).attr("__qualname__"))
            .cast<std::string>() +
        "'");
  if (!pybind11::detail::is_holder_constructed(self.ptr()))
    throw pybind11::type_error(std::string(className) +
                               " object is not initialized (its __init__ "
                               "was not called)");
  return self.cast<T &>();
}

/// A binding of `method` that only calls it on a constructed object.
template <typename T, typename R, typename... Args>
auto onConstructed(R (T::*method)(Args...), const char *className) {
  return [method, className](pybind11::handle self, Args... args) -> R {
    return (constructedSelf<T>(self, className).*method)(std::move(args)...);
  };
}
template <typename T, typename R, typename... Args>
auto onConstructed(R (T::*method)(Args...) const, const char *className) {
  return [method, className](pybind11::handle self, Args... args) -> R {
    return (constructedSelf<T>(self, className).*method)(std::move(args)...);
  };
}

void bindClassAnnotator(pybind11::module &m);
void bindImportOptions(pybind11::module &m);
void bindGetRegisteredOps(pybind11::module &m);
void bindGraphPreparation(pybind11::module &m);
} // namespace torch_mlir_importer

#endif // TORCH_MLIR_PYTHON_BINDINGS_H
