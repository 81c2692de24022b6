"""Small in-repo model architectures with seeded random weights.

Each family a TorchScript user typically brings -- a ResNet-style CNN, a
BERT-style encoder, a recurrent network, an MLP -- sized so that compiling all
of them to every output type and running them on the reference backend takes
well under a minute on two cores. No downloads: the weights are random but
deterministic (`torch.manual_seed`), which is all a numerical comparison
against eager PyTorch needs.

`MODELS` is the one list `run_models.py` and the benchmarks iterate over.
"""

import math
from dataclasses import dataclass
from typing import Callable, Tuple

import torch
import torch.nn as nn
import torch.nn.functional as F


class BasicBlock(nn.Module):
    """ResNet's two-conv residual block, with a 1x1 projection when the shape changes."""

    def __init__(self, in_channels: int, out_channels: int, stride: int):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, out_channels, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(out_channels)
        self.conv2 = nn.Conv2d(out_channels, out_channels, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(out_channels)
        self.shortcut = nn.Sequential()
        if stride != 1 or in_channels != out_channels:
            self.shortcut = nn.Sequential(
                nn.Conv2d(in_channels, out_channels, 1, stride, bias=False),
                nn.BatchNorm2d(out_channels),
            )

    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(out + self.shortcut(x))


class SmallResNet(nn.Module):
    """Stem, max pool, two residual stages, global average pool, classifier."""

    def __init__(self, num_classes: int = 10):
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2d(3, 16, 3, 1, 1, bias=False), nn.BatchNorm2d(16), nn.ReLU()
        )
        self.pool = nn.MaxPool2d(2)
        self.stage1 = BasicBlock(16, 16, 1)
        self.stage2 = BasicBlock(16, 32, 2)
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(32, num_classes)

    def forward(self, x):
        x = self.pool(self.stem(x))
        x = self.stage2(self.stage1(x))
        x = torch.flatten(self.avgpool(x), 1)
        return self.fc(x)


class SelfAttention(nn.Module):
    """Multi-head scaled dot-product attention, spelled out with matmuls."""

    def __init__(self, hidden: int, heads: int):
        super().__init__()
        self.heads = heads
        self.head_dim = hidden // heads
        self.query = nn.Linear(hidden, hidden)
        self.key = nn.Linear(hidden, hidden)
        self.value = nn.Linear(hidden, hidden)
        self.output = nn.Linear(hidden, hidden)

    def _split_heads(self, x):
        batch, seq, _ = x.shape
        return x.view(batch, seq, self.heads, self.head_dim).transpose(1, 2)

    def forward(self, x, mask):
        batch, seq, hidden = x.shape
        q = self._split_heads(self.query(x))
        k = self._split_heads(self.key(x))
        v = self._split_heads(self.value(x))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(self.head_dim)
        probabilities = F.softmax(scores + mask, dim=-1)
        context = torch.matmul(probabilities, v).transpose(1, 2)
        return self.output(context.reshape(batch, seq, hidden))


class EncoderLayer(nn.Module):
    def __init__(self, hidden: int, heads: int, intermediate: int):
        super().__init__()
        self.attention = SelfAttention(hidden, heads)
        self.attention_norm = nn.LayerNorm(hidden)
        self.intermediate = nn.Linear(hidden, intermediate)
        self.out = nn.Linear(intermediate, hidden)
        self.output_norm = nn.LayerNorm(hidden)

    def forward(self, x, mask):
        x = self.attention_norm(x + self.attention(x, mask))
        return self.output_norm(x + self.out(F.gelu(self.intermediate(x))))


class TinyBert(nn.Module):
    """Token + position embeddings, two post-norm encoder layers, a tanh pooler."""

    def __init__(
        self, vocab: int = 100, hidden: int = 32, heads: int = 2, layers: int = 2, max_len: int = 16
    ):
        super().__init__()
        self.token_embedding = nn.Embedding(vocab, hidden)
        self.position_embedding = nn.Embedding(max_len, hidden)
        self.embedding_norm = nn.LayerNorm(hidden)
        self.layers = nn.ModuleList(
            [EncoderLayer(hidden, heads, 4 * hidden) for _ in range(layers)]
        )
        self.pooler = nn.Linear(hidden, hidden)

    def forward(self, token_ids, attention_mask):
        seq = token_ids.shape[1]
        positions = torch.arange(seq, dtype=torch.int64).unsqueeze(0)
        x = self.token_embedding(token_ids) + self.position_embedding(positions)
        x = self.embedding_norm(x)
        # 0 for tokens to attend to, a large negative number for padding.
        additive_mask = (1.0 - attention_mask[:, None, None, :]) * -10000.0
        for layer in self.layers:
            x = layer(x, additive_mask)
        return torch.tanh(self.pooler(x[:, 0]))


class LstmClassifier(nn.Module):
    """A two-layer `nn.LSTM` over a sequence, classifying from the last step."""

    def __init__(self, features: int = 8, hidden: int = 16, num_classes: int = 4):
        super().__init__()
        self.lstm = nn.LSTM(features, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, num_classes)

    def forward(self, x):
        outputs, _ = self.lstm(x)
        return self.fc(outputs[:, -1])


class GruCell(nn.Module):
    """One GRU step written with linear layers (the equations of `nn.GRUCell`)."""

    def __init__(self, features: int, hidden: int):
        super().__init__()
        self.input_gates = nn.Linear(features, 3 * hidden)
        self.hidden_gates = nn.Linear(hidden, 3 * hidden)

    def forward(self, x, h):
        x_r, x_z, x_n = self.input_gates(x).chunk(3, dim=1)
        h_r, h_z, h_n = self.hidden_gates(h).chunk(3, dim=1)
        reset = torch.sigmoid(x_r + h_r)
        update = torch.sigmoid(x_z + h_z)
        candidate = torch.tanh(x_n + reset * h_n)
        return (1 - update) * candidate + update * h


class GruClassifier(nn.Module):
    """A GRU over a fixed-length sequence (unrolled by tracing; a `prim::Loop` when scripted)."""

    def __init__(self, features: int = 8, hidden: int = 16, num_classes: int = 4):
        super().__init__()
        self.hidden = hidden
        self.cell = GruCell(features, hidden)
        self.fc = nn.Linear(hidden, num_classes)

    def forward(self, x):
        h = torch.zeros(x.shape[0], self.hidden)
        for t in range(x.shape[1]):
            h = self.cell(x[:, t], h)
        return self.fc(h)


class Mlp(nn.Module):
    def __init__(self, features: int = 64, hidden: int = 128, num_classes: int = 10):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(features, hidden),
            nn.ReLU(),
            nn.Linear(hidden, hidden),
            nn.ReLU(),
            nn.Linear(hidden, num_classes),
        )

    def forward(self, x):
        return self.layers(x)


@dataclass
class ModelSpec:
    """How to build a model and its example inputs, and how to hand it to `compile`."""

    name: str
    build: Callable[[], nn.Module]
    example_inputs: Callable[[], Tuple[torch.Tensor, ...]]
    # Trace instead of script (what users did for models with Python control flow).
    use_tracing: bool = False


def _seeded(factory: Callable[[], nn.Module]) -> Callable[[], nn.Module]:
    def build():
        torch.manual_seed(0)
        model = factory()
        # Give batch norm non-trivial statistics, as a trained model would have.
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


# Token ids and an attention mask with two padding positions.
_bert_inputs = _inputs(
    lambda g: (
        torch.randint(0, 100, (1, 8), generator=g),
        torch.tensor([[1.0] * 6 + [0.0] * 2]),
    )
)

# Scripted unless noted. Traced variants are what TorchScript users did for
# these architectures, and what the core lowers best: tracing bakes the
# example shapes into `view`/`reshape` sizes and unrolls Python loops, while a
# scripted `x.shape`-dependent view or a `prim::Loop` carrying a tensor leaves
# shapes the core does not refine ("bert-scripted" shows the former; a
# scripted GruClassifier fails with "tensor with unknown rank").
MODELS = [
    ModelSpec(
        "resnet",
        _seeded(SmallResNet),
        _inputs(lambda g: (torch.randn(1, 3, 32, 32, generator=g),)),
    ),
    ModelSpec("bert", _seeded(TinyBert), _bert_inputs, use_tracing=True),
    ModelSpec("bert-scripted", _seeded(TinyBert), _bert_inputs),
    ModelSpec(
        "lstm",
        _seeded(LstmClassifier),
        _inputs(lambda g: (torch.randn(1, 5, 8, generator=g),)),
    ),
    ModelSpec(
        "gru",
        _seeded(GruClassifier),
        _inputs(lambda g: (torch.randn(1, 5, 8, generator=g),)),
        use_tracing=True,
    ),
    ModelSpec(
        "mlp",
        _seeded(Mlp),
        _inputs(lambda g: (torch.randn(4, 64, generator=g),)),
    ),
]
