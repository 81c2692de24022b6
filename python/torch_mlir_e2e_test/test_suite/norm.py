"""Normalization tests: batch_norm in inference mode (running statistics,
with and without affine parameters) and with batch statistics,
layer_norm / native_layer_norm, group_norm / native_group_norm,
instance_norm, rms_norm, local response norm and F.normalize, through
the functional API and the nn.*Norm modules (seeded, in eval mode).
"""

import torch
import torch.nn.functional as F

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case


def _randomize_running_stats(bn):
    # Fresh modules have mean 0 / var 1, which would hide a lowering that
    # ignores the running statistics; give them distinctive values instead.
    with torch.no_grad():
        bn.running_mean.copy_(torch.rand(bn.running_mean.shape) - 0.5)
        bn.running_var.copy_(torch.rand(bn.running_var.shape) + 0.5)


# ==============================================================================
# batch_norm (functional, inference with running statistics)


class BatchNorm1dFunctionalModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, running_mean, running_var, weight, bias):
        return F.batch_norm(x, running_mean, running_var, weight, bias, training=False)


@register_test_case(module_factory=lambda: BatchNorm1dFunctionalModule())
def BatchNorm1dFunctionalModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3), tu.rand(3), tu.rand(3, low=0.5, high=1.5), tu.rand(3), tu.rand(3))


class BatchNorm1dFunctionalSequenceModule(torch.nn.Module):
    # (N, C, L) input: the statistics are per channel, dim 1.
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, running_mean, running_var, weight, bias):
        return F.batch_norm(x, running_mean, running_var, weight, bias)


@register_test_case(module_factory=lambda: BatchNorm1dFunctionalSequenceModule())
def BatchNorm1dFunctionalSequenceModule_basic(module, tu: TestUtils):
    module.forward(
        tu.rand(2, 4, 6), tu.rand(4), tu.rand(4, low=0.5, high=1.5), tu.rand(4), tu.rand(4)
    )


class BatchNorm2dFunctionalModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([2, 3, 4, 5], torch.float32, True),
            ([3], torch.float32, True),
            ([3], torch.float32, True),
            ([3], torch.float32, True),
            ([3], torch.float32, True),
        ]
    )
    def forward(self, x, running_mean, running_var, weight, bias):
        return F.batch_norm(x, running_mean, running_var, weight, bias, False, 0.1, 1e-5)


@register_test_case(module_factory=lambda: BatchNorm2dFunctionalModule())
def BatchNorm2dFunctionalModule_static(module, tu: TestUtils):
    module.forward(
        tu.rand(2, 3, 4, 5, low=-2.0, high=2.0),
        tu.rand(3, low=-0.5, high=0.5),
        tu.rand(3, low=0.5, high=2.0),
        tu.rand(3),
        tu.rand(3),
    )


class BatchNormNoAffineModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, running_mean, running_var):
        return F.batch_norm(x, running_mean, running_var)


@register_test_case(module_factory=lambda: BatchNormNoAffineModule())
def BatchNormNoAffineModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 3, 3), tu.rand(2), tu.rand(2, low=0.5, high=1.5))


class BatchNormWeightOnlyEpsModule(torch.nn.Module):
    # A large eps makes a missing eps visible in the result.
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, running_mean, running_var, weight):
        return F.batch_norm(x, running_mean, running_var, weight, None, False, 0.1, 0.5)


@register_test_case(module_factory=lambda: BatchNormWeightOnlyEpsModule())
def BatchNormWeightOnlyEpsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 3, 4, 4), tu.rand(3), tu.rand(3, low=0.1, high=0.3), tu.rand(3))


class BatchNorm3dFunctionalModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, running_mean, running_var, weight, bias):
        return F.batch_norm(x, running_mean, running_var, weight, bias)


@register_test_case(module_factory=lambda: BatchNorm3dFunctionalModule())
def BatchNorm3dFunctionalModule_basic(module, tu: TestUtils):
    module.forward(
        tu.rand(2, 2, 3, 3, 3), tu.rand(2), tu.rand(2, low=0.5, high=1.5), tu.rand(2), tu.rand(2)
    )


class BatchNormFloat64Module(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float64, True),
            ([-1], torch.float64, True),
            ([-1], torch.float64, True),
            ([-1], torch.float64, True),
            ([-1], torch.float64, True),
        ]
    )
    def forward(self, x, running_mean, running_var, weight, bias):
        return F.batch_norm(x, running_mean, running_var, weight, bias)


@register_test_case(module_factory=lambda: BatchNormFloat64Module())
def BatchNormFloat64Module_basic(module, tu: TestUtils):
    module.forward(
        tu.rand(2, 3, 2, 2).double(),
        tu.rand(3).double(),
        tu.rand(3, low=0.5, high=1.5).double(),
        tu.rand(3).double(),
        tu.rand(3).double(),
    )


class BatchNormBatchStatsModule(torch.nn.Module):
    # training=True without running buffers normalizes with the batch's own
    # statistics and mutates nothing.
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.batch_norm(x, None, None, weight, bias, training=True)


@register_test_case(module_factory=lambda: BatchNormBatchStatsModule())
def BatchNormBatchStatsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2, 4, 4), tu.rand(2), tu.rand(2))


class NnBatchNorm1dEvalModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.bn = torch.nn.BatchNorm1d(4)
        with torch.no_grad():
            self.bn.weight.copy_(torch.rand(4) + 0.5)
            self.bn.bias.copy_(torch.rand(4))
        _randomize_running_stats(self.bn)
        self.eval()

    @export
    @annotate_args([None, ([-1, 4], torch.float32, True)])
    def forward(self, x):
        return self.bn(x)


@register_test_case(module_factory=lambda: NnBatchNorm1dEvalModule())
def NnBatchNorm1dEvalModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 4))


class NnBatchNorm2dEvalModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.bn = torch.nn.BatchNorm2d(3, eps=1e-3)
        with torch.no_grad():
            self.bn.weight.copy_(torch.rand(3) + 0.5)
            self.bn.bias.copy_(torch.rand(3) - 0.5)
        _randomize_running_stats(self.bn)
        self.eval()

    @export
    @annotate_args([None, ([-1, 3, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.bn(x)


@register_test_case(module_factory=lambda: NnBatchNorm2dEvalModule())
def NnBatchNorm2dEvalModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 5, 5))


class NnBatchNorm2dNoAffineEvalModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.bn = torch.nn.BatchNorm2d(2, affine=False)
        _randomize_running_stats(self.bn)
        self.eval()

    @export
    @annotate_args([None, ([2, 2, 3, 4], torch.float32, True)])
    def forward(self, x):
        return self.bn(x)


@register_test_case(module_factory=lambda: NnBatchNorm2dNoAffineEvalModule())
def NnBatchNorm2dNoAffineEvalModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 3, 4))


class NnBatchNorm3dEvalModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.bn = torch.nn.BatchNorm3d(2)
        _randomize_running_stats(self.bn)
        self.eval()

    @export
    @annotate_args([None, ([-1, 2, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.bn(x)


@register_test_case(module_factory=lambda: NnBatchNorm3dEvalModule())
def NnBatchNorm3dEvalModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 2, 3, 3))


class NnConvBatchNormReluEvalModule(torch.nn.Module):
    # The conv -> BN -> ReLU block of every ResNet-style network.
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.conv = torch.nn.Conv2d(2, 4, kernel_size=3, padding=1, bias=False)
        self.bn = torch.nn.BatchNorm2d(4)
        _randomize_running_stats(self.bn)
        self.eval()

    @export
    @annotate_args([None, ([-1, 2, -1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.relu(self.bn(self.conv(x)))


@register_test_case(module_factory=lambda: NnConvBatchNormReluEvalModule())
def NnConvBatchNormReluEvalModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 6, 6))


# ==============================================================================
# layer_norm / native_layer_norm


class LayerNormLastDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.layer_norm(x, [6])


@register_test_case(module_factory=lambda: LayerNormLastDimModule())
def LayerNormLastDimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 6))


class LayerNormLastTwoDimsAffineModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.layer_norm(x, [3, 4], weight, bias)


@register_test_case(module_factory=lambda: LayerNormLastTwoDimsAffineModule())
def LayerNormLastTwoDimsAffineModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4), tu.rand(3, 4), tu.rand(3, 4))


class LayerNormShapeFromInputModule(torch.nn.Module):
    # normalized_shape computed from the input's own size.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.layer_norm(x, [x.size(1)])


@register_test_case(module_factory=lambda: LayerNormShapeFromInputModule())
def LayerNormShapeFromInputModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 8, low=-3.0, high=3.0))


class LayerNormEpsWeightOnlyModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 5], torch.float32, True), ([5], torch.float32, True)])
    def forward(self, x, weight):
        return F.layer_norm(x, [5], weight, None, 0.1)


@register_test_case(module_factory=lambda: LayerNormEpsWeightOnlyModule())
def LayerNormEpsWeightOnlyModule_static(module, tu: TestUtils):
    module.forward(tu.rand(4, 5), tu.rand(5))


class LayerNormAllDimsModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([2, 3, 4], torch.float32, True),
            ([2, 3, 4], torch.float32, True),
            ([2, 3, 4], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.layer_norm(x, [2, 3, 4], weight, bias)


@register_test_case(module_factory=lambda: LayerNormAllDimsModule())
def LayerNormAllDimsModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4), tu.rand(2, 3, 4), tu.rand(2, 3, 4))


class LayerNormFloat64Module(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float64, True),
            ([-1], torch.float64, True),
            ([-1], torch.float64, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.layer_norm(x, [7], weight, bias)


@register_test_case(module_factory=lambda: LayerNormFloat64Module())
def LayerNormFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 7).double(), tu.rand(7).double(), tu.rand(7).double())


class LayerNormBFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bfloat16, True)])
    def forward(self, x):
        return F.layer_norm(x, [8])


@register_test_case(module_factory=lambda: LayerNormBFloat16Module())
def LayerNormBFloat16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 8).to(torch.bfloat16))


class LayerNormFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4], torch.float16, True)])
    def forward(self, x):
        return F.layer_norm(x, [4])


@register_test_case(module_factory=lambda: LayerNormFloat16Module())
def LayerNormFloat16Module_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 4).half())


class NnLayerNormModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.norm = torch.nn.LayerNorm(6)
        with torch.no_grad():
            self.norm.weight.copy_(torch.rand(6) + 0.5)
            self.norm.bias.copy_(torch.rand(6))

    @export
    @annotate_args([None, ([-1, -1, 6], torch.float32, True)])
    def forward(self, x):
        return self.norm(x)


@register_test_case(module_factory=lambda: NnLayerNormModule())
def NnLayerNormModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, 6))


class NnLayerNormNoAffineModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = torch.nn.LayerNorm([3, 4], elementwise_affine=False, eps=1e-6)

    @export
    @annotate_args([None, ([-1, 3, 4], torch.float32, True)])
    def forward(self, x):
        return self.norm(x)


@register_test_case(module_factory=lambda: NnLayerNormNoAffineModule())
def NnLayerNormNoAffineModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4))


class NnLayerNormNoBiasModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.norm = torch.nn.LayerNorm(5, bias=False)
        with torch.no_grad():
            self.norm.weight.copy_(torch.rand(5) + 0.5)

    @export
    @annotate_args([None, ([-1, 5], torch.float32, True)])
    def forward(self, x):
        return self.norm(x)


@register_test_case(module_factory=lambda: NnLayerNormNoBiasModule())
def NnLayerNormNoBiasModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5))


class NativeLayerNormModule(torch.nn.Module):
    # native_layer_norm also returns the saved mean and 1/std.
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        out, mean, rstd = torch.native_layer_norm(x, [5], weight, bias, 1e-5)
        return out, mean, rstd


@register_test_case(module_factory=lambda: NativeLayerNormModule())
def NativeLayerNormModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 5), tu.rand(5), tu.rand(5))


class NativeLayerNormNoAffineModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4], torch.float32, True)])
    def forward(self, x):
        out, mean, rstd = torch.native_layer_norm(x, [3, 4], None, None, 1e-3)
        return out, mean, rstd


@register_test_case(module_factory=lambda: NativeLayerNormNoAffineModule())
def NativeLayerNormNoAffineModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, low=-1.0, high=1.0))


class LayerNormManualModule(torch.nn.Module):
    # The hand-written form older transformer code uses instead of layer_norm.
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        mean = x.mean(-1, keepdim=True)
        var = ((x - mean) ** 2).mean(-1, keepdim=True)
        return weight * (x - mean) / torch.sqrt(var + 1e-12) + bias


@register_test_case(module_factory=lambda: LayerNormManualModule())
def LayerNormManualModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 8), tu.rand(8), tu.rand(8))


# ==============================================================================
# group_norm / native_group_norm


class GroupNormBasicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.group_norm(x, 2)


@register_test_case(module_factory=lambda: GroupNormBasicModule())
def GroupNormBasicModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 3, 3))


class GroupNormAffineModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.group_norm(x, 3, weight, bias, eps=1e-4)


@register_test_case(module_factory=lambda: GroupNormAffineModule())
def GroupNormAffineModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 6, 4, 4), tu.rand(6), tu.rand(6))


class GroupNormOneGroupModule(torch.nn.Module):
    # One group normalizes over (C, H, W), like a layer norm per sample.
    @export
    @annotate_args([None, ([2, 3, 4, 4], torch.float32, True)])
    def forward(self, x):
        return F.group_norm(x, 1)


@register_test_case(module_factory=lambda: GroupNormOneGroupModule())
def GroupNormOneGroupModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 4))


class GroupNormPerChannelModule(torch.nn.Module):
    # As many groups as channels: equivalent to instance norm.
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.group_norm(x, 4)


@register_test_case(module_factory=lambda: GroupNormPerChannelModule())
def GroupNormPerChannelModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 4, 5, 5))


class GroupNorm1dInputModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.group_norm(x, 2, weight, bias)


@register_test_case(module_factory=lambda: GroupNorm1dInputModule())
def GroupNorm1dInputModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 7), tu.rand(4), tu.rand(4))


class GroupNormFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float64, True)])
    def forward(self, x):
        return F.group_norm(x, 2)


@register_test_case(module_factory=lambda: GroupNormFloat64Module())
def GroupNormFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 2, 3).double())


class NnGroupNormModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.norm = torch.nn.GroupNorm(2, 6)
        with torch.no_grad():
            self.norm.weight.copy_(torch.rand(6) + 0.5)
            self.norm.bias.copy_(torch.rand(6))

    @export
    @annotate_args([None, ([-1, 6, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.norm(x)


@register_test_case(module_factory=lambda: NnGroupNormModule())
def NnGroupNormModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 6, 3, 3))


class NnGroupNormNoAffineModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = torch.nn.GroupNorm(4, 8, affine=False)

    @export
    @annotate_args([None, ([1, 8, 4], torch.float32, True)])
    def forward(self, x):
        return self.norm(x)


@register_test_case(module_factory=lambda: NnGroupNormNoAffineModule())
def NnGroupNormNoAffineModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 8, 4))


class NativeGroupNormModule(torch.nn.Module):
    # native_group_norm takes N, C, H*W explicitly; derive them from the input.
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        n, c, h, w = x.shape
        out, mean, rstd = torch.native_group_norm(x, weight, bias, n, c, h * w, 2, 1e-5)
        return out, mean, rstd


@register_test_case(module_factory=lambda: NativeGroupNormModule())
def NativeGroupNormModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 3, 3), tu.rand(4), tu.rand(4))


# ==============================================================================
# instance_norm


class InstanceNormBasicModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.instance_norm(x)


@register_test_case(module_factory=lambda: InstanceNormBasicModule())
def InstanceNormBasicModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 4))


class InstanceNormAffineModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, weight, bias):
        return F.instance_norm(x, weight=weight, bias=bias, eps=1e-3)


@register_test_case(module_factory=lambda: InstanceNormAffineModule())
def InstanceNormAffineModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 3, 5), tu.rand(2), tu.rand(2))


class InstanceNorm1dFunctionalModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 8], torch.float32, True)])
    def forward(self, x):
        return F.instance_norm(x)


@register_test_case(module_factory=lambda: InstanceNorm1dFunctionalModule())
def InstanceNorm1dFunctionalModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 8))


class InstanceNormRunningStatsModule(torch.nn.Module):
    # use_input_stats=False normalizes with the given running statistics.
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, x, running_mean, running_var):
        return F.instance_norm(x, running_mean, running_var, use_input_stats=False)


@register_test_case(module_factory=lambda: InstanceNormRunningStatsModule())
def InstanceNormRunningStatsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 3, 3, 3), tu.rand(3), tu.rand(3, low=0.5, high=1.5))


class InstanceNorm3dFunctionalModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.instance_norm(x)


@register_test_case(module_factory=lambda: InstanceNorm3dFunctionalModule())
def InstanceNorm3dFunctionalModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 3, 3, 3))


class InstanceNormFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float64, True)])
    def forward(self, x):
        return F.instance_norm(x)


@register_test_case(module_factory=lambda: InstanceNormFloat64Module())
def InstanceNormFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 2, 3, 3).double())


class NnInstanceNorm2dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = torch.nn.InstanceNorm2d(3)

    @export
    @annotate_args([None, ([-1, 3, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.norm(x)


@register_test_case(module_factory=lambda: NnInstanceNorm2dModule())
def NnInstanceNorm2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 5))


class NnInstanceNorm2dAffineModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.norm = torch.nn.InstanceNorm2d(2, affine=True)
        with torch.no_grad():
            self.norm.weight.copy_(torch.rand(2) + 0.5)
            self.norm.bias.copy_(torch.rand(2))

    @export
    @annotate_args([None, ([1, 2, 4, 4], torch.float32, True)])
    def forward(self, x):
        return self.norm(x)


@register_test_case(module_factory=lambda: NnInstanceNorm2dAffineModule())
def NnInstanceNorm2dAffineModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 4, 4))


class NnInstanceNorm1dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = torch.nn.InstanceNorm1d(4, eps=1e-3)

    @export
    @annotate_args([None, ([-1, 4, -1], torch.float32, True)])
    def forward(self, x):
        return self.norm(x)


@register_test_case(module_factory=lambda: NnInstanceNorm1dModule())
def NnInstanceNorm1dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 6))


class NnInstanceNorm3dModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = torch.nn.InstanceNorm3d(2)

    @export
    @annotate_args([None, ([-1, 2, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.norm(x)


@register_test_case(module_factory=lambda: NnInstanceNorm3dModule())
def NnInstanceNorm3dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 2, 3, 4))


# ==============================================================================
# rms_norm, local response norm, F.normalize


class RmsNormFunctionalModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, x, weight):
        return F.rms_norm(x, [8], weight, 1e-6)


@register_test_case(module_factory=lambda: RmsNormFunctionalModule())
def RmsNormFunctionalModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 8), tu.rand(8))


class NnRMSNormModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.norm = torch.nn.RMSNorm([4], eps=1e-5)
        with torch.no_grad():
            self.norm.weight.copy_(torch.rand(4) + 0.5)

    @export
    @annotate_args([None, ([-1, 4], torch.float32, True)])
    def forward(self, x):
        return self.norm(x)


@register_test_case(module_factory=lambda: NnRMSNormModule())
def NnRMSNormModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 4, low=-1.0, high=1.0))


class NnLocalResponseNormModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = torch.nn.LocalResponseNorm(3, alpha=0.5, beta=0.75, k=1.0)

    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.norm(x)


@register_test_case(module_factory=lambda: NnLocalResponseNormModule())
def NnLocalResponseNormModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, 3, 3))


class NormalizeL2Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.normalize(x)


@register_test_case(module_factory=lambda: NormalizeL2Module())
def NormalizeL2Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 6, low=-1.0, high=1.0))


class NormalizeL1Dim0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 5], torch.float32, True)])
    def forward(self, x):
        return F.normalize(x, p=1.0, dim=0)


@register_test_case(module_factory=lambda: NormalizeL1Dim0Module())
def NormalizeL1Dim0Module_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 5, low=-1.0, high=1.0))
