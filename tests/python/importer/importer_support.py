"""Helpers shared by the importer's pytest files."""

import contextlib
import io
import sys

import torch


def graph_function(name, ir, parse_tensor_constants=False):
    """A TorchScript function made from JIT IR text."""
    graph = torch._C.parse_ir(ir, parse_tensor_constants=parse_tensor_constants)
    return torch._C.CompilationUnit().create_function(name, graph)


@contextlib.contextmanager
def captured_stderr():
    """Captures what is written to Python's sys.stderr (where ModuleBuilder
    diagnostics go)."""
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        yield sys.stderr
    finally:
        sys.stderr = saved


def assert_still_usable(mb):
    """After a failed import: the module verifies and a normal function can
    still be imported into it."""
    mb.module.operation.verify()

    @torch.jit.script
    def still_works(x: torch.Tensor) -> torch.Tensor:
        return x + 1

    mb.import_function(still_works)
    mb.module.operation.verify()
    assert "torch.aten.add.Scalar" in str(mb.module)
