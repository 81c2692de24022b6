"""A suite that stops importing once its first test has run.

It simulates the sources changing on disk under a long run: the first test
drops a marker file and aborts its worker, and the replacement worker then
fails to import this module. The run must keep the results it has.
"""

import os

import torch

from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

MARKER = os.environ.get("HARNESS_STARTUP_MARKER", "")
if MARKER and os.path.exists(MARKER):
    raise ImportError("this suite changed under the run (simulated)")


@register_test_case(module_factory=lambda: torch.nn.Identity())
def FlakyAaBreakReplacementWorkers_basic(module, tu: TestUtils):
    open(MARKER, "w").close()
    os.abort()


@register_test_case(module_factory=lambda: torch.nn.Identity())
def FlakyBbNeverRuns_basic(module, tu: TestUtils):
    module.forward(tu.rand(2))
