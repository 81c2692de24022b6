"""A suite module that fails to import, for the driver's error path."""

import torch_mlir_e2e_test.no_such_module  # noqa: F401
