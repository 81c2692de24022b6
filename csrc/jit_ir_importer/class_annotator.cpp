//===- class_annotator.cpp - Export and argument annotations -------------===//

#include "jit_ir_importer/class_annotator.h"
#include "jit_ir_importer/import_error.h"

#include <ATen/core/function.h>
#include <ATen/core/function_schema.h>

#include <sstream>

namespace torch_mlir_importer {

ClassAnnotation::ClassAnnotation(c10::ClassTypePtr classType)
    : classType(std::move(classType)) {
  for (const c10::ClassAttribute &attr : this->classType->getAttributes())
    attributeAnnotations.push_back({attr.getName(), true});
  for (torch::jit::Function *method : this->classType->methods())
    methodAnnotations.push_back({method->name(), true, std::nullopt});
}

AttributeAnnotation *
ClassAnnotation::findAttributeAnnotation(const std::string &name) {
  for (AttributeAnnotation &a : attributeAnnotations)
    if (a.name == name)
      return &a;
  return nullptr;
}

MethodAnnotation *
ClassAnnotation::findMethodAnnotation(const std::string &name) {
  for (MethodAnnotation &m : methodAnnotations)
    if (m.name == name)
      return &m;
  return nullptr;
}

bool ClassAnnotation::syncWithClassType() {
  const std::vector<c10::ClassAttribute> &attributes =
      classType->getAttributes();
  bool attributesInStep = attributeAnnotations.size() == attributes.size();
  for (size_t i = 0; attributesInStep && i < attributes.size(); ++i)
    attributesInStep = attributeAnnotations[i].name == attributes[i].getName();
  if (!attributesInStep) {
    std::vector<AttributeAnnotation> synced;
    for (const c10::ClassAttribute &attr : attributes) {
      AttributeAnnotation *existing = findAttributeAnnotation(attr.getName());
      synced.push_back(existing ? *existing
                                : AttributeAnnotation{attr.getName(), true});
    }
    attributeAnnotations = std::move(synced);
  }

  const std::vector<torch::jit::Function *> &methods = classType->methods();
  bool methodsInStep = methodAnnotations.size() == methods.size();
  for (size_t i = 0; methodsInStep && i < methods.size(); ++i)
    methodsInStep = methodAnnotations[i].name == methods[i]->name();
  if (!methodsInStep) {
    std::vector<MethodAnnotation> synced;
    for (torch::jit::Function *method : methods) {
      MethodAnnotation *existing = findMethodAnnotation(method->name());
      synced.push_back(
          existing ? *existing
                   : MethodAnnotation{method->name(), true, std::nullopt});
    }
    methodAnnotations = std::move(synced);
  }
  return !methodsInStep;
}

void ClassAnnotator::indexMethods(ClassAnnotation &annotation) {
  const std::vector<torch::jit::Function *> &methods =
      annotation.getClassType()->methods();
  for (size_t i = 0; i < methods.size(); ++i)
    functionToMethodAnnotation[methods[i]] =
        &annotation.getMethodAnnotations()[i];
}

ClassAnnotation &
ClassAnnotator::getOrCreateClassAnnotation(c10::ClassType *classType) {
  if (!classType->name())
    throwValueError("cannot annotate an unnamed class type '" +
                    classType->repr_str() + "'");
  std::string qualname = classType->name()->qualifiedName();
  std::unique_ptr<ClassAnnotation> &annotation = classAnnotations[qualname];
  if (!annotation) {
    annotation = std::make_unique<ClassAnnotation>(
        std::static_pointer_cast<c10::ClassType>(
            classType->shared_from_this()));
    indexMethods(*annotation);
  } else if (annotation->getClassType().get() != classType) {
    // E.g. two torch.jit.load's of one archive: same names, distinct types,
    // and nothing says the second one has the same attributes and methods.
    throwValueError("ClassAnnotator: class '" + qualname +
                    "' was annotated as a different class type of the same "
                    "name (from another compilation unit, e.g. another "
                    "torch.jit.load); use one ClassAnnotator per module");
  } else if (annotation->syncWithClassType()) {
    indexMethods(*annotation);
  }
  return *annotation;
}

MethodAnnotation *
ClassAnnotator::getMethodAnnotationForFunction(torch::jit::Function *fn) {
  auto it = functionToMethodAnnotation.find(fn);
  return it == functionToMethodAnnotation.end() ? nullptr : it->second;
}

void ClassAnnotator::exportNone(c10::ClassType &rootClassType) {
  ClassAnnotation &annotation = getOrCreateClassAnnotation(&rootClassType);
  for (AttributeAnnotation &a : annotation.getAttributeAnnotations())
    a.isExported = false;
  for (MethodAnnotation &m : annotation.getMethodAnnotations())
    m.isExported = false;
  for (const c10::ClassAttribute &attr : rootClassType.getAttributes())
    if (auto classType = attr.getType()->cast<c10::ClassType>())
      exportNone(*classType);
}

c10::ClassType *
ClassAnnotator::resolveOwner(c10::ClassType &rootClassType,
                             const std::vector<std::string> &path) {
  c10::ClassType *classType = &rootClassType;
  for (size_t i = 0; i + 1 < path.size(); ++i) {
    // Throws PyTorch's own error naming the class and the attribute.
    const c10::TypePtr &attrType = classType->getAttribute(path[i]);
    auto submodule = attrType->cast<c10::ClassType>();
    if (!submodule)
      throwValueError("class '" + classType->name()->qualifiedName() +
                      "' does not have a submodule in attribute '" + path[i] +
                      "'");
    classType = submodule.get();
  }
  return classType;
}

void ClassAnnotator::exportPath(c10::ClassType &rootClassType,
                                const std::vector<std::string> &path) {
  if (path.empty())
    throwValueError("Empty exported path. Can only export a property of a "
                    "class.");
  c10::ClassType *classType = resolveOwner(rootClassType, path);
  const std::string &name = path.back();
  if (!classType->findAttributeSlot(name) && !classType->findMethod(name))
    throwValueError("class '" + classType->name()->qualifiedName() +
                    "' does not have a method or attribute called '" + name +
                    "'");
  ClassAnnotation &annotation = getOrCreateClassAnnotation(classType);
  if (AttributeAnnotation *a = annotation.findAttributeAnnotation(name))
    a->isExported = true;
  if (MethodAnnotation *m = annotation.findMethodAnnotation(name))
    m->isExported = true;
}

void ClassAnnotator::annotateArgs(c10::ClassType &rootClassType,
                                  const std::vector<std::string> &path,
                                  std::vector<ArgAnnotation> argAnnotations) {
  if (path.empty())
    throwValueError("Empty annotated path. Can only annotate shapes/dtypes of "
                    "a method of a class.");
  c10::ClassType *classType = resolveOwner(rootClassType, path);
  // Throws PyTorch's own error when there is no such method.
  torch::jit::Function &method = classType->getMethod(path.back());
  const c10::FunctionSchema &schema = method.getSchema();
  if (argAnnotations.size() != schema.arguments().size()) {
    std::ostringstream os;
    os << "There must be one argument annotation per function parameter. "
       << "Including 'self' the number of argument annotations is: "
       << argAnnotations.size() << ". The number of function parameters is: "
       << schema.arguments().size() << ". The function signature is (";
    for (size_t i = 0; i < schema.arguments().size(); ++i)
      os << (i ? ", " : "") << schema.arguments()[i];
    os << ")";
    throwValueError(os.str());
  }
  ClassAnnotation &annotation = getOrCreateClassAnnotation(classType);
  annotation.findMethodAnnotation(path.back())->argAnnotations =
      std::move(argAnnotations);
}

namespace {
const char *boolString(bool b) { return b ? "true" : "false"; }
} // namespace

std::string ClassAnnotator::toString() const {
  std::ostringstream os;
  os << "ClassAnnotator {\n";
  for (const auto &[qualname, annotation] : classAnnotations) {
    os << "  ClassAnnotation('" << qualname << "') {\n";
    for (const AttributeAnnotation &a : annotation->getAttributeAnnotations()) {
      os << "    AttributeAnnotation('" << a.name << "') {\n";
      os << "      isExported = " << boolString(a.isExported) << "\n";
      os << "    }\n";
    }
    for (const MethodAnnotation &m : annotation->getMethodAnnotations()) {
      os << "    MethodAnnotation('" << m.name << "') {\n";
      os << "      isExported = " << boolString(m.isExported) << "\n";
      if (!m.argAnnotations) {
        os << "      argAnnotations = <none>\n";
      } else {
        os << "      argAnnotations =\n";
        for (size_t i = 0; i < m.argAnnotations->size(); ++i) {
          const ArgAnnotation &arg = (*m.argAnnotations)[i];
          os << "        ArgAnnotation(" << i << ") {\n";
          os << "          dtype = "
             << (arg.dtype ? c10::toString(*arg.dtype) : "<none>") << "\n";
          os << "          shape = ";
          if (arg.shape) {
            os << "[";
            for (size_t d = 0; d < arg.shape->size(); ++d)
              os << (d ? ", " : "") << (*arg.shape)[d];
            os << "]";
          } else {
            os << "<none>";
          }
          os << "\n";
          os << "          hasValueSemantics = "
             << boolString(arg.hasValueSemantics) << "\n";
          os << "        }\n";
        }
      }
      os << "    }\n";
    }
    os << "  }\n";
  }
  os << "}\n";
  return os.str();
}

} // namespace torch_mlir_importer
