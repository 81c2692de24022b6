"""Leak check: import and compile the same model 500 times in one process.

The child process (a fresh interpreter, so that nothing else the test session
did is measured) warms up, then runs 500 iterations of: a ModuleBuilder
importing the scripted model (a dense_resource weight, a dense literal, a
submodule, lists) and a script function, an import that fails (the rollback
path), and `torchscript.compile(..., output_type="torch")`; every 50th
iteration also a pipeline that fails (diagnostics captured, repro written).
It reports the resident set growth over the 500 iterations and the number of
live MLIR contexts, which must return to where it was.
"""

import json
import subprocess
import sys

from reliability_support import HERE

ITERATIONS = 500
WARM_UP = 20
MAX_GROWTH_MB = 20.0

_CHILD = """
import gc, json, os, sys, time
sys.path.insert(0, {here!r})
import reliability_support
reliability_support.quiet_torchscript_warnings()
import torch
import torch_mlir.ir as ir
from torch_mlir import torchscript
from torch_mlir.compiler_utils import TensorPlaceholder, TorchMlirCompilerError
from torch_mlir.jit_ir_importer import ModuleBuilder
from reliability_models import Color, Holder, Mm, SmallNet

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

model, x = SmallNet(), torch.ones(2, 40)
scripted = torch.jit.script(model)
function = torch.jit.script(torch.nn.functional.relu6)
unimportable = torch.jit.script(Holder(color=Color.RED))

def iteration(i):
    mb = ModuleBuilder()
    mb.import_module(scripted._c)
    mb.import_function(function)
    assert mb.module.operation.verify()
    try:
        ModuleBuilder().import_module(unimportable._c)
    except ValueError:
        pass
    else:
        raise AssertionError("the enum attribute imported")
    module = torchscript.compile(model, x, output_type="torch")
    assert "func.func @forward" in str(module)
    if i % 50 == 0:
        try:
            # Dynamic dims: eager does not run them, the core's pipeline fails.
            torchscript.compile(Mm(), [TensorPlaceholder([-1, -1, -1], torch.float32),
                                       TensorPlaceholder([-1], torch.float32)],
                                output_type="linalg-on-tensors")
        except TorchMlirCompilerError:
            pass

for i in range({warm_up}):
    iteration(i)
gc.collect()
contexts, before = ir.Context._get_live_count(), rss_mb()
start = time.time()
for i in range({iterations}):
    iteration(i)
gc.collect()
print(json.dumps({{
    "growth_mb": rss_mb() - before,
    "rss_before_mb": before,
    "seconds": time.time() - start,
    "live_contexts": [contexts, ir.Context._get_live_count()],
}}))
"""


def test_import_and_compile_500_times_does_not_leak():
    result = subprocess.run(
        [sys.executable, "-c", _CHILD.format(here=HERE, warm_up=WARM_UP, iterations=ITERATIONS)],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    growth = report["growth_mb"]
    print(
        f"\nRSS growth over {ITERATIONS} import+compile iterations: {growth:.2f} MB "
        f"({growth * 1024 / ITERATIONS:.1f} KiB/iteration, from {report['rss_before_mb']:.0f} MB, "
        f"{report['seconds']:.0f} s); live MLIR contexts before/after {report['live_contexts']}"
    )
    assert growth < MAX_GROWTH_MB, report
    assert report["live_contexts"][1] == report["live_contexts"][0], report
