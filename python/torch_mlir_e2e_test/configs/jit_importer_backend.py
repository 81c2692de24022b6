"""Compiles through TorchScript and the JIT IR importer, runs on a backend.

`torch_mlir.torchscript.compile` scripts the program, imports it with the
C++ importer and lowers it to the backend contract of `output_type`; the
backend then compiles and runs it. The legal ops and the lowering pipelines
are compile's own (`torch_mlir._pipelines`). `torch_mlir.torchscript` is
imported when a program is compiled, not when this module is, so the other
configs keep working on an installation without the importer extension.
"""

from typing import Any

import torch

from torch_mlir._pipelines import BACKEND_LEGAL_OPS
from torch_mlir.compiler_utils import OutputType

from ..framework import TestConfig, Trace, TraceItem
from ..linalg_on_tensors_backends.refbackend import record_unsigned_results
from ..utils import convert_annotations_to_placeholders
from .utils import recursively_convert_from_numpy, recursively_convert_to_numpy


class JITImporterTestConfig(TestConfig):
    """TorchScript -> torch dialect -> `output_type` contract -> `backend`."""

    def __init__(self, backend, output_type="linalg-on-tensors", static_shapes=False):
        super().__init__()
        self.backend = backend
        self.output_type = output_type
        self.backend_legal_ops = BACKEND_LEGAL_OPS.get(OutputType.get(output_type), [])
        self.static_shapes = static_shapes

    def compile(self, program, verbose: bool = False) -> Any:
        """The backend's artifact; with `static_shapes`, the program itself.

        With `static_shapes=True` the dims that `annotate_args` gives as -1
        are specialized to the sizes of each call's actual inputs, as
        `torch.export` specializes on its example inputs: `run` compiles the
        program once per distinct input signature of the trace.
        """
        if self.static_shapes:
            return _Deferred(program, verbose)
        return self._compile(program, convert_annotations_to_placeholders(program.forward), verbose)

    def _compile(self, program, example_args, verbose: bool) -> Any:
        from torch_mlir import torchscript
        from torch_mlir._torchscript.lowering import lower_torch_backend_to

        # Lower in two steps (same result as one `compile` call) so that the
        # ui8 results can be recorded while the torch types still show them.
        module = torchscript.compile(
            program,
            example_args,
            output_type=OutputType.TORCH,
            backend_legal_ops=self.backend_legal_ops,
            verbose=verbose,
        )
        record_unsigned_results(module)
        output_type = OutputType.get(self.output_type)
        module = lower_torch_backend_to(output_type, module, verbose)
        return self.backend.compile(module)

    def run(self, artifact: Any, trace: Trace) -> Trace:
        deferred = isinstance(artifact, _Deferred)
        # Input signature (None when compiled once) -> the loaded program.
        invokers = {} if deferred else {None: self.backend.load(artifact)}
        result: Trace = []
        for item in trace:
            key = _input_signature(item.inputs) if deferred else None
            if key not in invokers:
                invokers[key] = self.backend.load(
                    self._compile(artifact.program, list(item.inputs), artifact.verbose)
                )
            invoker = invokers[key]
            numpy_inputs = recursively_convert_to_numpy(item.inputs)
            outputs = getattr(invoker, item.symbol)(*numpy_inputs)
            result.append(
                TraceItem(item.symbol, item.inputs, recursively_convert_from_numpy(outputs))
            )
        return result


class _Deferred:
    """A program whose compilation waits for the inputs it is called with."""

    def __init__(self, program, verbose: bool):
        self.program = program
        self.verbose = verbose


def _input_signature(inputs) -> tuple:
    """What a compile specialized on `inputs` depends on: shapes and dtypes."""
    return tuple(
        (tuple(x.shape), x.dtype) if isinstance(x, torch.Tensor) else (type(x), x) for x in inputs
    )


class LinalgOnTensorsBackendTestConfig(JITImporterTestConfig):
    """The pre-2025 name of `JITImporterTestConfig(backend, "linalg-on-tensors")`."""

    def __init__(self, backend):
        super().__init__(backend, "linalg-on-tensors")


class TosaBackendTestConfig(JITImporterTestConfig):
    """The pre-2025 name of `JITImporterTestConfig(backend, "tosa")`."""

    def __init__(self, backend):
        super().__init__(backend, "tosa")


class StablehloBackendTestConfig(JITImporterTestConfig):
    """The pre-2025 name of `JITImporterTestConfig(backend, "stablehlo")`."""

    def __init__(self, backend):
        super().__init__(backend, "stablehlo")
