"""Convolution tests: conv1d/2d/3d and conv_transpose1d/2d/3d through the
functional API (weights as inputs) and the nn.Conv* modules (seeded
parameters), covering stride, padding (ints, per-dim, 'same', 'valid',
padding modes), dilation, groups (incl. depthwise), bias or not,
output_padding and unbatched inputs.
"""

import torch
import torch.nn.functional as F

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# conv1d


class Conv1dBasicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, x, weight):
        return F.conv1d(x, weight)


@register_test_case(module_factory=lambda: Conv1dBasicModule())
def Conv1dBasicModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 10), tu.rand(4, 3, 3))


class Conv1dBiasStrideModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.conv1d(x, weight, bias, stride=2)


@register_test_case(module_factory=lambda: Conv1dBiasStrideModule())
def Conv1dBiasStrideModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 11), tu.rand(5, 3, 3), tu.rand(5))


class Conv1dPaddingDilationModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 2, 9], torch.float32, True), ([3, 2, 3], torch.float32, True)])
    def forward(self, x, weight):
        return F.conv1d(x, weight, padding=2, dilation=2)


@register_test_case(module_factory=lambda: Conv1dPaddingDilationModule())
def Conv1dPaddingDilationModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 9), tu.rand(3, 2, 3))


class Conv1dGroupsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, x, weight):
        return F.conv1d(x, weight, groups=2)


@register_test_case(module_factory=lambda: Conv1dGroupsModule())
def Conv1dGroupsModule_basic(module, tu: TestUtils):
    # 4 input channels in 2 groups of 2; 6 outputs, 3 per group.
    module.forward(tu.rand(1, 4, 8), tu.rand(6, 2, 3))


class Conv1dDepthwiseModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 4, 7], torch.float32, True), ([4, 1, 3], torch.float32, True)])
    def forward(self, x, weight):
        return F.conv1d(x, weight, padding=1, groups=4)


@register_test_case(module_factory=lambda: Conv1dDepthwiseModule())
def Conv1dDepthwiseModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 7), tu.rand(4, 1, 3))


class Conv1dPaddingSameModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, x, weight):
        return F.conv1d(x, weight, padding="same")


@register_test_case(module_factory=lambda: Conv1dPaddingSameModule())
def Conv1dPaddingSameModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 9), tu.rand(2, 3, 5))


class Conv1dPaddingValidModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, x, weight):
        return F.conv1d(x, weight, padding="valid")


@register_test_case(module_factory=lambda: Conv1dPaddingValidModule())
def Conv1dPaddingValidModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 8), tu.rand(3, 2, 4))


class Conv1dFloat64Module(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1], torch.float64, True),
            ([-1, -1, -1], torch.float64, True),
            ([-1], torch.float64, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.conv1d(x, weight, bias, padding=1)


@register_test_case(module_factory=lambda: Conv1dFloat64Module())
def Conv1dFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 6).double(), tu.rand(2, 3, 3).double(), tu.rand(2).double())


class Conv1dUnbatchedModule(torch.nn.Module):
    # A (C, L) input without batch dim is accepted and returns (C_out, L_out).
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, x, weight):
        return F.conv1d(x, weight)


@register_test_case(module_factory=lambda: Conv1dUnbatchedModule())
def Conv1dUnbatchedModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 10), tu.rand(2, 3, 4))


class NnConv1dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.conv = torch.nn.Conv1d(3, 6, kernel_size=3, stride=1, padding=1)

    @export
    @annotate_args([None, ([-1, 3, -1], torch.float32, True)])
    def forward(self, x):
        return self.conv(x)


@register_test_case(module_factory=lambda: NnConv1dModule())
def NnConv1dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 12))


class NnConv1dCircularModule(torch.nn.Module):
    # Circular padding wraps the signal around before convolving.
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.conv = torch.nn.Conv1d(2, 2, kernel_size=3, padding=1, padding_mode="circular")

    @export
    @annotate_args([None, ([1, 2, 8], torch.float32, True)])
    def forward(self, x):
        return self.conv(x)


@register_test_case(module_factory=lambda: NnConv1dCircularModule())
def NnConv1dCircularModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 8))


# ==============================================================================
# conv2d


class Conv2dBasicModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, weight):
        return F.conv2d(x, weight)


@register_test_case(module_factory=lambda: Conv2dBasicModule())
def Conv2dBasicModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 8, 8), tu.rand(4, 3, 3, 3))


@register_test_case(module_factory=lambda: Conv2dBasicModule())
def Conv2dBasicModule_rectangular(module, tu: TestUtils):
    # Non-square image and kernel through the same dynamic module.
    module.forward(tu.rand(1, 2, 5, 9), tu.rand(3, 2, 2, 4))


class Conv2dStaticBiasModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([2, 3, 7, 7], torch.float32, True),
            ([5, 3, 3, 3], torch.float32, True),
            ([5], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.conv2d(x, weight, bias)


@register_test_case(module_factory=lambda: Conv2dStaticBiasModule())
def Conv2dStaticBiasModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 7, 7), tu.rand(5, 3, 3, 3), tu.rand(5))


class Conv2dStridePaddingModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.conv2d(x, weight, bias, stride=2, padding=1)


@register_test_case(module_factory=lambda: Conv2dStridePaddingModule())
def Conv2dStridePaddingModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 9, 9), tu.rand(4, 3, 3, 3), tu.rand(4))


class Conv2dAsymmetricStridePaddingModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, weight):
        return F.conv2d(x, weight, stride=[2, 1], padding=[1, 2])


@register_test_case(module_factory=lambda: Conv2dAsymmetricStridePaddingModule())
def Conv2dAsymmetricStridePaddingModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 8, 6), tu.rand(3, 2, 3, 3))


class Conv2dDilationModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, weight):
        return F.conv2d(x, weight, padding=2, dilation=2)


@register_test_case(module_factory=lambda: Conv2dDilationModule())
def Conv2dDilationModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 8, 8), tu.rand(3, 2, 3, 3))


class Conv2dAsymmetricDilationModule(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 2, 9, 9], torch.float32, True), ([2, 2, 3, 2], torch.float32, True)])
    def forward(self, x, weight):
        return F.conv2d(x, weight, dilation=[3, 1])


@register_test_case(module_factory=lambda: Conv2dAsymmetricDilationModule())
def Conv2dAsymmetricDilationModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 9, 9), tu.rand(2, 2, 3, 2))


class Conv2dGroupsModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.conv2d(x, weight, bias, padding=1, groups=2)


@register_test_case(module_factory=lambda: Conv2dGroupsModule())
def Conv2dGroupsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 6, 6), tu.rand(6, 2, 3, 3), tu.rand(6))


class Conv2dDepthwiseModule(torch.nn.Module):
    # groups == in_channels: the MobileNet building block.
    @export
    @annotate_args([None, ([1, 4, 7, 7], torch.float32, True), ([4, 1, 3, 3], torch.float32, True)])
    def forward(self, x, weight):
        return F.conv2d(x, weight, stride=1, padding=1, groups=4)


@register_test_case(module_factory=lambda: Conv2dDepthwiseModule())
def Conv2dDepthwiseModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 4, 7, 7), tu.rand(4, 1, 3, 3))


class Conv2dDepthwiseMultiplierModule(torch.nn.Module):
    # Each input channel produces two output channels.
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, weight):
        return F.conv2d(x, weight, groups=3)


@register_test_case(module_factory=lambda: Conv2dDepthwiseMultiplierModule())
def Conv2dDepthwiseMultiplierModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 6, 6), tu.rand(6, 1, 2, 2))


class Conv2dPaddingSameModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, weight):
        return F.conv2d(x, weight, padding="same")


@register_test_case(module_factory=lambda: Conv2dPaddingSameModule())
def Conv2dPaddingSameModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 6, 7), tu.rand(2, 3, 3, 5))


class Conv2dPaddingSameEvenKernelModule(torch.nn.Module):
    # An even kernel needs asymmetric padding (one more at the end).
    @export
    @annotate_args([None, ([1, 2, 6, 6], torch.float32, True), ([3, 2, 4, 2], torch.float32, True)])
    def forward(self, x, weight):
        return F.conv2d(x, weight, padding="same")


@register_test_case(module_factory=lambda: Conv2dPaddingSameEvenKernelModule())
def Conv2dPaddingSameEvenKernelModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 6, 6), tu.rand(3, 2, 4, 2))


class Conv2dPaddingSameDilationModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.conv2d(x, weight, bias, padding="same", dilation=2)


@register_test_case(module_factory=lambda: Conv2dPaddingSameDilationModule())
def Conv2dPaddingSameDilationModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 3, 8, 8), tu.rand(2, 3, 3, 3), tu.rand(2))


class Conv2dPaddingValidModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, weight):
        return F.conv2d(x, weight, padding="valid")


@register_test_case(module_factory=lambda: Conv2dPaddingValidModule())
def Conv2dPaddingValidModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 5, 5), tu.rand(2, 2, 2, 2))


class Conv2dFloat64Module(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float64, True),
            ([-1, -1, -1, -1], torch.float64, True),
            ([-1], torch.float64, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.conv2d(x, weight, bias, stride=[1, 2])


@register_test_case(module_factory=lambda: Conv2dFloat64Module())
def Conv2dFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 5, 6).double(), tu.rand(3, 2, 2, 2).double(), tu.rand(3).double())


class Conv2dFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 2, 5, 5], torch.float16, True), ([2, 2, 3, 3], torch.float16, True)])
    def forward(self, x, weight):
        return F.conv2d(x, weight, padding=1)


@register_test_case(module_factory=lambda: Conv2dFloat16Module())
def Conv2dFloat16Module_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 5, 5).half(), tu.rand(2, 2, 3, 3).half())


class Conv2dBFloat16Module(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.bfloat16, True),
            ([-1, -1, -1, -1], torch.bfloat16, True),
            ([-1], torch.bfloat16, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.conv2d(x, weight, bias, stride=2)


@register_test_case(module_factory=lambda: Conv2dBFloat16Module())
def Conv2dBFloat16Module_basic(module, tu: TestUtils):
    module.forward(
        tu.rand(1, 2, 6, 6).to(torch.bfloat16),
        tu.rand(3, 2, 2, 2).to(torch.bfloat16),
        tu.rand(3).to(torch.bfloat16),
    )


class Conv2dPointwiseModule(torch.nn.Module):
    # A 1x1 convolution is a per-pixel linear map over channels.
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, 1, 1], torch.float32, True),
        ]
    )
    def forward(self, x, weight):
        return F.conv2d(x, weight)


@register_test_case(module_factory=lambda: Conv2dPointwiseModule())
def Conv2dPointwiseModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 8, 4, 4), tu.rand(3, 8, 1, 1))


class Conv2dUnbatchedModule(torch.nn.Module):
    @export
    @annotate_args(
        [None, ([-1, -1, -1], torch.float32, True), ([-1, -1, -1, -1], torch.float32, True)]
    )
    def forward(self, x, weight):
        return F.conv2d(x, weight, padding=1)


@register_test_case(module_factory=lambda: Conv2dUnbatchedModule())
def Conv2dUnbatchedModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5, 5), tu.rand(2, 3, 3, 3))


class Conv2dAllOptionsModule(torch.nn.Module):
    # Stride, padding, dilation and groups at once, no bias.
    @export
    @annotate_args(
        [None, ([2, 4, 11, 10], torch.float32, True), ([6, 2, 3, 3], torch.float32, True)]
    )
    def forward(self, x, weight):
        return torch.conv2d(x, weight, None, [2, 3], [1, 2], [2, 1], 2)


@register_test_case(module_factory=lambda: Conv2dAllOptionsModule())
def Conv2dAllOptionsModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 11, 10), tu.rand(6, 2, 3, 3))


class Conv2dBiasReluModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return torch.relu(F.conv2d(x, weight, bias, padding=1))


@register_test_case(module_factory=lambda: Conv2dBiasReluModule())
def Conv2dBiasReluModule_basic(module, tu: TestUtils):
    module.forward(
        tu.rand(1, 3, 6, 6, low=-1.0, high=1.0),
        tu.rand(4, 3, 3, 3, low=-1.0, high=1.0),
        tu.rand(4, low=-1.0, high=1.0),
    )


class ConvolutionOpModule(torch.nn.Module):
    # The generic aten.convolution entry point every conv lowers to.
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return torch.convolution(x, weight, bias, [1, 1], [1, 1], [1, 1], False, [0, 0], 1)


@register_test_case(module_factory=lambda: ConvolutionOpModule())
def ConvolutionOpModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 5, 5), tu.rand(3, 2, 3, 3), tu.rand(3))


class NnConv2dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.conv = torch.nn.Conv2d(3, 8, kernel_size=3, padding=1)

    @export
    @annotate_args([None, ([-1, 3, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.conv(x)


@register_test_case(module_factory=lambda: NnConv2dModule())
def NnConv2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 8, 8))


class NnConv2dNoBiasModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.conv = torch.nn.Conv2d(2, 4, kernel_size=(2, 3), bias=False)

    @export
    @annotate_args([None, ([1, 2, 6, 7], torch.float32, True)])
    def forward(self, x):
        return self.conv(x)


@register_test_case(module_factory=lambda: NnConv2dNoBiasModule())
def NnConv2dNoBiasModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 6, 7))


class NnConv2dStrideGroupsModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.conv = torch.nn.Conv2d(4, 4, kernel_size=3, stride=2, padding=1, groups=2)

    @export
    @annotate_args([None, ([-1, 4, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.conv(x)


@register_test_case(module_factory=lambda: NnConv2dStrideGroupsModule())
def NnConv2dStrideGroupsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 9, 9))


class NnConv2dReflectPaddingModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.conv = torch.nn.Conv2d(2, 3, kernel_size=3, padding=1, padding_mode="reflect")

    @export
    @annotate_args([None, ([-1, 2, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.conv(x)


@register_test_case(module_factory=lambda: NnConv2dReflectPaddingModule())
def NnConv2dReflectPaddingModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 5, 6))


class NnConv2dReplicatePaddingModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.conv = torch.nn.Conv2d(2, 2, kernel_size=3, padding=(2, 1), padding_mode="replicate")

    @export
    @annotate_args([None, ([2, 2, 5, 5], torch.float32, True)])
    def forward(self, x):
        return self.conv(x)


@register_test_case(module_factory=lambda: NnConv2dReplicatePaddingModule())
def NnConv2dReplicatePaddingModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 5, 5))


class NnConv2dPaddingSameModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.conv = torch.nn.Conv2d(3, 3, kernel_size=5, padding="same")

    @export
    @annotate_args([None, ([-1, 3, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.conv(x)


@register_test_case(module_factory=lambda: NnConv2dPaddingSameModule())
def NnConv2dPaddingSameModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 3, 7, 6))


class NnConv2dFloat64Module(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.conv = torch.nn.Conv2d(2, 2, kernel_size=2, stride=2).double()

    @export
    @annotate_args([None, ([-1, 2, -1, -1], torch.float64, True)])
    def forward(self, x):
        return self.conv(x)


@register_test_case(module_factory=lambda: NnConv2dFloat64Module())
def NnConv2dFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 6, 6).double())


# ==============================================================================
# conv3d


class Conv3dBasicModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, weight):
        return F.conv3d(x, weight)


@register_test_case(module_factory=lambda: Conv3dBasicModule())
def Conv3dBasicModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 5, 5, 5), tu.rand(3, 2, 3, 3, 3))


class Conv3dStridePaddingBiasModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([2, 2, 6, 5, 4], torch.float32, True),
            ([2, 2, 3, 3, 3], torch.float32, True),
            ([2], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.conv3d(x, weight, bias, stride=[2, 1, 1], padding=[1, 0, 1])


@register_test_case(module_factory=lambda: Conv3dStridePaddingBiasModule())
def Conv3dStridePaddingBiasModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 6, 5, 4), tu.rand(2, 2, 3, 3, 3), tu.rand(2))


class Conv3dGroupsDilationModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, weight):
        return F.conv3d(x, weight, dilation=2, groups=2)


@register_test_case(module_factory=lambda: Conv3dGroupsDilationModule())
def Conv3dGroupsDilationModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 4, 6, 6, 6), tu.rand(4, 2, 2, 2, 2))


class Conv3dPaddingSameModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, weight):
        return F.conv3d(x, weight, padding="same")


@register_test_case(module_factory=lambda: Conv3dPaddingSameModule())
def Conv3dPaddingSameModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 1, 4, 5, 3), tu.rand(2, 1, 3, 3, 3))


class NnConv3dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.conv = torch.nn.Conv3d(2, 3, kernel_size=(1, 3, 3), padding=(0, 1, 1))

    @export
    @annotate_args([None, ([-1, 2, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.conv(x)


@register_test_case(module_factory=lambda: NnConv3dModule())
def NnConv3dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 3, 5, 5))


# ==============================================================================
# conv_transpose1d / conv_transpose2d / conv_transpose3d
# (weights are laid out (C_in, C_out / groups, *kernel) here)


class ConvTranspose1dBasicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, x, weight):
        return F.conv_transpose1d(x, weight)


@register_test_case(module_factory=lambda: ConvTranspose1dBasicModule())
def ConvTranspose1dBasicModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 6), tu.rand(3, 2, 3))


class ConvTranspose1dStrideOutputPaddingModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.conv_transpose1d(x, weight, bias, stride=2, padding=1, output_padding=1)


@register_test_case(module_factory=lambda: ConvTranspose1dStrideOutputPaddingModule())
def ConvTranspose1dStrideOutputPaddingModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 5), tu.rand(2, 4, 3), tu.rand(4))


class ConvTranspose1dGroupsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 4, 5], torch.float32, True), ([4, 3, 2], torch.float32, True)])
    def forward(self, x, weight):
        return F.conv_transpose1d(x, weight, groups=2)


@register_test_case(module_factory=lambda: ConvTranspose1dGroupsModule())
def ConvTranspose1dGroupsModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 5), tu.rand(4, 3, 2))


class NnConvTranspose1dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.deconv = torch.nn.ConvTranspose1d(3, 2, kernel_size=4, stride=2, padding=1)

    @export
    @annotate_args([None, ([-1, 3, -1], torch.float32, True)])
    def forward(self, x):
        return self.deconv(x)


@register_test_case(module_factory=lambda: NnConvTranspose1dModule())
def NnConvTranspose1dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 7))


class ConvTranspose2dBasicModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, weight):
        return F.conv_transpose2d(x, weight)


@register_test_case(module_factory=lambda: ConvTranspose2dBasicModule())
def ConvTranspose2dBasicModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 4), tu.rand(3, 2, 3, 3))


class ConvTranspose2dStrideModule(torch.nn.Module):
    # The upsampling use: stride 2 doubles the spatial size.
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.conv_transpose2d(x, weight, bias, stride=2)


@register_test_case(module_factory=lambda: ConvTranspose2dStrideModule())
def ConvTranspose2dStrideModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 4, 3, 5), tu.rand(4, 2, 2, 2), tu.rand(2))


class ConvTranspose2dOutputPaddingModule(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 2, 4, 4], torch.float32, True), ([2, 3, 3, 3], torch.float32, True)])
    def forward(self, x, weight):
        return F.conv_transpose2d(x, weight, stride=[2, 3], padding=[1, 0], output_padding=[1, 2])


@register_test_case(module_factory=lambda: ConvTranspose2dOutputPaddingModule())
def ConvTranspose2dOutputPaddingModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 4, 4), tu.rand(2, 3, 3, 3))


class ConvTranspose2dDilationModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, weight):
        return F.conv_transpose2d(x, weight, padding=1, dilation=2)


@register_test_case(module_factory=lambda: ConvTranspose2dDilationModule())
def ConvTranspose2dDilationModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 4, 5), tu.rand(2, 2, 3, 3))


class ConvTranspose2dGroupsModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.conv_transpose2d(x, weight, bias, stride=2, padding=1, groups=2)


@register_test_case(module_factory=lambda: ConvTranspose2dGroupsModule())
def ConvTranspose2dGroupsModule_basic(module, tu: TestUtils):
    # 4 input channels in 2 groups; each group yields 3 output channels.
    module.forward(tu.rand(1, 4, 3, 3), tu.rand(4, 3, 3, 3), tu.rand(6))


class ConvTranspose2dFloat64Module(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float64, True),
            ([-1, -1, -1, -1], torch.float64, True),
        ]
    )
    def forward(self, x, weight):
        return F.conv_transpose2d(x, weight, stride=2, output_padding=1)


@register_test_case(module_factory=lambda: ConvTranspose2dFloat64Module())
def ConvTranspose2dFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 3, 3).double(), tu.rand(2, 2, 3, 3).double())


class ConvolutionTransposedOpModule(torch.nn.Module):
    # aten.convolution with transposed=True, as the importer sees it.
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, weight):
        return torch.convolution(x, weight, None, [2, 2], [0, 0], [1, 1], True, [1, 0], 1)


@register_test_case(module_factory=lambda: ConvolutionTransposedOpModule())
def ConvolutionTransposedOpModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 3, 4), tu.rand(2, 3, 2, 2))


class NnConvTranspose2dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.deconv = torch.nn.ConvTranspose2d(4, 2, kernel_size=3, stride=2, padding=1)

    @export
    @annotate_args([None, ([-1, 4, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.deconv(x)


@register_test_case(module_factory=lambda: NnConvTranspose2dModule())
def NnConvTranspose2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 4, 4))


class NnConvTranspose2dNoBiasOutputPaddingModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.deconv = torch.nn.ConvTranspose2d(
            2, 3, kernel_size=3, stride=2, padding=1, output_padding=1, bias=False
        )

    @export
    @annotate_args([None, ([1, 2, 5, 5], torch.float32, True)])
    def forward(self, x):
        return self.deconv(x)


@register_test_case(module_factory=lambda: NnConvTranspose2dNoBiasOutputPaddingModule())
def NnConvTranspose2dNoBiasOutputPaddingModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 5, 5))


class NnConvTranspose2dGroupsModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.deconv = torch.nn.ConvTranspose2d(4, 4, kernel_size=2, stride=2, groups=4)

    @export
    @annotate_args([None, ([-1, 4, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.deconv(x)


@register_test_case(module_factory=lambda: NnConvTranspose2dGroupsModule())
def NnConvTranspose2dGroupsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 4, 3, 3))


class ConvTranspose3dStrideModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1, -1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, weight):
        return F.conv_transpose3d(x, weight, stride=2, padding=1)


@register_test_case(module_factory=lambda: ConvTranspose3dStrideModule())
def ConvTranspose3dStrideModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 3, 3, 3), tu.rand(2, 2, 3, 3, 3))


class ConvEncoderDecoderModule(torch.nn.Module):
    # A downsampling conv followed by an upsampling transposed conv
    # returns to the input resolution.
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.down = torch.nn.Conv2d(2, 4, kernel_size=3, stride=2, padding=1)
        self.up = torch.nn.ConvTranspose2d(4, 2, kernel_size=2, stride=2)

    @export
    @annotate_args([None, ([-1, 2, 8, 8], torch.float32, True)])
    def forward(self, x):
        return self.up(torch.relu(self.down(x)))


@register_test_case(module_factory=lambda: ConvEncoderDecoderModule())
def ConvEncoderDecoderModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 8, 8))
