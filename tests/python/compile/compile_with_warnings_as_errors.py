"""Run under `-W error::DeprecationWarning` (and under `-W error`): exactly one
warning of our own is issued, at the caller's first compile, and compile still
works (scripting and tracing) once the caller lets it through."""

import warnings

import torch
from compile_test_models import SmallNet, TanhModule

from torch_mlir.torchscript import TorchScriptDeprecationWarning, compile

with warnings.catch_warnings(record=True) as recorded:
    warnings.simplefilter("always", TorchScriptDeprecationWarning)
    compile(TanhModule(), torch.ones(2), output_type="torch")
    compile(SmallNet(), torch.ones(2, 4), output_type="linalg-on-tensors", use_tracing=True)

ours = [w for w in recorded if issubclass(w.category, TorchScriptDeprecationWarning)]
others = [w for w in recorded if not issubclass(w.category, TorchScriptDeprecationWarning)]
print("ours:", len(ours), "others:", len(others))
for w in ours:
    print("at:", w.filename.rsplit("/", 1)[-1], w.lineno)
