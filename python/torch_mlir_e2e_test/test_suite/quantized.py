"""Per-tensor affine quantization: quantize_per_tensor -> dequantize chains
for quint8/qint8/qint32, int_repr, scale/zero-point accessors, rounding and
saturation, view ops on quantized tensors, quantized elementwise ops
(`torch.ops.quantized.*`), quantized modules (`torch.ao.nn.quantized.Linear`,
`Conv2d`, `LinearReLU`, dynamic `Linear`) and a small model converted by eager
post-training quantization with a per-tensor qconfig.

Quantized tensors never leave `forward`: results are dequantized or returned
through `int_repr`, because the harness compares plain tensors. Quantized
modules get their weights from seeded `set_weight_bias` calls, since their
constructors leave the packed weight uninitialized.
"""

import torch
import torch.ao.nn.intrinsic.quantized as nniq
import torch.ao.nn.quantized as nnq
import torch.ao.nn.quantized.dynamic as nnqd

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# quantize_per_tensor -> dequantize / int_repr


class QuantizeDequantizeQuint8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        q = torch.quantize_per_tensor(x, 0.05, 10, torch.quint8)
        return q.dequantize()


@register_test_case(module_factory=lambda: QuantizeDequantizeQuint8Module())
def QuantizeDequantizeQuint8Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-0.4, high=2.0))


class QuantizeDequantizeQint8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 5], torch.float32, True)])
    def forward(self, x):
        q = torch.quantize_per_tensor(x, 0.02, 0, torch.qint8)
        return torch.dequantize(q)


@register_test_case(module_factory=lambda: QuantizeDequantizeQint8Module())
def QuantizeDequantizeQint8Module_static(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-2.0, high=2.0))


class QuantizeDequantizeQint32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        q = torch.quantize_per_tensor(x, 0.001, -7, torch.qint32)
        return q.dequantize()


@register_test_case(module_factory=lambda: QuantizeDequantizeQint32Module())
def QuantizeDequantizeQint32Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(6, low=-100.0, high=100.0))


class QuantizeDequantizeRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float32, True)])
    def forward(self, x):
        return torch.quantize_per_tensor(x, 0.1, 128, torch.quint8).dequantize()


@register_test_case(module_factory=lambda: QuantizeDequantizeRank0Module())
def QuantizeDequantizeRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(low=-5.0, high=5.0))


class QuantizeIntReprQuint8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        q = torch.quantize_per_tensor(x, 0.1, 20, torch.quint8)
        return q.int_repr()


@register_test_case(module_factory=lambda: QuantizeIntReprQuint8Module())
def QuantizeIntReprQuint8Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 3, low=-1.0, high=10.0))


@register_test_case(module_factory=lambda: QuantizeIntReprQuint8Module())
def QuantizeIntReprQuint8Module_highCodes(module, tu: TestUtils):
    # Codes from 128 to 255, which a signed 8-bit reading gets wrong.
    module.forward(tu.rand(3, 3, low=11.0, high=23.0))


class QuantizeIntReprQint8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        q = torch.quantize_per_tensor(x, 0.25, -3, torch.qint8)
        return q.int_repr()


@register_test_case(module_factory=lambda: QuantizeIntReprQint8Module())
def QuantizeIntReprQint8Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 2, low=-20.0, high=20.0))


class QuantizeIntReprQint32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([5], torch.float32, True)])
    def forward(self, x):
        q = torch.quantize_per_tensor(x, 0.5, 1000, torch.qint32)
        return q.int_repr()


@register_test_case(module_factory=lambda: QuantizeIntReprQint32Module())
def QuantizeIntReprQint32Module_static(module, tu: TestUtils):
    module.forward(tu.rand(5, low=-1000.0, high=1000.0))


class QuantizeSaturationModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # Values beyond [(0 - zp) * s, (255 - zp) * s] clamp to the range ends.
        q = torch.quantize_per_tensor(x, 0.01, 100, torch.quint8)
        return q.int_repr(), q.dequantize()


@register_test_case(module_factory=lambda: QuantizeSaturationModule())
def QuantizeSaturationModule_basic(module, tu: TestUtils):
    module.forward(torch.tensor([-5.0, -1.0, -0.5, 0.0, 1.0, 1.55, 1.56, 40.0]))


class QuantizeRoundHalfEvenModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # Exact halves of the scale round to the even neighbour.
        q = torch.quantize_per_tensor(x, 0.5, 0, torch.qint8)
        return q.int_repr()


@register_test_case(module_factory=lambda: QuantizeRoundHalfEvenModule())
def QuantizeRoundHalfEvenModule_basic(module, tu: TestUtils):
    module.forward(torch.tensor([0.25, 0.75, 1.25, -0.25, -0.75, 1.0, 2.25]))


class QuantizeTensorScaleZeroPointModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Scale and zero point derived from the data (min/max calibration).
        lo = torch.clamp(x.min(), max=0.0)
        hi = torch.clamp(x.max(), min=0.0)
        scale = (hi - lo) / 255.0
        zero_point = torch.round(-lo / scale).to(torch.int64)
        q = torch.quantize_per_tensor(x, scale, zero_point, torch.quint8)
        return q.dequantize()


@register_test_case(module_factory=lambda: QuantizeTensorScaleZeroPointModule())
def QuantizeTensorScaleZeroPointModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5, low=-1.0, high=3.0))


class QuantizedScaleZeroPointAccessorsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        q = torch.quantize_per_tensor(x, 0.125, 7, torch.quint8)
        # Dequantizing by hand must match dequantize().
        manual = (q.int_repr().to(torch.float32) - q.q_zero_point()) * q.q_scale()
        return manual, q.dequantize(), q.q_scale(), q.q_zero_point()


@register_test_case(module_factory=lambda: QuantizedScaleZeroPointAccessorsModule())
def QuantizedScaleZeroPointAccessorsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, low=-0.5, high=3.0))


class RequantizeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # Moving to a coarser scale loses precision in a predictable way.
        fine = torch.quantize_per_tensor(x, 0.01, 0, torch.qint8)
        coarse = torch.quantize_per_tensor(fine.dequantize(), 0.1, 0, torch.qint8)
        return coarse.int_repr(), coarse.dequantize() - fine.dequantize()


@register_test_case(module_factory=lambda: RequantizeModule())
def RequantizeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(8, low=-1.2, high=1.2))


class FakeQuantizePerTensorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # The float-in, float-out simulation of quantize -> dequantize.
        return torch.fake_quantize_per_tensor_affine(x, 0.05, 10, 0, 255)


@register_test_case(module_factory=lambda: FakeQuantizePerTensorModule())
def FakeQuantizePerTensorModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=13.0))


class QuantizedViewOpsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 6], torch.float32, True)])
    def forward(self, x):
        # Shape ops act on quantized tensors without touching the integers.
        q = torch.quantize_per_tensor(x, 0.05, 3, torch.quint8)
        moved = q.reshape(3, 4).transpose(0, 1)[1:]
        return moved.int_repr(), moved.dequantize()


@register_test_case(module_factory=lambda: QuantizedViewOpsModule())
def QuantizedViewOpsModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 6))


class DequantizedMatmulModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        # The reference "dequantize, compute in float" pattern of quantized matmul.
        qa = torch.quantize_per_tensor(a, 0.02, 0, torch.qint8)
        qb = torch.quantize_per_tensor(b, 0.03, 0, torch.qint8)
        return qa.dequantize().mm(qb.dequantize())


@register_test_case(module_factory=lambda: DequantizedMatmulModule())
def DequantizedMatmulModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=1.0), tu.rand(4, 2, low=-1.0, high=1.0))


# ==============================================================================
# Quantized operators


class QuantizedReluModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        q = torch.quantize_per_tensor(x, 0.05, 40, torch.quint8)
        return torch.relu(q).dequantize()


@register_test_case(module_factory=lambda: QuantizedReluModule())
def QuantizedReluModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-2.0, high=2.0))


class QuantizedAddModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        qa = torch.quantize_per_tensor(a, 0.1, 3, torch.quint8)
        qb = torch.quantize_per_tensor(b, 0.2, 0, torch.quint8)
        out = torch.ops.quantized.add(qa, qb, 0.15, 5)
        return out.int_repr(), out.dequantize()


@register_test_case(module_factory=lambda: QuantizedAddModule())
def QuantizedAddModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, high=4.0), tu.rand(2, 3, high=4.0))


class QuantizedAddReluModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        qa = torch.quantize_per_tensor(a, 0.05, 64, torch.quint8)
        qb = torch.quantize_per_tensor(b, 0.05, 64, torch.quint8)
        return torch.ops.quantized.add_relu(qa, qb, 0.1, 0).dequantize()


@register_test_case(module_factory=lambda: QuantizedAddReluModule())
def QuantizedAddReluModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(6, low=-3.0, high=3.0), tu.rand(6, low=-3.0, high=3.0))


class QuantizedMulModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        qa = torch.quantize_per_tensor(a, 0.02, 0, torch.quint8)
        qb = torch.quantize_per_tensor(b, 0.02, 0, torch.quint8)
        return torch.ops.quantized.mul(qa, qb, 0.01, 0).dequantize()


@register_test_case(module_factory=lambda: QuantizedMulModule())
def QuantizedMulModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 3, high=2.0), tu.rand(3, 3, high=2.0))


class QuantizedCatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, 3], torch.float32, True), ([-1, 3], torch.float32, True)])
    def forward(self, a, b):
        # Quantized tensors with the same scale and zero point concatenate directly.
        qa = torch.quantize_per_tensor(a, 0.1, 5, torch.quint8)
        qb = torch.quantize_per_tensor(b, 0.1, 5, torch.quint8)
        return torch.cat([qa, qb], 0).int_repr()


@register_test_case(module_factory=lambda: QuantizedCatModule())
def QuantizedCatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, high=5.0), tu.rand(1, 3, high=5.0))


class QuantizedMaxPool2dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 2, 4, 4], torch.float32, True)])
    def forward(self, x):
        q = torch.quantize_per_tensor(x, 0.04, 0, torch.quint8)
        return torch.max_pool2d(q, 2).int_repr()


@register_test_case(module_factory=lambda: QuantizedMaxPool2dModule())
def QuantizedMaxPool2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 4, 4, high=8.0))


# ==============================================================================
# Quantized modules


def _seeded_qint8_weight(*shape: int, scale: float) -> torch.Tensor:
    return torch.quantize_per_tensor(torch.randn(*shape) * 0.5, scale, 0, torch.qint8)


class QuantizedLinearModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.linear = nnq.Linear(4, 3)
        self.linear.set_weight_bias(_seeded_qint8_weight(3, 4, scale=0.01), torch.randn(3))
        self.linear.scale = 0.05
        self.linear.zero_point = 128

    @export
    @annotate_args([None, ([-1, 4], torch.float32, True)])
    def forward(self, x):
        q = torch.quantize_per_tensor(x, 0.02, 0, torch.quint8)
        return self.linear(q).dequantize()


@register_test_case(module_factory=lambda: QuantizedLinearModule())
def QuantizedLinearModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, high=3.0))


class QuantizedLinearNoBiasModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.linear = nnq.Linear(6, 2, bias_=False)
        self.linear.set_weight_bias(_seeded_qint8_weight(2, 6, scale=0.02), None)
        self.linear.scale = 0.1
        self.linear.zero_point = 64

    @export
    @annotate_args([None, ([-1, 6], torch.float32, True)])
    def forward(self, x):
        q = torch.quantize_per_tensor(x, 0.05, 0, torch.quint8)
        out = self.linear(q)
        return out.int_repr(), out.dequantize()


@register_test_case(module_factory=lambda: QuantizedLinearNoBiasModule())
def QuantizedLinearNoBiasModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6, high=5.0))


class QuantizedLinearReluModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.linear_relu = nniq.LinearReLU(5, 4)
        self.linear_relu.set_weight_bias(_seeded_qint8_weight(4, 5, scale=0.01), torch.randn(4))
        self.linear_relu.scale = 0.02
        self.linear_relu.zero_point = 0

    @export
    @annotate_args([None, ([-1, 5], torch.float32, True)])
    def forward(self, x):
        q = torch.quantize_per_tensor(x, 0.02, 0, torch.quint8)
        return self.linear_relu(q).dequantize()


@register_test_case(module_factory=lambda: QuantizedLinearReluModule())
def QuantizedLinearReluModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5, high=2.0))


class DynamicQuantizedLinearModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        # Dynamic quantization: float in/out, activations quantized on the fly.
        self.linear = nnqd.Linear(4, 3)
        self.linear.set_weight_bias(_seeded_qint8_weight(3, 4, scale=0.01), torch.randn(3))

    @export
    @annotate_args([None, ([-1, 4], torch.float32, True)])
    def forward(self, x):
        return self.linear(x)


@register_test_case(module_factory=lambda: DynamicQuantizedLinearModule())
def DynamicQuantizedLinearModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, low=-1.0, high=1.0))


class QuantizedConv2dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.conv = nnq.Conv2d(2, 3, 3, padding=1)
        self.conv.set_weight_bias(_seeded_qint8_weight(3, 2, 3, 3, scale=0.01), torch.randn(3))
        self.conv.scale = 0.05
        self.conv.zero_point = 100

    @export
    @annotate_args([None, ([1, 2, 5, 5], torch.float32, True)])
    def forward(self, x):
        q = torch.quantize_per_tensor(x, 0.02, 0, torch.quint8)
        return self.conv(q).dequantize()


@register_test_case(module_factory=lambda: QuantizedConv2dModule())
def QuantizedConv2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 5, 5, high=2.0))


class _FloatMlpForPtq(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.quant = torch.ao.quantization.QuantStub()
        self.fc1 = torch.nn.Linear(4, 8)
        self.relu = torch.nn.ReLU()
        self.fc2 = torch.nn.Linear(8, 2)
        self.dequant = torch.ao.quantization.DeQuantStub()

    def forward(self, x):
        return self.dequant(self.fc2(self.relu(self.fc1(self.quant(x)))))


def _post_training_quantized_mlp():
    torch.manual_seed(0)
    model = _FloatMlpForPtq().eval()
    # Per-tensor observers for both activations and weights.
    model.qconfig = torch.ao.quantization.QConfig(
        activation=torch.ao.quantization.MinMaxObserver.with_args(dtype=torch.quint8),
        weight=torch.ao.quantization.MinMaxObserver.with_args(
            dtype=torch.qint8, qscheme=torch.per_tensor_symmetric
        ),
    )
    prepared = torch.ao.quantization.prepare(model)
    prepared(torch.rand(32, 4))  # calibration batch, seeded above
    return torch.ao.quantization.convert(prepared)


class PostTrainingQuantizedMlpModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.model = _post_training_quantized_mlp()

    @export
    @annotate_args([None, ([-1, 4], torch.float32, True)])
    def forward(self, x):
        return self.model(x)


@register_test_case(module_factory=lambda: PostTrainingQuantizedMlpModule())
def PostTrainingQuantizedMlpModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))
