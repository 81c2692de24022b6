"""The `torch::jit` operator registry, as Python objects.

`Registry.load()` snapshots `get_registered_ops()` (every operator known to the
process at that moment, including custom ops registered with `torch.library`),
so callers reload rather than cache when ops may have been added since.

`JitOperator.library_function_signature(kind)` is what a library function for
the operator must look like; `library_generator` compares it with the `def`
line users wrote.
"""

from typing import Dict, List, Tuple

from torch_mlir.jit_ir_importer import get_registered_ops

from . import utils

# (namespace, unqualified name, overload name), e.g. ("aten", "add", "Tensor").
OperatorTriple = Tuple[str, str, str]


def _shape_parameter(arg: dict) -> str:
    name = utils.python_parameter_name(arg["name"])
    return f"{name}: {utils.shape_fn_pytype(arg['pytype'])}{utils.default_value_suffix(arg)}"


def _shape_result(ret: dict) -> str:
    return utils.shape_fn_pytype(ret["pytype"])


def _dtype_parameter(arg: dict) -> str:
    name = utils.python_parameter_name(arg["name"])
    if "Tensor" in arg["pytype"]:
        name += "_rank_dtype"
    return f"{name}: {utils.dtype_fn_pytype(arg['pytype'])}{utils.default_value_suffix(arg)}"


def _dtype_result(ret: dict) -> str:
    # A dtype function returns the dtype (an int) of each tensor result.
    return "int" if ret["pytype"] == "Tensor" else utils.dtype_fn_pytype(ret["pytype"])


def _decomposition_parameter(arg: dict) -> str:
    name = utils.python_parameter_name(arg["name"])
    return (
        f"{name}: {utils.decomposition_fn_pytype(arg['pytype'])}{utils.default_value_suffix(arg)}"
    )


def _decomposition_result(ret: dict) -> str:
    return utils.decomposition_fn_pytype(ret["pytype"])


# Library function kind -> how its operands and results are declared.
# `has_value_semantics` functions are markers: no parameters, return None.
SIGNATURE_RULES = {
    "shape": (_shape_parameter, _shape_result),
    "dtype": (_dtype_parameter, _dtype_result),
    "decomposition": (_decomposition_parameter, _decomposition_result),
    "has_value_semantics": (lambda arg: "", lambda ret: "None"),
}


class JitOperator:
    """One operator overload of the JIT registry (one `get_registered_ops()` record)."""

    def __init__(self, op_info: dict):
        self.op_info = op_info
        qualified_name, self.overload_name = op_info["name"]
        self.namespace, self.unqualified_name = qualified_name.split("::", 1)

    @property
    def triple(self) -> OperatorTriple:
        return (self.namespace, self.unqualified_name, self.overload_name)

    @property
    def unique_key(self) -> str:
        """`aten::add.Tensor`, or `aten::tanh` for the default overload."""
        key = f"{self.namespace}::{self.unqualified_name}"
        return f"{key}.{self.overload_name}" if self.overload_name else key

    @property
    def mlir_name(self) -> str:
        """The operation name without the `torch.` prefix: `aten.add.Tensor`."""
        atoms = [self.namespace, self.unqualified_name]
        if self.overload_name:
            atoms.append(self.overload_name)
        return ".".join(atoms)

    @property
    def arguments(self) -> List[dict]:
        return self.op_info["arguments"]

    @property
    def returns(self) -> List[dict]:
        return self.op_info["returns"]

    @property
    def is_mutable(self) -> bool:
        return self.op_info["is_mutable"]

    def library_function_name(self, kind: str) -> str:
        return utils.function_name(self.mlir_name, kind)

    def library_function_signature(self, kind: str) -> str:
        """The exact `def` line of this operator's `kind` library function."""
        if kind not in SIGNATURE_RULES:
            raise ValueError(
                f"Unknown library function kind '{kind}'; expected one of: "
                f"{', '.join(SIGNATURE_RULES)}"
            )
        parameter, result = SIGNATURE_RULES[kind]
        return utils.def_line(
            self.library_function_name(kind),
            self.arguments,
            self.returns,
            parameter,
            result,
        )

    # The spellings upstream tools use.
    def get_shape_function_signature(self) -> str:
        return self.library_function_signature("shape")

    def get_dtype_function_signature(self) -> str:
        return self.library_function_signature("dtype")

    def get_decomposition_function_signature(self) -> str:
        return self.library_function_signature("decomposition")

    def get_has_value_semantics_function_signature(self) -> str:
        return self.library_function_signature("has_value_semantics")

    def __repr__(self) -> str:
        return f"JitOperator({self.unique_key})"


class Registry:
    """All JIT operators, indexed by unique key (`aten::add.Tensor`) and triple."""

    def __init__(self, operators: List[JitOperator]):
        self.by_unique_key: Dict[str, JitOperator] = {}
        self.by_triple: Dict[OperatorTriple, JitOperator] = {}
        for operator in operators:
            self.by_unique_key[operator.unique_key] = operator
            self.by_triple[operator.triple] = operator

    @staticmethod
    def load() -> "Registry":
        return Registry([JitOperator(op_info) for op_info in get_registered_ops()])

    def __getitem__(self, unique_key: str) -> JitOperator:
        return self.by_unique_key[unique_key]

    def __contains__(self, unique_key: str) -> bool:
        return unique_key in self.by_unique_key

    def get_by_triple(self, triple: OperatorTriple) -> JitOperator:
        return self.by_triple[triple]

    def __len__(self) -> int:
        return len(self.by_unique_key)
