"""Real-size model architectures for the benchmarks, in plain torch.

BERT-base, ResNet-50, GPT-2 small and a deep MLP at their published sizes,
with seeded random weights (no downloads), all scriptable by `torch.jit.script`
and exportable by `torch.export`. The attention and encoder layers are the
ones of `examples/models.py` (what `make run` compiles at toy sizes); only
what those lack -- ResNet's bottleneck block, a pre-norm causal decoder, a
deep MLP -- is defined here.

`BENCHMARK_MODELS` is the one list `benchmarks.run` iterates over.
"""

from typing import Callable, Tuple

import torch
import torch.nn as nn
import torch.nn.functional as F

from examples.models import EncoderLayer, ModelSpec, SelfAttention


class BertEncoder(nn.Module):
    """BERT-base's encoder stack: 12 post-norm layers, 768 hidden, 12 heads.

    Takes hidden states (the embeddings' output) and a 0/1 attention mask:
    85M parameters, the part of BERT-base the comparison with the pt2 path
    measures.
    """

    def __init__(self, hidden: int = 768, heads: int = 12, layers: int = 12):
        super().__init__()
        self.layers = nn.ModuleList(
            [EncoderLayer(hidden, heads, 4 * hidden) for _ in range(layers)]
        )

    def forward(self, hidden_states, attention_mask):
        # 0 where attended, a large finite negative number (which every
        # backend lowers) at padding; as in examples/models.py.
        additive_mask = (1.0 - attention_mask[:, None, None, :]) * -10000.0
        x = hidden_states
        for layer in self.layers:
            x = layer(x, additive_mask)
        return x


class Bottleneck(nn.Module):
    """ResNet-50's 1x1 -> 3x3 -> 1x1 residual block (stride on the 3x3)."""

    expansion = 4

    def __init__(self, in_channels: int, width: int, stride: int):
        super().__init__()
        out_channels = width * self.expansion
        self.conv1 = nn.Conv2d(in_channels, width, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = nn.Conv2d(width, width, 3, stride, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(width)
        self.conv3 = nn.Conv2d(width, out_channels, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(out_channels)
        self.downsample = nn.Sequential()
        if stride != 1 or in_channels != out_channels:
            self.downsample = nn.Sequential(
                nn.Conv2d(in_channels, out_channels, 1, stride, bias=False),
                nn.BatchNorm2d(out_channels),
            )

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = F.relu(self.bn2(self.conv2(out)))
        out = self.bn3(self.conv3(out))
        return F.relu(out + self.downsample(x))


class ResNet50(nn.Module):
    """Stem, four bottleneck stages of 3/4/6/3 blocks, pool, 1000-way classifier."""

    def __init__(self, num_classes: int = 1000):
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2d(3, 64, 7, 2, 3, bias=False),
            nn.BatchNorm2d(64),
            nn.ReLU(),
            nn.MaxPool2d(3, 2, 1),
        )
        blocks = []
        in_channels = 64
        for width, count, stride in [(64, 3, 1), (128, 4, 2), (256, 6, 2), (512, 3, 2)]:
            for i in range(count):
                blocks.append(Bottleneck(in_channels, width, stride if i == 0 else 1))
                in_channels = width * Bottleneck.expansion
        self.blocks = nn.Sequential(*blocks)
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(in_channels, num_classes)

    def forward(self, x):
        x = self.blocks(self.stem(x))
        return self.fc(torch.flatten(self.avgpool(x), 1))


class DecoderBlock(nn.Module):
    """GPT-2's pre-norm block: causal self-attention, then a tanh-GELU MLP."""

    def __init__(self, hidden: int, heads: int):
        super().__init__()
        self.attention_norm = nn.LayerNorm(hidden)
        self.attention = SelfAttention(hidden, heads)
        self.mlp_norm = nn.LayerNorm(hidden)
        self.mlp_in = nn.Linear(hidden, 4 * hidden)
        self.mlp_out = nn.Linear(4 * hidden, hidden)

    def forward(self, x, causal_mask):
        x = x + self.attention(self.attention_norm(x), causal_mask)
        return x + self.mlp_out(F.gelu(self.mlp_in(self.mlp_norm(x)), approximate="tanh"))


class Gpt2Decoder(nn.Module):
    """GPT-2 small: 50257-token vocabulary, 12 blocks of 768, LM head tied to the embedding."""

    def __init__(
        self,
        vocab: int = 50257,
        hidden: int = 768,
        heads: int = 12,
        layers: int = 12,
        max_len: int = 1024,
    ):
        super().__init__()
        self.token_embedding = nn.Embedding(vocab, hidden)
        self.position_embedding = nn.Embedding(max_len, hidden)
        self.blocks = nn.ModuleList([DecoderBlock(hidden, heads) for _ in range(layers)])
        self.final_norm = nn.LayerNorm(hidden)

    def forward(self, token_ids):
        seq = token_ids.shape[1]
        positions = torch.arange(seq, dtype=torch.int64).unsqueeze(0)
        x = self.token_embedding(token_ids) + self.position_embedding(positions)
        # Position i attends to positions <= i.
        causal_mask = torch.triu(torch.full((seq, seq), -10000.0), diagonal=1)
        for block in self.blocks:
            x = block(x, causal_mask)
        # The LM head is the token embedding, transposed (weight tying).
        return F.linear(self.final_norm(x), self.token_embedding.weight)


class DeepMlp(nn.Module):
    """`layers` square linear layers with ReLU between them."""

    def __init__(self, width: int = 1024, layers: int = 24):
        super().__init__()
        modules = []
        for i in range(layers):
            modules.append(nn.Linear(width, width))
            if i != layers - 1:
                modules.append(nn.ReLU())
        self.layers = nn.Sequential(*modules)

    def forward(self, x):
        return self.layers(x)


def _seeded(factory: Callable[[], nn.Module]) -> Callable[[], nn.Module]:
    def build():
        torch.manual_seed(0)
        model = factory()
        # Non-trivial batch norm statistics, as a trained model would have.
        for module in model.modules():
            if isinstance(module, nn.BatchNorm2d):
                module.running_mean.uniform_(-0.5, 0.5)
                module.running_var.uniform_(0.5, 1.5)
        return model.eval()

    return build


def _inputs(factory: Callable[[torch.Generator], Tuple[torch.Tensor, ...]]):
    def make():
        return factory(torch.Generator().manual_seed(1))

    return make


def _bert_inputs(g: torch.Generator):
    hidden_states = torch.randn(1, 128, 768, generator=g)
    attention_mask = torch.ones(1, 128)
    attention_mask[:, 120:] = 0.0  # some padding
    return hidden_states, attention_mask


BENCHMARK_MODELS = [
    ModelSpec("bert", _seeded(BertEncoder), _inputs(_bert_inputs)),
    ModelSpec(
        "resnet50",
        _seeded(ResNet50),
        _inputs(lambda g: (torch.randn(1, 3, 224, 224, generator=g),)),
    ),
    ModelSpec(
        "gpt2",
        _seeded(Gpt2Decoder),
        _inputs(lambda g: (torch.randint(0, 50257, (1, 128), generator=g),)),
    ),
    ModelSpec(
        "mlp",
        _seeded(DeepMlp),
        _inputs(lambda g: (torch.randn(1, 1024, generator=g),)),
    ),
]

MODELS_BY_NAME = {spec.name: spec for spec in BENCHMARK_MODELS}


def weight_bytes(model: nn.Module) -> int:
    """Bytes of the model's parameters and buffers, each storage counted once."""
    storages = {}
    for tensor in list(model.parameters()) + list(model.buffers()):
        storage = tensor.untyped_storage()
        storages[storage.data_ptr()] = storage.nbytes()
    return sum(storages.values())
