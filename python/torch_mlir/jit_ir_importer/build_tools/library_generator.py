"""Compiles Python abstract-interpretation functions into an MLIR library.

The torch dialect's shape and dtype refinement passes look up, for an op
`ns.op.overload`, the functions `__torch_mlir_shape_fn.ns.op.overload`,
`__torch_mlir_dtype_fn.…`, `__torch_mlir_has_value_semantics_fn.…` (and
`…_decomposition_fn…`) in a library module. Users write those functions in
Python, named `ns〇op〇overload〡kind` (see `utils`), and
`compile(extra_library=[...])` hands them to `generate_library`, which:

1. checks each function's `def` line against the operator's schema in the JIT
   registry (a mismatch would silently compute wrong shapes later), unless the
   function is marked `@not_present_in_registry`;
2. scripts it (this also scripts the helpers it calls) into TorchScript's
   global Python compilation unit;
3. imports the functions of that unit with a `ModuleBuilder`, canonicalizes,
   and renames `__torch__.<python module>.ns〇op〡kind` to
   `__torch_mlir_kind_fn.ns.op` (the Python module part differs between the
   main process, `__main__`, and a spawned child, `__mp_main__`, so it is
   dropped);
4. returns the module's text, which the caller writes to a file for the
   pipeline's `extra-library` option.

Library functions left in the global compilation unit by *earlier* calls are
not imported again: they are not part of this library, and another test
module defining the same function would otherwise produce a duplicate symbol.
Everything else in the unit (helpers the library functions call) is imported.
"""

import inspect
import re
from typing import Callable, Dict, List, Optional, Union

import torch

from torch_mlir.ir import StringAttr, SymbolTable
from torch_mlir.jit_ir_importer import ModuleBuilder
from torch_mlir.passmanager import PassManager

from .registry import JitOperator, Registry

# The Python fallback of dtype promotion; calls to it are imported as the
# `torch.promote_dtypes` op, so the function itself is never imported.
PROMOTE_DTYPES_INTERNAL_NAME = "__torch_mlir_internal_promote_dtypes"

# `__torch__.[python.module.]ns〇op[〇overload]〡kind`
_LIBRARY_FUNCTION_QUALNAME = re.compile(
    r"^__torch__\.(?:[^.]+\.)*(?P<op>[^.〡]*〇[^.〡]*)〡(?P<kind>[^.]+)$"
)


def not_present_in_registry(function: Callable) -> Callable:
    """Marks a library function whose op is not in the JIT registry (no check)."""
    function._not_present_in_registry = None
    return function


def _def_line(function: Callable) -> str:
    for line in inspect.getsource(function).splitlines():
        stripped = line.strip()
        if stripped.startswith("def "):
            return stripped
    raise ValueError(f"Could not find the `def` line of {function.__name__!r}")


def _operator_for(function_name: str, registry: Registry) -> JitOperator:
    op_part, separator, _ = function_name.partition("〡")
    if not separator:
        raise ValueError(
            f"Malformed library function name {function_name!r}: expected "
            "'ns〇op[〇overload]〡kind'"
        )
    atoms = op_part.split("〇")
    if len(atoms) == 2:
        atoms.append("")
    try:
        return registry.get_by_triple(tuple(atoms))
    except KeyError:
        raise ValueError(
            f"Unable to find op {'.'.join(a for a in atoms if a)} in registry"
        ) from None


def verify_signature_matches_registry(function: Callable, registry: Registry):
    """Raises ValueError unless `function`'s def line is the one its op requires."""
    name = function.__name__
    operator = _operator_for(name, registry)
    kind = name.partition("〡")[2]
    expected = operator.library_function_signature(kind)
    actual = _def_line(function)
    if actual != expected:
        raise ValueError(f"Signature mismatch for {name!r}: expected {expected!r}, got {actual!r}")


def _library_symbol_name(qualified_name: str) -> str:
    match = _LIBRARY_FUNCTION_QUALNAME.match(qualified_name)
    if match:
        qualified_name = f"__torch_mlir_{match['kind']}_fn.{match['op']}"
    return qualified_name.replace("〇", ".")


def _rename_symbols(module):
    for operation in list(module.body.operations):
        if "sym_name" not in operation.attributes:
            continue
        old_name = StringAttr(operation.attributes["sym_name"]).value
        new_name = _library_symbol_name(old_name)
        if new_name != old_name:
            SymbolTable.replace_all_symbol_uses(old_name, new_name, module.operation)
            SymbolTable.set_symbol_name(operation, new_name)


def generate_library(functions: Dict[str, Callable]) -> str:
    """Returns the MLIR text of the library made of `functions`.

    Keys are function names; only those containing `〇` are library functions,
    other entries are ignored (the library of a whole Python module can be
    passed as `globals()`).
    Raises ValueError for an unknown op or a signature that does not match it.
    """
    mb = ModuleBuilder()
    registry = Registry.load()
    this_library = set()
    for name, function in functions.items():
        if "〇" not in name:
            continue
        if not hasattr(function, "_not_present_in_registry"):
            verify_signature_matches_registry(function, registry)
        this_library.add(torch.jit.script(function).qualified_name)

    for function in torch.jit._state._python_cu.get_functions():
        if function.name == PROMOTE_DTYPES_INTERNAL_NAME:
            continue
        is_library_function = _LIBRARY_FUNCTION_QUALNAME.match(function.qualified_name)
        if is_library_function and function.qualified_name not in this_library:
            continue
        try:
            mb.import_function(function)
        except (ValueError, RuntimeError):
            if is_library_function:
                raise
            # Unrelated code in TorchScript's process-wide compilation unit
            # (e.g. a user function with an Enum argument). The library needs
            # it only if a library function calls it, and then the
            # verification below names the missing symbol.
            continue
    mb.module.operation.verify()

    with mb.context:
        PassManager.parse("builtin.module(canonicalize)").run(mb.module.operation)
    _rename_symbols(mb.module)
    return mb.module.operation.get_asm()


# Helpers for dtype functions. TorchScript represents dtypes as ints; the same
# code runs eagerly on `torch.dtype`s.


def is_integer_dtype(dtype: int) -> bool:
    return dtype in [
        torch.bool,
        torch.uint8,
        torch.int8,
        torch.int16,
        torch.int32,
        torch.int64,
    ]


def is_float_dtype(dtype: int) -> bool:
    return dtype in [torch.float64, torch.float32, torch.float16, torch.bfloat16]


def is_complex_dtype(dtype: int) -> bool:
    return dtype in [torch.complex64, torch.complex128]


def get_dtype_of_scalar(scalar: Union[int, float, complex]) -> int:
    # `prim::NumToTensor` is the one op that gives a Python number the dtype
    # TorchScript associates with its type (float -> float64, ...).
    return torch.ops.prim.NumToTensor(scalar).dtype


def _dtype_category(dtype: int) -> int:
    if dtype == torch.bool:
        return 0
    if is_integer_dtype(dtype):
        return 1
    if is_float_dtype(dtype):
        return 2
    return 3


def promote_dtypes(ranks: List[Optional[int]], dtypes: List[int]) -> int:
    """PyTorch's result dtype for operands of the given ranks and dtypes.

    A rank of None stands for a Python scalar. Imported as `torch.promote_dtypes`.
    """
    return __torch_mlir_internal_promote_dtypes(ranks, dtypes)


def __torch_mlir_internal_promote_dtypes(ranks: List[Optional[int]], dtypes: List[int]) -> int:
    # Operands take part in priority order: dimensioned tensors, then
    # zero-rank tensors, then scalars; a later group only matters when its
    # category (bool < int < float < complex) is higher than the result so far.
    groups: List[Optional[int]] = [None, None, None]
    for rank, dtype in zip(ranks, dtypes):
        group = 2 if rank is None else (1 if rank == 0 else 0)
        current = groups[group]
        groups[group] = dtype if current is None else torch.promote_types(current, dtype)
    result: Optional[int] = None
    for group in range(3):
        candidate = groups[group]
        if candidate is None:
            continue
        if result is None:
            result = candidate
        elif _dtype_category(candidate) > _dtype_category(result):
            # A scalar of a higher category yields that category's default
            # dtype; TorchScript's defaults are float32 / complex64.
            if group == 2 and _dtype_category(candidate) == 2:
                candidate = torch.float32
            elif group == 2 and _dtype_category(candidate) == 3:
                candidate = torch.complex128 if result == torch.float64 else torch.complex64
            result = candidate
    assert result is not None
    return result
