"""The reference backend: Linalg-on-Tensors IR -> LLVM -> the wheel's JIT.

`RefBackendLinalgOnTensorsBackend.compile` lowers a Linalg-on-Tensors module
to the LLVM dialect; `load` wraps it in a `RefBackendInvoker`, which runs the
public functions on the MLIR `ExecutionEngine` with numpy arrays in and out.

How results come back: `refback-munge-calling-conventions` turns every public
function into one that returns nothing and instead calls an external
`refbackend_consume_func_return_<tokens>` function, one token per result
(`mrf32` for a memref of f32, `i64` for a scalar, ...). The invoker registers
a Python callback under each such name and picks the results up from there.

Two fixes over the legacy backend:
* scalar `i64` results are read as 64-bit integers (the old backend declared
  them `c_int` and truncated them to 32 bits);
* unsigned 8-bit results come back as `uint8`. Signedness is erased by the
  torch-to-backend lowering (`ui8` becomes `i8`), so the front ends record the
  positions of `ui8` results in a module attribute before lowering (see
  `record_unsigned_results`) and the invoker reinterprets those results.
"""

import ctypes
from typing import Dict, List

import numpy as np
from torch_mlir import ir
from torch_mlir.compiler_utils import run_pipeline_with_repro_report
from torch_mlir.execution_engine import ExecutionEngine
from torch_mlir.runtime import (
    UnrankedMemRefDescriptor,
    get_unranked_memref_descriptor,
    unranked_memref_to_numpy,
)

from .abc import LinalgOnTensorsBackend

__all__ = [
    "RefBackendInvoker",
    "RefBackendLinalgOnTensorsBackend",
    "LOWERING_PIPELINE",
    "lowering_pipeline",
    "record_unsigned_results",
]

# The passes of the RefBackend lowering, in order. `None` marks where
# runtime verification goes when it is enabled.
_LOWERING_PASSES = [
    "func.func(linalg-generalize-named-ops)",
    "func.func(linalg-fuse-elementwise-ops)",
    "convert-shape-to-std",
    "sparse-assembler{direct-out}",
    "sparsification-and-bufferization",
    "sparse-storage-specifier-to-llvm",
    "func.func(expand-realloc)",
    "func.func(refback-generalize-tensor-pad)",
    "func.func(refback-generalize-tensor-concat)",
    "func.func(tm-tensor-bufferize)",
    "one-shot-bufferize{copy-before-write bufferize-function-boundaries "
    "function-boundary-type-conversion=identity-layout-map}",
    "refback-mlprogram-bufferize",
    "func.func(buffer-deallocation-pipeline)",
    "inline",
    "refback-munge-calling-conventions",
    "func.func(tm-tensor-to-loops)",
    "func.func(refback-munge-memref-copy)",
    "func.func(convert-linalg-to-loops)",
    "func.func(lower-affine)",
    "convert-scf-to-cf",
    None,
    "func.func(refback-expand-ops-for-llvm)",
    "func.func(arith-expand)",
    "func.func(convert-math-to-llvm)",
    "convert-math-to-libm",
    "expand-strided-metadata",
    "finalize-memref-to-llvm",
    "lower-affine",
    "convert-scf-to-cf",
    "convert-bufferization-to-memref",
    "finalize-memref-to-llvm",
    "func.func(convert-arith-to-llvm)",
    "convert-vector-to-llvm",
    "convert-func-to-llvm",
    "convert-cf-to-llvm",
    "convert-complex-to-llvm",
    "reconcile-unrealized-casts",
]


def lowering_pipeline(generate_runtime_verification: bool) -> str:
    """The full RefBackend pass pipeline string."""
    verification = "generate-runtime-verification" if generate_runtime_verification else None
    passes = [verification if p is None else p for p in _LOWERING_PASSES]
    return "builtin.module(" + ",".join(p for p in passes if p is not None) + ")"


LOWERING_PIPELINE = lowering_pipeline(generate_runtime_verification=True)

# Module attribute: {func name -> [result positions that are ui8]}.
UNSIGNED_RESULTS_ATTR = "refback.uint8_results"

# Element type token of a memref result -> numpy dtype.
_MEMREF_TOKEN_DTYPES = {
    "mrf16": np.float16,
    "mrf32": np.float32,
    "mrf64": np.float64,
    "mri1": np.bool_,
    "mri8": np.int8,
    "mri16": np.int16,
    "mri32": np.int32,
    "mri64": np.int64,
    "mrc32": np.complex64,
    "mrc64": np.complex128,
}
# Scalar result token -> ctypes type. i64 must be 64 bits wide.
_SCALAR_TOKEN_CTYPES = {
    "i1": ctypes.c_bool,
    "i8": ctypes.c_byte,
    "i64": ctypes.c_int64,
    "f32": ctypes.c_float,
    "f64": ctypes.c_double,
}
# Argument dtypes the RefBackend accepts (numpy has no bfloat16).
_SUPPORTED_ARG_DTYPES = {
    np.float16, np.float32, np.float64, np.uint8, np.int8, np.int16,
    np.int32, np.int64, np.bool_, np.complex64, np.complex128,
}  # fmt: skip
_CONSUME_RETURN_PREFIX = "refbackend_consume_func_return_"


def record_unsigned_results(module: ir.Module) -> None:
    """Remember which results of each public function are `ui8` tensors.

    Call this on torch-dialect IR, before lowering to a backend contract
    erases signedness; the RefBackend invoker reads the attribute back.
    """
    positions: Dict[str, List[int]] = {}
    for op in module.body.operations:
        if op.operation.name != "func.func" or "sym_visibility" in op.attributes:
            continue
        function_type = ir.FunctionType(ir.TypeAttr(op.attributes["function_type"]).value)
        unsigned = [i for i, t in enumerate(function_type.results) if str(t).endswith(",ui8>")]
        if unsigned:
            positions[ir.StringAttr(op.attributes["sym_name"]).value] = unsigned
    if not positions:
        return
    with module.context:
        i64 = ir.IntegerType.get_signless(64)
        module.operation.attributes[UNSIGNED_RESULTS_ATTR] = ir.DictAttr.get(
            {
                name: ir.ArrayAttr.get([ir.IntegerAttr.get(i64, p) for p in indices])
                for name, indices in positions.items()
            }
        )


def _read_unsigned_results(module: ir.Module) -> Dict[str, List[int]]:
    attributes = module.operation.attributes
    if UNSIGNED_RESULTS_ATTR not in attributes:
        return {}
    table = ir.DictAttr(attributes[UNSIGNED_RESULTS_ATTR])
    return {
        table[i].name: [ir.IntegerAttr(p).value for p in ir.ArrayAttr(table[i].attr)]
        for i in range(len(table))
    }


def _consume_return_names(module: ir.Module) -> List[str]:
    """Names of the result callbacks that the lowered module declares."""
    names = []
    for op in module.body.operations:
        if "sym_name" not in op.attributes:
            continue
        name = ir.StringAttr(op.attributes["sym_name"]).value
        if name.startswith(_CONSUME_RETURN_PREFIX):
            names.append(name)
    return names


class RefBackendInvoker:
    """Calls the public functions of a RefBackend-lowered module by name."""

    def __init__(self, module: ir.Module):
        self._unsigned_results = _read_unsigned_results(module)
        self._engine = ExecutionEngine(module)
        self._result = None
        # The ctypes callbacks must outlive the engine; keep them here.
        self._callbacks = []
        for name in _consume_return_names(module):
            self._register_consume_return(name)

    def _register_consume_return(self, name: str) -> None:
        tokens = name[len(_CONSUME_RETURN_PREFIX) :].split("_")
        arg_types, converters = [], []
        for token in tokens:
            if token in _MEMREF_TOKEN_DTYPES:
                arg_types.append(ctypes.POINTER(UnrankedMemRefDescriptor))
                converters.append(_memref_converter(_MEMREF_TOKEN_DTYPES[token]))
            elif token in _SCALAR_TOKEN_CTYPES:
                arg_types.append(_SCALAR_TOKEN_CTYPES[token])
                converters.append(lambda value: value)
            else:
                raise AssertionError(f"Not supported type: {token}")

        def consume(*args):
            values = tuple(convert(arg) for convert, arg in zip(converters, args))
            self._result = values[0] if len(values) == 1 else values

        callback = ctypes.CFUNCTYPE(None, *arg_types)(consume)
        self._callbacks.append(callback)
        self._engine.register_runtime(name, callback)

    def __getattr__(self, function_name: str):
        if function_name.startswith("_"):
            raise AttributeError(function_name)

        def invoke(*args):
            for arg in args:
                assert isinstance(arg, np.ndarray) and arg.dtype.type in _SUPPORTED_ARG_DTYPES, (
                    f"Unsupported argument for the RefBackend: {type(arg).__name__}"
                    + (f" of dtype {arg.dtype}" if isinstance(arg, np.ndarray) else "")
                )
            # Keep the descriptors alive until the call returns.
            descriptors = [get_unranked_memref_descriptor(arg) for arg in args]
            ffi_args = [ctypes.pointer(ctypes.pointer(d)) for d in descriptors]
            self._engine.invoke(function_name, *ffi_args)
            result, self._result = self._result, None
            assert result is not None, "Invocation didn't produce a result"
            return self._reinterpret_unsigned(function_name, result)

        return invoke

    def _reinterpret_unsigned(self, function_name, result):
        positions = self._unsigned_results.get(function_name)
        if not positions:
            return result
        if not isinstance(result, tuple):
            return result.view(np.uint8)
        return tuple(
            value.view(np.uint8) if i in positions and isinstance(value, np.ndarray) else value
            for i, value in enumerate(result)
        )


def _memref_converter(dtype):
    # Copy: the buffer belongs to the compiled code, not to numpy.
    return lambda memref: np.array(unranked_memref_to_numpy(memref, dtype), copy=True)


class RefBackendLinalgOnTensorsBackend(LinalgOnTensorsBackend):
    """Lowers Linalg-on-Tensors IR to LLVM and runs it on the MLIR JIT."""

    def __init__(self, generate_runtime_verification: bool = True):
        super().__init__()
        self.generate_runtime_verification = generate_runtime_verification

    def compile(self, imported_module: ir.Module) -> ir.Module:
        """Lower `imported_module` in place and return it."""
        run_pipeline_with_repro_report(
            imported_module,
            lowering_pipeline(self.generate_runtime_verification),
            "Lowering Linalg-on-Tensors IR to LLVM with RefBackend",
        )
        return imported_module

    def load(self, module: ir.Module) -> RefBackendInvoker:
        return RefBackendInvoker(module)
