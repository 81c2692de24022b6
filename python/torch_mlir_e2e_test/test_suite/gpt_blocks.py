"""GPT-style decoder blocks written the way users write them: shapes read
with `b, t, c = x.shape`, a packed qkv projection split with
`.split(c, dim=2)`, heads made with view + transpose, scaled dot-product
attention spelled out, residuals and a LayerNorm/GELU MLP, blocks in a
ModuleList. Scripted, this family crashed the core's torch-backend pipeline
(SIGSEGV) until the preparation step turned the split into narrows."""

import torch
import torch.nn.functional as F
from torch import nn

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case


class _Block(nn.Module):
    def __init__(self, channels: int, heads: int, causal: bool):
        super().__init__()
        self.heads = heads
        self.causal = causal
        self.ln1 = nn.LayerNorm(channels)
        self.ln2 = nn.LayerNorm(channels)
        self.qkv = nn.Linear(channels, 3 * channels)
        self.proj = nn.Linear(channels, channels)
        self.mlp = nn.Sequential(
            nn.Linear(channels, 4 * channels), nn.GELU(), nn.Linear(4 * channels, channels)
        )

    def forward(self, x):
        b, t, c = x.shape
        h = self.heads
        q, k, v = self.qkv(self.ln1(x)).split(c, dim=2)
        q = q.view(b, t, h, c // h).transpose(1, 2)
        k = k.view(b, t, h, c // h).transpose(1, 2)
        v = v.view(b, t, h, c // h).transpose(1, 2)
        scores = q @ k.transpose(-2, -1) / (c // h) ** 0.5
        if self.causal:
            future = torch.ones(t, t).triu(1) > 0
            scores = scores.masked_fill(future, float("-inf"))
        att = F.softmax(scores, dim=-1)
        y = (att @ v).transpose(1, 2).contiguous().view(b, t, c)
        x = x + self.proj(y)
        return x + self.mlp(self.ln2(x))


class _Blocks(nn.Module):
    def __init__(self, channels: int, heads: int, layers: int, causal: bool):
        super().__init__()
        torch.manual_seed(0)
        self.blocks = nn.ModuleList(_Block(channels, heads, causal) for _ in range(layers))
        self.eval()

    def forward(self, x):
        for block in self.blocks:
            x = block(x)
        return x


class GptTwoBlocksStaticModule(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = _Blocks(32, 4, 2, causal=False)

    @export
    @annotate_args([None, ([2, 8, 32], torch.float32, True)])
    def forward(self, x):
        return self.net(x)


@register_test_case(module_factory=lambda: GptTwoBlocksStaticModule())
def GptTwoBlocksStaticModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 8, 32))


class GptCausalBlockStaticModule(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = _Blocks(16, 2, 1, causal=True)

    @export
    @annotate_args([None, ([1, 6, 16], torch.float32, True)])
    def forward(self, x):
        return self.net(x)


@register_test_case(module_factory=lambda: GptCausalBlockStaticModule())
def GptCausalBlockStaticModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 6, 16))


class GptBlockDynamicModule(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = _Blocks(16, 2, 1, causal=False)

    @export
    @annotate_args([None, ([-1, -1, 16], torch.float32, True)])
    def forward(self, x):
        return self.net(x)


@register_test_case(module_factory=lambda: GptBlockDynamicModule())
def GptBlockDynamicModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5, 16))
