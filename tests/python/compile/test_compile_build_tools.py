"""The registry's library-function signatures and `extract_annotations` (docs/COMPATIBILITY.md §7)."""

import pytest
import torch

from torch_mlir.jit_ir_importer import ClassAnnotator
from torch_mlir.jit_ir_importer.build_tools.registry import JitOperator, Registry
from torch_mlir.jit_ir_importer.torchscript_annotations import extract_annotations
from torch_mlir_e2e_test.annotations import annotate_args, export


@pytest.fixture(scope="module")
def registry():
    return Registry.load()


def test_lookup(registry):
    add = registry["aten::add.Tensor"]
    assert isinstance(add, JitOperator)
    assert add.triple == ("aten", "add", "Tensor")
    assert registry.get_by_triple(("aten", "tanh", "")) is registry["aten::tanh"]
    assert registry["aten::tanh"].mlir_name == "aten.tanh"


@pytest.mark.parametrize(
    "key, kind, signature",
    [
        ("aten::tanh", "shape", "def aten〇tanh〡shape(self: List[int]) -> List[int]:"),
        ("aten::tanh", "dtype", "def aten〇tanh〡dtype(self_rank_dtype: Tuple[int, int]) -> int:"),
        (
            "aten::add.Tensor",
            "shape",
            "def aten〇add〇Tensor〡shape(self: List[int], other: List[int], alpha: float = 1) -> List[int]:",
        ),
        (
            "aten::add.Tensor",
            "dtype",
            "def aten〇add〇Tensor〡dtype(self_rank_dtype: Tuple[int, int], other_rank_dtype: Tuple[int, int], alpha: Union[int, float, complex] = 1) -> int:",
        ),
        (
            "aten::conv2d",
            "shape",
            "def aten〇conv2d〡shape(input: List[int], weight: List[int], bias: Optional[List[int]] = None, stride: List[int] = (1, 1), padding: List[int] = (0, 0), dilation: List[int] = (1, 1), groups: int = 1) -> List[int]:",
        ),
        (
            "aten::sum.dim_IntList",
            "shape",
            "def aten〇sum〇dim_IntList〡shape(self: List[int], dim: Optional[List[int]], keepdim: bool = False, dtype: Optional[int] = None) -> List[int]:",
        ),
        (
            "aten::max.dim",
            "shape",
            "def aten〇max〇dim〡shape(self: List[int], dim: int, keepdim: bool = False) -> Tuple[List[int], List[int]]:",
        ),
        ("aten::tanh", "has_value_semantics", "def aten〇tanh〡has_value_semantics() -> None:"),
        ("aten::tanh", "decomposition", "def aten〇tanh〡decomposition(self: Tensor) -> Tensor:"),
    ],
)
def test_signatures(registry, key, kind, signature):
    assert registry[key].library_function_signature(kind) == signature


class Child(torch.nn.Module):
    @export
    @annotate_args([None, ([2, -1], torch.float32, True)])
    def forward(self, x):
        return x


class Parent(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.child = Child()

    @export
    def forward(self, x):
        return self.child(x)

    @torch.jit.export
    def hidden(self, x):
        return x


def test_extract_annotations():
    program = Parent()
    scripted = torch.jit.script(program)
    annotator = ClassAnnotator()
    extract_annotations(program, scripted, annotator)
    text = repr(annotator)
    parent = text.split("ClassAnnotation('__torch__.")[1:]
    by_class = {chunk.split("'")[0].rsplit(".", 1)[-1]: chunk for chunk in parent}
    assert "MethodAnnotation('forward') {\n      isExported = true" in by_class["Parent"]
    assert "MethodAnnotation('hidden') {\n      isExported = false" in by_class["Parent"]
    assert "shape = [2, -1]" in by_class["Child"]
    assert "dtype = Float" in by_class["Child"]
    assert "hasValueSemantics = true" in by_class["Child"]


def test_extract_annotations_rejects_an_unrelated_module():
    scripted = torch.jit.script(Parent())
    with pytest.raises(AssertionError, match="script module does not come from specified module"):
        extract_annotations(Child(), scripted, ClassAnnotator())
