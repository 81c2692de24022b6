"""Elementwise ops: unary math, binary arithmetic, ternary ops and type promotion.

Covers the pointwise surface real models lean on: unary math functions over
float/int/half inputs, binary arithmetic (including division rounding modes,
pow, remainder/fmod, atan2, maximum/minimum and bitwise ops), the ternary
addcmul/addcdiv/lerp/where family, PyTorch's type-promotion rules (int+float,
mixed int widths, bool+int, half/bfloat16 mixes, rank-0 tensors) and
tensor-scalar forms with Python scalars and `alpha`.
"""

import torch

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# Unary math
# ==============================================================================


class ElementwiseAbsFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.abs(x)


@register_test_case(module_factory=lambda: ElementwiseAbsFloatModule())
def ElementwiseAbsFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=1.0))


class ElementwiseAbsIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return x.abs()


@register_test_case(module_factory=lambda: ElementwiseAbsIntModule())
def ElementwiseAbsIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, 5, low=-20, high=20))


class ElementwiseAbsInt8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([5], torch.int8, True)])
    def forward(self, x):
        return torch.abs(x)


@register_test_case(module_factory=lambda: ElementwiseAbsInt8Module())
def ElementwiseAbsInt8Module_static(module, tu: TestUtils):
    module.forward(tu.randint(5, low=-100, high=100, dtype=torch.int8))


class ElementwiseAbsF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float16, True)])
    def forward(self, x):
        return torch.abs(x)


@register_test_case(module_factory=lambda: ElementwiseAbsF16Module())
def ElementwiseAbsF16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5, low=-2.0, high=2.0).to(torch.float16))


class ElementwiseNegFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return -x


@register_test_case(module_factory=lambda: ElementwiseNegFloatModule())
def ElementwiseNegFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, low=-1.0, high=1.0))


class ElementwiseNegIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        return torch.neg(x)


@register_test_case(module_factory=lambda: ElementwiseNegIntModule())
def ElementwiseNegIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(7, low=-50, high=50, dtype=torch.int32))


class ElementwiseNegBF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3], torch.bfloat16, True)])
    def forward(self, x):
        return torch.neg(x)


@register_test_case(module_factory=lambda: ElementwiseNegBF16Module())
def ElementwiseNegBF16Module_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, low=-4.0, high=4.0).to(torch.bfloat16))


class ElementwiseExpModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.exp(x)


@register_test_case(module_factory=lambda: ElementwiseExpModule())
def ElementwiseExpModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-3.0, high=3.0))


class ElementwiseExpF64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 2], torch.float64, True)])
    def forward(self, x):
        return x.exp()


@register_test_case(module_factory=lambda: ElementwiseExpF64Module())
def ElementwiseExpF64Module_static(module, tu: TestUtils):
    module.forward(tu.rand(4, 2, low=-5.0, high=5.0).to(torch.float64))


class ElementwiseExpIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        # Integer inputs promote to the default float dtype.
        return torch.exp(x)


@register_test_case(module_factory=lambda: ElementwiseExpIntModule())
def ElementwiseExpIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 3, low=-4, high=5))


class ElementwiseExpm1Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return torch.expm1(x)


@register_test_case(module_factory=lambda: ElementwiseExpm1Module())
def ElementwiseExpm1Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(10, low=-1e-3, high=1.0))


class ElementwiseExp2Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.exp2(x)


@register_test_case(module_factory=lambda: ElementwiseExp2Module())
def ElementwiseExp2Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 6, low=-4.0, high=4.0))


class ElementwiseLogModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.log(x)


@register_test_case(module_factory=lambda: ElementwiseLogModule())
def ElementwiseLogModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=0.1, high=10.0))


class ElementwiseLogIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        return x.log()


@register_test_case(module_factory=lambda: ElementwiseLogIntModule())
def ElementwiseLogIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(8, low=1, high=100, dtype=torch.int32))


class ElementwiseLog2Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.log2(x)


@register_test_case(module_factory=lambda: ElementwiseLog2Module())
def ElementwiseLog2Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3, low=0.5, high=64.0))


class ElementwiseLog10Module(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 3], torch.float64, True)])
    def forward(self, x):
        return torch.log10(x)


@register_test_case(module_factory=lambda: ElementwiseLog10Module())
def ElementwiseLog10Module_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 3, low=0.01, high=1000.0).to(torch.float64))


class ElementwiseLog1pModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.log1p(x)


@register_test_case(module_factory=lambda: ElementwiseLog1pModule())
def ElementwiseLog1pModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 2, low=-0.5, high=3.0))


class ElementwiseSqrtModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.sqrt(x)


@register_test_case(module_factory=lambda: ElementwiseSqrtModule())
def ElementwiseSqrtModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=0.0, high=9.0))


class ElementwiseSqrtIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return x.sqrt()


@register_test_case(module_factory=lambda: ElementwiseSqrtIntModule())
def ElementwiseSqrtIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(9, low=0, high=50))


class ElementwiseRsqrtModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.rsqrt(x)


@register_test_case(module_factory=lambda: ElementwiseRsqrtModule())
def ElementwiseRsqrtModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=0.25, high=4.0))


class ElementwiseRsqrtRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float32, True)])
    def forward(self, x):
        return torch.rsqrt(x)


@register_test_case(module_factory=lambda: ElementwiseRsqrtRank0Module())
def ElementwiseRsqrtRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(low=1.0, high=2.0))


class ElementwiseSinModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.sin(x)


@register_test_case(module_factory=lambda: ElementwiseSinModule())
def ElementwiseSinModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-3.0, high=3.0))


class ElementwiseSinRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float64, True)])
    def forward(self, x):
        return x.sin()


@register_test_case(module_factory=lambda: ElementwiseSinRank0Module())
def ElementwiseSinRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(low=-3.0, high=3.0).to(torch.float64))


class ElementwiseCosModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.cos(x)


@register_test_case(module_factory=lambda: ElementwiseCosModule())
def ElementwiseCosModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3, low=-3.0, high=3.0))


class ElementwiseCosIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        return torch.cos(x)


@register_test_case(module_factory=lambda: ElementwiseCosIntModule())
def ElementwiseCosIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(2, 5, low=-10, high=10, dtype=torch.int32))


class ElementwiseTanModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.tan(x)


@register_test_case(module_factory=lambda: ElementwiseTanModule())
def ElementwiseTanModule_basic(module, tu: TestUtils):
    # Stay away from the poles at +-pi/2.
    module.forward(tu.rand(3, 4, low=-1.2, high=1.2))


class ElementwiseAsinModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.asin(x)


@register_test_case(module_factory=lambda: ElementwiseAsinModule())
def ElementwiseAsinModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-0.99, high=0.99))


class ElementwiseAcosModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.acos(x)


@register_test_case(module_factory=lambda: ElementwiseAcosModule())
def ElementwiseAcosModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 4, low=-0.99, high=0.99))


class ElementwiseAtanModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return torch.atan(x)


@register_test_case(module_factory=lambda: ElementwiseAtanModule())
def ElementwiseAtanModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(12, low=-10.0, high=10.0))


class ElementwiseSinhModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.sinh(x)


@register_test_case(module_factory=lambda: ElementwiseSinhModule())
def ElementwiseSinhModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-3.0, high=3.0))


class ElementwiseCoshModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.cosh(x)


@register_test_case(module_factory=lambda: ElementwiseCoshModule())
def ElementwiseCoshModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-3.0, high=3.0))


class ElementwiseTanhModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.tanh(x)


@register_test_case(module_factory=lambda: ElementwiseTanhModule())
def ElementwiseTanhModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-2.0, high=2.0))


class ElementwiseTanhF64StaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4], torch.float64, True)])
    def forward(self, x):
        return x.tanh()


@register_test_case(module_factory=lambda: ElementwiseTanhF64StaticModule())
def ElementwiseTanhF64StaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, low=-2.0, high=2.0).to(torch.float64))


class ElementwiseAsinhModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.asinh(x)


@register_test_case(module_factory=lambda: ElementwiseAsinhModule())
def ElementwiseAsinhModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-5.0, high=5.0))


class ElementwiseAcoshModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.acosh(x)


@register_test_case(module_factory=lambda: ElementwiseAcoshModule())
def ElementwiseAcoshModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=1.0, high=5.0))


class ElementwiseAtanhModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.atanh(x)


@register_test_case(module_factory=lambda: ElementwiseAtanhModule())
def ElementwiseAtanhModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-0.9, high=0.9))


class ElementwiseSigmoidModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.sigmoid(x)


@register_test_case(module_factory=lambda: ElementwiseSigmoidModule())
def ElementwiseSigmoidModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5, low=-6.0, high=6.0))


class ElementwiseSigmoidIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return x.sigmoid()


@register_test_case(module_factory=lambda: ElementwiseSigmoidIntModule())
def ElementwiseSigmoidIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-5, high=5))


class ElementwiseFloorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.floor(x)


@register_test_case(module_factory=lambda: ElementwiseFloorModule())
def ElementwiseFloorModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-10.0, high=10.0))


class ElementwiseFloorIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        # floor of an integer tensor is the identity and keeps the dtype.
        return torch.floor(x)


@register_test_case(module_factory=lambda: ElementwiseFloorIntModule())
def ElementwiseFloorIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-10, high=10))


class ElementwiseCeilModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.ceil(x)


@register_test_case(module_factory=lambda: ElementwiseCeilModule())
def ElementwiseCeilModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-10.0, high=10.0))


class ElementwiseCeilF64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float64, True)])
    def forward(self, x):
        return x.ceil()


@register_test_case(module_factory=lambda: ElementwiseCeilF64Module())
def ElementwiseCeilF64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(low=-10.0, high=10.0).to(torch.float64))


class ElementwiseRoundModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.round(x)


@register_test_case(module_factory=lambda: ElementwiseRoundModule())
def ElementwiseRoundModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-10.0, high=10.0))


class ElementwiseRoundHalfEvenModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # Exact halves check round-half-to-even, not round-half-away-from-zero.
        return torch.round(x - x.floor() + torch.tensor([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5]))


@register_test_case(module_factory=lambda: ElementwiseRoundHalfEvenModule())
def ElementwiseRoundHalfEvenModule_basic(module, tu: TestUtils):
    # Integral inputs make `x - x.floor()` exactly zero.
    module.forward(tu.randint(6, low=-5, high=5).to(torch.float32))


class ElementwiseRoundDecimalsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.round(x, decimals=2)


@register_test_case(module_factory=lambda: ElementwiseRoundDecimalsModule())
def ElementwiseRoundDecimalsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-10.0, high=10.0))


class ElementwiseTruncModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.trunc(x)


@register_test_case(module_factory=lambda: ElementwiseTruncModule())
def ElementwiseTruncModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-10.0, high=10.0))


class ElementwiseFixModule(torch.nn.Module):
    @export
    @annotate_args([None, ([6], torch.float32, True)])
    def forward(self, x):
        # `fix` is the alias of `trunc`.
        return torch.fix(x)


@register_test_case(module_factory=lambda: ElementwiseFixModule())
def ElementwiseFixModule_static(module, tu: TestUtils):
    module.forward(tu.rand(6, low=-4.0, high=4.0))


class ElementwiseFracModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.frac(x)


@register_test_case(module_factory=lambda: ElementwiseFracModule())
def ElementwiseFracModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-5.0, high=5.0))


class ElementwiseSignModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.sign(x)


@register_test_case(module_factory=lambda: ElementwiseSignModule())
def ElementwiseSignModule_basic(module, tu: TestUtils):
    module.forward(torch.tensor([[-2.0, 0.0, 3.5], [0.25, -0.0, -7.0]]))


class ElementwiseSignIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return x.sign()


@register_test_case(module_factory=lambda: ElementwiseSignIntModule())
def ElementwiseSignIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(10, low=-3, high=4))


class ElementwiseSgnModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.sgn(x)


@register_test_case(module_factory=lambda: ElementwiseSgnModule())
def ElementwiseSgnModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=1.0))


class ElementwiseSignbitModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return torch.signbit(x)


@register_test_case(module_factory=lambda: ElementwiseSignbitModule())
def ElementwiseSignbitModule_basic(module, tu: TestUtils):
    module.forward(torch.tensor([-1.0, -0.0, 0.0, 2.0, -3.5]))


class ElementwiseReciprocalModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.reciprocal(x)


@register_test_case(module_factory=lambda: ElementwiseReciprocalModule())
def ElementwiseReciprocalModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=0.5, high=4.0))


class ElementwiseReciprocalIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        return x.reciprocal()


@register_test_case(module_factory=lambda: ElementwiseReciprocalIntModule())
def ElementwiseReciprocalIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(6, low=1, high=9, dtype=torch.int32))


class ElementwiseErfModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.erf(x)


@register_test_case(module_factory=lambda: ElementwiseErfModule())
def ElementwiseErfModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-2.0, high=2.0))


class ElementwiseErfcModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.erfc(x)


@register_test_case(module_factory=lambda: ElementwiseErfcModule())
def ElementwiseErfcModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-2.0, high=2.0))


class ElementwiseErfinvModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return torch.erfinv(x)


@register_test_case(module_factory=lambda: ElementwiseErfinvModule())
def ElementwiseErfinvModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(8, low=-0.9, high=0.9))


class ElementwiseSquareModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.square(x)


@register_test_case(module_factory=lambda: ElementwiseSquareModule())
def ElementwiseSquareModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-3.0, high=3.0))


class ElementwiseSquareIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        return x.square()


@register_test_case(module_factory=lambda: ElementwiseSquareIntModule())
def ElementwiseSquareIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 3, low=-100, high=100, dtype=torch.int32))


class ElementwiseLogitModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.logit(x, eps=1e-6)


@register_test_case(module_factory=lambda: ElementwiseLogitModule())
def ElementwiseLogitModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=0.05, high=0.95))


class ElementwiseDeg2RadModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return torch.deg2rad(x)


@register_test_case(module_factory=lambda: ElementwiseDeg2RadModule())
def ElementwiseDeg2RadModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(9, low=-360.0, high=360.0))


class ElementwiseRad2DegModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        return torch.rad2deg(x)


@register_test_case(module_factory=lambda: ElementwiseRad2DegModule())
def ElementwiseRad2DegModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, low=-3.2, high=3.2).to(torch.float64))


class ElementwiseNanToNumModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        # Build NaN and +-inf from finite inputs so the test needs no special
        # input factory.
        y = torch.cat([x, x / 0.0, -x / 0.0, x * 0.0 / 0.0])
        return torch.nan_to_num(y, nan=0.5, posinf=100.0, neginf=-100.0)


@register_test_case(module_factory=lambda: ElementwiseNanToNumModule())
def ElementwiseNanToNumModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, low=0.5, high=1.0))


class ElementwiseLgammaModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.lgamma(x)


@register_test_case(module_factory=lambda: ElementwiseLgammaModule())
def ElementwiseLgammaModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=0.5, high=6.0))


class ElementwiseSincModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return torch.sinc(x)


@register_test_case(module_factory=lambda: ElementwiseSincModule())
def ElementwiseSincModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(10, low=-3.0, high=3.0))


class ElementwiseUnaryChainModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # A fused-looking chain exercises several ops in one function.
        return torch.sqrt(torch.exp(torch.sin(x)) + 1.0).log()


@register_test_case(module_factory=lambda: ElementwiseUnaryChainModule())
def ElementwiseUnaryChainModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 6, low=-2.0, high=2.0))


class ElementwiseSqrtF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float16, True)])
    def forward(self, x):
        return torch.sqrt(x)


@register_test_case(module_factory=lambda: ElementwiseSqrtF16Module())
def ElementwiseSqrtF16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=0.0, high=16.0).to(torch.float16))


class ElementwiseExpBF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.bfloat16, True)])
    def forward(self, x):
        return torch.exp(x)


@register_test_case(module_factory=lambda: ElementwiseExpBF16Module())
def ElementwiseExpBF16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(6, low=-2.0, high=2.0).to(torch.bfloat16))


class ElementwiseBitwiseNotInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.bitwise_not(x)


@register_test_case(module_factory=lambda: ElementwiseBitwiseNotInt64Module())
def ElementwiseBitwiseNotInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-100, high=100))


class ElementwiseBitwiseNotInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([5], torch.int32, True)])
    def forward(self, x):
        return ~x


@register_test_case(module_factory=lambda: ElementwiseBitwiseNotInt32Module())
def ElementwiseBitwiseNotInt32Module_static(module, tu: TestUtils):
    module.forward(tu.randint(5, low=-1000, high=1000, dtype=torch.int32))


class ElementwiseBitwiseNotUInt8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.uint8, True)])
    def forward(self, x):
        return torch.bitwise_not(x)


@register_test_case(module_factory=lambda: ElementwiseBitwiseNotUInt8Module())
def ElementwiseBitwiseNotUInt8Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(8, low=0, high=256, dtype=torch.uint8))


class ElementwiseBitwiseNotBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True)])
    def forward(self, x):
        return torch.bitwise_not(x)


@register_test_case(module_factory=lambda: ElementwiseBitwiseNotBoolModule())
def ElementwiseBitwiseNotBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=0, high=2).to(torch.bool))


# ==============================================================================
# Binary arithmetic
# ==============================================================================


class ElementwiseAddModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        return a + b


@register_test_case(module_factory=lambda: ElementwiseAddModule())
def ElementwiseAddModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(4))


class ElementwiseAddStaticModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3, 4], torch.float32, True), ([2, 3, 4], torch.float32, True)])
    def forward(self, a, b):
        return torch.add(a, b)


@register_test_case(module_factory=lambda: ElementwiseAddStaticModule())
def ElementwiseAddStaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4), tu.rand(2, 3, 4))


class ElementwiseAddBroadcastBothModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, 1], torch.float32, True), ([1, -1], torch.float32, True)])
    def forward(self, a, b):
        # Both operands grow: [N, 1] + [1, M] -> [N, M].
        return a + b


@register_test_case(module_factory=lambda: ElementwiseAddBroadcastBothModule())
def ElementwiseAddBroadcastBothModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 1), tu.rand(1, 3))


class ElementwiseAddAlphaModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.add(a, b, alpha=0.5)


@register_test_case(module_factory=lambda: ElementwiseAddAlphaModule())
def ElementwiseAddAlphaModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4))


class ElementwiseAddIntAlphaModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.int64, True)])
    def forward(self, a, b):
        return torch.add(a, b, alpha=3)


@register_test_case(module_factory=lambda: ElementwiseAddIntAlphaModule())
def ElementwiseAddIntAlphaModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-10, high=10), tu.randint(3, 4, low=-10, high=10))


class ElementwiseAddInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True), ([-1], torch.int32, True)])
    def forward(self, a, b):
        return a + b


@register_test_case(module_factory=lambda: ElementwiseAddInt32Module())
def ElementwiseAddInt32Module_basic(module, tu: TestUtils):
    module.forward(
        tu.randint(6, low=-1000, high=1000, dtype=torch.int32),
        tu.randint(6, low=-1000, high=1000, dtype=torch.int32),
    )


class ElementwiseAddRank0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float32, True), ([], torch.float32, True)])
    def forward(self, a, b):
        return a + b


@register_test_case(module_factory=lambda: ElementwiseAddRank0Module())
def ElementwiseAddRank0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(), tu.rand())


class ElementwiseAddScalarFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x + 2.5


@register_test_case(module_factory=lambda: ElementwiseAddScalarFloatModule())
def ElementwiseAddScalarFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class ElementwiseAddScalarIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.add(x, 7)


@register_test_case(module_factory=lambda: ElementwiseAddScalarIntModule())
def ElementwiseAddScalarIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-10, high=10))


class ElementwiseAddScalarAlphaModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return torch.add(x, 3.0, alpha=-2.0)


@register_test_case(module_factory=lambda: ElementwiseAddScalarAlphaModule())
def ElementwiseAddScalarAlphaModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(7))


class ElementwiseRaddScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # A Python scalar on the left dispatches to the reflected operator.
        return 1.5 + x


@register_test_case(module_factory=lambda: ElementwiseRaddScalarModule())
def ElementwiseRaddScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5))


class ElementwiseSubModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return a - b


@register_test_case(module_factory=lambda: ElementwiseSubModule())
def ElementwiseSubModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4))


class ElementwiseSubAlphaModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        return torch.sub(a, b, alpha=2.0)


@register_test_case(module_factory=lambda: ElementwiseSubAlphaModule())
def ElementwiseSubAlphaModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(4))


class ElementwiseSubIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.int64, True)])
    def forward(self, a, b):
        return torch.sub(a, b)


@register_test_case(module_factory=lambda: ElementwiseSubIntModule())
def ElementwiseSubIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, 3, high=20), tu.randint(4, 3, high=20))


class ElementwiseSubScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x - 0.75


@register_test_case(module_factory=lambda: ElementwiseSubScalarModule())
def ElementwiseSubScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class ElementwiseRsubScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.rsub(x, 1.0)


@register_test_case(module_factory=lambda: ElementwiseRsubScalarModule())
def ElementwiseRsubScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class ElementwiseRsubIntScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return 10 - x


@register_test_case(module_factory=lambda: ElementwiseRsubIntScalarModule())
def ElementwiseRsubIntScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(6, high=20))


class ElementwiseMulModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return a * b


@register_test_case(module_factory=lambda: ElementwiseMulModule())
def ElementwiseMulModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4))


class ElementwiseMulBroadcastModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, 1], torch.float32, True)])
    def forward(self, a, b):
        return torch.mul(a, b)


@register_test_case(module_factory=lambda: ElementwiseMulBroadcastModule())
def ElementwiseMulBroadcastModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4), tu.rand(3, 1))


class ElementwiseMulIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True), ([-1, -1], torch.int32, True)])
    def forward(self, a, b):
        return a * b


@register_test_case(module_factory=lambda: ElementwiseMulIntModule())
def ElementwiseMulIntModule_basic(module, tu: TestUtils):
    module.forward(
        tu.randint(3, 4, low=-50, high=50, dtype=torch.int32),
        tu.randint(3, 4, low=-50, high=50, dtype=torch.int32),
    )


class ElementwiseMulBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.bool, True), ([-1], torch.bool, True)])
    def forward(self, a, b):
        # bool * bool stays bool (logical and).
        return a * b


@register_test_case(module_factory=lambda: ElementwiseMulBoolModule())
def ElementwiseMulBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(8, high=2).to(torch.bool), tu.randint(8, high=2).to(torch.bool))


class ElementwiseMulScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x * 3.0


@register_test_case(module_factory=lambda: ElementwiseMulScalarModule())
def ElementwiseMulScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class ElementwiseMulIntScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.mul(x, -4)


@register_test_case(module_factory=lambda: ElementwiseMulIntScalarModule())
def ElementwiseMulIntScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-10, high=10))


class ElementwiseMulF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float16, True), ([-1, -1], torch.float16, True)])
    def forward(self, a, b):
        return a * b


@register_test_case(module_factory=lambda: ElementwiseMulF16Module())
def ElementwiseMulF16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4).to(torch.float16), tu.rand(3, 4).to(torch.float16))


class ElementwiseDivModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return a / b


@register_test_case(module_factory=lambda: ElementwiseDivModule())
def ElementwiseDivModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4, low=0.5, high=2.0))


class ElementwiseDivIntTrueModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.int64, True)])
    def forward(self, a, b):
        # True division of integers produces float32.
        return torch.div(a, b)


@register_test_case(module_factory=lambda: ElementwiseDivIntTrueModule())
def ElementwiseDivIntTrueModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-20, high=20), tu.randint(3, 4, low=1, high=6))


class ElementwiseDivFloorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.div(a, b, rounding_mode="floor")


@register_test_case(module_factory=lambda: ElementwiseDivFloorModule())
def ElementwiseDivFloorModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-10.0, high=10.0), tu.rand(3, 4, low=0.5, high=3.0))


class ElementwiseDivFloorIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.int64, True)])
    def forward(self, a, b):
        return torch.div(a, b, rounding_mode="floor")


@register_test_case(module_factory=lambda: ElementwiseDivFloorIntModule())
def ElementwiseDivFloorIntModule_basic(module, tu: TestUtils):
    # Negative dividends are where floor and trunc disagree.
    module.forward(tu.randint(4, 4, low=-30, high=30), tu.randint(4, 4, low=1, high=7))


class ElementwiseDivTruncModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.div(a, b, rounding_mode="trunc")


@register_test_case(module_factory=lambda: ElementwiseDivTruncModule())
def ElementwiseDivTruncModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-10.0, high=10.0), tu.rand(3, 4, low=0.5, high=3.0))


class ElementwiseDivTruncIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True), ([-1], torch.int32, True)])
    def forward(self, a, b):
        return torch.div(a, -b, rounding_mode="trunc")


@register_test_case(module_factory=lambda: ElementwiseDivTruncIntModule())
def ElementwiseDivTruncIntModule_basic(module, tu: TestUtils):
    module.forward(
        tu.randint(10, low=-30, high=30, dtype=torch.int32),
        tu.randint(10, low=1, high=7, dtype=torch.int32),
    )


class ElementwiseDivScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x / 4.0


@register_test_case(module_factory=lambda: ElementwiseDivScalarModule())
def ElementwiseDivScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class ElementwiseDivIntScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return torch.div(x, 3)


@register_test_case(module_factory=lambda: ElementwiseDivIntScalarModule())
def ElementwiseDivIntScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-20, high=20))


class ElementwiseDivScalarFloorIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return torch.div(x, 4, rounding_mode="floor")


@register_test_case(module_factory=lambda: ElementwiseDivScalarFloorIntModule())
def ElementwiseDivScalarFloorIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(12, low=-20, high=20))


class ElementwiseRdivScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return 2.0 / x


@register_test_case(module_factory=lambda: ElementwiseRdivScalarModule())
def ElementwiseRdivScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=0.5, high=2.0))


class ElementwiseFloorDivideModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.int64, True)])
    def forward(self, a, b):
        return torch.floor_divide(a, b)


@register_test_case(module_factory=lambda: ElementwiseFloorDivideModule())
def ElementwiseFloorDivideModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-30, high=30), tu.randint(3, 4, low=1, high=5))


class ElementwiseFloorDivideOperatorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return a // b


@register_test_case(module_factory=lambda: ElementwiseFloorDivideOperatorModule())
def ElementwiseFloorDivideOperatorModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-8.0, high=8.0), tu.rand(3, 4, low=0.5, high=2.0))


class ElementwisePowTensorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.pow(a, b)


@register_test_case(module_factory=lambda: ElementwisePowTensorModule())
def ElementwisePowTensorModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=0.1, high=3.0), tu.rand(3, 4, low=-2.0, high=2.0))


class ElementwisePowTensorBroadcastModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, 1], torch.float32, True)])
    def forward(self, a, b):
        return a**b


@register_test_case(module_factory=lambda: ElementwisePowTensorBroadcastModule())
def ElementwisePowTensorBroadcastModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=0.1, high=3.0), tu.rand(3, 1, low=0.0, high=3.0))


class ElementwisePowScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.pow(x, 2.5)


@register_test_case(module_factory=lambda: ElementwisePowScalarModule())
def ElementwisePowScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=0.0, high=3.0))


class ElementwisePowIntScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return x**3


@register_test_case(module_factory=lambda: ElementwisePowIntScalarModule())
def ElementwisePowIntScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-10, high=10))


class ElementwisePowIntTensorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True), ([-1], torch.int32, True)])
    def forward(self, a, b):
        return torch.pow(a, b)


@register_test_case(module_factory=lambda: ElementwisePowIntTensorModule())
def ElementwisePowIntTensorModule_basic(module, tu: TestUtils):
    module.forward(
        tu.randint(8, low=-5, high=6, dtype=torch.int32),
        tu.randint(8, low=0, high=5, dtype=torch.int32),
    )


class ElementwisePowScalarBaseModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return 2.0**x


@register_test_case(module_factory=lambda: ElementwisePowScalarBaseModule())
def ElementwisePowScalarBaseModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-3.0, high=3.0))


class ElementwisePowIntBaseFloatExponentModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        # An int tensor raised to a float scalar promotes to float32.
        return torch.pow(x, 0.5)


@register_test_case(module_factory=lambda: ElementwisePowIntBaseFloatExponentModule())
def ElementwisePowIntBaseFloatExponentModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 3, low=0, high=50))


class ElementwiseFloatPowerModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        # float_power always computes in float64.
        return torch.float_power(a, b)


@register_test_case(module_factory=lambda: ElementwiseFloatPowerModule())
def ElementwiseFloatPowerModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=0.1, high=3.0), tu.rand(3, 4, low=-2.0, high=2.0))


class ElementwiseRemainderFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.remainder(a, b)


@register_test_case(module_factory=lambda: ElementwiseRemainderFloatModule())
def ElementwiseRemainderFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-10.0, high=10.0), tu.rand(3, 4, low=0.5, high=3.0))


class ElementwiseRemainderIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.int64, True)])
    def forward(self, a, b):
        # The result takes the sign of the divisor.
        return a % b


@register_test_case(module_factory=lambda: ElementwiseRemainderIntModule())
def ElementwiseRemainderIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-30, high=30), -tu.randint(3, 4, low=1, high=7))


class ElementwiseRemainderScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return torch.remainder(x, 1.5)


@register_test_case(module_factory=lambda: ElementwiseRemainderScalarModule())
def ElementwiseRemainderScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(9, low=-6.0, high=6.0))


class ElementwiseRemainderIntScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True)])
    def forward(self, x):
        return x % 4


@register_test_case(module_factory=lambda: ElementwiseRemainderIntScalarModule())
def ElementwiseRemainderIntScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-20, high=20, dtype=torch.int32))


class ElementwiseFmodFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        # Unlike remainder, fmod takes the sign of the dividend.
        return torch.fmod(a, b)


@register_test_case(module_factory=lambda: ElementwiseFmodFloatModule())
def ElementwiseFmodFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-10.0, high=10.0), tu.rand(3, 4, low=0.5, high=3.0))


class ElementwiseFmodIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True), ([-1], torch.int64, True)])
    def forward(self, a, b):
        return torch.fmod(a, b)


@register_test_case(module_factory=lambda: ElementwiseFmodIntModule())
def ElementwiseFmodIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(10, low=-30, high=30), tu.randint(10, low=1, high=7))


class ElementwiseFmodScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.fmod(x, 2.0)


@register_test_case(module_factory=lambda: ElementwiseFmodScalarModule())
def ElementwiseFmodScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-7.0, high=7.0))


class ElementwiseFmodBroadcastModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        return torch.fmod(a, b)


@register_test_case(module_factory=lambda: ElementwiseFmodBroadcastModule())
def ElementwiseFmodBroadcastModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-10.0, high=10.0), tu.rand(4, low=-3.0, high=-0.5))


class ElementwiseFmodZeroDimDivisorModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 4], torch.int64, True), ([], torch.int64, True)])
    def forward(self, a, b):
        return torch.fmod(a, b)


@register_test_case(module_factory=lambda: ElementwiseFmodZeroDimDivisorModule())
def ElementwiseFmodZeroDimDivisorModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-30, high=30), torch.tensor(-4))


class ElementwiseRemainderBroadcastModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, 1], torch.float32, True)])
    def forward(self, a, b):
        return torch.remainder(a, b)


@register_test_case(module_factory=lambda: ElementwiseRemainderBroadcastModule())
def ElementwiseRemainderBroadcastModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-10.0, high=10.0), tu.rand(3, 1, low=-3.0, high=3.0))


class ElementwiseAtan2Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.atan2(a, b)


@register_test_case(module_factory=lambda: ElementwiseAtan2Module())
def ElementwiseAtan2Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-1.0, high=1.0), tu.rand(3, 4, low=-1.0, high=1.0))


class ElementwiseAtan2F64BroadcastModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True), ([-1], torch.float64, True)])
    def forward(self, a, b):
        return torch.atan2(a, b)


@register_test_case(module_factory=lambda: ElementwiseAtan2F64BroadcastModule())
def ElementwiseAtan2F64BroadcastModule_basic(module, tu: TestUtils):
    module.forward(
        tu.rand(2, 5, low=-1.0, high=1.0).to(torch.float64),
        tu.rand(5, low=-1.0, high=1.0).to(torch.float64),
    )


class ElementwiseAtan2IntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True), ([-1], torch.int32, True)])
    def forward(self, a, b):
        return torch.atan2(a, b)


@register_test_case(module_factory=lambda: ElementwiseAtan2IntModule())
def ElementwiseAtan2IntModule_basic(module, tu: TestUtils):
    module.forward(
        tu.randint(7, low=-5, high=5, dtype=torch.int32),
        tu.randint(7, low=1, high=5, dtype=torch.int32),
    )


class ElementwiseMaximumModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.maximum(a, b)


@register_test_case(module_factory=lambda: ElementwiseMaximumModule())
def ElementwiseMaximumModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4))


class ElementwiseMaximumIntBroadcastModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1], torch.int64, True)])
    def forward(self, a, b):
        return torch.maximum(a, b)


@register_test_case(module_factory=lambda: ElementwiseMaximumIntBroadcastModule())
def ElementwiseMaximumIntBroadcastModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-10, high=10), tu.randint(4, low=-10, high=10))


class ElementwiseMinimumModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.minimum(a, b)


@register_test_case(module_factory=lambda: ElementwiseMinimumModule())
def ElementwiseMinimumModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4))


class ElementwiseMinimumInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([4], torch.int32, True), ([4], torch.int32, True)])
    def forward(self, a, b):
        return torch.minimum(a, b)


@register_test_case(module_factory=lambda: ElementwiseMinimumInt32Module())
def ElementwiseMinimumInt32Module_static(module, tu: TestUtils):
    module.forward(
        tu.randint(4, low=-10, high=10, dtype=torch.int32),
        tu.randint(4, low=-10, high=10, dtype=torch.int32),
    )


class ElementwiseMaximumNanModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        # maximum propagates NaN; report where it did instead of returning NaN.
        nan_a = torch.where(a > 0.5, a, a * 0.0 / 0.0)
        return torch.isnan(torch.maximum(nan_a, b))


@register_test_case(module_factory=lambda: ElementwiseMaximumNanModule())
def ElementwiseMaximumNanModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(10), tu.rand(10))


class ElementwiseFmaxModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.fmax(a, b)


@register_test_case(module_factory=lambda: ElementwiseFmaxModule())
def ElementwiseFmaxModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4))


class ElementwiseFminModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.fmin(a, b)


@register_test_case(module_factory=lambda: ElementwiseFminModule())
def ElementwiseFminModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4))


class ElementwiseHypotModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.hypot(a, b)


@register_test_case(module_factory=lambda: ElementwiseHypotModule())
def ElementwiseHypotModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-3.0, high=3.0), tu.rand(3, 4, low=-3.0, high=3.0))


class ElementwiseCopysignModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.copysign(a, b)


@register_test_case(module_factory=lambda: ElementwiseCopysignModule())
def ElementwiseCopysignModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-2.0, high=2.0), tu.rand(3, 4, low=-1.0, high=1.0))


class ElementwiseLogAddExpModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.logaddexp(a, b)


@register_test_case(module_factory=lambda: ElementwiseLogAddExpModule())
def ElementwiseLogAddExpModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-5.0, high=5.0), tu.rand(3, 4, low=-5.0, high=5.0))


class ElementwiseXlogyModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.xlogy(a, b)


@register_test_case(module_factory=lambda: ElementwiseXlogyModule())
def ElementwiseXlogyModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-2.0, high=2.0), tu.rand(3, 4, low=0.1, high=5.0))


class ElementwiseSquaredDifferenceModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True), ([-1, -1], torch.float64, True)])
    def forward(self, a, b):
        diff = a - b
        return diff * diff


@register_test_case(module_factory=lambda: ElementwiseSquaredDifferenceModule())
def ElementwiseSquaredDifferenceModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 4).to(torch.float64), tu.rand(4, 4).to(torch.float64))


# ==============================================================================
# Bitwise and shift ops
# ==============================================================================


class ElementwiseBitwiseAndInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.int64, True)])
    def forward(self, a, b):
        return torch.bitwise_and(a, b)


@register_test_case(module_factory=lambda: ElementwiseBitwiseAndInt64Module())
def ElementwiseBitwiseAndInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-100, high=100), tu.randint(3, 4, low=0, high=255))


class ElementwiseBitwiseAndInt32ScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True)])
    def forward(self, x):
        return x & 12


@register_test_case(module_factory=lambda: ElementwiseBitwiseAndInt32ScalarModule())
def ElementwiseBitwiseAndInt32ScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(8, low=0, high=64, dtype=torch.int32))


class ElementwiseBitwiseOrInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True), ([-1, -1], torch.int32, True)])
    def forward(self, a, b):
        return a | b


@register_test_case(module_factory=lambda: ElementwiseBitwiseOrInt32Module())
def ElementwiseBitwiseOrInt32Module_basic(module, tu: TestUtils):
    module.forward(
        tu.randint(3, 4, low=0, high=1000, dtype=torch.int32),
        tu.randint(3, 4, low=-1000, high=0, dtype=torch.int32),
    )


class ElementwiseBitwiseOrBroadcastModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, 1], torch.int64, True)])
    def forward(self, a, b):
        return torch.bitwise_or(a, b)


@register_test_case(module_factory=lambda: ElementwiseBitwiseOrBroadcastModule())
def ElementwiseBitwiseOrBroadcastModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 5, high=16), tu.randint(3, 1, high=16))


class ElementwiseBitwiseXorInt8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int8, True), ([-1], torch.int8, True)])
    def forward(self, a, b):
        return torch.bitwise_xor(a, b)


@register_test_case(module_factory=lambda: ElementwiseBitwiseXorInt8Module())
def ElementwiseBitwiseXorInt8Module_basic(module, tu: TestUtils):
    module.forward(
        tu.randint(9, low=-128, high=127, dtype=torch.int8),
        tu.randint(9, low=-128, high=127, dtype=torch.int8),
    )


class ElementwiseBitwiseXorUInt8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 4], torch.uint8, True), ([2, 4], torch.uint8, True)])
    def forward(self, a, b):
        return a ^ b


@register_test_case(module_factory=lambda: ElementwiseBitwiseXorUInt8Module())
def ElementwiseBitwiseXorUInt8Module_static(module, tu: TestUtils):
    module.forward(
        tu.randint(2, 4, high=256, dtype=torch.uint8),
        tu.randint(2, 4, high=256, dtype=torch.uint8),
    )


class ElementwiseBitwiseAndBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True), ([-1, -1], torch.bool, True)])
    def forward(self, a, b):
        return a & b


@register_test_case(module_factory=lambda: ElementwiseBitwiseAndBoolModule())
def ElementwiseBitwiseAndBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=2).to(torch.bool), tu.randint(3, 4, high=2).to(torch.bool))


class ElementwiseBitwiseOrBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.bool, True), ([-1], torch.bool, True)])
    def forward(self, a, b):
        return torch.bitwise_or(a, b)


@register_test_case(module_factory=lambda: ElementwiseBitwiseOrBoolModule())
def ElementwiseBitwiseOrBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(8, high=2).to(torch.bool), tu.randint(8, high=2).to(torch.bool))


class ElementwiseBitwiseXorBoolModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True), ([-1, -1], torch.bool, True)])
    def forward(self, a, b):
        return a ^ b


@register_test_case(module_factory=lambda: ElementwiseBitwiseXorBoolModule())
def ElementwiseBitwiseXorBoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(2, 6, high=2).to(torch.bool), tu.randint(2, 6, high=2).to(torch.bool))


class ElementwiseBitwiseLeftShiftModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.int64, True)])
    def forward(self, a, b):
        return torch.bitwise_left_shift(a, b)


@register_test_case(module_factory=lambda: ElementwiseBitwiseLeftShiftModule())
def ElementwiseBitwiseLeftShiftModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-100, high=100), tu.randint(3, 4, low=0, high=8))


class ElementwiseBitwiseRightShiftModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True), ([-1], torch.int32, True)])
    def forward(self, a, b):
        # Right shift of a negative signed value is arithmetic.
        return torch.bitwise_right_shift(a, b)


@register_test_case(module_factory=lambda: ElementwiseBitwiseRightShiftModule())
def ElementwiseBitwiseRightShiftModule_basic(module, tu: TestUtils):
    module.forward(
        tu.randint(8, low=-1000, high=1000, dtype=torch.int32),
        tu.randint(8, low=0, high=6, dtype=torch.int32),
    )


class ElementwiseShiftOperatorsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return (x << 2) + (x >> 1)


@register_test_case(module_factory=lambda: ElementwiseShiftOperatorsModule())
def ElementwiseShiftOperatorsModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-50, high=50))


# ==============================================================================
# Ternary ops
# ==============================================================================


class ElementwiseAddcmulModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, a, b):
        return torch.addcmul(x, a, b)


@register_test_case(module_factory=lambda: ElementwiseAddcmulModule())
def ElementwiseAddcmulModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4), tu.rand(3, 4))


class ElementwiseAddcmulValueBroadcastModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1], torch.float32, True),
            ([-1, 1], torch.float32, True),
        ]
    )
    def forward(self, x, a, b):
        return torch.addcmul(x, a, b, value=-0.5)


@register_test_case(module_factory=lambda: ElementwiseAddcmulValueBroadcastModule())
def ElementwiseAddcmulValueBroadcastModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(4), tu.rand(3, 1))


class ElementwiseAddcmulIntModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1], torch.int64, True),
            ([-1], torch.int64, True),
            ([-1], torch.int64, True),
        ]
    )
    def forward(self, x, a, b):
        return torch.addcmul(x, a, b, value=2)


@register_test_case(module_factory=lambda: ElementwiseAddcmulIntModule())
def ElementwiseAddcmulIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(6, low=-5, high=5), tu.randint(6), tu.randint(6, low=-3))


class ElementwiseAddcdivModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, a, b):
        return torch.addcdiv(x, a, b)


@register_test_case(module_factory=lambda: ElementwiseAddcdivModule())
def ElementwiseAddcdivModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4), tu.rand(3, 4, low=0.5, high=2.0))


class ElementwiseAddcdivValueModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([2, 3], torch.float64, True),
            ([2, 3], torch.float64, True),
            ([2, 3], torch.float64, True),
        ]
    )
    def forward(self, x, a, b):
        return torch.addcdiv(x, a, b, value=0.25)


@register_test_case(module_factory=lambda: ElementwiseAddcdivValueModule())
def ElementwiseAddcdivValueModule_static(module, tu: TestUtils):
    module.forward(
        tu.rand(2, 3).to(torch.float64),
        tu.rand(2, 3).to(torch.float64),
        tu.rand(2, 3, low=0.5, high=2.0).to(torch.float64),
    )


class ElementwiseLerpScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return torch.lerp(a, b, 0.3)


@register_test_case(module_factory=lambda: ElementwiseLerpScalarModule())
def ElementwiseLerpScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4, low=-1.0, high=0.0))


class ElementwiseLerpTensorModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, a, b, w):
        return torch.lerp(a, b, w)


@register_test_case(module_factory=lambda: ElementwiseLerpTensorModule())
def ElementwiseLerpTensorModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4, low=2.0, high=3.0), tu.rand(3, 4))


class ElementwiseLerpTensorBroadcastModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1], torch.float32, True),
            ([], torch.float32, True),
        ]
    )
    def forward(self, a, b, w):
        return a.lerp(b, w)


@register_test_case(module_factory=lambda: ElementwiseLerpTensorBroadcastModule())
def ElementwiseLerpTensorBroadcastModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(4), tu.rand())


class ElementwiseWhereModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.bool, True),
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, c, a, b):
        return torch.where(c, a, b)


@register_test_case(module_factory=lambda: ElementwiseWhereModule())
def ElementwiseWhereModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=2).to(torch.bool), tu.rand(3, 4), tu.rand(3, 4))


class ElementwiseWhereIntModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1], torch.float32, True),
            ([-1], torch.int64, True),
            ([-1], torch.int64, True),
        ]
    )
    def forward(self, x, a, b):
        return torch.where(x > 0.5, a, b)


@register_test_case(module_factory=lambda: ElementwiseWhereIntModule())
def ElementwiseWhereIntModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(8), tu.randint(8), tu.randint(8, low=-10, high=0))


# ==============================================================================
# Type promotion
# ==============================================================================


class TypePromotionIntPlusFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return a + b


@register_test_case(module_factory=lambda: TypePromotionIntPlusFloatModule())
def TypePromotionIntPlusFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-5, high=5), tu.rand(3, 4))


class TypePromotionInt32PlusInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True), ([-1], torch.int64, True)])
    def forward(self, a, b):
        return a + b


@register_test_case(module_factory=lambda: TypePromotionInt32PlusInt64Module())
def TypePromotionInt32PlusInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(5, dtype=torch.int32), tu.randint(5, low=-100, high=100))


class TypePromotionBoolPlusIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bool, True), ([-1, -1], torch.int64, True)])
    def forward(self, a, b):
        return a + b


@register_test_case(module_factory=lambda: TypePromotionBoolPlusIntModule())
def TypePromotionBoolPlusIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 3, high=2).to(torch.bool), tu.randint(3, 3))


class TypePromotionBoolTimesFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.bool, True), ([-1], torch.float32, True)])
    def forward(self, mask, x):
        return mask * x


@register_test_case(module_factory=lambda: TypePromotionBoolTimesFloatModule())
def TypePromotionBoolTimesFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(6, high=2).to(torch.bool), tu.rand(6))


class TypePromotionF16PlusF32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float16, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return a + b


@register_test_case(module_factory=lambda: TypePromotionF16PlusF32Module())
def TypePromotionF16PlusF32Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4).to(torch.float16), tu.rand(3, 4))


class TypePromotionBF16TimesF32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.bfloat16, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        return a * b


@register_test_case(module_factory=lambda: TypePromotionBF16TimesF32Module())
def TypePromotionBF16TimesF32Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(7).to(torch.bfloat16), tu.rand(7))


class TypePromotionF16PlusBF16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3], torch.float16, True), ([2, 3], torch.bfloat16, True)])
    def forward(self, a, b):
        # Neither half type contains the other, so the result is float32.
        return a + b


@register_test_case(module_factory=lambda: TypePromotionF16PlusBF16Module())
def TypePromotionF16PlusBF16Module_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3).to(torch.float16), tu.rand(2, 3).to(torch.bfloat16))


class TypePromotionInt8PlusUInt8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int8, True), ([-1], torch.uint8, True)])
    def forward(self, a, b):
        # int8 and uint8 meet at int16.
        return a + b


@register_test_case(module_factory=lambda: TypePromotionInt8PlusUInt8Module())
def TypePromotionInt8PlusUInt8Module_basic(module, tu: TestUtils):
    module.forward(
        tu.randint(8, low=-128, high=127, dtype=torch.int8),
        tu.randint(8, low=0, high=255, dtype=torch.uint8),
    )


class TypePromotionF64PlusF32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return a - b


@register_test_case(module_factory=lambda: TypePromotionF64PlusF32Module())
def TypePromotionF64PlusF32Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4).to(torch.float64), tu.rand(3, 4))


class TypePromotionRank0FloatPlusIntModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([], torch.float64, True)])
    def forward(self, a, b):
        # A rank-0 operand of a higher category decides the result: float64
        # here, because its own dtype is kept when it wins the category.
        return a + b


@register_test_case(module_factory=lambda: TypePromotionRank0FloatPlusIntModule())
def TypePromotionRank0FloatPlusIntModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4), tu.rand().to(torch.float64))


class TypePromotionRank0F64PlusF32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([], torch.float64, True)])
    def forward(self, a, b):
        # Same category: the dimensioned operand's float32 wins.
        return a * b


@register_test_case(module_factory=lambda: TypePromotionRank0F64PlusF32Module())
def TypePromotionRank0F64PlusF32Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(6), tu.rand().to(torch.float64))


class TypePromotionRank0Int64PlusInt32Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int32, True), ([], torch.int64, True)])
    def forward(self, a, b):
        return a + b


@register_test_case(module_factory=lambda: TypePromotionRank0Int64PlusInt32Module())
def TypePromotionRank0Int64PlusInt32Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, dtype=torch.int32), tu.randint(low=-5, high=5))


class TypePromotionIntTimesFloatScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return x * 0.5


@register_test_case(module_factory=lambda: TypePromotionIntTimesFloatScalarModule())
def TypePromotionIntTimesFloatScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-10, high=10))


class TypePromotionInt8PlusIntScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int8, True)])
    def forward(self, x):
        # An int scalar does not widen an int8 tensor.
        return x + 3


@register_test_case(module_factory=lambda: TypePromotionInt8PlusIntScalarModule())
def TypePromotionInt8PlusIntScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(10, low=-50, high=50, dtype=torch.int8))


class TypePromotionF16TimesFloatScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float16, True)])
    def forward(self, x):
        # A float scalar does not widen a float16 tensor.
        return x * 1.5


@register_test_case(module_factory=lambda: TypePromotionF16TimesFloatScalarModule())
def TypePromotionF16TimesFloatScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4).to(torch.float16))


class TypePromotionBoolPlusIntScalarModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.bool, True)])
    def forward(self, x):
        return x + 2


@register_test_case(module_factory=lambda: TypePromotionBoolPlusIntScalarModule())
def TypePromotionBoolPlusIntScalarModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(7, high=2).to(torch.bool))


class TypePromotionUInt8TimesFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.uint8, True), ([-1, -1], torch.float64, True)])
    def forward(self, a, b):
        return a * b


@register_test_case(module_factory=lambda: TypePromotionUInt8TimesFloatModule())
def TypePromotionUInt8TimesFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(2, 3, high=255, dtype=torch.uint8), tu.rand(2, 3).to(torch.float64))


class TypePromotionDivInt32ByInt64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True), ([-1], torch.int64, True)])
    def forward(self, a, b):
        return torch.div(a, b, rounding_mode="floor")


@register_test_case(module_factory=lambda: TypePromotionDivInt32ByInt64Module())
def TypePromotionDivInt32ByInt64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(8, low=-40, high=40, dtype=torch.int32), tu.randint(8, low=1, high=9))


class TypePromotionWhereMixedModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.bool, True),
            ([-1, -1], torch.int32, True),
            ([-1, -1], torch.float64, True),
        ]
    )
    def forward(self, c, a, b):
        return torch.where(c, a, b)


@register_test_case(module_factory=lambda: TypePromotionWhereMixedModule())
def TypePromotionWhereMixedModule_basic(module, tu: TestUtils):
    module.forward(
        tu.randint(3, 4, high=2).to(torch.bool),
        tu.randint(3, 4, dtype=torch.int32),
        tu.rand(3, 4).to(torch.float64),
    )


class TypePromotionMaximumIntFloatModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True), ([-1], torch.float32, True)])
    def forward(self, a, b):
        return torch.maximum(a, b)


@register_test_case(module_factory=lambda: TypePromotionMaximumIntFloatModule())
def TypePromotionMaximumIntFloatModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(6, high=3), tu.rand(6, low=0.0, high=3.0))


class TypePromotionAddcmulMixedModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.int64, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, x, a, b):
        return torch.addcmul(x, a, b)


@register_test_case(module_factory=lambda: TypePromotionAddcmulMixedModule())
def TypePromotionAddcmulMixedModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.randint(2, 3, low=-3, high=3), tu.rand(2, 3))


# ==============================================================================
# Python scalars, chains and in-place-free arithmetic idioms
# ==============================================================================


class ElementwiseScalarAttributeModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        # Scalars held as attributes become constants when scripted.
        self.scale = 0.125
        self.shift = -3

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x * self.scale + self.shift


@register_test_case(module_factory=lambda: ElementwiseScalarAttributeModule())
def ElementwiseScalarAttributeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-8.0, high=8.0))


class ElementwiseScalarFromSizeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # An int computed from a dynamic dim is used as a Python scalar.
        n = x.size(1)
        return x / n + n


@register_test_case(module_factory=lambda: ElementwiseScalarFromSizeModule())
def ElementwiseScalarFromSizeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5))


class ElementwiseScalarFromItemModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([], torch.float32, True)])
    def forward(self, x, s):
        return x * float(s.item())


@register_test_case(module_factory=lambda: ElementwiseScalarFromItemModule())
def ElementwiseScalarFromItemModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(6), tu.rand(low=1.0, high=2.0))


class ElementwiseRank0TensorTimesMatrixModule(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, s, x):
        return s * x - s


@register_test_case(module_factory=lambda: ElementwiseRank0TensorTimesMatrixModule())
def ElementwiseRank0TensorTimesMatrixModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(), tu.rand(3, 4))


class ElementwisePolynomialModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # Horner's rule for 2x^3 - x^2 + 0.5x + 1 mixes tensor and scalar ops.
        return ((2.0 * x - 1.0) * x + 0.5) * x + 1.0


@register_test_case(module_factory=lambda: ElementwisePolynomialModule())
def ElementwisePolynomialModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-2.0, high=2.0))


class ElementwiseIntAffineModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, x):
        return (x * 3 - 7) // 2 % 5


@register_test_case(module_factory=lambda: ElementwiseIntAffineModule())
def ElementwiseIntAffineModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, low=-20, high=20))


class ElementwiseMixedOpsStaticModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([2, 3, 4], torch.float32, True),
            ([3, 4], torch.float32, True),
            ([4], torch.float32, True),
        ]
    )
    def forward(self, a, b, c):
        return (a * b + c) / (1.0 + torch.abs(c))


@register_test_case(module_factory=lambda: ElementwiseMixedOpsStaticModule())
def ElementwiseMixedOpsStaticModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4), tu.rand(3, 4), tu.rand(4, low=-1.0, high=1.0))


class ElementwiseMultipleOutputsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        return a + b, a - b, a * b


@register_test_case(module_factory=lambda: ElementwiseMultipleOutputsModule())
def ElementwiseMultipleOutputsModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.rand(2, 3))


class ElementwiseSameInputTwiceModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        # The same SSA value feeds both operands.
        return torch.mul(x, x) - torch.sub(x, x)


@register_test_case(module_factory=lambda: ElementwiseSameInputTwiceModule())
def ElementwiseSameInputTwiceModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 3))


class ElementwiseBroadcastRank4Module(torch.nn.Module):
    @export
    @annotate_args(
        [None, ([-1, -1, -1, -1], torch.float32, True), ([-1, 1, 1], torch.float32, True)]
    )
    def forward(self, x, per_channel):
        # NCHW tensor scaled by a per-channel [C, 1, 1] factor.
        return x * per_channel + 1.0


@register_test_case(module_factory=lambda: ElementwiseBroadcastRank4Module())
def ElementwiseBroadcastRank4Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 5), tu.rand(3, 1, 1))


class ElementwiseSizeOneDynamicBroadcastModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, a, b):
        # The dim that broadcasts is only known to be 1 at run time.
        return a - b


@register_test_case(module_factory=lambda: ElementwiseSizeOneDynamicBroadcastModule())
def ElementwiseSizeOneDynamicBroadcastModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3), tu.rand(1, 3))
