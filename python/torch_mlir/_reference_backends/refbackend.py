"""The reference backend: Linalg-on-Tensors IR -> LLVM -> the wheel's JIT.

`RefBackendLinalgOnTensorsBackend.compile` lowers a Linalg-on-Tensors module
to the LLVM dialect; `load` wraps it in a `RefBackendInvoker`, which runs the
public functions on the MLIR `ExecutionEngine` with numpy arrays in and out.

How results come back: `refback-munge-calling-conventions` turns every public
function into one that returns nothing and instead calls an external
`refbackend_consume_func_return_<tokens>` function, one token per result
(`mrf32` for a memref of f32, `i64` for a scalar, ...). The invoker registers
a Python callback under each such name and picks the results up from there.

Arguments and failed checks (the legacy backend aborted the process, or
silently read a float64 array as float32):
* `compile` records the Linalg-on-Tensors argument types of each public
  function (`arguments.record_argument_types`); the invoker refuses, before
  the call, a wrong argument count, rank, static dim or dtype with a
  `ValueError` naming the argument and both types, a non-array with a
  `TypeError`, and passes every accepted array as a native-endian,
  row-major copy when it is not one already (strided views, big-endian
  arrays), with canonical strides (numpy's strides of empty arrays and of
  size-1 dims made the JIT code's cast checks abort);
* every `cf.assert` of a public function (the lowerings' checks, such as
  "mismatched size for broadcast", and runtime verification's) is rewritten
  into a callback and an early return before it reaches LLVM
  (`runtime_checks`), and the invoker raises a `RuntimeError` with the
  check's message. What can still abort is listed in `runtime_checks`.

Three fixes over the legacy backend:
* scalar `i64` results are read as 64-bit integers (the old backend declared
  them `c_int` and truncated them to 32 bits);
* unsigned 8-bit results come back as `uint8`. Signedness is erased by the
  torch-to-backend lowering (`ui8` becomes `i8`), so the front ends record the
  positions of `ui8` results in a module attribute before lowering (see
  `record_unsigned_results`) and the invoker reinterprets those results;
* `bf16` arguments are taken as `torch.bfloat16` tensors, passed as the
  int16 bits the compiled function reinterprets (`bfloat16_arguments`: the
  calling convention has no bf16 memrefs);
* `bf16` results come back as `torch.bfloat16` tensors. The calling
  convention names every 16-bit float memref `mrf16`, so they would otherwise
  be read as `float16`; their positions are recorded the same way;
* bf16 arithmetic is computed in f32 and rounded as integer arithmetic, and
  the invoker provides `__truncsfbf2` / `__truncdfbf2` to the JIT: on a CPU
  without AVX512-BF16, LLVM calls them wherever it stores a bf16, and no
  library the JIT loads defines them;
* loops that yield a fresh tensor each iteration bufferize (the sparse
  passes, whose bufferization refuses them, run only for modules with sparse
  tensors);
* functions `compile` recorded as returning a list (`torch_mlir.list_results`)
  hand their results back as a list.
"""

import ctypes
import struct
from typing import Dict, List

import numpy as np

from torch_mlir import ir
from torch_mlir._result_containers import list_results
from torch_mlir.compiler_utils import run_pipeline_with_repro_report
from torch_mlir.execution_engine import ExecutionEngine
from torch_mlir.runtime import UnrankedMemRefDescriptor, unranked_memref_to_numpy

from .abc import LinalgOnTensorsBackend
from .arguments import (
    check_arguments,
    memref_descriptor,
    read_argument_specs,
    record_argument_types,
)
from .bfloat16_arguments import BITS_PIPELINE, as_bits_if_bfloat16, bfloat16_arguments_as_bits
from .runtime_checks import CHECK_FAILED_FUNCTION, checks_to_early_returns, read_check_messages

__all__ = [
    "RefBackendInvoker",
    "RefBackendLinalgOnTensorsBackend",
    "LOWERING_PIPELINE",
    "lowering_pipeline",
    "record_unsigned_results",
]

# The passes of the RefBackend lowering, in order. `None` marks where
# runtime verification goes when it is enabled. There is no
# linalg-fuse-elementwise-ops: the core's (20261001) miscompiles the direct
# lowering of aten.adaptive_avg_pool2d followed by a matmul (ResNet's head
# gave errors of 0.6), and a reference backend needs correct numbers, not
# fused loops.
_LOWERING_PASSES = [
    "func.func(linalg-generalize-named-ops)",
    "convert-shape-to-std",
    "sparse-assembler{direct-out}",
    "sparsification-and-bufferization",
    "sparse-storage-specifier-to-llvm",
    "func.func(expand-realloc)",
    "func.func(refback-generalize-tensor-pad)",
    "func.func(refback-generalize-tensor-concat)",
    "func.func(tm-tensor-bufferize)",
    # A loop whose carried tensor is not updated in place (an accumulator
    # `acc = acc + x`, an RNN's state) yields a new buffer each iteration.
    "one-shot-bufferize{copy-before-write bufferize-function-boundaries "
    "function-boundary-type-conversion=identity-layout-map "
    "allow-return-allocs-from-loops}",
    "refback-mlprogram-bufferize",
    "buffer-deallocation-pipeline",
    "inline",
    "refback-munge-calling-conventions",
    "func.func(tm-tensor-to-loops)",
    # Before munge-memref-copy: the deallocation pipeline's
    # bufferization.clone (e.g. of a returned strided view) becomes a
    # memref.copy, which must be rewritten into a loop, since the JIT has no
    # `memrefCopy` runtime function to call.
    "convert-bufferization-to-memref",
    "func.func(refback-munge-memref-copy)",
    "func.func(convert-linalg-to-loops)",
    "func.func(lower-affine)",
    "convert-scf-to-cf",
    None,
    "func.func(refback-expand-ops-for-llvm)",
    # bf16 arithmetic in f32, and the truncations and extensions as integer
    # arithmetic: on a CPU without AVX512-BF16, LLVM's own promotion of
    # bf16 calls __truncsfbf2, which no library the JIT loads defines.
    "func.func(math-extend-to-supported-types{target-type=f32})",
    "func.func(arith-emulate-unsupported-floats{source-types=bf16 target-type=f32})",
    "func.func(arith-expand{include-bf16=true})",
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


# The passes for sparse tensors. sparsification-and-bufferization also
# bufferizes the dense ops, with options of its own that refuse a loop
# yielding a tensor other than its carried one ("Yield operand #0 is not
# equivalent to the corresponding iter bbArg"); modules without sparse
# tensors leave them out, and one-shot-bufferize (which allows such loops)
# bufferizes everything.
_SPARSE_PASSES = frozenset(
    ("sparse-assembler{direct-out}", "sparsification-and-bufferization",
     "sparse-storage-specifier-to-llvm", "func.func(expand-realloc)")
)  # fmt: skip


def lowering_pipeline(generate_runtime_verification: bool, sparse: bool = True) -> str:
    """The full RefBackend pass pipeline string; without the sparse passes
    unless `sparse`."""
    verification = "generate-runtime-verification" if generate_runtime_verification else None
    passes = [verification if p is None else p for p in _LOWERING_PASSES]
    if not sparse:
        passes = [p for p in passes if p not in _SPARSE_PASSES]
    return "builtin.module(" + ",".join(p for p in passes if p is not None) + ")"


LOWERING_PIPELINE = lowering_pipeline(generate_runtime_verification=True)


def _lowering_halves(generate_runtime_verification: bool, sparse: bool):
    """The pipeline before and after the point where `cf.assert`s are
    rewritten (after runtime verification, before anything reaches LLVM)."""
    passes = lowering_pipeline(generate_runtime_verification, sparse)[len("builtin.module(") : -1]
    split = passes.index("func.func(refback-expand-ops-for-llvm)")
    return (
        "builtin.module(" + passes[:split].rstrip(",") + ")",
        "builtin.module(" + passes[split:] + ")",
    )


# Module attributes: {func name -> [result positions that are ui8 / bf16]}.
UNSIGNED_RESULTS_ATTR = "refback.uint8_results"
BF16_RESULTS_ATTR = "refback.bf16_results"

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
    """Remember which results of each public function are `ui8` or `bf16`.

    Call this on torch-dialect IR, before lowering to a backend contract
    erases signedness (and before the calling convention folds bf16 into
    f16); the RefBackend invoker reads the attributes back.
    """
    unsigned: Dict[str, List[int]] = {}
    bfloat: Dict[str, List[int]] = {}
    for op in module.body.operations:
        if op.operation.name != "func.func" or "sym_visibility" in op.attributes:
            continue
        function_type = ir.FunctionType(ir.TypeAttr(op.attributes["function_type"]).value)
        name = ir.StringAttr(op.attributes["sym_name"]).value
        for table, suffix in ((unsigned, ",ui8>"), (bfloat, ",bf16>")):
            found = [i for i, t in enumerate(function_type.results) if str(t).endswith(suffix)]
            if found:
                table[name] = found
    with module.context:
        i64 = ir.IntegerType.get_signless(64)
        for attr_name, table in ((UNSIGNED_RESULTS_ATTR, unsigned), (BF16_RESULTS_ATTR, bfloat)):
            if table:
                module.operation.attributes[attr_name] = ir.DictAttr.get(
                    {
                        name: ir.ArrayAttr.get([ir.IntegerAttr.get(i64, p) for p in indices])
                        for name, indices in table.items()
                    }
                )


def _read_result_positions(module: ir.Module, attr_name: str) -> Dict[str, List[int]]:
    attributes = module.operation.attributes
    if attr_name not in attributes:
        return {}
    table = ir.DictAttr(attributes[attr_name])
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
        self._reinterpretations = {
            reinterpret: _read_result_positions(module, attr_name)
            for attr_name, reinterpret in (
                (UNSIGNED_RESULTS_ATTR, _as_uint8),
                (BF16_RESULTS_ATTR, _as_bfloat16),
            )
        }
        self._argument_specs = read_argument_specs(module)
        self._list_results = list_results(module)
        self._check_messages = read_check_messages(module)
        self._engine = ExecutionEngine(module)
        self._result = None
        self._failed_check = None
        # The ctypes callbacks must outlive the engine; keep them here.
        self._callbacks = []
        for name in _consume_return_names(module):
            self._register_consume_return(name)
        self._register_bfloat16_truncations()
        if self._check_messages:
            self._register_check_failed()

    def _register_bfloat16_truncations(self) -> None:
        # On a CPU without AVX512-BF16, LLVM keeps bf16 values in f32
        # registers and rounds them back with __truncsfbf2 / __truncdfbf2
        # (compiler-rt's, which no library the JIT loads provides) wherever
        # it stores one. Only called on such CPUs; the result is returned in
        # xmm0 like a float whose low 16 bits are the bf16's.
        for name, argument, round_to_bits in (
            ("__truncsfbf2", ctypes.c_float, _float32_to_bfloat16_bits),
            ("__truncdfbf2", ctypes.c_double, _float64_to_bfloat16_bits),
        ):
            callback = ctypes.CFUNCTYPE(ctypes.c_float, argument)(
                lambda value, round_to_bits=round_to_bits: _bits_as_float32(round_to_bits(value))
            )
            self._callbacks.append(callback)
            # Under its own name (register_runtime would prefix _mlir_ciface_).
            self._engine.raw_register_runtime(name, ctypes.cast(callback, ctypes.c_void_p))

    def _register_check_failed(self) -> None:
        def check_failed(check_id):
            self._failed_check = check_id

        callback = ctypes.CFUNCTYPE(None, ctypes.c_int64)(check_failed)
        self._callbacks.append(callback)
        self._engine.register_runtime(CHECK_FAILED_FUNCTION, callback)

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
            specs = self._argument_specs.get(function_name) if self._argument_specs else None
            arrays = check_arguments(
                function_name, as_bits_if_bfloat16(args), specs, _SUPPORTED_ARG_DTYPES
            )
            # Keep the descriptors alive until the call returns.
            descriptors = [memref_descriptor(array) for array in arrays]
            ffi_args = [ctypes.pointer(ctypes.pointer(d)) for d in descriptors]
            try:
                self._engine.invoke(function_name, *ffi_args)
            except RuntimeError as error:
                if not str(error).startswith("Unknown function"):
                    raise
                # The JIT reports a failed link only on stderr; a function
                # of the module that cannot be found is the visible symptom.
                raise RuntimeError(
                    f"The RefBackend JIT cannot find function '{function_name}': it is not "
                    "a public function of the module, or linking failed (a 'JIT session "
                    "error: Symbols not found' on stderr names the missing runtime symbol)"
                ) from None
            result, self._result = self._result, None
            failed, self._failed_check = self._failed_check, None
            if failed is not None:
                raise RuntimeError(
                    f"A runtime check failed in {function_name}(): " + self._check_messages[failed]
                )
            assert result is not None, "Invocation didn't produce a result"
            result = self._reinterpret(function_name, result)
            if function_name in self._list_results:
                # The function returns the elements of the list its method returns.
                result = list(result) if isinstance(result, tuple) else [result]
            return result

        return invoke

    def _reinterpret(self, function_name, result):
        for reinterpret, table in self._reinterpretations.items():
            positions = table.get(function_name)
            if not positions:
                continue
            if not isinstance(result, tuple):
                result = reinterpret(result)
            else:
                result = tuple(
                    reinterpret(value)
                    if i in positions and isinstance(value, np.ndarray)
                    else value
                    for i, value in enumerate(result)
                )
        return result


def _float32_to_bfloat16_bits(value: float) -> int:
    """The bits of the bf16 nearest to float32 `value` (ties to even)."""
    (bits,) = struct.unpack("<I", struct.pack("<f", value))
    if value != value:  # NaN: a quiet NaN of the same sign
        return ((bits >> 16) & 0x8000) | 0x7FC0
    return ((bits + 0x7FFF + ((bits >> 16) & 1)) >> 16) & 0xFFFF


def _float64_to_bfloat16_bits(value: float) -> int:
    """The bits of the bf16 nearest to float64 `value` (ties to even, in one rounding)."""
    import torch

    rounded = torch.tensor(value, dtype=torch.float64).to(torch.bfloat16)
    return int(rounded.view(torch.int16).item()) & 0xFFFF


def _bits_as_float32(bits: int) -> float:
    (value,) = struct.unpack("<f", struct.pack("<I", bits))
    return value


def _as_uint8(array: np.ndarray) -> np.ndarray:
    return array.view(np.uint8)


def _as_bfloat16(array: np.ndarray):
    # numpy has no bfloat16: hand back a torch tensor over the same bits.
    import torch

    return torch.from_numpy(array.view(np.int16)).view(torch.bfloat16)


def _memref_converter(dtype):
    # Copy: the buffer belongs to the compiled code, not to numpy.
    return lambda memref: np.array(unranked_memref_to_numpy(memref, dtype), copy=True)


def _has_sparse_tensors(module: ir.Module) -> bool:
    """Whether a function of `module` takes or returns a sparse tensor (the
    importers make sparse tensors only at function boundaries)."""
    for operation in module.body.operations:
        if operation.operation.name != "func.func":
            continue
        function_type = ir.FunctionType(ir.TypeAttr(operation.attributes["function_type"]).value)
        for jit_type in (*function_type.inputs, *function_type.results):
            if "#sparse_tensor.encoding" in str(jit_type):
                return True
    return False


class RefBackendLinalgOnTensorsBackend(LinalgOnTensorsBackend):
    """Lowers Linalg-on-Tensors IR to LLVM and runs it on the MLIR JIT."""

    def __init__(self, generate_runtime_verification: bool = True):
        super().__init__()
        self.generate_runtime_verification = generate_runtime_verification

    def compile(self, imported_module: ir.Module) -> ir.Module:
        """Lower `imported_module` in place and return it."""
        record_argument_types(imported_module)
        if bfloat16_arguments_as_bits(imported_module):
            run_pipeline_with_repro_report(
                imported_module, BITS_PIPELINE, "Reinterpreting bf16 arguments as their bits"
            )
        before, after = _lowering_halves(
            self.generate_runtime_verification, _has_sparse_tensors(imported_module)
        )
        description = "Lowering Linalg-on-Tensors IR to LLVM with RefBackend"
        run_pipeline_with_repro_report(imported_module, before, description)
        checks_to_early_returns(imported_module)
        run_pipeline_with_repro_report(imported_module, after, description)
        return imported_module

    def load(self, module: ir.Module) -> RefBackendInvoker:
        return RefBackendInvoker(module)
