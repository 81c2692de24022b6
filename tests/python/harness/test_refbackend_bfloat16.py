"""bf16 arguments of the RefBackend: passed as their bits, reinterpreted at
entry, with every bit preserved (NaN payloads, infinities, signed zeros)."""

import warnings

import pytest
import torch

from torch_mlir.compiler_utils import OutputType, lower_mlir_module
from torch_mlir_e2e_test.linalg_on_tensors_backends.refbackend import (
    RefBackendLinalgOnTensorsBackend,
    record_unsigned_results,
)


class _Identity(torch.nn.Module):
    def forward(self, x, y):
        return x, y * 2.0


def _compile(module, *args):
    from torch_mlir import torchscript

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        compiled = torchscript.compile(module, list(args), output_type=OutputType.TORCH)
    # As the e2e configs do: bf16 results are recorded on the torch types.
    record_unsigned_results(compiled)
    compiled = lower_mlir_module(False, OutputType.LINALG_ON_TENSORS, compiled)
    backend = RefBackendLinalgOnTensorsBackend()
    return backend.load(backend.compile(compiled))


def test_bfloat16_arguments_keep_their_bits():
    # A NaN with a payload, -inf, inf, -0.0, 0.0, 1.0 and the smallest subnormal.
    words = [0x7FC1, 0xFF80, 0x7F80, 0x8000, 0x0000, 0x3F80, 0x0001]
    bits = torch.tensor([w - 0x10000 if w >= 0x8000 else w for w in words], dtype=torch.int16)
    x = bits.view(torch.bfloat16)
    y = torch.tensor([1.5, -2.0, 0.0], dtype=torch.float32)
    invoker = _compile(_Identity(), x, y)
    same, doubled = invoker.forward(x, y.numpy())
    assert same.dtype == torch.bfloat16
    assert torch.equal(same.view(torch.int16), bits)
    assert doubled.tolist() == [3.0, -4.0, 0.0]


def test_bfloat16_argument_must_be_a_bfloat16_tensor():
    x = torch.ones(3, dtype=torch.bfloat16)
    invoker = _compile(_Identity(), x, torch.ones(3))
    with pytest.raises((TypeError, ValueError)):
        invoker.forward(x.float().numpy(), torch.ones(3).numpy())
