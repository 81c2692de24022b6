//===- registered_ops.cpp - get_registered_ops() -------------------------===//
//
// One dict per operator in the JIT registry, in the record format the
// build_tools registry (and ODS generation) reads.
//
//===----------------------------------------------------------------------===//

#include "python/bindings.h"

#include <torch/csrc/jit/runtime/operator.h>

#include <sstream>

namespace py = pybind11;

namespace torch_mlir_importer {

namespace {

py::list aliasSets(const std::unordered_set<c10::Symbol> &sets) {
  std::vector<std::string> names;
  for (const c10::Symbol &s : sets)
    names.push_back(s.toQualString());
  std::sort(names.begin(), names.end());
  py::list result;
  for (const std::string &n : names)
    result.append(n);
  return result;
}

py::dict argumentRecord(const c10::Argument &arg) {
  py::dict record;
  record["name"] = arg.name();
  record["type"] = arg.type()->str();
  record["pytype"] = arg.type()->annotation_str();
  if (arg.N())
    record["N"] = *arg.N();
  if (arg.default_value()) {
    std::ostringstream os;
    os << *arg.default_value();
    record["default_debug"] = os.str();
  }
  if (const c10::AliasInfo *alias = arg.alias_info()) {
    py::dict aliasRecord;
    aliasRecord["is_write"] = alias->isWrite();
    aliasRecord["before"] = aliasSets(alias->beforeSets());
    aliasRecord["after"] = aliasSets(alias->afterSets());
    record["alias_info"] = aliasRecord;
  }
  return record;
}

py::list getRegisteredOps() {
  py::list ops;
  for (const std::shared_ptr<torch::jit::Operator> &op :
       torch::jit::getAllOperators()) {
    const c10::FunctionSchema &schema = op->schema();
    py::dict record;
    record["name"] = py::make_tuple(schema.name(), schema.overload_name());
    record["is_c10_op"] = op->isC10Op();
    record["is_vararg"] = schema.is_vararg();
    record["is_varret"] = schema.is_varret();
    record["is_mutable"] = schema.is_mutable();
    py::list arguments, returns;
    for (const c10::Argument &arg : schema.arguments())
      arguments.append(argumentRecord(arg));
    for (const c10::Argument &ret : schema.returns())
      returns.append(argumentRecord(ret));
    record["arguments"] = arguments;
    record["returns"] = returns;
    ops.append(record);
  }
  return ops;
}

} // namespace

void bindGetRegisteredOps(py::module &m) {
  m.def("get_registered_ops", &getRegisteredOps,
        "The schemas of every operator in the TorchScript registry.");
}

} // namespace torch_mlir_importer
