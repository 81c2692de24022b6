"""Softmax, embedding and loss tests.

* softmax / log_softmax / softmin over various dims, with `dtype=`, large
  inputs (numerical stability) and masked (-inf) entries;
* embedding lookups (functional and nn.Embedding, padding_idx, int32 and
  rank-0 indices);
* losses: mse, l1, smooth_l1/huber, cross_entropy (class indices or
  probabilities, weights, ignore_index, label smoothing, reductions),
  nll_loss, kl_div and binary_cross_entropy(_with_logits).
"""

import torch
import torch.nn.functional as F

from torch_mlir_e2e_test.annotations import annotate_args, export
from torch_mlir_e2e_test.framework import TestUtils
from torch_mlir_e2e_test.registry import register_test_case

# ==============================================================================
# softmax / log_softmax / softmin


class SoftmaxLastDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.softmax(x, dim=-1)


@register_test_case(module_factory=lambda: SoftmaxLastDimModule())
def SoftmaxLastDimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 5, low=-3.0, high=3.0))


class SoftmaxDim0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.softmax(x, 0)


@register_test_case(module_factory=lambda: SoftmaxDim0Module())
def SoftmaxDim0Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3))


class SoftmaxMiddleDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 5, 3], torch.float32, True)])
    def forward(self, x):
        return x.softmax(1)


@register_test_case(module_factory=lambda: SoftmaxMiddleDimModule())
def SoftmaxMiddleDimModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 5, 3, low=-1.0, high=1.0))


class SoftmaxDtypeFloat64Module(torch.nn.Module):
    # dtype= casts the input before the softmax is computed.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.softmax(x, dim=1, dtype=torch.float64)


@register_test_case(module_factory=lambda: SoftmaxDtypeFloat64Module())
def SoftmaxDtypeFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6))


class SoftmaxLargeValuesModule(torch.nn.Module):
    # exp(x) overflows for these values unless the max is subtracted first.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch.softmax(x, -1)


@register_test_case(module_factory=lambda: SoftmaxLargeValuesModule())
def SoftmaxLargeValuesModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=100.0, high=105.0))


class SoftmaxFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True)])
    def forward(self, x):
        return F.softmax(x, -1)


@register_test_case(module_factory=lambda: SoftmaxFloat64Module())
def SoftmaxFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 7, low=-5.0, high=5.0).double())


class SoftmaxFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float16, True)])
    def forward(self, x):
        return torch.softmax(x, 1)


@register_test_case(module_factory=lambda: SoftmaxFloat16Module())
def SoftmaxFloat16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4).half())


class SoftmaxBFloat16Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.bfloat16, True)])
    def forward(self, x):
        return torch.softmax(x, 0)


@register_test_case(module_factory=lambda: SoftmaxBFloat16Module())
def SoftmaxBFloat16Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 2).to(torch.bfloat16))


class SoftmaxRank1Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True)])
    def forward(self, x):
        return torch.softmax(x, 0)


@register_test_case(module_factory=lambda: SoftmaxRank1Module())
def SoftmaxRank1Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(10, low=-2.0, high=2.0))


class SoftmaxMaskedModule(torch.nn.Module):
    # The attention pattern: masked positions get -inf and probability 0.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.bool, True)])
    def forward(self, scores, mask):
        return torch.softmax(scores.masked_fill(mask, float("-inf")), -1)


@register_test_case(module_factory=lambda: SoftmaxMaskedModule())
def SoftmaxMaskedModule_basic(module, tu: TestUtils):
    # Column 0 is never masked so no row is entirely -inf.
    mask = torch.tensor([[False, True, False, True], [False, False, True, True]])
    module.forward(tu.rand(2, 4), mask)


class InternalSoftmaxModule(torch.nn.Module):
    # aten._softmax, the form decompositions and traced graphs contain.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return torch._softmax(x, 1, False)


@register_test_case(module_factory=lambda: InternalSoftmaxModule())
def InternalSoftmaxModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5))


class NnSoftmaxModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.softmax = torch.nn.Softmax(dim=1)

    @export
    @annotate_args([None, ([-1, -1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return self.softmax(x)


@register_test_case(module_factory=lambda: NnSoftmaxModule())
def NnSoftmaxModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 2, 2))


class SoftminModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.softmin(x, dim=1)


@register_test_case(module_factory=lambda: SoftminModule())
def SoftminModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4))


class LogSoftmaxLastDimModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True)])
    def forward(self, x):
        return F.log_softmax(x, dim=-1)


@register_test_case(module_factory=lambda: LogSoftmaxLastDimModule())
def LogSoftmaxLastDimModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, low=-2.0, high=2.0))


class LogSoftmaxDim0Module(torch.nn.Module):
    @export
    @annotate_args([None, ([5, 3], torch.float32, True)])
    def forward(self, x):
        return torch.log_softmax(x, 0)


@register_test_case(module_factory=lambda: LogSoftmaxDim0Module())
def LogSoftmaxDim0Module_static(module, tu: TestUtils):
    module.forward(tu.rand(5, 3))


class LogSoftmaxDtypeModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return x.log_softmax(1, dtype=torch.float64)


@register_test_case(module_factory=lambda: LogSoftmaxDtypeModule())
def LogSoftmaxDtypeModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 6))


class LogSoftmaxLargeValuesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return F.log_softmax(x, dim=1)


@register_test_case(module_factory=lambda: LogSoftmaxLargeValuesModule())
def LogSoftmaxLargeValuesModule_basic(module, tu: TestUtils):
    # Spread wide enough that a naive log(softmax) would hit log(0).
    module.forward(tu.rand(2, 5, low=-200.0, high=200.0))


class LogSoftmaxFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float64, True)])
    def forward(self, x):
        return F.log_softmax(x, dim=1)


@register_test_case(module_factory=lambda: LogSoftmaxFloat64Module())
def LogSoftmaxFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 3).double())


class NnLogSoftmaxModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.log_softmax = torch.nn.LogSoftmax(dim=-1)

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True)])
    def forward(self, x):
        return self.log_softmax(x)


@register_test_case(module_factory=lambda: NnLogSoftmaxModule())
def NnLogSoftmaxModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 10, low=-4.0, high=4.0))


# ==============================================================================
# embedding


class EmbeddingFunctionalModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True), ([-1, -1], torch.float32, True)])
    def forward(self, indices, weight):
        return F.embedding(indices, weight)


@register_test_case(module_factory=lambda: EmbeddingFunctionalModule())
def EmbeddingFunctionalModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(6, high=10), tu.rand(10, 4))


class Embedding2dIndicesModule(torch.nn.Module):
    # (batch, sequence) token ids -> (batch, sequence, features).
    @export
    @annotate_args([None, ([-1, -1], torch.int64, True), ([-1, -1], torch.float32, True)])
    def forward(self, indices, weight):
        return F.embedding(indices, weight)


@register_test_case(module_factory=lambda: Embedding2dIndicesModule())
def Embedding2dIndicesModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(2, 5, high=8), tu.rand(8, 3))


class EmbeddingInt32IndicesModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int32, True), ([-1, -1], torch.float32, True)])
    def forward(self, indices, weight):
        return F.embedding(indices, weight)


@register_test_case(module_factory=lambda: EmbeddingInt32IndicesModule())
def EmbeddingInt32IndicesModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(4, high=6, dtype=torch.int32), tu.rand(6, 5))


class EmbeddingRank0IndexModule(torch.nn.Module):
    @export
    @annotate_args([None, ([], torch.int64, True), ([-1, -1], torch.float32, True)])
    def forward(self, index, weight):
        return F.embedding(index, weight)


@register_test_case(module_factory=lambda: EmbeddingRank0IndexModule())
def EmbeddingRank0IndexModule_basic(module, tu: TestUtils):
    module.forward(torch.tensor(3), tu.rand(5, 4))


class EmbeddingPaddingIdxFunctionalModule(torch.nn.Module):
    # padding_idx only affects gradients; the forward lookup is unchanged.
    @export
    @annotate_args([None, ([3, 4], torch.int64, True), ([7, 2], torch.float32, True)])
    def forward(self, indices, weight):
        return F.embedding(indices, weight, padding_idx=0)


@register_test_case(module_factory=lambda: EmbeddingPaddingIdxFunctionalModule())
def EmbeddingPaddingIdxFunctionalModule_static(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=7), tu.rand(7, 2))


class EmbeddingFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.int64, True), ([-1, -1], torch.float64, True)])
    def forward(self, indices, weight):
        return torch.embedding(weight, indices)


@register_test_case(module_factory=lambda: EmbeddingFloat64Module())
def EmbeddingFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.randint(5, high=4), tu.rand(4, 3).double())


class NnEmbeddingModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.embed = torch.nn.Embedding(12, 6)

    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, indices):
        return self.embed(indices)


@register_test_case(module_factory=lambda: NnEmbeddingModule())
def NnEmbeddingModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(3, 4, high=12))


class NnEmbeddingPaddingIdxModule(torch.nn.Module):
    # nn.Embedding zero-initializes the padding row, so lookups of it are 0.
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.embed = torch.nn.Embedding(6, 3, padding_idx=2)

    @export
    @annotate_args([None, ([-1], torch.int64, True)])
    def forward(self, indices):
        return self.embed(indices)


@register_test_case(module_factory=lambda: NnEmbeddingPaddingIdxModule())
def NnEmbeddingPaddingIdxModule_basic(module, tu: TestUtils):
    module.forward(torch.tensor([0, 2, 5, 2, 1]))


class NnEmbeddingMeanPoolModule(torch.nn.Module):
    # A bag-of-words encoder: look up and average over the sequence.
    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.embed = torch.nn.Embedding(20, 8)

    @export
    @annotate_args([None, ([-1, -1], torch.int64, True)])
    def forward(self, indices):
        return self.embed(indices).mean(1)


@register_test_case(module_factory=lambda: NnEmbeddingMeanPoolModule())
def NnEmbeddingMeanPoolModule_basic(module, tu: TestUtils):
    module.forward(tu.randint(2, 6, high=20))


# ==============================================================================
# mse_loss / l1_loss / smooth_l1_loss / huber_loss


class MseLossMeanModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, y):
        return F.mse_loss(x, y)


@register_test_case(module_factory=lambda: MseLossMeanModule())
def MseLossMeanModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4))


class MseLossSumModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, x, y):
        return F.mse_loss(x, y, reduction="sum")


@register_test_case(module_factory=lambda: MseLossSumModule())
def MseLossSumModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4), tu.rand(2, 3, 4))


class MseLossNoReductionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 5], torch.float32, True), ([3, 5], torch.float32, True)])
    def forward(self, x, y):
        return F.mse_loss(x, y, reduction="none")


@register_test_case(module_factory=lambda: MseLossNoReductionModule())
def MseLossNoReductionModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 5), tu.rand(3, 5))


class MseLossFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float64, True), ([-1], torch.float64, True)])
    def forward(self, x, y):
        return F.mse_loss(x, y)


@register_test_case(module_factory=lambda: MseLossFloat64Module())
def MseLossFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(8).double(), tu.rand(8).double())


class NnMSELossModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.loss = torch.nn.MSELoss()

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, y):
        return self.loss(x, y)


@register_test_case(module_factory=lambda: NnMSELossModule())
def NnMSELossModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 2, low=-1.0, high=1.0), tu.rand(4, 2))


class L1LossMeanModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, y):
        return F.l1_loss(x, y)


@register_test_case(module_factory=lambda: L1LossMeanModule())
def L1LossMeanModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.rand(3, 4))


class L1LossSumModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, x, y):
        return F.l1_loss(x, y, reduction="sum")


@register_test_case(module_factory=lambda: L1LossSumModule())
def L1LossSumModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(9, low=-1.0, high=1.0), tu.rand(9))


class L1LossNoReductionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, y):
        return F.l1_loss(x, y, reduction="none")


@register_test_case(module_factory=lambda: L1LossNoReductionModule())
def L1LossNoReductionModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 5), tu.rand(2, 5))


class NnL1LossModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.loss = torch.nn.L1Loss(reduction="sum")

    @export
    @annotate_args([None, ([2, 3], torch.float32, True), ([2, 3], torch.float32, True)])
    def forward(self, x, y):
        return self.loss(x, y)


@register_test_case(module_factory=lambda: NnL1LossModule())
def NnL1LossModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3), tu.rand(2, 3))


class SmoothL1LossDefaultModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, y):
        return F.smooth_l1_loss(x, y)


@register_test_case(module_factory=lambda: SmoothL1LossDefaultModule())
def SmoothL1LossDefaultModule_basic(module, tu: TestUtils):
    # A wide range so both the quadratic and the linear branch are used.
    module.forward(tu.rand(4, 5, low=-3.0, high=3.0), tu.rand(4, 5))


class SmoothL1LossBetaSumModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, y):
        return F.smooth_l1_loss(x, y, reduction="sum", beta=0.5)


@register_test_case(module_factory=lambda: SmoothL1LossBetaSumModule())
def SmoothL1LossBetaSumModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 3, low=-2.0, high=2.0), tu.rand(3, 3))


class SmoothL1LossNoReductionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, x, y):
        return F.smooth_l1_loss(x, y, reduction="none", beta=2.0)


@register_test_case(module_factory=lambda: SmoothL1LossNoReductionModule())
def SmoothL1LossNoReductionModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(10, low=-4.0, high=4.0), tu.rand(10))


class NnSmoothL1LossModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.loss = torch.nn.SmoothL1Loss(beta=0.25)

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, y):
        return self.loss(x, y)


@register_test_case(module_factory=lambda: NnSmoothL1LossModule())
def NnSmoothL1LossModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 6, low=-1.0, high=1.0), tu.rand(2, 6))


class HuberLossModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, y):
        return F.huber_loss(x, y, delta=0.5)


@register_test_case(module_factory=lambda: HuberLossModule())
def HuberLossModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-2.0, high=2.0), tu.rand(3, 4))


# ==============================================================================
# cross_entropy


class CrossEntropyMeanModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, logits, target):
        return F.cross_entropy(logits, target)


@register_test_case(module_factory=lambda: CrossEntropyMeanModule())
def CrossEntropyMeanModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 5, low=-2.0, high=2.0), tu.randint(4, high=5))


class CrossEntropySumModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, logits, target):
        return F.cross_entropy(logits, target, reduction="sum")


@register_test_case(module_factory=lambda: CrossEntropySumModule())
def CrossEntropySumModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4), tu.randint(3, high=4))


class CrossEntropyNoReductionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([6, 3], torch.float32, True), ([6], torch.int64, True)])
    def forward(self, logits, target):
        return F.cross_entropy(logits, target, reduction="none")


@register_test_case(module_factory=lambda: CrossEntropyNoReductionModule())
def CrossEntropyNoReductionModule_static(module, tu: TestUtils):
    module.forward(tu.rand(6, 3, low=-1.0, high=1.0), tu.randint(6, high=3))


class CrossEntropyWeightModule(torch.nn.Module):
    # With class weights, "mean" divides by the sum of the target weights.
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1], torch.int64, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, logits, target, weight):
        return F.cross_entropy(logits, target, weight=weight)


@register_test_case(module_factory=lambda: CrossEntropyWeightModule())
def CrossEntropyWeightModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 3), tu.randint(5, high=3), tu.rand(3, low=0.5, high=2.0))


class CrossEntropyIgnoreIndexModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, logits, target):
        return F.cross_entropy(logits, target, ignore_index=1)


@register_test_case(module_factory=lambda: CrossEntropyIgnoreIndexModule())
def CrossEntropyIgnoreIndexModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 4), torch.tensor([0, 1, 3, 1, 2]))


class CrossEntropyDefaultIgnoreIndexModule(torch.nn.Module):
    # -100, the default ignore_index, marks padding positions.
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1], torch.int64, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, logits, target, weight):
        return F.cross_entropy(logits, target, weight=weight, reduction="mean")


@register_test_case(module_factory=lambda: CrossEntropyDefaultIgnoreIndexModule())
def CrossEntropyDefaultIgnoreIndexModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3), torch.tensor([2, -100, 0, 1]), tu.rand(3, low=0.5, high=1.5))


class CrossEntropyLabelSmoothingModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, logits, target):
        return F.cross_entropy(logits, target, label_smoothing=0.1)


@register_test_case(module_factory=lambda: CrossEntropyLabelSmoothingModule())
def CrossEntropyLabelSmoothingModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 6, low=-3.0, high=3.0), tu.randint(3, high=6))


class CrossEntropyProbabilityTargetModule(torch.nn.Module):
    # A floating target of the logits' shape holds class probabilities.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, logits, target_scores):
        return F.cross_entropy(logits, torch.softmax(target_scores, 1))


@register_test_case(module_factory=lambda: CrossEntropyProbabilityTargetModule())
def CrossEntropyProbabilityTargetModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3), tu.rand(4, 3))


class CrossEntropySpatialModule(torch.nn.Module):
    # (N, C, d) logits with (N, d) targets: per-position classification.
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, -1], torch.int64, True)])
    def forward(self, logits, target):
        return F.cross_entropy(logits, target)


@register_test_case(module_factory=lambda: CrossEntropySpatialModule())
def CrossEntropySpatialModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, 5), tu.randint(2, 5, high=4))


class CrossEntropyFloat64Module(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float64, True), ([-1], torch.int64, True)])
    def forward(self, logits, target):
        return F.cross_entropy(logits, target, reduction="sum")


@register_test_case(module_factory=lambda: CrossEntropyFloat64Module())
def CrossEntropyFloat64Module_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5).double(), tu.randint(3, high=5))


class NnCrossEntropyLossModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.loss = torch.nn.CrossEntropyLoss(
            weight=torch.tensor([1.0, 2.0, 0.5, 1.5]), ignore_index=3
        )

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, logits, target):
        return self.loss(logits, target)


@register_test_case(module_factory=lambda: NnCrossEntropyLossModule())
def NnCrossEntropyLossModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 4), torch.tensor([0, 3, 2, 1, 2]))


# ==============================================================================
# nll_loss


class NllLossMeanModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, x, target):
        return F.nll_loss(F.log_softmax(x, 1), target)


@register_test_case(module_factory=lambda: NllLossMeanModule())
def NllLossMeanModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3), tu.randint(4, high=3))


class NllLossSumModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, log_probs, target):
        return F.nll_loss(log_probs, target, reduction="sum")


@register_test_case(module_factory=lambda: NllLossSumModule())
def NllLossSumModule_basic(module, tu: TestUtils):
    # nll_loss only picks entries; the input need not be log-probabilities.
    module.forward(tu.rand(5, 4, low=-3.0, high=0.0), tu.randint(5, high=4))


class NllLossNoReductionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([3, 5], torch.float32, True), ([3], torch.int64, True)])
    def forward(self, log_probs, target):
        return F.nll_loss(log_probs, target, reduction="none")


@register_test_case(module_factory=lambda: NllLossNoReductionModule())
def NllLossNoReductionModule_static(module, tu: TestUtils):
    module.forward(tu.rand(3, 5, low=-2.0, high=0.0), tu.randint(3, high=5))


class NllLossWeightModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1], torch.int64, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, log_probs, target, weight):
        return F.nll_loss(log_probs, target, weight=weight)


@register_test_case(module_factory=lambda: NllLossWeightModule())
def NllLossWeightModule_basic(module, tu: TestUtils):
    module.forward(
        tu.rand(6, 3, low=-2.0, high=0.0), tu.randint(6, high=3), tu.rand(3, low=0.5, high=1.5)
    )


class NllLossIgnoreIndexModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, log_probs, target):
        return F.nll_loss(log_probs, target, ignore_index=2)


@register_test_case(module_factory=lambda: NllLossIgnoreIndexModule())
def NllLossIgnoreIndexModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3, low=-2.0, high=0.0), torch.tensor([2, 0, 1, 2]))


class NllLossWeightIgnoreIndexSumModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1], torch.int64, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, log_probs, target, weight):
        return F.nll_loss(log_probs, target, weight=weight, ignore_index=0, reduction="sum")


@register_test_case(module_factory=lambda: NllLossWeightIgnoreIndexSumModule())
def NllLossWeightIgnoreIndexSumModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, 4, low=-2.0, high=0.0), torch.tensor([0, 3, 1, 0, 2]), tu.rand(4))


class NllLoss2dModule(torch.nn.Module):
    # (N, C, H, W) log-probabilities with (N, H, W) targets, as in segmentation.
    @export
    @annotate_args(
        [
            None,
            ([-1, -1, -1, -1], torch.float32, True),
            ([-1, -1, -1], torch.int64, True),
        ]
    )
    def forward(self, x, target):
        return F.nll_loss(F.log_softmax(x, 1), target)


@register_test_case(module_factory=lambda: NllLoss2dModule())
def NllLoss2dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 4, 4), tu.randint(2, 4, 4, high=3))


class NllLossUnbatchedModule(torch.nn.Module):
    # A single sample: (C,) input with a rank-0 target.
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([], torch.int64, True)])
    def forward(self, log_probs, target):
        return F.nll_loss(log_probs, target)


@register_test_case(module_factory=lambda: NllLossUnbatchedModule())
def NllLossUnbatchedModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(5, low=-3.0, high=-0.1), torch.tensor(3))


class NnNLLLossModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.loss = torch.nn.NLLLoss(reduction="sum")

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1], torch.int64, True)])
    def forward(self, log_probs, target):
        return self.loss(log_probs, target)


@register_test_case(module_factory=lambda: NnNLLLossModule())
def NnNLLLossModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-2.0, high=0.0), tu.randint(3, high=4))


# ==============================================================================
# kl_div


class KlDivBatchmeanModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, y):
        return F.kl_div(F.log_softmax(x, 1), F.softmax(y, 1), reduction="batchmean")


@register_test_case(module_factory=lambda: KlDivBatchmeanModule())
def KlDivBatchmeanModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 5), tu.rand(3, 5))


class KlDivSumModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, log_input, target):
        return F.kl_div(log_input, target, reduction="sum")


@register_test_case(module_factory=lambda: KlDivSumModule())
def KlDivSumModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 4, low=-3.0, high=0.0), tu.rand(2, 4, low=0.1, high=1.0))


class KlDivNoReductionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([4, 3], torch.float32, True), ([4, 3], torch.float32, True)])
    def forward(self, log_input, target):
        return F.kl_div(log_input, target, reduction="none")


@register_test_case(module_factory=lambda: KlDivNoReductionModule())
def KlDivNoReductionModule_static(module, tu: TestUtils):
    module.forward(tu.rand(4, 3, low=-2.0, high=0.0), tu.rand(4, 3, low=0.1, high=1.0))


class KlDivBatchmean3dModule(torch.nn.Module):
    # batchmean divides by the first dim only, whatever the rank.
    @export
    @annotate_args([None, ([-1, -1, -1], torch.float32, True), ([-1, -1, -1], torch.float32, True)])
    def forward(self, log_input, target):
        return F.kl_div(log_input, target, reduction="batchmean")


@register_test_case(module_factory=lambda: KlDivBatchmean3dModule())
def KlDivBatchmean3dModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, 2, low=-2.0, high=0.0), tu.rand(2, 3, 2, low=0.1, high=1.0))


class KlDivLogTargetModule(torch.nn.Module):
    # log_target=True takes the target in log space too.
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, x, y):
        return F.kl_div(
            F.log_softmax(x, -1), F.log_softmax(y, -1), reduction="batchmean", log_target=True
        )


@register_test_case(module_factory=lambda: KlDivLogTargetModule())
def KlDivLogTargetModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 6), tu.rand(4, 6))


class NnKLDivLossModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.loss = torch.nn.KLDivLoss(reduction="batchmean")

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, log_input, target):
        return self.loss(log_input, target)


@register_test_case(module_factory=lambda: NnKLDivLossModule())
def NnKLDivLossModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-2.0, high=0.0), tu.rand(3, 4, low=0.1, high=1.0))


# ==============================================================================
# binary_cross_entropy / binary_cross_entropy_with_logits


class BinaryCrossEntropyMeanModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, probs, target):
        return F.binary_cross_entropy(probs, target)


@register_test_case(module_factory=lambda: BinaryCrossEntropyMeanModule())
def BinaryCrossEntropyMeanModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=0.05, high=0.95), tu.rand(3, 4))


class BinaryCrossEntropyWeightModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, probs, target, weight):
        return F.binary_cross_entropy(probs, target, weight=weight)


@register_test_case(module_factory=lambda: BinaryCrossEntropyWeightModule())
def BinaryCrossEntropyWeightModule_basic(module, tu: TestUtils):
    # The 1-d weight broadcasts over the rows.
    module.forward(tu.rand(2, 5, low=0.05, high=0.95), tu.rand(2, 5), tu.rand(5))


class BinaryCrossEntropySumModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, probs, target):
        return F.binary_cross_entropy(probs, target, reduction="sum")


@register_test_case(module_factory=lambda: BinaryCrossEntropySumModule())
def BinaryCrossEntropySumModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(8, low=0.05, high=0.95), tu.randint(8, high=2).float())


class BinaryCrossEntropyNoReductionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([2, 3], torch.float32, True), ([2, 3], torch.float32, True)])
    def forward(self, probs, target):
        return F.binary_cross_entropy(probs, target, reduction="none")


@register_test_case(module_factory=lambda: BinaryCrossEntropyNoReductionModule())
def BinaryCrossEntropyNoReductionModule_static(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, low=0.05, high=0.95), tu.rand(2, 3))


class NnBCELossModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.loss = torch.nn.BCELoss()

    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, logits, target):
        return self.loss(torch.sigmoid(logits), target)


@register_test_case(module_factory=lambda: NnBCELossModule())
def NnBCELossModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 2, low=-3.0, high=3.0), tu.randint(4, 2, high=2).float())


class BceWithLogitsMeanModule(torch.nn.Module):
    @export
    @annotate_args([None, ([-1, -1], torch.float32, True), ([-1, -1], torch.float32, True)])
    def forward(self, logits, target):
        return F.binary_cross_entropy_with_logits(logits, target)


@register_test_case(module_factory=lambda: BceWithLogitsMeanModule())
def BceWithLogitsMeanModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-4.0, high=4.0), tu.rand(3, 4))


class BceWithLogitsPosWeightModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1], torch.float32, True),
        ]
    )
    def forward(self, logits, target, pos_weight):
        return F.binary_cross_entropy_with_logits(logits, target, pos_weight=pos_weight)


@register_test_case(module_factory=lambda: BceWithLogitsPosWeightModule())
def BceWithLogitsPosWeightModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(3, 4, low=-2.0, high=2.0), tu.rand(3, 4), tu.rand(4, low=0.5, high=3.0))


class BceWithLogitsWeightSumModule(torch.nn.Module):
    @export
    @annotate_args(
        [
            None,
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
            ([-1, -1], torch.float32, True),
        ]
    )
    def forward(self, logits, target, weight):
        return F.binary_cross_entropy_with_logits(logits, target, weight, reduction="sum")


@register_test_case(module_factory=lambda: BceWithLogitsWeightSumModule())
def BceWithLogitsWeightSumModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(2, 3, low=-2.0, high=2.0), tu.rand(2, 3), tu.rand(2, 3))


class BceWithLogitsNoReductionModule(torch.nn.Module):
    @export
    @annotate_args([None, ([5], torch.float32, True), ([5], torch.float32, True)])
    def forward(self, logits, target):
        return F.binary_cross_entropy_with_logits(logits, target, reduction="none")


@register_test_case(module_factory=lambda: BceWithLogitsNoReductionModule())
def BceWithLogitsNoReductionModule_static(module, tu: TestUtils):
    module.forward(tu.rand(5, low=-3.0, high=3.0), tu.rand(5))


class BceWithLogitsLargeLogitsModule(torch.nn.Module):
    # |logits| ~ 100: exp overflows unless the log-sum-exp form is used.
    @export
    @annotate_args([None, ([-1], torch.float32, True), ([-1], torch.float32, True)])
    def forward(self, logits, target):
        return F.binary_cross_entropy_with_logits(logits, target, reduction="none")


@register_test_case(module_factory=lambda: BceWithLogitsLargeLogitsModule())
def BceWithLogitsLargeLogitsModule_basic(module, tu: TestUtils):
    module.forward(torch.tensor([-120.0, -90.0, 95.0, 110.0]), torch.tensor([1.0, 0.0, 0.0, 1.0]))


class NnBCEWithLogitsLossModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.loss = torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0, 0.5, 1.0]))

    @export
    @annotate_args([None, ([-1, 3], torch.float32, True), ([-1, 3], torch.float32, True)])
    def forward(self, logits, target):
        return self.loss(logits, target)


@register_test_case(module_factory=lambda: NnBCEWithLogitsLossModule())
def NnBCEWithLogitsLossModule_basic(module, tu: TestUtils):
    module.forward(tu.rand(4, 3, low=-2.0, high=2.0), tu.randint(4, 3, high=2).float())
