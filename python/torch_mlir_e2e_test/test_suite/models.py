"""Whole small models built from torch.nn layers: MLPs, LeNet-style CNNs,
ResNet basic/bottleneck blocks with eval-mode batch norm, transformer
encoder layers and encoders (batch_first, eval), multi-head attention, and
recurrent nets (LSTM, GRU, RNN and their cells, unrolled by hand).

Every model seeds its parameters in `__init__` and runs in eval mode, so the
two factory calls made by the harness build identical programs. Batch-norm
layers get non-trivial running statistics; with the defaults (zero mean,
unit variance) a wrong normalization would go unnoticed.
"""

from typing import List, Tuple

import torch

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case


def _randomize_batch_norm_stats(module: torch.nn.Module):
    """Give every BatchNorm layer seeded, non-default running statistics."""
    for layer in module.modules():
        if isinstance(layer, torch.nn.modules.batchnorm._BatchNorm):
            layer.running_mean.copy_(torch.randn(layer.num_features) * 0.1)
            layer.running_var.copy_(torch.rand(layer.num_features) + 0.5)


# ==============================================================================
# MLPs


class MlpTwoLayerModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.fc1 = torch.nn.Linear(6, 16)
        self.fc2 = torch.nn.Linear(16, 3)

    @export
    @annotate_args([None, ([-1, 6], torch.float32, True)])
    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))


@register_test_case(module_factory=lambda: MlpTwoLayerModule())
def MlpTwoLayerModule_dynamicBatch(module, tu: TestUtils):
    module.forward(tu.rand(5, 6))


class MlpDeepTanhModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.net = torch.nn.Sequential(
            torch.nn.Linear(8, 8),
            torch.nn.Tanh(),
            torch.nn.Linear(8, 8),
            torch.nn.Tanh(),
            torch.nn.Linear(8, 8),
            torch.nn.Tanh(),
            torch.nn.Linear(8, 1),
        )

    @export
    @annotate_args([None, ([4, 8], torch.float32, True)])
    def forward(self, x):
        return self.net(x)


@register_test_case(module_factory=lambda: MlpDeepTanhModule())
def MlpDeepTanhModule_static(module, tu: TestUtils):
    module.forward(tu.rand(4, 8, low=-1.0, high=1.0))


class MlpLayerNormGeluModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.net = torch.nn.Sequential(
            torch.nn.Linear(10, 12),
            torch.nn.LayerNorm(12),
            torch.nn.GELU(),
            torch.nn.Dropout(0.3),
            torch.nn.Linear(12, 4),
        )
        self.eval()

    @export
    @annotate_args([None, ([-1, -1, 10], torch.float32, True)])
    def forward(self, x):
        return self.net(x)


@register_test_case(module_factory=lambda: MlpLayerNormGeluModule())
def MlpLayerNormGeluModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 10))


class MlpClassifierFloat64Module(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.hidden = torch.nn.Linear(5, 7).double()
        self.out = torch.nn.Linear(7, 4).double()

    @export
    @annotate_args([None, ([-1, 5], torch.float64, True)])
    def forward(self, x):
        logits = self.out(torch.sigmoid(self.hidden(x)))
        return logits.log_softmax(-1), logits.argmax(-1)


@register_test_case(module_factory=lambda: MlpClassifierFloat64Module())
def MlpClassifierFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5).to(torch.float64))


# ==============================================================================
# CNNs


class LeNetModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.conv1 = torch.nn.Conv2d(1, 6, 5, padding=2)
        self.conv2 = torch.nn.Conv2d(6, 16, 5)
        self.fc1 = torch.nn.Linear(16 * 5 * 5, 120)
        self.fc2 = torch.nn.Linear(120, 84)
        self.fc3 = torch.nn.Linear(84, 10)

    @export
    @annotate_args([None, ([1, 1, 28, 28], torch.float32, True)])
    def forward(self, x):
        x = torch.max_pool2d(torch.relu(self.conv1(x)), 2)
        x = torch.max_pool2d(torch.relu(self.conv2(x)), 2)
        x = torch.flatten(x, 1)
        x = torch.relu(self.fc1(x))
        x = torch.relu(self.fc2(x))
        return self.fc3(x)


@register_test_case(module_factory=lambda: LeNetModule())
def LeNetModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 1, 28, 28))


class LeNetClassicTanhAvgPoolModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        # The 1998 layout: tanh activations and average-pool subsampling.
        self.features = torch.nn.Sequential(
            torch.nn.Conv2d(1, 4, 5),
            torch.nn.Tanh(),
            torch.nn.AvgPool2d(2),
            torch.nn.Conv2d(4, 8, 5),
            torch.nn.Tanh(),
            torch.nn.AvgPool2d(2),
        )
        self.classifier = torch.nn.Sequential(
            torch.nn.Flatten(),
            torch.nn.Linear(8 * 5 * 5, 32),
            torch.nn.Tanh(),
            torch.nn.Linear(32, 10),
        )

    @export
    @annotate_args([None, ([-1, 1, 32, 32], torch.float32, True)])
    def forward(self, x):
        return self.classifier(self.features(x))


@register_test_case(module_factory=lambda: LeNetClassicTanhAvgPoolModule())
def LeNetClassicTanhAvgPoolModule_dynamicBatch(module, tu: TestUtils):
    module.forward(tu.rand(2, 1, 32, 32))


class ConvBatchNormReluHeadModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.body = torch.nn.Sequential(
            torch.nn.Conv2d(3, 8, 3, padding=1, bias=False),
            torch.nn.BatchNorm2d(8),
            torch.nn.ReLU(),
            torch.nn.Conv2d(8, 8, 3, stride=2, padding=1, bias=False),
            torch.nn.BatchNorm2d(8),
            torch.nn.ReLU(),
        )
        self.pool = torch.nn.AdaptiveAvgPool2d(1)
        self.head = torch.nn.Linear(8, 5)
        _randomize_batch_norm_stats(self)
        self.eval()

    @export
    @annotate_args([None, ([-1, 3, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.head(self.pool(self.body(x)).flatten(1))


@register_test_case(module_factory=lambda: ConvBatchNormReluHeadModule())
def ConvBatchNormReluHeadModule_dynamic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 8, 8))


class ConvAutoencoderModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.encoder = torch.nn.Sequential(
            torch.nn.Conv2d(1, 4, 3, stride=2, padding=1), torch.nn.ReLU()
        )
        self.decoder = torch.nn.Sequential(
            torch.nn.ConvTranspose2d(4, 1, 3, stride=2, padding=1, output_padding=1),
            torch.nn.Sigmoid(),
        )

    @export
    @annotate_args([None, ([1, 1, 8, 8], torch.float32, True)])
    def forward(self, x):
        return self.decoder(self.encoder(x))


@register_test_case(module_factory=lambda: ConvAutoencoderModule())
def ConvAutoencoderModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 1, 8, 8))


# ==============================================================================
# ResNet blocks


class _BasicBlock(torch.nn.Module):
    def __init__(self, in_channels: int, out_channels: int, stride: int):
        super().__init__()
        self.conv1 = torch.nn.Conv2d(in_channels, out_channels, 3, stride, 1, bias=False)
        self.bn1 = torch.nn.BatchNorm2d(out_channels)
        self.conv2 = torch.nn.Conv2d(out_channels, out_channels, 3, 1, 1, bias=False)
        self.bn2 = torch.nn.BatchNorm2d(out_channels)
        # A 1x1 projection when the shortcut must change shape, identity otherwise.
        if stride != 1 or in_channels != out_channels:
            self.shortcut = torch.nn.Sequential(
                torch.nn.Conv2d(in_channels, out_channels, 1, stride, bias=False),
                torch.nn.BatchNorm2d(out_channels),
            )
        else:
            self.shortcut = torch.nn.Sequential()

    def forward(self, x):
        out = torch.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return torch.relu(out + self.shortcut(x))


class ResNetBasicBlockModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.block = _BasicBlock(4, 4, 1)
        _randomize_batch_norm_stats(self)
        self.eval()

    @export
    @annotate_args([None, ([-1, 4, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.block(x)


@register_test_case(module_factory=lambda: ResNetBasicBlockModule())
def ResNetBasicBlockModule_identityShortcut(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 6, 6, low=-1.0, high=1.0))


class ResNetBasicBlockDownsampleModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.block = _BasicBlock(3, 6, 2)
        _randomize_batch_norm_stats(self)
        self.eval()

    @export
    @annotate_args([None, ([1, 3, 8, 8], torch.float32, True)])
    def forward(self, x):
        return self.block(x)


@register_test_case(module_factory=lambda: ResNetBasicBlockDownsampleModule())
def ResNetBasicBlockDownsampleModule_projectionShortcut(module, tu: TestUtils):
    module.forward(tu.rand(1, 3, 8, 8, low=-1.0, high=1.0))


class ResNetBottleneckBlockModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        # 1x1 reduce -> 3x3 -> 1x1 expand, with an identity shortcut.
        self.reduce = torch.nn.Conv2d(8, 2, 1, bias=False)
        self.bn1 = torch.nn.BatchNorm2d(2)
        self.conv = torch.nn.Conv2d(2, 2, 3, padding=1, bias=False)
        self.bn2 = torch.nn.BatchNorm2d(2)
        self.expand = torch.nn.Conv2d(2, 8, 1, bias=False)
        self.bn3 = torch.nn.BatchNorm2d(8)
        _randomize_batch_norm_stats(self)
        self.eval()

    @export
    @annotate_args([None, ([-1, 8, -1, -1], torch.float32, True)])
    def forward(self, x):
        out = torch.relu(self.bn1(self.reduce(x)))
        out = torch.relu(self.bn2(self.conv(out)))
        out = self.bn3(self.expand(out))
        return torch.relu(out + x)


@register_test_case(module_factory=lambda: ResNetBottleneckBlockModule())
def ResNetBottleneckBlockModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(1, 8, 5, 5, low=-1.0, high=1.0))


class TinyResNetModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.stem = torch.nn.Sequential(
            torch.nn.Conv2d(3, 4, 3, padding=1, bias=False),
            torch.nn.BatchNorm2d(4),
            torch.nn.ReLU(),
            torch.nn.MaxPool2d(2),
        )
        self.stage1 = _BasicBlock(4, 4, 1)
        self.stage2 = _BasicBlock(4, 8, 2)
        self.fc = torch.nn.Linear(8, 3)
        _randomize_batch_norm_stats(self)
        self.eval()

    @export
    @annotate_args([None, ([-1, 3, 16, 16], torch.float32, True)])
    def forward(self, x):
        x = self.stage2(self.stage1(self.stem(x)))
        return self.fc(x.mean((2, 3)))


@register_test_case(module_factory=lambda: TinyResNetModule())
def TinyResNetModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 16, 16))


# ==============================================================================
# Transformers and attention


class TransformerEncoderLayerModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.layer = torch.nn.TransformerEncoderLayer(
            d_model=16, nhead=2, dim_feedforward=32, dropout=0.1, batch_first=True
        )
        self.eval()

    @export
    @annotate_args([None, ([-1, -1, 16], torch.float32, True)])
    def forward(self, src):
        return self.layer(src)


@register_test_case(module_factory=lambda: TransformerEncoderLayerModule())
def TransformerEncoderLayerModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, 16))


class TransformerEncoderLayerNormFirstGeluModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.layer = torch.nn.TransformerEncoderLayer(
            d_model=8,
            nhead=4,
            dim_feedforward=16,
            dropout=0.0,
            activation="gelu",
            batch_first=True,
            norm_first=True,
        )
        self.eval()

    @export
    @annotate_args([None, ([1, 6, 8], torch.float32, True)])
    def forward(self, src):
        return self.layer(src)


@register_test_case(module_factory=lambda: TransformerEncoderLayerNormFirstGeluModule())
def TransformerEncoderLayerNormFirstGeluModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 6, 8))


class TransformerEncoderLayerCausalMaskModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.layer = torch.nn.TransformerEncoderLayer(
            d_model=8, nhead=2, dim_feedforward=16, dropout=0.0, batch_first=True
        )
        self.eval()

    @export
    @annotate_args([None, ([-1, -1, 8], torch.float32, True)])
    def forward(self, src):
        # A float causal mask built from the sequence length.
        n = src.size(1)
        mask = torch.full((n, n), float("-inf")).triu(1)
        return self.layer(src, src_mask=mask)


@register_test_case(module_factory=lambda: TransformerEncoderLayerCausalMaskModule())
def TransformerEncoderLayerCausalMaskModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 8))


class TransformerEncoderTwoLayersModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        layer = torch.nn.TransformerEncoderLayer(
            d_model=8, nhead=2, dim_feedforward=16, dropout=0.0, batch_first=True
        )
        self.encoder = torch.nn.TransformerEncoder(
            layer, num_layers=2, norm=torch.nn.LayerNorm(8), enable_nested_tensor=False
        )
        self.eval()

    @export
    @annotate_args([None, ([-1, -1, 8], torch.float32, True)])
    def forward(self, src):
        return self.encoder(src)


@register_test_case(module_factory=lambda: TransformerEncoderTwoLayersModule())
def TransformerEncoderTwoLayersModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 8))


class MultiheadSelfAttentionModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.attention = torch.nn.MultiheadAttention(8, 2, batch_first=True)
        self.eval()

    @export
    @annotate_args([None, ([-1, -1, 8], torch.float32, True)])
    def forward(self, x):
        out, weights = self.attention(x, x, x)
        # Weights are averaged over heads by default.
        return out, weights


@register_test_case(module_factory=lambda: MultiheadSelfAttentionModule())
def MultiheadSelfAttentionModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 8))


class MultiheadCrossAttentionModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.attention = torch.nn.MultiheadAttention(8, 4, kdim=6, vdim=5, batch_first=True)
        self.eval()

    @export
    @annotate_args(
        [
            None,
            ([1, 3, 8], torch.float32, True),
            ([1, 5, 6], torch.float32, True),
            ([1, 5, 5], torch.float32, True),
        ]
    )
    def forward(self, query, key, value):
        out, _ = self.attention(query, key, value, need_weights=False)
        return out


@register_test_case(module_factory=lambda: MultiheadCrossAttentionModule())
def MultiheadCrossAttentionModule_static(module, tu: TestUtils):
    module.forward(tu.rand(1, 3, 8), tu.rand(1, 5, 6), tu.rand(1, 5, 5))


class ScaledDotProductAttentionBlockModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.qkv = torch.nn.Linear(8, 24)
        self.proj = torch.nn.Linear(8, 8)
        self.norm = torch.nn.LayerNorm(8)

    @export
    @annotate_args([None, ([-1, -1, 8], torch.float32, True)])
    def forward(self, x):
        # A pre-norm attention block written out by hand, 2 heads of size 4.
        b, n = x.size(0), x.size(1)
        q, k, v = self.qkv(self.norm(x)).view(b, n, 3, 2, 4).permute(2, 0, 3, 1, 4).unbind(0)
        scores = q.matmul(k.transpose(-2, -1)) * 0.5
        heads = scores.softmax(-1).matmul(v)
        return x + self.proj(heads.transpose(1, 2).reshape(b, n, 8))


@register_test_case(module_factory=lambda: ScaledDotProductAttentionBlockModule())
def ScaledDotProductAttentionBlockModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, 8))


# ==============================================================================
# Recurrent networks


class LstmSingleLayerModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.lstm = torch.nn.LSTM(4, 6, batch_first=True)
        self.eval()

    @export
    @annotate_args([None, ([-1, -1, 4], torch.float32, True)])
    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return out, h, c


@register_test_case(module_factory=lambda: LstmSingleLayerModule())
def LstmSingleLayerModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, 4))


class LstmTwoLayerBidirectionalModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.lstm = torch.nn.LSTM(3, 4, num_layers=2, bidirectional=True, dropout=0.2)
        self.eval()

    @export
    @annotate_args([None, ([-1, -1, 3], torch.float32, True)])
    def forward(self, x):
        # Sequence-first layout: [time, batch, features].
        out, (h, c) = self.lstm(x)
        return out, h, c


@register_test_case(module_factory=lambda: LstmTwoLayerBidirectionalModule())
def LstmTwoLayerBidirectionalModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 2, 3))


class LstmWithInitialStateModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.lstm = torch.nn.LSTM(4, 5, batch_first=True)
        self.eval()

    @export
    @annotate_args(
        [
            None,
            ([2, 3, 4], torch.float32, True),
            ([1, 2, 5], torch.float32, True),
            ([1, 2, 5], torch.float32, True),
        ]
    )
    def forward(self, x, h0, c0):
        out, (h, c) = self.lstm(x, (h0, c0))
        return out[:, -1], h, c


@register_test_case(module_factory=lambda: LstmWithInitialStateModule())
def LstmWithInitialStateModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4), tu.rand(1, 2, 5, low=-1.0, high=1.0), tu.rand(1, 2, 5))


class LstmCellUnrolledModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.cell = torch.nn.LSTMCell(3, 4)

    @export
    @annotate_args([None, ([-1, -1, 3], torch.float32, True)])
    def forward(self, seq):
        h = torch.zeros(seq.size(1), 4)
        c = torch.zeros(seq.size(1), 4)
        outputs: List[torch.Tensor] = []
        for t in range(seq.size(0)):
            h, c = self.cell(seq[t], (h, c))
            outputs.append(h)
        return torch.stack(outputs), c


@register_test_case(module_factory=lambda: LstmCellUnrolledModule())
def LstmCellUnrolledModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 2, 3))


class GruModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.gru = torch.nn.GRU(4, 6, batch_first=True)
        self.eval()

    @export
    @annotate_args([None, ([-1, -1, 4], torch.float32, True)])
    def forward(self, x):
        out, h = self.gru(x)
        return out, h


@register_test_case(module_factory=lambda: GruModule())
def GruModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, 4))


class GruTwoLayerInitialStateModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.gru = torch.nn.GRU(3, 4, num_layers=2)
        self.eval()

    @export
    @annotate_args([None, ([-1, -1, 3], torch.float32, True), ([2, -1, 4], torch.float32, True)])
    def forward(self, x, h0):
        out, h = self.gru(x, h0)
        return out, h


@register_test_case(module_factory=lambda: GruTwoLayerInitialStateModule())
def GruTwoLayerInitialStateModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2, 3), tu.rand(2, 2, 4, low=-1.0, high=1.0))


class GruCellUnrolledModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.cell = torch.nn.GRUCell(2, 3)

    @export
    @annotate_args([None, ([-1, -1, 2], torch.float32, True)])
    def forward(self, seq):
        h = torch.zeros(seq.size(1), 3)
        for t in range(seq.size(0)):
            h = self.cell(seq[t], h)
        return h


@register_test_case(module_factory=lambda: GruCellUnrolledModule())
def GruCellUnrolledModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 2, 2))


class RnnTanhModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.rnn = torch.nn.RNN(3, 5, batch_first=True)
        self.eval()

    @export
    @annotate_args([None, ([-1, -1, 3], torch.float32, True)])
    def forward(self, x):
        out, h = self.rnn(x)
        return out, h


@register_test_case(module_factory=lambda: RnnTanhModule())
def RnnTanhModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 3))


class LstmLanguageModelModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.embed = torch.nn.Embedding(20, 6)
        self.lstm = torch.nn.LSTM(6, 8, batch_first=True)
        self.head = torch.nn.Linear(8, 20)
        self.eval()

    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, tokens):
        hidden, _ = self.lstm(self.embed(tokens))
        return self.head(hidden).log_softmax(-1)


@register_test_case(module_factory=lambda: LstmLanguageModelModule())
def LstmLanguageModelModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(2, 6, high=20))


class GruSequenceClassifierModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.gru = torch.nn.GRU(4, 6, batch_first=True, bidirectional=True)
        self.classifier = torch.nn.Linear(12, 2)
        self.eval()

    def _last_states(self, h: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        return h[0], h[1]

    @export
    @annotate_args([None, ([-1, -1, 4], torch.float32, True)])
    def forward(self, x):
        _, h = self.gru(x)
        forward_state, backward_state = self._last_states(h)
        return self.classifier(torch.cat([forward_state, backward_state], 1))


@register_test_case(module_factory=lambda: GruSequenceClassifierModule())
def GruSequenceClassifierModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, 4))
