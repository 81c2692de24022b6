"""Bad input to import_module: wrong argument types raise TypeError,
unsupported IValues raise ValueError naming the attribute path from the root
object; a failed import leaves the module as it was (valid, usable, even its
torch.debug_module_name unchanged)."""

import enum
import io

import pytest
import torch
from importer_support import assert_still_usable

from torch_mlir.jit_ir_importer import ClassAnnotator, ModuleBuilder


class Color(enum.Enum):
    RED = 1


class Identity(torch.nn.Module):
    def forward(self, x):
        return x


class Negate(torch.nn.Module):
    def forward(self, x):
        return -x


def scripted(module):
    return torch.jit.script(module)._c


def assert_import_fails(module, exception, message):
    """Imports `module` after a good import; checks the error (`{root}` in
    `message` stands for the root's qualified name, which TorchScript mangles
    for classes defined more than once) and that the module still holds
    exactly the good import."""
    mb = ModuleBuilder()
    mb.import_module(scripted(Identity()))
    before = str(mb.module)
    with pytest.raises(exception) as info:
        mb.import_module(module)
    assert str(info.value) == message.format(root=module._type().qualified_name())
    assert str(mb.module) == before
    assert 'torch.debug_module_name = "Identity"' in before
    assert_still_usable(mb)
    mb.import_module(scripted(Negate()))
    mb.module.operation.verify()
    assert 'torch.debug_module_name = "Negate"' in str(mb.module)
    return info.value


def qualname(cls):
    return f"__torch__.{__name__}.{cls.__name__}"


# --- Argument types ----------------------------------------------------------


def test_recursive_script_module_instead_of_c():
    mb = ModuleBuilder()
    with pytest.raises(TypeError) as info:
        mb.import_module(torch.jit.script(Identity()))
    assert str(info.value) == (
        "import_module expects a torch._C.ScriptModule: pass `scripted._c`, not "
        "the torch.jit.ScriptModule wrapper 'RecursiveScriptModule'"
    )
    traced = torch.jit.trace(Identity(), torch.ones(1))
    with pytest.raises(TypeError, match=r"pass `scripted._c`.*'TopLevelTracedModule'"):
        mb.import_module(traced)
    assert_still_usable(mb)


@pytest.mark.parametrize(
    "not_a_module, type_name",
    [(Identity(), "Identity"), (3, "int"), (None, "NoneType")],
)
def test_import_module_wrong_argument_type(not_a_module, type_name):
    mb = ModuleBuilder()
    with pytest.raises(TypeError) as info:
        mb.import_module(not_a_module)
    assert str(info.value) == (
        "import_module expects a torch._C.ScriptModule (`scripted._c` of a "
        f"scripted or traced module), got '{type_name}'"
    )


def test_import_module_given_a_function():
    @torch.jit.script
    def f(x: int) -> int:
        return x

    with pytest.raises(TypeError, match=r"got 'torch.jit.ScriptFunction'$"):
        ModuleBuilder().import_module(f)


def test_import_module_wrong_annotator_and_options_types():
    mb = ModuleBuilder()
    module = scripted(Identity())
    with pytest.raises(TypeError) as info:
        mb.import_module(module, classAnnotator=object())
    assert str(info.value) == "classAnnotator must be a ClassAnnotator, got 'object'"
    with pytest.raises(TypeError) as info:
        mb.import_module(module, importOptions=ClassAnnotator())
    assert str(info.value) == "importOptions must be an ImportOptions, got 'ClassAnnotator'"
    assert str(mb.module) == "module {\n}\n"
    mb.import_module(module, classAnnotator=None, importOptions=None)
    mb.module.operation.verify()


# --- Aliasing ----------------------------------------------------------------


def test_tensor_sharing_storage_with_another_tensor():
    class TestModule(torch.nn.Module):
        def __init__(self):
            super().__init__()
            base = torch.arange(6.0)
            self.whole = base
            self.sub = torch.nn.Module()
            self.sub.part = base[1:3]

        def forward(self):
            return self.whole

    assert_import_fails(
        scripted(TestModule()),
        ValueError,
        "Unhandled tensor that shares storage with another tensor.\n"
        "Found at path '<root>.sub.part' from root object '{root}'",
    )


def test_view_in_a_list_sharing_storage():
    class TestModule(torch.nn.Module):
        def __init__(self):
            super().__init__()
            base = torch.zeros(2, 3)
            self.base = base
            self.views = [base[0], base.view(6)]

        def forward(self):
            return self.base

    assert_import_fails(
        scripted(TestModule()),
        ValueError,
        "Unhandled tensor that shares storage with another tensor.\n"
        "Found at path '<root>.views.0' from root object '{root}'",
    )


# --- Unsupported values ------------------------------------------------------


def test_two_compilation_units():
    class TestModule(torch.nn.Module):
        def forward(self, x):
            return x

    buffer = io.BytesIO()
    torch.jit.save(torch.jit.script(Identity()), buffer)
    buffer.seek(0)
    loaded = torch.jit.load(buffer)  # has its own compilation unit
    root = torch.jit.script(TestModule())
    root._c._register_attribute("loaded", loaded._c._type(), loaded._c)
    assert_import_fails(
        root._c,
        ValueError,
        "found two compilation units while importing\n"
        "Found at path '<root>.loaded' from root object '{root}'",
    )
    # Each unit on its own imports fine.
    mb = ModuleBuilder()
    mb.import_module(loaded._c)
    mb.module.operation.verify()


def test_custom_class_other_than_linear_params():
    class TestModule(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = torch.ao.nn.quantized.Conv2d(1, 1, 1)

        def forward(self, x):
            return self.conv(x)

    mb = ModuleBuilder()
    module = scripted(TestModule())
    with pytest.raises(ValueError) as info:
        mb.import_module(module)
    message = str(info.value)
    assert message.startswith(
        "unable to map Torch type '__torch__.torch.classes.quantized.Conv2dPackedParamsBase"
    )
    assert message.endswith(
        "to MLIR type: custom classes other than LinearPackedParamsBase are not supported\n"
        "Found at path '<root>.conv._packed_params' from root object "
        f"'{module._type().qualified_name()}'"
    )
    assert_still_usable(mb)


def test_enum_attribute():
    class TestModule(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.color = Color.RED

        def forward(self):
            return 1

    assert_import_fails(
        scripted(TestModule()),
        ValueError,
        f"unable to map Torch type 'Enum<{qualname(Color)}>' to MLIR type\n"
        f"Found at path '<root>.color' from root object '{{root}}'",
    )


def test_per_channel_quantized_tensor():
    class TestModule(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.q = torch.quantize_per_channel(
                torch.ones(2, 2), torch.tensor([0.1, 0.2]), torch.tensor([0, 0]), 0, torch.qint8
            )

        def forward(self):
            return self.q

    assert_import_fails(
        scripted(TestModule()),
        ValueError,
        "Unsupported quantization scheme 'per_channel_affine' for tensor: "
        "QuantizedCPUQInt8Type of shape [2, 2]\n"
        "Found at path '<root>.q' from root object '{root}'",
    )


@pytest.mark.parametrize(
    "make_tensor, reason",
    [
        (
            lambda: torch.eye(2).to_sparse(),
            "tensors with layout Sparse cannot be imported as literals",
        ),
        (lambda: torch.empty(2, device="meta"), "meta tensors have no data to import"),
    ],
)
def test_tensor_without_dense_data(make_tensor, reason):
    class TestModule(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.t = make_tensor()

        def forward(self):
            return self.t

    assert_import_fails(
        scripted(TestModule()),
        ValueError,
        f"Unsupported import tensor type: {reason}\n"
        f"Found at path '<root>.t' from root object '{{root}}'",
    )


def test_unsupported_tensor_dtype():
    class TestModule(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.t = torch.ones(2, dtype=torch.uint16)

        def forward(self):
            return self.t

    assert_import_fails(
        scripted(TestModule()),
        ValueError,
        "unsupported PyTorch scalar type: UInt16\n"
        "Found at path '<root>.t' from root object '{root}'",
    )


def test_unsupported_method_signature():
    class TestModule(torch.nn.Module):
        def forward(self, c: Color) -> int:
            return 1

    mb = ModuleBuilder()
    with pytest.raises(ValueError) as info:
        mb.import_module(scripted(TestModule()))
    # The exact legacy message, without naming the method.
    assert str(info.value) == f"unsupported type in function schema: 'Enum<{qualname(Color)}>'"
    assert str(mb.module) == "module {\n}\n"
    assert_still_usable(mb)


# --- Several imports into one builder ----------------------------------------


def helper_function(x: torch.Tensor) -> torch.Tensor:
    return x + 1


class CallsHelper(torch.nn.Module):
    def forward(self, x):
        return helper_function(x)


def test_importing_a_class_twice():
    module = scripted(CallsHelper())
    mb = ModuleBuilder()
    mb.import_module(module)
    before = str(mb.module)
    # The same object again, and a new instance of the same class.
    for again in (module, scripted(CallsHelper())):
        with pytest.raises(ValueError) as info:
            mb.import_module(again)
        assert str(info.value) == (
            f"class '{qualname(CallsHelper)}' has already been imported into this module\n"
            f"Found at path '<root>' from root object '{qualname(CallsHelper)}'"
        )
        assert str(mb.module) == before
    mb.module.operation.verify()


def test_module_calling_an_already_imported_function():
    mb = ModuleBuilder()
    mb.import_function(torch.jit.script(helper_function))
    before = str(mb.module)
    with pytest.raises(ValueError) as info:
        mb.import_module(scripted(CallsHelper()))
    assert str(info.value) == (
        f"function '__torch__.{__name__}.helper_function' has already been imported into "
        "this module"
    )
    assert str(mb.module) == before
    assert_still_usable(mb)
