"""Small programs that every config compiles and runs correctly."""

import torch

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case


class AddScaledModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, 4], torch.float32, True), ([-1, 4], torch.float32, True)])
    def forward(self, a, b):
        return a + 2.0 * b


@register_test_case(module_factory=lambda: AddScaledModule())
def OkAddScaledModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4, low=-1.0, high=1.0))


class TanhModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3], torch.float32, True)])
    def forward(self, x):
        return torch.tanh(x)


@register_test_case(module_factory=lambda: TanhModule())
def OkTanhModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, low=-2.0, high=2.0))


class TwoResultsModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, x):
        return x * 3, x.sum()


@register_test_case(module_factory=lambda: TwoResultsModule())
def OkTwoResultsModule_int64(module, tu: TestUtils):
    module.forward(tu.randint(5, low=-100, high=100))


class Uint8Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.uint8, True)])
    def forward(self, x):
        return x + 3


@register_test_case(module_factory=lambda: Uint8Module())
def OkUint8Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(6, low=0, high=250).to(torch.uint8))
