"""ClassAnnotator: error messages and the byte-exact __repr__ of the
promises (docs/COMPATIBILITY.md §6)."""

import textwrap

import pytest
import torch

from torch_mlir.jit_ir_importer import ClassAnnotator, ModuleBuilder


class Sub(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.n = 3

    def forward(self, x):
        return x


class TestModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.count = 1
        self.sub = Sub()

    def forward(self, tensor):
        return self.sub(tensor)

    @torch.jit.export
    def other(self, a: int, b: float) -> float:
        return a + b


SCRIPTED = torch.jit.script(TestModule())
ROOT = SCRIPTED._c._type()
ROOT_NAME = ROOT.qualified_name()
SUB_NAME = SCRIPTED.sub._c._type().qualified_name()


def test_empty_repr():
    assert repr(ClassAnnotator()) == "ClassAnnotator {\n}\n"


def test_repr_after_export_none_and_annotations():
    annotator = ClassAnnotator()
    annotator.exportNone(ROOT)
    annotator.exportPath(ROOT, ["forward"])
    annotator.exportPath(ROOT, ["sub", "n"])
    annotator.annotateArgs(ROOT, ["forward"], [None, ([2, -1], torch.float32, True)])
    annotator.annotateArgs(ROOT, ["other"], [None, ([], torch.int64, False), [None, None, True]])
    # Classes in name order: the submodule's class sorts first.
    assert SUB_NAME < ROOT_NAME
    expected = textwrap.dedent(
        f"""\
        ClassAnnotator {{
          ClassAnnotation('{SUB_NAME}') {{
            AttributeAnnotation('training') {{
              isExported = false
            }}
            AttributeAnnotation('_is_full_backward_hook') {{
              isExported = false
            }}
            AttributeAnnotation('n') {{
              isExported = true
            }}
            MethodAnnotation('forward') {{
              isExported = false
              argAnnotations = <none>
            }}
          }}
          ClassAnnotation('{ROOT_NAME}') {{
            AttributeAnnotation('training') {{
              isExported = false
            }}
            AttributeAnnotation('_is_full_backward_hook') {{
              isExported = false
            }}
            AttributeAnnotation('count') {{
              isExported = false
            }}
            AttributeAnnotation('sub') {{
              isExported = false
            }}
            MethodAnnotation('forward') {{
              isExported = true
              argAnnotations =
                ArgAnnotation(0) {{
                  dtype = <none>
                  shape = <none>
                  hasValueSemantics = false
                }}
                ArgAnnotation(1) {{
                  dtype = Float
                  shape = [2, -1]
                  hasValueSemantics = true
                }}
            }}
            MethodAnnotation('other') {{
              isExported = false
              argAnnotations =
                ArgAnnotation(0) {{
                  dtype = <none>
                  shape = <none>
                  hasValueSemantics = false
                }}
                ArgAnnotation(1) {{
                  dtype = Long
                  shape = []
                  hasValueSemantics = false
                }}
                ArgAnnotation(2) {{
                  dtype = <none>
                  shape = <none>
                  hasValueSemantics = true
                }}
            }}
          }}
        }}
        """
    )
    assert repr(annotator) == expected


def test_repr_lists_classes_touched_by_an_import_in_name_order():
    annotator = ClassAnnotator()
    mb = ModuleBuilder()
    mb.import_module(torch.jit.script(TestModule())._c, annotator)
    text = repr(annotator)
    # Every class of the import, exported by default, sorted by name.
    names = [line.split("'")[1] for line in text.splitlines() if "ClassAnnotation(" in line]
    assert names == sorted(names) and len(names) == 2
    assert "isExported = false" not in text
    assert text.endswith("  }\n}\n")


@pytest.mark.parametrize(
    "dtype, name",
    [
        (torch.uint8, "Byte"),
        (torch.int8, "Char"),
        (torch.int16, "Short"),
        (torch.int32, "Int"),
        (torch.int64, "Long"),
        (torch.float16, "Half"),
        (torch.float32, "Float"),
        (torch.float64, "Double"),
        (torch.complex32, "ComplexHalf"),
        (torch.complex64, "ComplexFloat"),
        (torch.complex128, "ComplexDouble"),
        (torch.bool, "Bool"),
        (torch.qint8, "QInt8"),
        (torch.quint8, "QUInt8"),
        (torch.qint32, "QInt32"),
        (torch.bfloat16, "BFloat16"),
    ],
)
def test_repr_dtype_names(dtype, name):
    annotator = ClassAnnotator()
    annotator.annotateArgs(ROOT, ["forward"], [None, ([1], dtype, False)])
    assert f"          dtype = {name}\n" in repr(annotator)


# --- exportPath --------------------------------------------------------------


def test_export_path_empty():
    with pytest.raises(ValueError) as info:
        ClassAnnotator().exportPath(ROOT, [])
    assert str(info.value) == "Empty exported path. Can only export a property of a class."


def test_export_path_missing_submodule_attribute():
    # PyTorch's own error, naming the class and the attribute.
    with pytest.raises(RuntimeError) as info:
        ClassAnnotator().exportPath(ROOT, ["a", "b"])
    assert ROOT_NAME in str(info.value) and "'a'" in str(info.value)


def test_export_path_through_non_submodule():
    with pytest.raises(ValueError) as info:
        ClassAnnotator().exportPath(ROOT, ["count", "x"])
    assert str(info.value) == f"class '{ROOT_NAME}' does not have a submodule in attribute 'count'"


def test_export_path_missing_last_atom():
    with pytest.raises(ValueError) as info:
        ClassAnnotator().exportPath(ROOT, ["sub", "nope"])
    assert str(info.value) == (
        f"class '{SUB_NAME}' does not have a method or attribute called 'nope'"
    )


def test_failed_calls_leave_no_annotations():
    annotator = ClassAnnotator()
    for call in (
        lambda: annotator.exportPath(ROOT, ["count", "x"]),
        lambda: annotator.exportPath(ROOT, ["nope"]),
        lambda: annotator.annotateArgs(ROOT, ["forward"], [None]),
    ):
        with pytest.raises(ValueError):
            call()
    assert repr(annotator) == "ClassAnnotator {\n}\n"


# --- annotateArgs ------------------------------------------------------------


def test_annotate_args_empty_path():
    with pytest.raises(ValueError) as info:
        ClassAnnotator().annotateArgs(ROOT, [], [])
    assert str(info.value) == (
        "Empty annotated path. Can only annotate shapes/dtypes of a method of a class."
    )


def test_annotate_args_missing_method():
    with pytest.raises(RuntimeError) as info:
        ClassAnnotator().annotateArgs(ROOT, ["nope"], [None])
    assert "nope" in str(info.value) and ROOT_NAME in str(info.value)


def test_annotate_args_arity():
    with pytest.raises(ValueError) as info:
        ClassAnnotator().annotateArgs(ROOT, ["forward"], [None])
    assert str(info.value) == (
        "There must be one argument annotation per function parameter. Including "
        "'self' the number of argument annotations is: 1. The number of function "
        "parameters is: 2. The function signature is "
        f"({ROOT_NAME} self, Tensor tensor)"
    )
    with pytest.raises(ValueError) as info:
        ClassAnnotator().annotateArgs(ROOT, ["sub", "forward"], [None, None, None])
    assert str(info.value).endswith(
        "the number of argument annotations is: 3. The number of function parameters "
        f"is: 2. The function signature is ({SUB_NAME} self, Tensor x)"
    )


def test_annotate_args_unsupported_dtype():
    with pytest.raises(ValueError) as info:
        ClassAnnotator().annotateArgs(ROOT, ["forward"], [None, ([1], "float32", True)])
    assert str(info.value) == "unsupported scalar type 'float32'"
    with pytest.raises(ValueError) as info:
        ClassAnnotator().annotateArgs(ROOT, ["forward"], [None, ([1], float, True)])
    assert str(info.value) == "unsupported scalar type '<class 'float'>'"


def test_annotate_args_requires_a_list():
    # pybind's own argument check (the legacy binding took a py::list).
    with pytest.raises(TypeError, match="incompatible function arguments"):
        ClassAnnotator().annotateArgs(ROOT, ["forward"], (None, None))


@pytest.mark.parametrize(
    "entry, message",
    [
        (
            3,
            "argument annotation 1 must be None or a 3-sequence (shape, dtype, "
            "hasValueSemantics), got '3'",
        ),
        (
            ([1], torch.float32),
            "argument annotation 1 must be None or a 3-sequence (shape, dtype, "
            "hasValueSemantics), got '([1], torch.float32)'",
        ),
        (
            (["a"], torch.float32, True),
            "argument annotation 1: shape must be a sequence of ints, got '['a']'",
        ),
        (
            ([-2], torch.float32, True),
            "argument annotation 1: dimension sizes must be >= 0 or -1 (unknown), got -2",
        ),
    ],
)
def test_annotate_args_malformed_entry(entry, message):
    with pytest.raises(ValueError) as info:
        ClassAnnotator().annotateArgs(ROOT, ["forward"], [None, entry])
    assert str(info.value) == message


def test_annotate_args_accepts_lists_tuples_and_replaces():
    annotator = ClassAnnotator()
    annotator.annotateArgs(ROOT, ["forward"], [None, [(3, 4), torch.float32, True]])
    annotator.annotateArgs(ROOT, ["forward"], [None, ((5,), torch.int8, False)])
    text = repr(annotator)
    assert "shape = [5]" in text and "dtype = Char" in text and "shape = [3, 4]" not in text


def test_wrong_class_type_argument():
    with pytest.raises(TypeError, match="incompatible function arguments"):
        ClassAnnotator().exportNone(SCRIPTED)
