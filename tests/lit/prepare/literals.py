# RUN: %PYTHON %s | torch-mlir-opt | FileCheck %s

# The preparation step's literals (python/torch_mlir/prepare/literals.py):
# `torch.tensor` of a nested list of constants becomes a tensor constant,
# which the importer makes a literal; a graph that writes into a tensor keeps
# the op.

import torch

from torch_mlir import torchscript


def show(module, *example_args):
    print(torchscript.compile(module, list(example_args), output_type="raw"))


# tensor-of-constants: the int32 2x2 literal is a torch.tensor.literal.
# CHECK-LABEL: torch.debug_module_name = "Literal"
# CHECK-NOT:     torch.aten.tensor
# CHECK:         %[[T:.*]] = torch.tensor.literal(dense<{{\[\[}}1, 2], [3, 4]]> : tensor<2x2xsi32>) : !torch.tensor<[2,2],si32>
# CHECK:         torch.aten.add.Tensor %arg1, %[[T]]
# CHECK-NOT:     torch.aten.tensor
class Literal(torch.nn.Module):
    def forward(self, x):
        return x + torch.tensor([[1, 2], [3, 4]], dtype=torch.int32)


show(Literal(), torch.randn(2, 2))


# tensor-of-constants: a float literal without a dtype is float32.
# CHECK-LABEL: torch.debug_module_name = "FloatLiteral"
# CHECK-NOT:     torch.aten.tensor
# CHECK:         torch.tensor.literal(dense<{{\[\[}}5.000000e-01], [2.000000e+00], [-1.000000e+00]]> : tensor<3x1xf32>) : !torch.tensor<[3,1],f32>
# CHECK-NOT:     torch.aten.tensor
class FloatLiteral(torch.nn.Module):
    def forward(self, x):
        return x * torch.tensor([[0.5], [2.0], [-1.0]])


show(FloatLiteral(), torch.randn(3, 4))


# tensor-of-constants does not fire where the graph writes into a tensor (here
# the argument, which the caller sees): a literal would be one tensor for
# every call.
# CHECK-LABEL: torch.debug_module_name = "LiteralInWritingGraph"
# CHECK-NOT:     torch.tensor.literal
# CHECK:         torch.aten.add_.Scalar %arg1
# CHECK:         torch.aten.tensor
# CHECK-NOT:     torch.tensor.literal
class LiteralInWritingGraph(torch.nn.Module):
    def forward(self, x):
        x.add_(1.0)
        return x + torch.tensor([[1.0, 2.0]])


show(LiteralInWritingGraph(), torch.randn(2))
