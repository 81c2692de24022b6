"""Scripted nn.TransformerEncoder / nn.TransformerDecoderLayer compile and compute
what eager PyTorch computes, through the preparation step: their fast-path
queries, module flags, rank tests and identity tests fold before import,
and forward's optional parameters without an example argument are bound to
their defaults (None masks, is_causal=False)."""

import pytest
import torch
from compile_test_support import assert_matches, execute

from torch_mlir.torchscript import compile

# A float32 encoder through different op orderings.
TOLERANCE = 1e-4


def _encoder(layers: int):
    torch.manual_seed(0)
    layer = torch.nn.TransformerEncoderLayer(32, 4, 64, batch_first=True)
    return torch.nn.TransformerEncoder(layer, layers, enable_nested_tensor=False).eval()


class DecoderLayer(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(2)
        self.layer = torch.nn.TransformerDecoderLayer(16, 2, 32, batch_first=True)

    def forward(self, target, memory):
        return self.layer(target, memory)


@pytest.mark.parametrize("output_type", ["linalg-on-tensors", "stablehlo"])
def test_encoder_stack_with_one_input(output_type):
    model = _encoder(layers=3)
    x = torch.randn(1, 8, 32)
    # Three of forward's four parameters get no example argument.
    module = compile(model, x, output_type=output_type)
    with torch.no_grad():
        expected = model(x)
    if output_type == "linalg-on-tensors":
        assert_matches(execute(module, output_type, [x]), expected, TOLERANCE)
    # The user's module is still the eager module it was.
    with torch.no_grad():
        torch.testing.assert_close(model(x), expected, rtol=0, atol=0)


def test_encoder_stack_to_torch_has_no_unknown_ranks():
    text = str(compile(_encoder(layers=4), torch.randn(2, 5, 32), output_type="torch"))
    assert "torch.operator" not in text
    assert "!torch.vtensor<[2,5,32],f32>" in text


def test_twelve_layer_encoder_prepares_to_the_fixpoint():
    # Each layer's rank checks fold only once the previous layer's output
    # rank is known: one round of the table per layer, past the first eight.
    model = _encoder(layers=12)
    x = torch.randn(1, 6, 32)
    module = compile(model, x, output_type="linalg-on-tensors")
    with torch.no_grad():
        expected = model(x)
    assert_matches(execute(module, "linalg-on-tensors", [x]), expected, TOLERANCE)


def test_decoder_layer():
    model = DecoderLayer().eval()
    target, memory = torch.randn(1, 4, 16), torch.randn(1, 6, 16)
    module = compile(model, [target, memory], output_type="linalg-on-tensors")
    with torch.no_grad():
        expected = model(target, memory)
    assert_matches(execute(module, "linalg-on-tensors", [target, memory]), expected, TOLERANCE)


def test_without_preparation_the_legacy_error_remains():
    # The old path required an example argument for every parameter.
    with pytest.raises(Exception, match="There must be one argument annotation per function"):
        compile(_encoder(layers=1), torch.randn(1, 8, 32), output_type="torch", prepare=False)
