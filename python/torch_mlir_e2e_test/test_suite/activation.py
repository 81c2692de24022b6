"""Activation functions, in functional and `torch.nn` module form.

Covers relu/relu6/leaky_relu/elu/selu/celu/gelu (both approximations)/silu/
mish/hardtanh/hardsigmoid/hardswish/softplus/softsign/tanhshrink/threshold/
prelu/glu/logsigmoid/hardshrink/softshrink, their non-default parameters,
float64/float16/bfloat16 and integer inputs where the op accepts them, rank-0
inputs, the `torch.nn` module wrappers (including seeded `nn.PReLU`) and
`inplace=True` variants applied to a fresh tensor.
"""

import torch
import torch.nn.functional as F

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# ReLU family
# ==============================================================================


class ReluModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.relu(x)


@register_test_case(module_factory=lambda: ReluModule())
def ReluModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-1.0, high=1.0))


class ReluIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return F.relu(x)


@register_test_case(module_factory=lambda: ReluIntModule())
def ReluIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(10, low=-5, high=5))


class ReluF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 5], torch.float16, True)])
    def forward(self, x):
        return x.relu()


@register_test_case(module_factory=lambda: ReluF16Module())
def ReluF16Module_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, low=-1.0, high=1.0).to(torch.float16))


class ReluRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float32, True)])
    def forward(self, x):
        return F.relu(x - 0.5)


@register_test_case(module_factory=lambda: ReluRank0Module())
def ReluRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand())


class ReluInplaceModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # The in-place form runs on an intermediate, so the input is untouched.
        y = x * 2.0 - 1.0
        return F.relu(y, inplace=True)


@register_test_case(module_factory=lambda: ReluInplaceModule())
def ReluInplaceModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class Relu6Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.relu6(x)


@register_test_case(module_factory=lambda: Relu6Module())
def Relu6Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-3.0, high=9.0))


class Relu6F64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float64, True)])
    def forward(self, x):
        return F.relu6(x)


@register_test_case(module_factory=lambda: Relu6F64Module())
def Relu6F64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(8, low=-3.0, high=9.0).to(torch.float64))


class LeakyReluModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.leaky_relu(x)


@register_test_case(module_factory=lambda: LeakyReluModule())
def LeakyReluModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=1.0))


class LeakyReluSlopeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.leaky_relu(x, negative_slope=0.2)


@register_test_case(module_factory=lambda: LeakyReluSlopeModule())
def LeakyReluSlopeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, low=-1.0, high=1.0))


class LeakyReluBF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.bfloat16, True)])
    def forward(self, x):
        return F.leaky_relu(x, 0.5)


@register_test_case(module_factory=lambda: LeakyReluBF16Module())
def LeakyReluBF16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(6, low=-2.0, high=2.0).to(torch.bfloat16))


class RReluEvalModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Outside training rrelu is deterministic: slope = (lower + upper) / 2.
        return F.rrelu(x, lower=0.1, upper=0.3, training=False)


@register_test_case(module_factory=lambda: RReluEvalModule())
def RReluEvalModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=1.0))


# ==============================================================================
# Exponential-linear family
# ==============================================================================


class EluModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.elu(x)


@register_test_case(module_factory=lambda: EluModule())
def EluModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-3.0, high=3.0))


class EluAlphaModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4], torch.float32, True)])
    def forward(self, x):
        return F.elu(x, alpha=0.5)


@register_test_case(module_factory=lambda: EluAlphaModule())
def EluAlphaModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-3.0, high=3.0))


class EluF64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        return F.elu(x, alpha=1.5)


@register_test_case(module_factory=lambda: EluF64Module())
def EluF64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 3, low=-3.0, high=3.0).to(torch.float64))


class SeluModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.selu(x)


@register_test_case(module_factory=lambda: SeluModule())
def SeluModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-3.0, high=3.0))


class SeluRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float64, True)])
    def forward(self, x):
        return torch.selu(x)


@register_test_case(module_factory=lambda: SeluRank0Module())
def SeluRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(low=-2.0, high=-1.0).to(torch.float64))


class CeluModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.celu(x)


@register_test_case(module_factory=lambda: CeluModule())
def CeluModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-3.0, high=3.0))


class CeluAlphaModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return F.celu(x, alpha=2.0)


@register_test_case(module_factory=lambda: CeluAlphaModule())
def CeluAlphaModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(10, low=-4.0, high=2.0))


# ==============================================================================
# Smooth gates: gelu, silu, mish, softplus, ...
# ==============================================================================


class GeluModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.gelu(x)


@register_test_case(module_factory=lambda: GeluModule())
def GeluModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-3.0, high=3.0))


class GeluTanhModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.gelu(x, approximate="tanh")


@register_test_case(module_factory=lambda: GeluTanhModule())
def GeluTanhModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-3.0, high=3.0))


class GeluF64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4], torch.float64, True)])
    def forward(self, x):
        return F.gelu(x, approximate="none")


@register_test_case(module_factory=lambda: GeluF64Module())
def GeluF64Module_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, low=-3.0, high=3.0).to(torch.float64))


class GeluTanhBF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.bfloat16, True)])
    def forward(self, x):
        return F.gelu(x, approximate="tanh")


@register_test_case(module_factory=lambda: GeluTanhBF16Module())
def GeluTanhBF16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(8, low=-3.0, high=3.0).to(torch.bfloat16))


class SiluModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.silu(x)


@register_test_case(module_factory=lambda: SiluModule())
def SiluModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-4.0, high=4.0))


class SiluF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float16, True)])
    def forward(self, x):
        return F.silu(x)


@register_test_case(module_factory=lambda: SiluF16Module())
def SiluF16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-4.0, high=4.0).to(torch.float16))


class SiluAsSigmoidProductModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # The hand-written form that models often use instead of F.silu.
        return x * torch.sigmoid(x)


@register_test_case(module_factory=lambda: SiluAsSigmoidProductModule())
def SiluAsSigmoidProductModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6, low=-4.0, high=4.0))


class MishModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.mish(x)


@register_test_case(module_factory=lambda: MishModule())
def MishModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-4.0, high=4.0))


class SoftplusModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.softplus(x)


@register_test_case(module_factory=lambda: SoftplusModule())
def SoftplusModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-5.0, high=5.0))


class SoftplusBetaThresholdModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # Inputs straddle beta*x = threshold, where softplus becomes linear.
        return F.softplus(x, beta=2.0, threshold=5.0)


@register_test_case(module_factory=lambda: SoftplusBetaThresholdModule())
def SoftplusBetaThresholdModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(12, low=-4.0, high=6.0))


class SoftplusF64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        return F.softplus(x, beta=0.5)


@register_test_case(module_factory=lambda: SoftplusF64Module())
def SoftplusF64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 3, low=-4.0, high=4.0).to(torch.float64))


class SoftsignModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.softsign(x)


@register_test_case(module_factory=lambda: SoftsignModule())
def SoftsignModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-5.0, high=5.0))


class TanhshrinkModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.tanhshrink(x)


@register_test_case(module_factory=lambda: TanhshrinkModule())
def TanhshrinkModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-3.0, high=3.0))


class LogSigmoidModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.logsigmoid(x)


@register_test_case(module_factory=lambda: LogSigmoidModule())
def LogSigmoidModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-8.0, high=8.0))


class LogSigmoidF64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float64, True)])
    def forward(self, x):
        return F.logsigmoid(x)


@register_test_case(module_factory=lambda: LogSigmoidF64Module())
def LogSigmoidF64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(7, low=-8.0, high=8.0).to(torch.float64))


# ==============================================================================
# Piecewise-linear "hard" activations and shrinkage
# ==============================================================================


class HardtanhModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.hardtanh(x)


@register_test_case(module_factory=lambda: HardtanhModule())
def HardtanhModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-2.0, high=2.0))


class HardtanhRangeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.hardtanh(x, min_val=-0.5, max_val=2.0)


@register_test_case(module_factory=lambda: HardtanhRangeModule())
def HardtanhRangeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-2.0, high=3.0))


class HardtanhIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return F.hardtanh(x, min_val=-2.0, max_val=3.0)


@register_test_case(module_factory=lambda: HardtanhIntModule())
def HardtanhIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(10, low=-6, high=6))


class HardsigmoidModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.hardsigmoid(x)


@register_test_case(module_factory=lambda: HardsigmoidModule())
def HardsigmoidModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-5.0, high=5.0))


class HardsigmoidF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float16, True)])
    def forward(self, x):
        return F.hardsigmoid(x)


@register_test_case(module_factory=lambda: HardsigmoidF16Module())
def HardsigmoidF16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(8, low=-5.0, high=5.0).to(torch.float16))


class HardswishModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.hardswish(x)


@register_test_case(module_factory=lambda: HardswishModule())
def HardswishModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-5.0, high=5.0))


class HardswishRank4Module(torch.nn.Module):
    @export
    @annotate_args([None, ([1, 2, 3, 3], torch.float32, True)])
    def forward(self, x):
        return F.hardswish(x)


@register_test_case(module_factory=lambda: HardswishRank4Module())
def HardswishRank4Module_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 2, 3, 3, low=-5.0, high=5.0))


class HardshrinkModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.hardshrink(x, lambd=0.4)


@register_test_case(module_factory=lambda: HardshrinkModule())
def HardshrinkModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-1.0, high=1.0))


class SoftshrinkModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.softshrink(x)


@register_test_case(module_factory=lambda: SoftshrinkModule())
def SoftshrinkModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-1.5, high=1.5))


class ThresholdModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.threshold(x, 0.5, -1.0)


@register_test_case(module_factory=lambda: ThresholdModule())
def ThresholdModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5))


class ThresholdIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return torch.threshold(x, 3, 0)


@register_test_case(module_factory=lambda: ThresholdIntModule())
def ThresholdIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(10))


class ThresholdF64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 4], torch.float64, True)])
    def forward(self, x):
        return F.threshold(x, 0.0, 10.0)


@register_test_case(module_factory=lambda: ThresholdF64Module())
def ThresholdF64Module_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, low=-1.0, high=1.0).to(torch.float64))


# ==============================================================================
# Parametric and gated activations
# ==============================================================================


class PreluFunctionalModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, x, weight):
        # One slope per channel (dim 1).
        return F.prelu(x, weight)


@register_test_case(module_factory=lambda: PreluFunctionalModule())
def PreluFunctionalModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, low=-1.0, high=1.0), tu.rand(3))


class PreluSingleWeightModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([1], torch.float32, True)])
    def forward(self, x, weight):
        return torch.prelu(x, weight)


@register_test_case(module_factory=lambda: PreluSingleWeightModule())
def PreluSingleWeightModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=1.0), tu.rand(1))


class GluModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.glu(x)


@register_test_case(module_factory=lambda: GluModule())
def GluModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 8, low=-2.0, high=2.0))


class GluDim0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 3, 2], torch.float32, True)])
    def forward(self, x):
        return F.glu(x, dim=0)


@register_test_case(module_factory=lambda: GluDim0Module())
def GluDim0Module_static(module, tu: TestUtils):
    module.forward(tu.rand(4, 3, 2, low=-2.0, high=2.0))


class GluManualModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # GLU spelled out with chunk, as some models write it.
        a, b = x.chunk(2, dim=-1)
        return a * torch.sigmoid(b)


@register_test_case(module_factory=lambda: GluManualModule())
def GluManualModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 6, low=-2.0, high=2.0))


class SigmoidTanhGateModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        # The gated-tanh unit used in WaveNet-style blocks.
        return torch.tanh(a) * torch.sigmoid(b)


@register_test_case(module_factory=lambda: SigmoidTanhGateModule())
def SigmoidTanhGateModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-2.0, high=2.0), tu.rand(3, 4, low=-2.0, high=2.0))


# ==============================================================================
# torch.nn module forms
# ==============================================================================


class NnReluModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.ReLU()

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnReluModule())
def NnReluModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=1.0))


class NnReLU6Module(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.ReLU6()

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnReLU6Module())
def NnReLU6Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-2.0, high=8.0))


class NnLeakyReLUModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.LeakyReLU(0.05)

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnLeakyReLUModule())
def NnLeakyReLUModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=1.0))


class NnELUModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.ELU(alpha=0.7)

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnELUModule())
def NnELUModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-3.0, high=3.0))


class NnSELUModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.SELU()

    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnSELUModule())
def NnSELUModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(9, low=-3.0, high=3.0))


class NnCELUModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.CELU(alpha=1.5)

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnCELUModule())
def NnCELUModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-3.0, high=3.0))


class NnGELUModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.GELU()

    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnGELUModule())
def NnGELUModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, low=-3.0, high=3.0))


class NnGELUTanhModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.GELU(approximate="tanh")

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnGELUTanhModule())
def NnGELUTanhModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-3.0, high=3.0))


class NnSiLUModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.SiLU()

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnSiLUModule())
def NnSiLUModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-3.0, high=3.0))


class NnMishModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.Mish()

    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnMishModule())
def NnMishModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(8, low=-3.0, high=3.0))


class NnHardtanhModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.Hardtanh(-2.0, 2.0)

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnHardtanhModule())
def NnHardtanhModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-4.0, high=4.0))


class NnHardsigmoidModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.Hardsigmoid()

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnHardsigmoidModule())
def NnHardsigmoidModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-4.0, high=4.0))


class NnHardswishModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.Hardswish()

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnHardswishModule())
def NnHardswishModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-4.0, high=4.0))


class NnSoftplusModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.Softplus(beta=3.0, threshold=10.0)

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnSoftplusModule())
def NnSoftplusModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-5.0, high=5.0))


class NnSoftsignModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.Softsign()

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnSoftsignModule())
def NnSoftsignModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-5.0, high=5.0))


class NnTanhshrinkModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.Tanhshrink()

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnTanhshrinkModule())
def NnTanhshrinkModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-3.0, high=3.0))


class NnThresholdModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.Threshold(0.1, 20.0)

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnThresholdModule())
def NnThresholdModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=1.0))


class NnPReLUModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.act = torch.nn.PReLU(num_parameters=3, init=0.1)
        # Make the per-channel slopes differ so the channel mapping is tested.
        with torch.no_grad():
            self.act.weight.copy_(torch.rand(3))

    @export
    @annotate_args([None, ([-1, 3, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnPReLUModule())
def NnPReLUModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 4, low=-1.0, high=1.0))


class NnPReLUSingleModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.PReLU()

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnPReLUSingleModule())
def NnPReLUSingleModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-1.0, high=1.0))


class NnGLUModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.GLU(dim=1)

    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnGLUModule())
def NnGLUModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 6, 3, low=-2.0, high=2.0))


class NnLogSigmoidModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.LogSigmoid()

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x)


@register_test_case(module_factory=lambda: NnLogSigmoidModule())
def NnLogSigmoidModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-5.0, high=5.0))


class NnSigmoidTanhModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.sigmoid = torch.nn.Sigmoid()
        self.tanh = torch.nn.Tanh()

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.sigmoid(x), self.tanh(x)


@register_test_case(module_factory=lambda: NnSigmoidTanhModule())
def NnSigmoidTanhModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-3.0, high=3.0))


class NnHardshrinkSoftshrinkModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.hard = torch.nn.Hardshrink(0.3)
        self.soft = torch.nn.Softshrink(0.3)

    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return self.hard(x) - self.soft(x)


@register_test_case(module_factory=lambda: NnHardshrinkSoftshrinkModule())
def NnHardshrinkSoftshrinkModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(10, low=-1.0, high=1.0))


class NnReluInplaceModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.act = torch.nn.ReLU(inplace=True)

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.act(x - 0.5)


@register_test_case(module_factory=lambda: NnReluInplaceModule())
def NnReluInplaceModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class NnActivationSequentialModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.stack = torch.nn.Sequential(
            torch.nn.LeakyReLU(0.1), torch.nn.Hardtanh(-0.5, 0.5), torch.nn.SiLU()
        )

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.stack(x)


@register_test_case(module_factory=lambda: NnActivationSequentialModule())
def NnActivationSequentialModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5, low=-2.0, high=2.0))


class NnActivationModuleListModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.acts = torch.nn.ModuleList(
            [torch.nn.ReLU(), torch.nn.GELU(), torch.nn.ELU(), torch.nn.Softplus()]
        )

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Sum each activation's output; TorchScript unrolls the loop.
        total = torch.zeros_like(x)
        for act in self.acts:
            total = total + act(x)
        return total


@register_test_case(module_factory=lambda: NnActivationModuleListModule())
def NnActivationModuleListModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-2.0, high=2.0))


class LinearThenActivationModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.linear = torch.nn.Linear(4, 3)
        self.act = torch.nn.GELU()

    @export
    @annotate_args([None, ([-1, 4], torch.float32, True)])
    def forward(self, x):
        return self.act(self.linear(x))


@register_test_case(module_factory=lambda: LinearThenActivationModule())
def LinearThenActivationModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 4, low=-1.0, high=1.0))
