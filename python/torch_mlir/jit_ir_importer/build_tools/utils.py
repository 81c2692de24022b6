"""How an operator's schema is spelled in a Python library function signature.

Library functions are looked up by name and checked against the operator's
schema by comparing their `def` line with the expected one *textually*, so the
rules below are a contract with every existing library file: change them and
users' functions stop matching.

* Function names replace the `.` of `aten.add.Tensor` with `〇` (a character
  that is valid in a Python identifier and looks like a dot) and append
  `〡<kind>`: `aten〇add〇Tensor〡shape`.
* Each kind of function sees the operands differently (table below): a shape
  function receives a tensor's shape (`List[int]`), a dtype function its
  `(rank, dtype)` pair, a decomposition the tensor itself.
"""

import keyword
from typing import Callable, Dict, List, Tuple

# TorchScript cannot express "int or float" for a Scalar; shape functions never
# depend on a Scalar's value, so `float` is used there to make that visible.
_SHAPE_FN_PYTYPES: Dict[str, str] = {
    "number": "float",
    "Optional[number]": "Optional[float]",
    "List[number]": "List[float]",
    "List[Optional[number]]": "List[float]",
}

# Types TorchScript spells differently in Python source than in schemas.
_COMMON_REPLACEMENTS: List[Tuple[str, str]] = [
    ("number", "Union[int, float, complex]"),
    ("Device", "device"),
    # Generators never influence shapes or dtypes.
    ("Generator", "Any"),
]


def _common_pytype(pytype: str) -> str:
    for schema_spelling, python_spelling in _COMMON_REPLACEMENTS:
        pytype = pytype.replace(schema_spelling, python_spelling)
    return pytype


def shape_fn_pytype(pytype: str) -> str:
    """The type of an operand as seen by a `〡shape` function."""
    if pytype in _SHAPE_FN_PYTYPES:
        return _SHAPE_FN_PYTYPES[pytype]
    return _common_pytype(pytype).replace("Tensor", "List[int]")


def dtype_fn_pytype(pytype: str) -> str:
    """The type of an operand as seen by a `〡dtype` function."""
    return _common_pytype(pytype).replace("Tensor", "Tuple[int, int]")


def decomposition_fn_pytype(pytype: str) -> str:
    """The type of an operand as seen by a `〡decomposition` function."""
    return _common_pytype(pytype)


def python_parameter_name(schema_name: str) -> str:
    """Schema argument names such as `from` are Python keywords."""
    return schema_name + "_" if keyword.iskeyword(schema_name) else schema_name


def default_value_suffix(arg: dict) -> str:
    """` = <default>` for an argument record of `get_registered_ops()`, or ``."""
    if "default_debug" not in arg:
        return ""
    default = arg["default_debug"]
    if "List" in arg["pytype"]:
        # TorchScript rejects mutable (list) defaults; tuples behave the same
        # for the read-only uses library functions make of them.
        default = default.replace("[", "(").replace("]", ")")
    elif arg["pytype"] == "str":
        default = '"' + default.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f" = {default}"


def function_name(mlir_op_name: str, kind: str) -> str:
    """`aten.add.Tensor`, `shape` -> `aten〇add〇Tensor〡shape`."""
    return "〇".join(mlir_op_name.split(".")) + f"〡{kind}"


def def_line(
    name: str,
    arguments: List[dict],
    returns: List[dict],
    parameter: Callable[[dict], str],
    result: Callable[[dict], str],
) -> str:
    """Assembles `def name(p0, p1) -> R:`; several results become a `Tuple`."""
    parameters = ", ".join(p for p in map(parameter, arguments) if p)
    results = [result(r) for r in returns]
    if not results:
        result_type = "None"
    elif len(results) == 1:
        result_type = results[0]
    else:
        result_type = f"Tuple[{', '.join(results)}]"
    return f"def {name}({parameters}) -> {result_type}:"
