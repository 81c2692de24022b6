"""Pooling tests: max_pool1d/2d/3d (stride, padding, ceil_mode, dilation,
indices), avg_pool1d/2d/3d (count_include_pad, ceil_mode,
divisor_override), adaptive_avg_pool1d/2d and adaptive_max_pool1d/2d,
through both the functional API and the nn.*Pool* modules.

Inputs are random floats, so the position of each window's maximum is
unique and the returned indices are well defined.
"""

import torch
import torch.nn.functional as F

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# max_pool1d


class MaxPool1dBasicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.max_pool1d(x, 2)


@register_test_case(module_factory=lambda: MaxPool1dBasicModule())
def MaxPool1dBasicModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 10))


class MaxPool1dStridePaddingModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.max_pool1d(x, kernel_size=3, stride=2, padding=1)


@register_test_case(module_factory=lambda: MaxPool1dStridePaddingModule())
def MaxPool1dStridePaddingModule_basic(module, tu: TestUtils):
    # All-negative inputs: padding must act as -inf, not as zero.
    module.forward(tu.rand(1, 2, 9, low=-2.0, high=-1.0))


class MaxPool1dCeilModeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 2, 8], torch.float32, True)])
    def forward(self, x):
        return F.max_pool1d(x, kernel_size=3, stride=2, ceil_mode=True)


@register_test_case(module_factory=lambda: MaxPool1dCeilModeModule())
def MaxPool1dCeilModeModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 8))


class MaxPool1dDilationModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.max_pool1d(x, kernel_size=2, stride=1, dilation=3)


@register_test_case(module_factory=lambda: MaxPool1dDilationModule())
def MaxPool1dDilationModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 3, 10))


class MaxPool1dWithIndicesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        values, indices = F.max_pool1d_with_indices(x, kernel_size=3, stride=2)
        return values, indices


@register_test_case(module_factory=lambda: MaxPool1dWithIndicesModule())
def MaxPool1dWithIndicesModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 11))


class NnMaxPool1dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = torch.nn.MaxPool1d(kernel_size=4, stride=3, padding=2, ceil_mode=True)

    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.pool(x)


@register_test_case(module_factory=lambda: NnMaxPool1dModule())
def NnMaxPool1dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 13))


# ==============================================================================
# max_pool2d


class MaxPool2dBasicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.max_pool2d(x, 2)


@register_test_case(module_factory=lambda: MaxPool2dBasicModule())
def MaxPool2dBasicModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 8, 8))


@register_test_case(module_factory=lambda: MaxPool2dBasicModule())
def MaxPool2dBasicModule_oddSize(module, tu: TestUtils):
    # Odd spatial sizes: the last row and column are dropped (floor mode).
    module.forward(tu.rand(1, 2, 7, 9))


class MaxPool2dStridePaddingModule(torch.nn.Module):
    # The ResNet stem: 3x3 window, stride 2, padding 1.
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.max_pool2d(x, kernel_size=3, stride=2, padding=1)


@register_test_case(module_factory=lambda: MaxPool2dStridePaddingModule())
def MaxPool2dStridePaddingModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 9, 9, low=-1.0, high=1.0))


class MaxPool2dAsymmetricModule(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 2, 8, 9], torch.float32, True)])
    def forward(self, x):
        return F.max_pool2d(x, kernel_size=[2, 3], stride=[1, 2], padding=[1, 0])


@register_test_case(module_factory=lambda: MaxPool2dAsymmetricModule())
def MaxPool2dAsymmetricModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 8, 9))


class MaxPool2dCeilModeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.max_pool2d(x, kernel_size=3, stride=2, ceil_mode=True)


@register_test_case(module_factory=lambda: MaxPool2dCeilModeModule())
def MaxPool2dCeilModeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 3, 8, 10))


class MaxPool2dCeilModePaddingModule(torch.nn.Module):
    # With padding, ceil_mode must not start a window entirely in padding.
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.max_pool2d(x, kernel_size=2, stride=2, padding=1, ceil_mode=True)


@register_test_case(module_factory=lambda: MaxPool2dCeilModePaddingModule())
def MaxPool2dCeilModePaddingModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 1, 6, 7, low=-1.0, high=1.0))


class MaxPool2dDilationModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.max_pool2d(x, kernel_size=2, stride=1, dilation=2)


@register_test_case(module_factory=lambda: MaxPool2dDilationModule())
def MaxPool2dDilationModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 6, 6))


class MaxPool2dAllOptionsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 11, 10], torch.float32, True)])
    def forward(self, x):
        return F.max_pool2d(
            x, kernel_size=[3, 2], stride=[2, 3], padding=[1, 1], dilation=[1, 2], ceil_mode=True
        )


@register_test_case(module_factory=lambda: MaxPool2dAllOptionsModule())
def MaxPool2dAllOptionsModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 11, 10, low=-1.0, high=1.0))


class MaxPool2dFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float64, True)])
    def forward(self, x):
        return F.max_pool2d(x, kernel_size=2, stride=1)


@register_test_case(module_factory=lambda: MaxPool2dFloat64Module())
def MaxPool2dFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 5, 5).double())


class MaxPool2dInt64Module(torch.nn.Module):
    # Only values are returned, so ties among integers do not matter.
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.int64, True)])
    def forward(self, x):
        return F.max_pool2d(x, kernel_size=2, stride=2)


@register_test_case(module_factory=lambda: MaxPool2dInt64Module())
def MaxPool2dInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(1, 2, 6, 6, low=-100, high=100))


class MaxPool2dUnbatchedModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.max_pool2d(x, kernel_size=3, stride=3)


@register_test_case(module_factory=lambda: MaxPool2dUnbatchedModule())
def MaxPool2dUnbatchedModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 9, 6))


class MaxPool2dWithIndicesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        values, indices = F.max_pool2d(x, kernel_size=2, stride=2, return_indices=True)
        return values, indices


@register_test_case(module_factory=lambda: MaxPool2dWithIndicesModule())
def MaxPool2dWithIndicesModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 6, 8))


class MaxPool2dWithIndicesPaddingModule(torch.nn.Module):
    # Indices are into the unpadded input, even when padding is used.
    @export
    @annotate_args([None, ([1, 2, 5, 5], torch.float32, True)])
    def forward(self, x):
        values, indices = F.max_pool2d_with_indices(x, kernel_size=3, stride=2, padding=1)
        return values, indices


@register_test_case(module_factory=lambda: MaxPool2dWithIndicesPaddingModule())
def MaxPool2dWithIndicesPaddingModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 5, 5, low=-1.0, high=1.0))


class NnMaxPool2dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = torch.nn.MaxPool2d(kernel_size=(3, 3), stride=(2, 2), padding=(1, 1))

    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.pool(x)


@register_test_case(module_factory=lambda: NnMaxPool2dModule())
def NnMaxPool2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 10, 10))


class NnMaxPool2dCeilDilationModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = torch.nn.MaxPool2d(kernel_size=2, stride=2, dilation=2, ceil_mode=True)

    @export
    @annotate_args([None, ([1, 1, 9, 9], torch.float32, True)])
    def forward(self, x):
        return self.pool(x)


@register_test_case(module_factory=lambda: NnMaxPool2dCeilDilationModule())
def NnMaxPool2dCeilDilationModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 1, 9, 9))


# ==============================================================================
# max_pool3d


class MaxPool3dBasicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.max_pool3d(x, 2)


@register_test_case(module_factory=lambda: MaxPool3dBasicModule())
def MaxPool3dBasicModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 4, 6, 6))


class MaxPool3dStridePaddingModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.max_pool3d(x, kernel_size=3, stride=2, padding=1)


@register_test_case(module_factory=lambda: MaxPool3dStridePaddingModule())
def MaxPool3dStridePaddingModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 5, 5, 5, low=-1.0, high=1.0))


class MaxPool3dCeilDilationModule(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 1, 7, 6, 5], torch.float32, True)])
    def forward(self, x):
        return F.max_pool3d(x, kernel_size=2, stride=2, dilation=[1, 2, 1], ceil_mode=True)


@register_test_case(module_factory=lambda: MaxPool3dCeilDilationModule())
def MaxPool3dCeilDilationModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 1, 7, 6, 5))


class NnMaxPool3dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = torch.nn.MaxPool3d(kernel_size=(1, 2, 2), stride=(1, 2, 2))

    @export
    @annotate_args([None, ([-1, -1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.pool(x)


@register_test_case(module_factory=lambda: NnMaxPool3dModule())
def NnMaxPool3dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 3, 4, 4))


# ==============================================================================
# avg_pool1d / avg_pool2d / avg_pool3d


class AvgPool1dBasicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.avg_pool1d(x, 3)


@register_test_case(module_factory=lambda: AvgPool1dBasicModule())
def AvgPool1dBasicModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 9))


class AvgPool1dPaddingNoCountPadModule(torch.nn.Module):
    # count_include_pad=False divides border windows by the real elements only.
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.avg_pool1d(x, kernel_size=3, stride=2, padding=1, count_include_pad=False)


@register_test_case(module_factory=lambda: AvgPool1dPaddingNoCountPadModule())
def AvgPool1dPaddingNoCountPadModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 8))


class AvgPool1dPaddingCountPadModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 2, 7], torch.float32, True)])
    def forward(self, x):
        return F.avg_pool1d(x, kernel_size=4, stride=1, padding=2, count_include_pad=True)


@register_test_case(module_factory=lambda: AvgPool1dPaddingCountPadModule())
def AvgPool1dPaddingCountPadModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 7))


class AvgPool1dCeilModeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.avg_pool1d(x, kernel_size=2, stride=2, ceil_mode=True)


@register_test_case(module_factory=lambda: AvgPool1dCeilModeModule())
def AvgPool1dCeilModeModule_basic(module, tu: TestUtils):
    # Length 9: ceil_mode adds a last, partial window.
    module.forward(tu.rand(1, 3, 9))


class NnAvgPool1dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = torch.nn.AvgPool1d(kernel_size=3, stride=2, padding=1)

    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.pool(x)


@register_test_case(module_factory=lambda: NnAvgPool1dModule())
def NnAvgPool1dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 10))


class AvgPool2dBasicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.avg_pool2d(x, 2)


@register_test_case(module_factory=lambda: AvgPool2dBasicModule())
def AvgPool2dBasicModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 8, 6))


class AvgPool2dStrideModule(torch.nn.Module):
    # Overlapping windows: stride smaller than the kernel.
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.avg_pool2d(x, kernel_size=3, stride=1)


@register_test_case(module_factory=lambda: AvgPool2dStrideModule())
def AvgPool2dStrideModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 6, 7))


class AvgPool2dPaddingCountPadModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.avg_pool2d(x, kernel_size=3, stride=2, padding=1, count_include_pad=True)


@register_test_case(module_factory=lambda: AvgPool2dPaddingCountPadModule())
def AvgPool2dPaddingCountPadModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 7, 7))


class AvgPool2dPaddingNoCountPadModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.avg_pool2d(x, kernel_size=3, stride=2, padding=1, count_include_pad=False)


@register_test_case(module_factory=lambda: AvgPool2dPaddingNoCountPadModule())
def AvgPool2dPaddingNoCountPadModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 7, 7))


class AvgPool2dCeilModeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 2, 7, 8], torch.float32, True)])
    def forward(self, x):
        return F.avg_pool2d(x, kernel_size=[3, 2], stride=[2, 3], ceil_mode=True)


@register_test_case(module_factory=lambda: AvgPool2dCeilModeModule())
def AvgPool2dCeilModeModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 7, 8))


class AvgPool2dCeilModePaddingNoCountPadModule(torch.nn.Module):
    # The hardest divisor case: ceil windows that overhang both padding
    # and the input end, with padding excluded from the count.
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.avg_pool2d(
            x, kernel_size=3, stride=2, padding=1, ceil_mode=True, count_include_pad=False
        )


@register_test_case(module_factory=lambda: AvgPool2dCeilModePaddingNoCountPadModule())
def AvgPool2dCeilModePaddingNoCountPadModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 6, 8))


class AvgPool2dDivisorOverrideModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.avg_pool2d(x, kernel_size=2, stride=2, divisor_override=3)


@register_test_case(module_factory=lambda: AvgPool2dDivisorOverrideModule())
def AvgPool2dDivisorOverrideModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 1, 4, 6))


class AvgPool2dFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float64, True)])
    def forward(self, x):
        return F.avg_pool2d(x, kernel_size=[2, 4], stride=[2, 2], padding=[1, 2])


@register_test_case(module_factory=lambda: AvgPool2dFloat64Module())
def AvgPool2dFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 6, 8).double())


class AvgPool2dUnbatchedModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.avg_pool2d(x, kernel_size=2)


@register_test_case(module_factory=lambda: AvgPool2dUnbatchedModule())
def AvgPool2dUnbatchedModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6, 4))


class NnAvgPool2dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = torch.nn.AvgPool2d(kernel_size=3, stride=2, padding=1, count_include_pad=False)

    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.pool(x)


@register_test_case(module_factory=lambda: NnAvgPool2dModule())
def NnAvgPool2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 9, 9))


class NnAvgPool2dCeilModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = torch.nn.AvgPool2d(kernel_size=(2, 2), stride=(2, 2), ceil_mode=True)

    @export
    @annotate_args([None, ([1, 1, 5, 5], torch.float32, True)])
    def forward(self, x):
        return self.pool(x)


@register_test_case(module_factory=lambda: NnAvgPool2dCeilModule())
def NnAvgPool2dCeilModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 1, 5, 5))


class AvgPool3dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.avg_pool3d(x, kernel_size=2, stride=[1, 2, 2], padding=[0, 1, 1])


@register_test_case(module_factory=lambda: AvgPool3dModule())
def AvgPool3dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 3, 5, 5))


# ==============================================================================
# adaptive_avg_pool1d / adaptive_avg_pool2d


class AdaptiveAvgPool1dGlobalModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_avg_pool1d(x, 1)


@register_test_case(module_factory=lambda: AdaptiveAvgPool1dGlobalModule())
def AdaptiveAvgPool1dGlobalModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 7))


class AdaptiveAvgPool1dDivisibleModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 2, 12], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_avg_pool1d(x, 4)


@register_test_case(module_factory=lambda: AdaptiveAvgPool1dDivisibleModule())
def AdaptiveAvgPool1dDivisibleModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 12))


class AdaptiveAvgPool1dNonDivisibleModule(torch.nn.Module):
    # 7 -> 3 gives overlapping windows of varying size.
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_avg_pool1d(x, 3)


@register_test_case(module_factory=lambda: AdaptiveAvgPool1dNonDivisibleModule())
def AdaptiveAvgPool1dNonDivisibleModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 7))


class NnAdaptiveAvgPool1dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = torch.nn.AdaptiveAvgPool1d(5)

    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.pool(x)


@register_test_case(module_factory=lambda: NnAdaptiveAvgPool1dModule())
def NnAdaptiveAvgPool1dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 10))


class AdaptiveAvgPool2dGlobalModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_avg_pool2d(x, [1, 1])


@register_test_case(module_factory=lambda: AdaptiveAvgPool2dGlobalModule())
def AdaptiveAvgPool2dGlobalModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 7, 5))


class AdaptiveAvgPool2dDivisibleModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_avg_pool2d(x, [2, 3])


@register_test_case(module_factory=lambda: AdaptiveAvgPool2dDivisibleModule())
def AdaptiveAvgPool2dDivisibleModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 8, 9))


class AdaptiveAvgPool2dNonDivisibleModule(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 3, 5, 7], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_avg_pool2d(x, [3, 4])


@register_test_case(module_factory=lambda: AdaptiveAvgPool2dNonDivisibleModule())
def AdaptiveAvgPool2dNonDivisibleModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 3, 5, 7))


class AdaptiveAvgPool2dUpsampleModule(torch.nn.Module):
    # An output larger than the input repeats elements.
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_avg_pool2d(x, 4)


@register_test_case(module_factory=lambda: AdaptiveAvgPool2dUpsampleModule())
def AdaptiveAvgPool2dUpsampleModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 3, 2))


class AdaptiveAvgPool2dFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float64, True)])
    def forward(self, x):
        return F.adaptive_avg_pool2d(x, [2, 2])


@register_test_case(module_factory=lambda: AdaptiveAvgPool2dFloat64Module())
def AdaptiveAvgPool2dFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 6, 5).double())


class AdaptiveAvgPool2dUnbatchedModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_avg_pool2d(x, [1, 2])


@register_test_case(module_factory=lambda: AdaptiveAvgPool2dUnbatchedModule())
def AdaptiveAvgPool2dUnbatchedModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 6))


class NnAdaptiveAvgPool2dModule(torch.nn.Module):
    # The classifier head of most CNNs, followed by a flatten.
    def __init__(self):
        super().__init__()
        self.pool = torch.nn.AdaptiveAvgPool2d((1, 1))

    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.flatten(self.pool(x), 1)


@register_test_case(module_factory=lambda: NnAdaptiveAvgPool2dModule())
def NnAdaptiveAvgPool2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 8, 4, 4))


# ==============================================================================
# adaptive_max_pool1d / adaptive_max_pool2d


class AdaptiveMaxPool1dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_max_pool1d(x, 3)


@register_test_case(module_factory=lambda: AdaptiveMaxPool1dModule())
def AdaptiveMaxPool1dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 8))


class AdaptiveMaxPool2dModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_max_pool2d(x, [2, 2])


@register_test_case(module_factory=lambda: AdaptiveMaxPool2dModule())
def AdaptiveMaxPool2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 6, 8))


class AdaptiveMaxPool2dGlobalModule(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 4, 5, 5], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_max_pool2d(x, 1)


@register_test_case(module_factory=lambda: AdaptiveMaxPool2dGlobalModule())
def AdaptiveMaxPool2dGlobalModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 4, 5, 5, low=-1.0, high=1.0))


class AdaptiveMaxPool2dNonDivisibleModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.adaptive_max_pool2d(x, [3, 2])


@register_test_case(module_factory=lambda: AdaptiveMaxPool2dNonDivisibleModule())
def AdaptiveMaxPool2dNonDivisibleModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 7, 5))


class AdaptiveMaxPool2dWithIndicesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        values, indices = F.adaptive_max_pool2d(x, [2, 3], return_indices=True)
        return values, indices


@register_test_case(module_factory=lambda: AdaptiveMaxPool2dWithIndicesModule())
def AdaptiveMaxPool2dWithIndicesModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 6, 6))


class NnAdaptiveMaxPool2dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.pool = torch.nn.AdaptiveMaxPool2d((2, 4))

    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.pool(x)


@register_test_case(module_factory=lambda: NnAdaptiveMaxPool2dModule())
def NnAdaptiveMaxPool2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 3, 4, 9))


class AdaptiveMaxPool2dFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float64, True)])
    def forward(self, x):
        return F.adaptive_max_pool2d(x, [2, 2])


@register_test_case(module_factory=lambda: AdaptiveMaxPool2dFloat64Module())
def AdaptiveMaxPool2dFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, 4).double())
