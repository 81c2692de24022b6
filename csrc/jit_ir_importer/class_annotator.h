//===- class_annotator.h - Export and argument annotations ---------------===//
//
// A side table of annotations keyed by a class type's qualified name: which
// attributes and methods are exported, and the shapes/dtypes/value semantics
// of method arguments. Consulted by the object-graph importer.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_MLIR_JIT_IR_IMPORTER_CLASS_ANNOTATOR_H
#define TORCH_MLIR_JIT_IR_IMPORTER_CLASS_ANNOTATOR_H

#include <ATen/core/class_type.h>
#include <ATen/core/jit_type.h>
#include <c10/core/ScalarType.h>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace torch {
namespace jit {
struct Function;
} // namespace jit
} // namespace torch

namespace torch_mlir_importer {

struct ArgAnnotation {
  std::optional<std::vector<int64_t>> shape; // -1 marks an unknown dim.
  std::optional<c10::ScalarType> dtype;
  bool hasValueSemantics = false;
};

struct AttributeAnnotation {
  std::string name;
  bool isExported = true;
};

struct MethodAnnotation {
  std::string name;
  bool isExported = true;
  // One entry per schema argument, `self` included.
  std::optional<std::vector<ArgAnnotation>> argAnnotations;
};

class ClassAnnotation {
public:
  explicit ClassAnnotation(c10::ClassTypePtr classType);

  const c10::ClassTypePtr &getClassType() const { return classType; }
  std::vector<AttributeAnnotation> &getAttributeAnnotations() {
    return attributeAnnotations;
  }
  std::vector<MethodAnnotation> &getMethodAnnotations() {
    return methodAnnotations;
  }
  /// Null if the class has no attribute / method of that name.
  AttributeAnnotation *findAttributeAnnotation(const std::string &name);
  MethodAnnotation *findMethodAnnotation(const std::string &name);
  /// Brings the annotations back in step with the class, which can gain
  /// attributes and methods after it was annotated (`_register_attribute`,
  /// `_define`, tracing another method); existing annotations are kept by
  /// name. Returns whether the method annotations were rebuilt.
  bool syncWithClassType();

private:
  c10::ClassTypePtr classType;
  std::vector<AttributeAnnotation> attributeAnnotations;
  std::vector<MethodAnnotation> methodAnnotations;
};

class ClassAnnotator {
public:
  /// Marks every attribute and method of the class, and recursively of the
  /// classes of its object attributes, as not exported.
  void exportNone(c10::ClassType &rootClassType);
  /// Marks the attribute and/or method at `path` as exported.
  void exportPath(c10::ClassType &rootClassType,
                  const std::vector<std::string> &path);
  /// Sets the argument annotations of the method at `path`.
  void annotateArgs(c10::ClassType &rootClassType,
                    const std::vector<std::string> &path,
                    std::vector<ArgAnnotation> argAnnotations);

  ClassAnnotation &getOrCreateClassAnnotation(c10::ClassType *classType);
  /// The annotation of a method function, or null if its class was never
  /// annotated.
  MethodAnnotation *getMethodAnnotationForFunction(torch::jit::Function *fn);

  std::string toString() const;

private:
  // Points each method function at its annotation.
  void indexMethods(ClassAnnotation &annotation);

  // The class holding the attribute/method named by the last atom of `path`.
  c10::ClassType *resolveOwner(c10::ClassType &rootClassType,
                               const std::vector<std::string> &path);

  // Ordered by qualified name, which is also the printing order.
  std::map<std::string, std::unique_ptr<ClassAnnotation>> classAnnotations;
  std::unordered_map<torch::jit::Function *, MethodAnnotation *>
      functionToMethodAnnotation;
};

} // namespace torch_mlir_importer

#endif // TORCH_MLIR_JIT_IR_IMPORTER_CLASS_ANNOTATOR_H
