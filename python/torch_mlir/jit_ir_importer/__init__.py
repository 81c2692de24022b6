"""The TorchScript importer: TorchScript modules and functions -> torch dialect.

The classes come from the C++ extension `torch_mlir._mlir_libs._jit_ir_importer`
(it has to live in the core wheel's `_mlir_libs` package to share its MLIR
runtime). This package is the spelling legacy users import them by.
"""

# The extension links against libtorch and takes TorchScript objects, so torch
# (and its pybind11 type registrations) must be loaded first.
import torch  # noqa: F401

# Imported for its side effect: it registers the torch dialect's Python op
# classes and passes, which the IR the importer builds is made of.
import torch_mlir.dialects.torch  # noqa: F401,E402
from torch_mlir._mlir_libs._jit_ir_importer import *  # noqa: F401,F403
from torch_mlir._mlir_libs._jit_ir_importer import (
    ClassAnnotator,
    ImportOptions,
    ModuleBuilder,
    get_registered_ops,
)

# Upstream listed `debug_trace_to_stderr` (removed in 2021) here, which made
# `from torch_mlir.jit_ir_importer import *` fail; only existing names now.
__all__ = ["ModuleBuilder", "ClassAnnotator", "ImportOptions", "get_registered_ops"]
