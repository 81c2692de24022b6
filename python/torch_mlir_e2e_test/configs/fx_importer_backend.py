"""Compiles through `torch.export` and the wheel's FX importer (the pt2 path).

This config does not use TorchScript. Because `torch.export` specializes on
its example inputs, the program is exported and compiled again for every
call in the trace, with the call's actual inputs; `compile` only remembers
the program. With `torch_compile=True` the program goes through
`torch.compile` with an aot_autograd backend instead. Unlike the legacy
config, that mode compiles static shapes: a dim marked dynamic turns into a
SymInt graph input, a scalar argument that the RefBackend's calling
convention (memrefs only) rejects.
"""

import sys
from typing import Any, Callable

import torch
import torch.utils._pytree as pytree
from torch.export.graph_signature import OutputKind

from torch_mlir import fx
from torch_mlir._output_capture import captured_output, with_diagnostics
from torch_mlir._pipelines import FX_IMPORTER_BACKEND_LEGAL_OPS
from torch_mlir.compiler_utils import OutputType, TorchMlirCompilerError, lower_mlir_module

from ..framework import TestConfig, Trace, TraceItem
from ..linalg_on_tensors_backends.refbackend import record_unsigned_results
from .utils import recursively_convert_from_numpy, recursively_convert_to_numpy


class FxImporterTestConfig(TestConfig):
    """`torch.export` -> FX importer -> `output_type` contract -> `backend`."""

    def __init__(self, backend, output_type="linalg-on-tensors", torch_compile=False):
        super().__init__()
        self._backend = backend
        self._output_type = OutputType.get(output_type)
        self._torch_compile = torch_compile
        self._backend_legal_ops = FX_IMPORTER_BACKEND_LEGAL_OPS.get(self._output_type, [])
        self._verbose = False

    def compile(self, program: torch.nn.Module, verbose: bool = False) -> torch.nn.Module:
        self._verbose = verbose
        return program

    def run(self, artifact: torch.nn.Module, trace: Trace) -> Trace:
        call = self._run_torch_compile if self._torch_compile else self._run_exported
        return [TraceItem(item.symbol, item.inputs, call(artifact, item.inputs)) for item in trace]

    def _lower_and_load(self, module):
        """torch-dialect module -> backend invoker."""
        record_unsigned_results(module)
        module = _with_mlir_diagnostics(
            lambda: self._backend.compile(
                lower_mlir_module(self._verbose, self._output_type, module)
            )
        )
        return self._backend.load(module)

    def _run_exported(self, artifact: torch.nn.Module, inputs) -> Any:
        func_name = type(artifact).__name__
        program = torch.export.export(artifact, tuple(inputs), strict=True)
        module = _with_mlir_diagnostics(
            lambda: fx.export_and_import(
                program,
                output_type=OutputType.TORCH,
                func_name=func_name,
                import_symbolic_shape_expressions=True,
                verbose=self._verbose,
                backend_legal_ops=self._backend_legal_ops,
            )
        )
        invoker = self._lower_and_load(module)
        # Non-tensor arguments are baked into the exported program.
        tensor_inputs = [
            x for x in recursively_convert_to_numpy(inputs) if not isinstance(x, (int, float, str))
        ]
        outputs = recursively_convert_from_numpy(getattr(invoker, func_name)(*tensor_inputs))
        return _user_outputs(program, outputs)

    def _run_torch_compile(self, artifact: torch.nn.Module, inputs) -> Any:
        from torch._dynamo.backends.common import aot_autograd

        from torch_mlir.extras.fx_decomp_util import get_decomposition_table

        func_name = type(artifact).__name__

        def compile_graph(graph_module, example_inputs):
            module = _with_mlir_diagnostics(
                lambda: fx.stateless_fx_import(
                    graph_module,
                    output_type=OutputType.TORCH,
                    model_name=func_name,
                    verbose=self._verbose,
                    backend_legal_ops=self._backend_legal_ops,
                )
            )
            invoker = self._lower_and_load(module)

            def run_graph(*args):
                numpy_args = [a.numpy() for a in args if isinstance(a, torch.Tensor)]
                outputs = recursively_convert_from_numpy(getattr(invoker, func_name)(*numpy_args))
                return outputs if isinstance(outputs, tuple) else (outputs,)

            return run_graph

        torch._dynamo.reset()
        backend = aot_autograd(fw_compiler=compile_graph, decompositions=get_decomposition_table())
        with torch.no_grad():
            return torch.compile(artifact, backend=backend, dynamic=False)(*inputs)


def _with_mlir_diagnostics(build: Callable[[], Any]) -> Any:
    """Run `build`; a pass-pipeline failure's error gets MLIR's diagnostics.

    The wheel's pipeline runner lets MLIR print its diagnostics ("error:
    failed to legalize operation ...") to file descriptor 2 and raises an
    error that only says the pipeline failed; the output is captured here and
    appended to that error. Output of a successful build goes on to stderr.
    """
    try:
        with captured_output() as captured:
            result = build()
    except TorchMlirCompilerError as error:
        raise TorchMlirCompilerError(with_diagnostics(str(error), captured.text)) from None
    if captured.text:
        sys.stderr.write(captured.text)
    return result


def _user_outputs(program, outputs):
    """The program's outputs as the eager module returns them.

    The compiled function returns the exported graph's flat outputs: the
    user outputs, then what `torch.export` adds (mutated buffers and
    arguments). The added ones are dropped and the user outputs are put back
    into the structure `forward` returns (list, dict, nested tuples).
    """
    specs = program.graph_signature.output_specs
    flat = list(outputs) if isinstance(outputs, tuple) else [outputs]
    if len(flat) != len(specs):
        return outputs
    user = [o for o, spec in zip(flat, specs) if spec.kind == OutputKind.USER_OUTPUT]
    return pytree.tree_unflatten(user, program.call_spec.out_spec)
