"""Bad input at every entry point fails with a clean Python exception, and the
same process can still import and compile a normal model afterwards.

One table, `CASES`: each case calls an entry point (ModuleBuilder,
ClassAnnotator, ImportOptions, `torchscript.compile`, the
`import_torchscript` command line, `extract_annotations`) with one kind of bad
input and names the exact exception type and key words of its message. Cases
marked `risky` (they crashed the interpreter before a fix, or could) run in a
child process (`reliability_support.run_cases_in_child`), so that a
regression is one failed case, not a dead pytest. The function-import errors
are in tests/python/importer; the compile errors with exact legacy messages
in tests/python/compile/test_compile_errors.py.
"""

import contextlib
import functools
import gc
import io
import os
import pickle
import random
import re
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence

import hint_models
import numpy as np
import pytest
import torch
from reliability_models import (
    AddTwo,
    Color,
    DequantizedMatmul,
    DoublingUntilLarge,
    FmodOfBroadcastOperands,
    Histc,
    Holder,
    Mlp,
    Mm,
    NestedLiteral,
    Parent,
    ScaleByInt,
    SmallNet,
    Tanh,
)
from reliability_support import (
    HERE,
    assert_outcome,
    quiet_torchscript_warnings,
    run_case,
    run_cases_in_child,
)

import torch_mlir.ir as ir
from torch_mlir import torchscript
from torch_mlir._example_check import ExampleInputsRefusedError
from torch_mlir.compiler_utils import TensorPlaceholder, TorchMlirCompilerError
from torch_mlir.jit_ir_importer import ClassAnnotator, ImportOptions, ModuleBuilder
from torch_mlir.jit_ir_importer.torchscript_annotations import extract_annotations
from torch_mlir.tools.import_torchscript import main as cli_main


@dataclass
class Case:
    id: str
    run: Callable[[], object]
    # None: `run` must return, and its result's str() holds the fragments.
    error: Optional[type]
    fragments: Sequence[str] = field(default_factory=list)
    risky: bool = False
    # The message names a repro file (TorchMlirCompilerError) that must exist.
    repro: bool = False


def _scripted(module=None):
    return torch.jit.script(module if module is not None else Tanh())


def _identity(x: torch.Tensor) -> torch.Tensor:
    return x


def _script_function():
    return torch.jit.script(_identity)


def _import(module: torch.nn.Module, annotator=None):
    mb = ModuleBuilder()
    mb.import_module(_scripted(module)._c, annotator)
    return mb.module


def _import_attributes(**attributes):
    return _import(Holder(**attributes))


def _annotate(annotations, method="forward"):
    scripted = _scripted()
    ClassAnnotator().annotateArgs(scripted._c._type(), [method], annotations)


@functools.lru_cache(maxsize=None)
def _archive() -> bytes:
    buffer = io.BytesIO()
    torch.jit.save(_scripted(SmallNet()), buffer)
    return buffer.getvalue()


def _load_archive():
    return torch.jit.load(io.BytesIO(_archive()))


def _torch_saved(obj) -> bytes:
    buffer = io.BytesIO()
    torch.save(obj, buffer)
    return buffer.getvalue()


def _zip_of_a_text_file() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "hi")
    return buffer.getvalue()


def _method(name: str) -> torchscript.ExampleArgs:
    return torchscript.ExampleArgs().add_method(name, torch.ones(2))


def _to_linalg(model, example_args):
    return torchscript.compile(model, example_args, output_type="linalg-on-tensors")


def _cli(blob: bytes, *args) -> str:
    """Runs the import_torchscript command line on `blob` saved as a .pt file."""
    path = os.path.join(tempfile.gettempdir(), f"reliability-cli-{os.getpid()}.pt")
    with open(path, "wb") as f:
        f.write(blob)
    stdout, stderr = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            status = cli_main([path, "--input", "2x40xf32", *args])
    finally:
        os.remove(path)
    lines = stderr.getvalue().strip().splitlines()
    return f"rc={status} lines={len(lines)}: {stderr.getvalue().strip()}"


def _cli_on_corrupted_archives(count=24) -> str:
    """Overwrites random bytes of a valid archive; each variant must load or be
    rejected with one error line (torch does not checksum the data, so some
    load)."""
    rng = random.Random(7)
    unclean = []
    rejected = 0
    for i in range(count):
        blob = bytearray(_archive())
        for _ in range(rng.choice([1, 4, 32])):
            blob[rng.randrange(len(blob))] = rng.randrange(256)
        result = _cli(bytes(blob))
        if result.startswith("rc=1 lines=1: import_torchscript: error:"):
            rejected += 1
        elif not result.startswith("rc=0 lines=0"):
            unclean.append(f"variant {i}: {result}")
    return f"corruptions={count} rejected={rejected} unclean={len(unclean)} {unclean}"


def _import_graph(ir_text: str):
    """import_function of a function made from hand-written JIT IR."""
    graph = torch._C.parse_ir(ir_text)
    function = torch._C.CompilationUnit().create_function("malformed", graph)
    ModuleBuilder().import_function(function)


# JIT graphs that torch._C.parse_ir accepts but no TorchScript frontend makes;
# each indexed past what it has (segfaults or out-of-range reads before f8fa3dc).
_MALFORMED_GRAPHS = {
    "loop-without-block": """graph(%n : int, %c : bool, %x : Tensor):
  %y : Tensor = prim::Loop(%n, %c, %x)
  return (%y)""",
    "loop-block-arguments": """graph(%n : int, %c : bool, %x : Tensor):
  %y : Tensor = prim::Loop(%n, %c, %x)
    block0(%i : int, %a : Tensor, %b : Tensor):
      -> (%c, %a)
  return (%y)""",
    "if-yields-too-many": """graph(%c : bool, %x : Tensor):
  %y : Tensor = prim::If(%c)
    block0():
      -> (%x)
    block1():
      -> (%x, %x)
  return (%y)""",
    "if-one-block": """graph(%c : bool, %x : Tensor):
  %y : Tensor = prim::If(%c)
    block0():
      -> (%x)
  return (%y)""",
    "if-without-condition": """graph(%x : Tensor):
  %y : Tensor = prim::If()
    block0():
      -> (%x)
    block1():
      -> (%x)
  return (%y)""",
    "call-method-without-object": """graph(%x : Tensor):
  %y : Tensor = prim::CallMethod[name="forward"]()
  return (%y)""",
    "call-function-without-callee": """graph(%x : Tensor):
  %y : Tensor = prim::CallFunction()
  return (%y)""",
    "dict-key-without-value": """graph(%k : str, %x : Tensor):
  %d : Dict(str, Tensor) = prim::DictConstruct(%k, %x, %k)
  return (%d)""",
    "tuple-arity": """graph(%x : Tensor):
  %t : (Tensor) = prim::TupleConstruct(%x, %x)
  return (%t)""",
}
_MALFORMED_MESSAGES = {
    "loop-without-block": "prim::Loop needs a trip count, a condition and a block",
    "loop-block-arguments": "a block with the wrong number of arguments",
    "if-yields-too-many": "2 values where 1 are expected",
    "if-one-block": "prim::If needs one condition and two blocks",
    "if-without-condition": "prim::If needs one condition and two blocks",
    "call-method-without-object": "a method call without an object",
    "call-function-without-callee": "a call without a callee",
    "dict-key-without-value": "a key without a value",
    "tuple-arity": "2 values where 1 are expected",
}


def _uninitialized(cls):
    # An object whose __init__ never ran (what copy/pickle's __reduce_ex__ makes
    # for classes that do not refuse it; these three refuse, __new__ does not).
    return cls.__new__(cls)


def _type_bound_on_an_int_argument():
    scripted = _scripted(ScaleByInt())
    annotator = ClassAnnotator()
    tensor = ([2], torch.float32, True)
    annotator.annotateArgs(scripted._c._type(), ["forward"], [None, tensor, tensor])
    ModuleBuilder().import_module(scripted._c, annotator)


def _two_loads_one_annotator():
    first, second = _load_archive(), _load_archive()
    annotator = ClassAnnotator()
    annotator.exportNone(first._c._type())
    annotator.annotateArgs(first._c._type(), ["forward"], [None, ([2, 40], torch.float32, True)])
    ModuleBuilder().import_module(second._c, annotator)


def _class_grown_after_annotation():
    scripted = _scripted(Holder(a=1))
    class_type = scripted._c._type()
    annotator = ClassAnnotator()
    annotator.exportNone(class_type)
    annotator.exportPath(class_type, ["forward"])
    for i in range(8):
        scripted._c._register_attribute(f"extra{i}", torch._C.IntType.get(), i)
    mb = ModuleBuilder()
    mb.import_module(scripted._c, annotator)
    assert mb.module.operation.verify()
    return mb.module


def _conjugate_view():
    # A conjugate view shares the unconjugated storage of its base.
    return _import_attributes(t=torch.tensor([1 + 2j, 3 - 4j]).conj())


def _builder_outlives_users_context():
    with ir.Context() as context:
        mb = ModuleBuilder(context)
    del context
    gc.collect()
    mb.import_module(_scripted(SmallNet())._c)
    assert mb.module.operation.verify()
    return mb.module


def _module_outlives_builder_and_model():
    model = SmallNet()
    module = torchscript.compile(model, torch.ones(2, 40), output_type="raw")
    del model
    gc.collect()  # the ModuleBuilder, the model and its weights are gone
    text = module.operation.get_asm()
    assert module.operation.verify(), text
    # A fresh context: parsing into the same one would rename the blob.
    reparsed = ir.Module.parse(text, ModuleBuilder().context)
    assert str(reparsed) == text, f"round trip changed the module:\n{reparsed}"
    torchscript.run_pipeline_with_repro_report(
        module,
        "builtin.module(torchscript-module-to-torch-backend-pipeline)",
        "object graph whose builder is gone",
    )
    return f"dense_resource={'dense_resource' in text}\n{module}"


def _diagnostics_after_builder_is_gone():
    # The diagnostic printer stays attached to the context (b26de8a): a
    # failing pipeline on a module whose builder is gone still reports.
    module = torchscript.compile(Tanh(), torch.ones(2, 3), output_type="raw")
    gc.collect()
    torchscript.run_pipeline_with_repro_report(
        module,
        "builtin.module(torch-backend-to-linalg-on-tensors-backend-pipeline)",
        "a pipeline that fails",
    )


def _second_builder_on_a_dead_builders_context():
    module = torchscript.compile(Tanh(), torch.ones(2, 3), output_type="raw")
    gc.collect()
    mb = ModuleBuilder(module.context)
    mb.import_module(_scripted(SmallNet())._c)
    assert mb.module.operation.verify() and module.operation.verify()
    return mb.module


def _eager_run_leaves_no_trace() -> str:
    """compile's eager run of a forward that updates all of its state (in
    training mode, so batch norm updates its statistics) changes nothing the
    caller can see; the same forward run for real does."""
    model = hint_models.UpdatesItsState()
    scripted = torch.jit.script(model)
    x = torch.randn(2, 3, 6, 6)
    before = {name: value.clone() for name, value in model.state_dict().items()}
    x_before = x.clone()
    torch.manual_seed(0)
    expected_random = torch.rand(3)
    torch.manual_seed(0)
    try:
        torchscript.compile(scripted, x, output_type="torch")
    except TorchMlirCompilerError:
        pass  # the pipeline cannot keep the state updates; the eager run came first
    unchanged = (
        all(torch.equal(before[name], value) for name, value in model.state_dict().items())
        and torch.equal(x, x_before)
        and torch.equal(torch.rand(3), expected_random)
        and (scripted.calls, scripted.sizes) == (0, [1])
    )
    with torch.no_grad():
        scripted(x)
    changed_by_a_real_run = not torch.equal(before["total"], model.total) and scripted.calls == 1
    return f"unchanged={unchanged} changed_by_a_real_run={changed_by_a_real_run}"


@functools.lru_cache(maxsize=None)
def _conv_archive() -> bytes:
    buffer = io.BytesIO()
    torch.jit.save(torch.jit.script(torch.nn.Conv2d(3, 4, 3).eval()), buffer)
    return buffer.getvalue()


def _cli_on_conv(spec: str, output_type: str = "linalg-on-tensors") -> str:
    """The command line on a saved Conv2d(3, 4, 3) with `--input spec`."""
    path = os.path.join(tempfile.gettempdir(), f"reliability-cli-conv-{os.getpid()}.pt")
    with open(path, "wb") as f:
        f.write(_conv_archive())
    stdout, stderr = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            status = cli_main([path, "--input", spec, "--output-type", output_type])
    finally:
        os.remove(path)
    return f"rc={status}: {stderr.getvalue().strip()} {stdout.getvalue()}"


# Torch backend IR with aten.tensor of a list of lists built at run time (the
# core's linalg lowering segfaults on it).
_NESTED_RUNTIME_LITERAL_IR = """
func.func @forward(%arg0: !torch.vtensor<[?,2],si64>) -> !torch.vtensor<[2,2],si64> {
  %int0 = torch.constant.int 0
  %int2 = torch.constant.int 2
  %none = torch.constant.none
  %false = torch.constant.bool false
  %0 = torch.aten.size.int %arg0, %int0 : !torch.vtensor<[?,2],si64>, !torch.int -> !torch.int
  %1 = torch.prim.ListConstruct %0, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
  %2 = torch.prim.ListConstruct %int2, %0 : (!torch.int, !torch.int) -> !torch.list<int>
  %3 = torch.prim.ListConstruct %1, %2 : (!torch.list<int>, !torch.list<int>) -> !torch.list<list<int>>
  %4 = torch.aten.tensor %3, %none, %none, %false : !torch.list<list<int>>, !torch.none, !torch.none, !torch.bool -> !torch.vtensor<[2,2],si64>
  return %4 : !torch.vtensor<[2,2],si64>
}
"""


def _refuse_torch_ir(text: str):
    from torch_mlir._core_crashes import refuse_what_the_core_crashes_on

    module = ir.Module.parse(text, ModuleBuilder().context)
    refuse_what_the_core_crashes_on(module)
    return "not refused"


def _nested_literal_result() -> str:
    from torch_mlir_e2e_test.linalg_on_tensors_backends.refbackend import (
        RefBackendLinalgOnTensorsBackend,
    )

    module = torchscript.compile(
        NestedLiteral(), torch.zeros(2, 2, dtype=torch.int32), output_type="linalg-on-tensors"
    )
    backend = RefBackendLinalgOnTensorsBackend()
    result = backend.load(backend.compile(module)).forward(np.zeros((2, 2), dtype=np.int32))
    return str(result.tolist())


def _dequantized_matmul_result() -> str:
    from torch_mlir_e2e_test.linalg_on_tensors_backends.refbackend import (
        RefBackendLinalgOnTensorsBackend,
    )

    a, b = torch.randn(3, 4), torch.randn(4, 2)
    module = torchscript.compile(DequantizedMatmul(), [a, b], output_type="linalg-on-tensors")
    backend = RefBackendLinalgOnTensorsBackend()
    result = backend.load(backend.compile(module)).forward(a.numpy(), b.numpy())
    expected = DequantizedMatmul()(a, b)
    return f"equal={torch.allclose(torch.from_numpy(result), expected, atol=1e-6)}"


def _fmod_broadcast_result() -> str:
    from torch_mlir_e2e_test.stablehlo_backends.linalg_on_tensors import (
        LinalgOnTensorsStablehloBackend,
    )

    a, b = torch.tensor([[3.0, -3.5], [-5.0, 7.5]]), torch.tensor([2.0, -3.0])
    module = torchscript.compile(FmodOfBroadcastOperands(), [a, b], output_type="stablehlo")
    backend = LinalgOnTensorsStablehloBackend()
    result = backend.load(backend.compile(module)).forward(a.numpy(), b.numpy())
    assert str(torch.fmod(a, b).tolist()) == str(result.tolist())
    return str(result.tolist())


def _unbatched_cli_outcome() -> str:
    result = _cli_on_conv("3x8x8xf32")
    correct = result.startswith("rc=0:") and "-> tensor<4x6x6xf32>" in result
    refused = result.startswith("rc=1: import_torchscript: error: aten.convolution") and (
        "input for a rank-4 weight" in result
    )
    return f"clean={correct or refused} {result[:400]}"


def _hint_case(case_id, model, example_args, line_text, advice, **compile_kwargs):
    """A pipeline error that names `line_text`'s line of hint_models.py and gives `advice`."""
    with open(hint_models.__file__) as f:
        line = [i for i, text in enumerate(f, 1) if line_text in text]
    assert len(line) == 1, line_text
    return Case(
        case_id,
        lambda: torchscript.compile(
            model(), example_args, output_type="linalg-on-tensors", **compile_kwargs
        ),
        TorchMlirCompilerError,
        [
            f"In your code, at {hint_models.__file__}:{line[0]}:\n    {line_text}",
            "What to change: ",
            advice,
        ],
        repro=True,
        risky=True,  # a pipeline that gets further may crash in the core
    )


# --- The RefBackend invoker: arguments checked against the compiled signature.


@functools.lru_cache(maxsize=None)
def _mlp_invoker(batch: int):
    """Mlp compiled for a [batch, 8] (-1: dynamic) f32 input, loaded on the RefBackend."""
    from torch_mlir_e2e_test.linalg_on_tensors_backends.refbackend import (
        RefBackendLinalgOnTensorsBackend,
    )

    module = _to_linalg(Mlp(), TensorPlaceholder([batch, 8], torch.float32))
    backend = RefBackendLinalgOnTensorsBackend()
    return backend.load(backend.compile(module))


def _run_mlp(batch: int, *arrays):
    return _mlp_invoker(batch).forward(*arrays)


def _mlp_agrees_with_eager(batch: int, array) -> str:
    """Runs `array` (float32, maybe strided or empty) and compares with eager."""
    import numpy as np

    result = _run_mlp(batch, array)
    with torch.no_grad():
        expected = Mlp()(torch.from_numpy(np.array(array, dtype=np.float32, order="C"))).numpy()
    close = result.shape == expected.shape and np.allclose(result, expected, atol=1e-6)
    return f"shape={list(result.shape)} agrees={close}"


def _rand(*shape, dtype="float32"):
    import numpy as np

    return np.random.default_rng(0).random(shape).astype(dtype)


def _runtime_check_of_two_dynamic_dims():
    from torch_mlir_e2e_test.linalg_on_tensors_backends.refbackend import (
        RefBackendLinalgOnTensorsBackend,
    )

    dynamic = TensorPlaceholder([-1], torch.float32)
    backend = RefBackendLinalgOnTensorsBackend()
    invoker = backend.load(backend.compile(_to_linalg(AddTwo(), [dynamic, dynamic])))
    try:
        invoker.forward(_rand(3), _rand(4))
    finally:
        # The same compiled function still works after a failed check.
        assert invoker.forward(_rand(2), _rand(2)).shape == (2,)


def _printed_with_resources_elided() -> str:
    module = torchscript.compile(SmallNet(), torch.ones(2, 40), output_type="linalg-on-tensors")
    full = module.operation.get_asm()
    elided = module.operation.get_asm(large_elements_limit=10, large_resource_limit=10)
    return (
        f"blob_in_full={'dialect_resources' in full} "
        f"blob_in_elided={'dialect_resources' in elided} "
        f"elided_is_small={len(elided) * 4 < len(full)}"
    )


def _migration_failed_stages() -> str:
    from torch_mlir import migration

    report = migration.compare(Histc(), torch.ones(4), output_type="linalg-on-tensors")
    return f"torchscript={report.torchscript.failed_stage} pt2={report.pt2.failed_stage}"


_README_EXAMPLE = (
    "import torch\n"
    "from torch_mlir import torchscript\n"
    "model = torch.nn.Linear(3, 4)\n"
    "module = torchscript.compile(model, torch.ones(2, 3), output_type='linalg-on-tensors')\n"
    "print('compiled')\n"
)


def _readme_example_under(*options) -> str:
    result = subprocess.run(
        [sys.executable, *options, "-c", _README_EXAMPLE], capture_output=True, text=True
    )
    last = (result.stderr.strip().splitlines() or [""])[-1]
    return f"rc={result.returncode} stdout={result.stdout.strip()!r} last={last}"


CASES = [
    # ModuleBuilder: non-module / non-function inputs, RecursiveScriptModule vs `._c`.
    Case(
        "builder-context-int",
        lambda: ModuleBuilder(3),
        TypeError,
        ["expects a torch_mlir.ir.Context, got 'int'"],
    ),
    Case(
        "builder-context-is-a-module",
        lambda: ModuleBuilder(ModuleBuilder().module),
        TypeError,
        ["got 'Module'"],
    ),
    Case(
        "import_module-none",
        lambda: ModuleBuilder().import_module(None),
        TypeError,
        ["expects a torch._C.ScriptModule", "got 'NoneType'"],
    ),
    Case(
        "import_module-nn-module",
        lambda: ModuleBuilder().import_module(Tanh()),
        TypeError,
        ["expects a torch._C.ScriptModule", "got 'Tanh'"],
    ),
    Case(
        "import_module-recursive-script-module",
        lambda: ModuleBuilder().import_module(_scripted()),
        TypeError,
        ["pass `scripted._c`", "'RecursiveScriptModule'"],
    ),
    Case(
        "import_module-class-type",
        lambda: ModuleBuilder().import_module(_scripted()._c._type()),
        TypeError,
        ["got 'ClassType'"],
    ),
    Case(
        "import_module-script-function",
        lambda: ModuleBuilder().import_module(_script_function()),
        TypeError,
        ["got 'torch.jit.ScriptFunction'"],
    ),
    Case(
        "import_module-options-as-annotator",
        lambda: ModuleBuilder().import_module(_scripted()._c, ImportOptions()),
        TypeError,
        ["classAnnotator must be a ClassAnnotator, got 'ImportOptions'"],
    ),
    Case(
        "import_module-annotator-as-options",
        lambda: ModuleBuilder().import_module(_scripted()._c, None, ClassAnnotator()),
        TypeError,
        ["importOptions must be an ImportOptions, got 'ClassAnnotator'"],
    ),
    Case(
        "import_function-script-method",
        lambda: ModuleBuilder().import_function(_scripted().forward),
        TypeError,
        ["expects a torch.jit.ScriptFunction", "got 'ScriptMethod'"],
    ),
    Case(
        "unbound-method-on-another-object",
        lambda: ModuleBuilder.import_module(3, _scripted()._c),
        TypeError,
        ["expected a ModuleBuilder, got 'int'"],
        risky=True,
    ),
    # Objects whose __init__ never ran (segfaulted / read garbage before 1ccc798).
    Case(
        "uninitialized-builder-module",
        lambda: _uninitialized(ModuleBuilder).module,
        TypeError,
        ["ModuleBuilder object is not initialized"],
        risky=True,
    ),
    Case(
        "uninitialized-builder-import",
        lambda: _uninitialized(ModuleBuilder).import_module(_scripted()._c),
        TypeError,
        ["ModuleBuilder object is not initialized"],
        risky=True,
    ),
    Case(
        "uninitialized-annotator-repr",
        lambda: repr(_uninitialized(ClassAnnotator)),
        TypeError,
        ["ClassAnnotator object is not initialized"],
        risky=True,
    ),
    Case(
        "uninitialized-annotator-import",
        lambda: ModuleBuilder().import_module(_scripted()._c, _uninitialized(ClassAnnotator)),
        TypeError,
        ["ClassAnnotator object is not initialized"],
        risky=True,
    ),
    Case(
        "uninitialized-options-field",
        lambda: _uninitialized(ImportOptions).assumeTensorsHaveValueSemantics,
        TypeError,
        ["ImportOptions object is not initialized"],
        risky=True,
    ),
    Case(
        "uninitialized-options-import",
        lambda: ModuleBuilder().import_module(_scripted()._c, None, _uninitialized(ImportOptions)),
        TypeError,
        ["ImportOptions object is not initialized"],
        risky=True,
    ),
    # ClassAnnotator: class types, paths, argument annotations.
    Case(
        "annotator-export-none-none",
        lambda: ClassAnnotator().exportNone(None),
        TypeError,
        ["rootClassType must be a torch.ClassType", "got None"],
        risky=True,
    ),
    Case(
        "annotator-export-path-none",
        lambda: ClassAnnotator().exportPath(None, ["forward"]),
        TypeError,
        ["rootClassType must be a torch.ClassType"],
        risky=True,
    ),
    Case(
        "annotator-annotate-args-none",
        lambda: ClassAnnotator().annotateArgs(None, ["forward"], [None, None]),
        TypeError,
        ["rootClassType must be a torch.ClassType"],
        risky=True,
    ),
    Case(
        "annotator-recursive-script-module",
        lambda: ClassAnnotator().exportNone(_scripted()),
        TypeError,
        ["incompatible function arguments", "torch.ClassType"],
    ),
    Case(
        "annotator-script-module-c",
        lambda: ClassAnnotator().exportNone(_scripted()._c),
        TypeError,
        ["incompatible function arguments", "torch.ClassType"],
    ),
    Case(
        "annotator-path-is-a-string",
        lambda: ClassAnnotator().exportPath(_scripted()._c._type(), "forward"),
        TypeError,
        ["incompatible function arguments"],
    ),
    Case(
        "annotator-export-missing-method",
        lambda: ClassAnnotator().exportPath(_scripted()._c._type(), ["backward"]),
        ValueError,
        ["does not have a method or attribute called 'backward'"],
    ),
    Case(
        "annotate-args-missing-method",
        lambda: _annotate([None], method="backward"),
        RuntimeError,
        ["Couldn't find method: 'backward'"],
    ),
    Case(
        "annotate-args-wrong-arity",
        lambda: _annotate([None]),
        ValueError,
        ["one argument annotation per function parameter", "is: 1.", "is: 2."],
    ),
    Case(
        "annotate-args-too-many",
        lambda: _annotate([None, None, None]),
        ValueError,
        ["one argument annotation per function parameter", "is: 3."],
    ),
    Case(
        "annotate-args-dtype-string",
        lambda: _annotate([None, ([2], "f32", True)]),
        ValueError,
        ["unsupported scalar type 'f32'"],
    ),
    Case(
        "annotate-args-dtype-int",
        lambda: _annotate([None, ([2], 6, True)]),
        ValueError,
        ["unsupported scalar type '6'"],
    ),
    Case(
        "annotate-args-two-fields",
        lambda: _annotate([None, ([2], torch.float32)]),
        ValueError,
        ["must be None or a 3-sequence"],
    ),
    Case(
        "annotate-args-negative-dim",
        lambda: _annotate([None, ([2, -2], torch.float32, True)]),
        ValueError,
        [">= 0 or -1 (unknown), got -2"],
    ),
    Case(
        "annotate-args-shape-not-a-sequence",
        lambda: _annotate([None, (2, torch.float32, True)]),
        ValueError,
        ["shape must be a sequence of ints, got '2'"],
    ),
    Case(
        "annotate-args-dim-beyond-int64",
        lambda: _annotate([None, ([2**64], torch.float32, True)]),
        ValueError,
        ["does not fit in 64 bits"],
    ),
    Case(
        "annotate-args-value-semantics-not-bool",
        lambda: _annotate([None, ([2], torch.float32, "yes")]),
        ValueError,
        ["hasValueSemantics must be a bool, got 'yes'"],
    ),
    Case(
        "annotate-args-shape-on-an-int-argument",
        _type_bound_on_an_int_argument,
        RuntimeError,
        ["'torch.type_bound' must be attached to an argument of !torch.tensor"],
    ),
    Case(
        "annotate-args-unsupported-dtype",
        lambda: torchscript.compile(Tanh(), TensorPlaceholder([2], torch.uint16)),
        Exception,
        ["Object Graph IR import failed", "unsupported PyTorch scalar type: UInt16"],
    ),
    Case(
        "annotator-two-loads-of-one-archive",
        _two_loads_one_annotator,
        ValueError,
        [
            "class '__torch__.reliability_models.SmallNet' was annotated as a different class "
            "type of the same name"
        ],
        risky=True,
    ),
    Case(
        "annotator-class-grown-after-annotation",
        _class_grown_after_annotation,
        None,
        [
            'torch.attr private "a"',
            'torch.attr "extra0" : !torch.int',
            'torch.attr "extra7" : !torch.int',
            'torch.method "forward"',
        ],
        risky=True,
    ),
    Case(
        "extract-annotations-script-module-c",
        lambda: extract_annotations(Tanh(), _scripted()._c, ClassAnnotator()),
        AttributeError,
        ["'_c'"],
    ),
    # Malformed JIT graphs (hand-written IR) given to import_function.
    *[
        Case(
            f"malformed-graph-{name}",
            functools.partial(_import_graph, text),
            RuntimeError,
            [
                "malformed graph: " + _MALFORMED_MESSAGES[name],
                "while importing node:",
                "in function 'malformed'",
            ],
            risky=True,
        )
        for name, text in _MALFORMED_GRAPHS.items()
    ],
    # Unsupported IValues and types in the object graph, with their attribute path.
    Case(
        "attribute-enum",
        lambda: _import_attributes(color=Color.RED),
        ValueError,
        ["unable to map Torch type 'Enum<__torch__.reliability_models.Color>'", "<root>.color"],
    ),
    Case(
        "attribute-custom-class",
        lambda: _import_attributes(conv=torch.ao.nn.quantized.Conv2d(1, 1, 1)),
        ValueError,
        [
            "Conv2dPackedParamsBase",
            "custom classes other than LinearPackedParamsBase",
            "<root>.conv._packed_params",
        ],
    ),
    Case(
        "attribute-generator",
        lambda: _import_attributes(rng=torch.Generator()),
        ValueError,
        ["Unsupported ivalue: Generator", "<root>.rng"],
        risky=True,
    ),
    Case(
        "attribute-generator-in-tuple",
        lambda: _import_attributes(pair=(1, torch.Generator())),
        ValueError,
        ["Unsupported ivalue: Generator", "<root>.pair.1"],
        risky=True,
    ),
    Case(
        "attribute-complex-scalar",
        lambda: _import_attributes(z=1 + 2j),
        ValueError,
        ["unable to map Torch type 'complex'", "<root>.z"],
    ),
    Case(
        "attribute-sparse-tensor",
        lambda: _import_attributes(t=torch.ones(2).to_sparse()),
        ValueError,
        ["tensors with layout Sparse cannot be imported", "<root>.t"],
        risky=True,
    ),
    Case(
        "attribute-sparse-csr-tensor",
        lambda: _import_attributes(t=torch.eye(2).to_sparse_csr()),
        ValueError,
        ["tensors with layout SparseCsr cannot be imported"],
        risky=True,
    ),
    Case(
        "attribute-mkldnn-tensor",
        lambda: _import_attributes(t=torch.ones(2).to_mkldnn()),
        ValueError,
        ["tensors with layout Mkldnn cannot be imported"],
        risky=True,
    ),
    Case(
        "attribute-meta-tensor",
        lambda: _import_attributes(t=torch.empty(2, device="meta")),
        ValueError,
        ["meta tensors have no data to import", "<root>.t"],
        risky=True,
    ),
    Case(
        "attribute-nested-tensor",
        lambda: _import_attributes(t=torch.nested.nested_tensor([torch.ones(2), torch.ones(3)])),
        ValueError,
        ["nested tensors cannot be imported", "<root>.t"],
        risky=True,
    ),
    Case(
        "attribute-jagged-nested-tensor",
        lambda: _import_attributes(
            t=torch.nested.nested_tensor([torch.ones(2), torch.ones(3)], layout=torch.jagged)
        ),
        ValueError,
        ["tensors with layout Jagged cannot be imported"],
        risky=True,
    ),
    Case(
        "attribute-uint16-tensor",
        lambda: _import_attributes(t=torch.ones(2, dtype=torch.uint16)),
        ValueError,
        ["unsupported PyTorch scalar type: UInt16", "<root>.t"],
    ),
    Case(
        "attribute-float8-e8m0-tensor",
        lambda: _import_attributes(t=torch.ones(2, dtype=torch.float8_e8m0fnu)),
        ValueError,
        ["unsupported PyTorch scalar type: Float8_e8m0fnu"],
    ),
    Case(
        "attribute-qint32-tensor",
        lambda: _import_attributes(
            t=torch.quantize_per_tensor(torch.ones(2), 0.5, 0, torch.qint32)
        ),
        ValueError,
        ["unsupported PyTorch scalar type: QInt32"],
    ),
    Case(
        "attribute-per-channel-quantized-tensor",
        lambda: _import_attributes(
            t=torch.quantize_per_channel(
                torch.ones(2, 2), torch.tensor([0.1, 0.2]), torch.tensor([0, 0]), 0, torch.qint8
            )
        ),
        ValueError,
        ["Unsupported quantization scheme 'per_channel_affine'"],
    ),
    Case(
        "attribute-storage-aliasing-slice",
        lambda: (lambda t: _import_attributes(a=t, b=t[1:]))(torch.ones(4)),
        ValueError,
        ["shares storage with another tensor", "<root>.b"],
    ),
    Case(
        "attribute-storage-aliasing-view",
        lambda: (lambda t: _import_attributes(a=t, nested=Holder(b=t.view(2, 2))))(torch.ones(4)),
        ValueError,
        ["shares storage with another tensor", "<root>.nested.b"],
    ),
    Case(
        "attribute-conjugate-view",
        _conjugate_view,
        None,
        ["dense<[(1.000000e+00,-2.000000e+00), (3.000000e+00,4.000000e+00)]>"],
        risky=True,
    ),
    Case(
        "two-compilation-units",
        lambda: _import(Parent(_load_archive())),
        ValueError,
        ["found two compilation units while importing", "<root>.child"],
    ),
    Case(
        "two-compilation-units-compile",
        lambda: torchscript.compile(Parent(_load_archive()), torch.ones(2, 40)),
        Exception,
        ["Object Graph IR import failed", "found two compilation units"],
    ),
    # torchscript.compile: models, methods, example args.
    Case(
        "compile-int",
        lambda: torchscript.compile(3, torch.ones(2)),
        TypeError,
        ["expects a torch.nn.Module or torch.jit.ScriptModule, got 'int'"],
    ),
    Case(
        "compile-function",
        lambda: torchscript.compile(torch.tanh, torch.ones(2)),
        TypeError,
        ["got 'builtin_function_or_method'"],
    ),
    Case(
        "compile-script-function",
        lambda: torchscript.compile(_script_function(), torch.ones(2)),
        TypeError,
        ["got 'ScriptFunction'"],
    ),
    Case(
        "compile-script-module-c",
        lambda: torchscript.compile(_scripted()._c, torch.ones(2)),
        TypeError,
        ["the torch._C.ScriptModule `._c` of one"],
    ),
    Case(
        "compile-missing-method",
        lambda: torchscript.compile(Tanh(), _method("backward")),
        AttributeError,
        ["'Tanh' object has no attribute 'backward'"],
    ),
    Case(
        "compile-method-is-an-attribute",
        lambda: torchscript.compile(Tanh(), _method("training")),
        AttributeError,
        ["'Tanh.training' is a 'bool', not a method"],
    ),
    Case(
        "compile-dict-among-args",
        lambda: torchscript.compile(Mm(), [torch.ones(2, 2), {"rhs": torch.ones(2, 2)}]),
        Exception,
        ["Only Tensor's, TensorPlaceholder's", "Got '{'rhs': tensor("],
    ),
    Case(
        "compile-too-many-args",
        lambda: torchscript.compile(Tanh(), [torch.ones(2), torch.ones(2)]),
        ValueError,
        ["one argument annotation per function parameter", "is: 3."],
    ),
    Case(
        "compile-no-args",
        lambda: torchscript.compile(Tanh(), []),
        ValueError,
        ["one argument annotation per function parameter", "is: 1."],
    ),
    Case(
        "compile-negative-dim",
        lambda: torchscript.compile(Tanh(), TensorPlaceholder([-3, 2], torch.float32)),
        ValueError,
        [">= 0 or -1 (unknown), got -3"],
    ),
    Case(
        "compile-placeholder-dtype-string",
        lambda: torchscript.compile(Tanh(), TensorPlaceholder([2], "float32")),
        ValueError,
        ["unsupported scalar type 'float32'"],
    ),
    Case(
        "compile-placeholder-float-dims",
        lambda: torchscript.compile(Tanh(), TensorPlaceholder([2.5], torch.float32)),
        ValueError,
        ["shape must be a sequence of ints"],
    ),
    Case(
        "compile-nested-tensor-arg",
        lambda: torchscript.compile(
            Tanh(), torch.nested.nested_tensor([torch.ones(2), torch.ones(3)])
        ),
        RuntimeError,
        ["NestedTensorImpl doesn't support sizes"],
        risky=True,
    ),
    # Example inputs eager PyTorch refuses are refused before import.
    Case(
        "compile-wrong-rank",
        lambda: _to_linalg(Mm(), [torch.ones(2, 3, 4), torch.ones(3)]),
        ExampleInputsRefusedError,
        [
            "eager PyTorch refuses the example inputs of 'forward' (tensor [2x3x4] "
            "torch.float32, tensor [3] torch.float32)",
            "self must be a matrix",
        ],
    ),
    Case(
        "compile-mismatched-dims",
        lambda: _to_linalg(Mm(), [torch.ones(2, 3), torch.ones(4, 5)]),
        ExampleInputsRefusedError,
        ["mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)"],
    ),
    Case(
        "compile-int64-input-to-a-float-conv",
        lambda: _to_linalg(torch.nn.Conv2d(3, 4, 3), torch.randint(0, 3, (1, 3, 6, 6))),
        ExampleInputsRefusedError,
        [
            "eager PyTorch refuses the example inputs",
            "tensor [1x3x6x6] torch.int64",
            "Input type (long int) and bias type (float) should be the same",
        ],
    ),
    Case(
        "compile-int64-placeholder-to-a-float-conv",
        lambda: _to_linalg(torch.nn.Conv2d(3, 4, 3), TensorPlaceholder([1, 3, 6, 6], torch.int64)),
        ExampleInputsRefusedError,
        [
            "TensorPlaceholder [1x3x6x6] torch.int64",
            "filled with ones, then with zeros",
            "Input type (long int) and bias type (float) should be the same",
        ],
    ),
    Case(
        "compile-eager-run-leaves-no-trace",
        _eager_run_leaves_no_trace,
        None,
        ["unchanged=True changed_by_a_real_run=True"],
    ),
    Case(
        "compile-unbatched-conv-without-preparation",
        lambda: torchscript.compile(
            torch.nn.Conv2d(3, 4, 3).eval(),
            torch.randn(3, 3, 8),
            output_type="linalg-on-tensors",
            prepare=False,
        ),
        ValueError,
        ["aten.convolution (at ", "has a rank-3 input for a rank-4 weight", "x.unsqueeze(0)"],
        risky=True,
    ),
    Case(
        "compile-fmod-of-broadcast-operands-to-stablehlo-without-preparation",
        lambda: torchscript.compile(
            FmodOfBroadcastOperands(),
            [torch.randn(3, 4), torch.randn(4)],
            output_type="stablehlo",
            prepare=False,
        ),
        ValueError,
        [
            "torch.fmod (at ",
            "reliability_models.py",
            "of operands of shapes [3,4] and [4]",
            "does not broadcast them",
        ],
        risky=True,
    ),
    Case(
        "compile-dequantized-matmul-without-preparation",
        lambda: torchscript.compile(
            DequantizedMatmul(),
            [torch.randn(3, 4), torch.randn(4, 2)],
            output_type="linalg-on-tensors",
            prepare=False,
        ),
        ValueError,
        ["aten.mm (at ", "reliability_models.py", "of a dequantized tensor", "prepare=True"],
        risky=True,
    ),
    Case(
        "compile-dequantized-matmul",
        lambda: _dequantized_matmul_result(),
        None,
        ["equal=True"],
        risky=True,
    ),
    Case(
        "compile-fmod-of-broadcast-operands-to-stablehlo",
        lambda: _fmod_broadcast_result(),
        None,
        ["[[1.0, -0.5], [-1.0, 1.5]]"],
        risky=True,
    ),
    Case(
        "core-crash-guard-nested-runtime-literal",
        lambda: _refuse_torch_ir(_NESTED_RUNTIME_LITERAL_IR),
        ValueError,
        ["torch.tensor of nested lists", "torch.stack"],
    ),
    Case(
        "compile-nested-literal",
        lambda: _nested_literal_result(),
        None,
        ["[[1, 2], [3, 4]]"],
        risky=True,
    ),
    Case(
        "compile-loop-with-break",
        lambda: torchscript.compile(
            DoublingUntilLarge(),
            TensorPlaceholder([-1], torch.float32),
            output_type="linalg-on-tensors",
        ),
        ValueError,
        ["a loop that can exit early (at ", "reliability_models.py", "ignores the exit"],
        risky=True,
    ),
    Case(
        "compile-unbatched-conv-without-preparation-to-torch",
        lambda: torchscript.compile(
            torch.nn.Conv2d(3, 4, 3).eval(),
            torch.randn(3, 3, 8),
            output_type="torch",
            prepare=False,
        ),
        ValueError,
        ["has a rank-3 input for a rank-4 weight"],
        risky=True,
    ),
    Case(
        "cli-int64-input-on-a-conv",
        lambda: _cli_on_conv("1x3x8x8xi64"),
        None,
        [
            "rc=1: import_torchscript: error: eager PyTorch refuses the example inputs",
            "Input type (long int) and bias type (float) should be the same",
        ],
        risky=True,
    ),
    Case(
        "cli-rank-3-input-with-1-channel-on-a-conv",
        lambda: _cli_on_conv("1x3x8xf32"),
        None,
        ["rc=1:", "expected input[1, 1, 3, 8] to have 3 channels"],
        risky=True,
    ),
    Case(
        "cli-rank-3-input-with-1-channel-on-a-conv-to-torch",
        lambda: _cli_on_conv("1x3x8xf32", "torch"),
        None,
        ["rc=1:", "expected input[1, 1, 3, 8] to have 3 channels"],
        risky=True,
    ),
    # Eager accepts an unbatched input: the result is eager's (the preparation
    # step batches the conv) or, where it does not, the refusal that
    # replaced a segfault; never a crash or a conv of the wrong rank.
    Case(
        "cli-unbatched-input-on-a-conv",
        lambda: _unbatched_cli_outcome(),
        None,
        ["clean=True"],
        risky=True,
    ),
    # Backend-contract errors name the user's line and what to change.
    _hint_case(
        "hint-list-return",
        hint_models.ListReturn,
        torch.ones(2, 4),
        "return [x + 1, x * 2]",
        "return a tuple instead of a list",
        prepare=False,  # prepared, the error is "non-value tensor type", without this hint
    ),
    _hint_case(
        "hint-data-dependent-if",
        hint_models.DataDependentIf,
        torch.ones(2, 4),
        "if x.sum() > 0:",
        "data-dependent if (a condition on tensor values): trace "
        "the model (use_tracing=True) or make the condition a shape",
    ),
    _hint_case(
        "hint-write-into-a-view",
        hint_models.WriteIntoView,
        torch.ones(2, 4),
        "z = torch.zeros_like(x)",
        "an in-place write into a view",
        # The preparation step makes this write functional; the hint is for
        # the core's raw behaviour and for writes it refuses to rewrite.
        prepare=False,
    ),
    _hint_case(
        "hint-raise-under-an-if",
        hint_models.RaiseUnderIf,
        TensorPlaceholder([-1, 4], torch.float32),
        'raise ValueError("batch too large")',
        "the backends cannot raise",
        # With the preparation step the check becomes a runtime assertion.
        prepare=False,
    ),
    _hint_case(
        "hint-interpolate",
        hint_models.Interpolate,
        torch.ones(1, 3, 4, 4),
        'return F.interpolate(x, scale_factor=2.0, mode="nearest")',
        "trace the model (use_tracing=True)",
        prepare=False,
    ),
    Case(
        "hint-training-mode",
        lambda: _to_linalg(hint_models.BatchNormInTraining(), torch.ones(2, 4)),
        TorchMlirCompilerError,
        ["module initializers", "What to change: the model is in training mode", "call .eval()"],
        repro=True,
    ),
    Case(
        "compile-op-the-core-cannot-lower",
        lambda: torchscript.compile(Histc(), torch.ones(4)),
        TorchMlirCompilerError,
        [
            "Lowering TorchScript IR -> Torch Backend IR failed",
            "failed to legalize operation 'torch.operator'",
            "aten.histc",
        ],
        repro=True,
    ),
    # The command line on files that are not (whole) TorchScript archives.
    Case(
        "cli-truncated-archive",
        lambda: _cli(_archive()[: len(_archive()) // 2]),
        None,
        [
            "rc=1 lines=1: import_torchscript: error:",
            "is not a TorchScript archive",
            "failed finding central directory",
        ],
        risky=True,
    ),
    Case(
        "cli-empty-file",
        lambda: _cli(b""),
        None,
        ["rc=1 lines=1:", "is not a TorchScript archive", "not a ZIP archive"],
        risky=True,
    ),
    Case(
        "cli-python-pickle",
        lambda: _cli(pickle.dumps({"weight": [1.0, 2.0]})),
        None,
        ["rc=1 lines=1:", "is not a TorchScript archive"],
        risky=True,
    ),
    Case(
        "cli-torch-save-of-a-module",
        lambda: _cli(_torch_saved(SmallNet())),
        None,
        ["rc=1 lines=1:", "is not a TorchScript archive", "constants.pkl"],
        risky=True,
    ),
    Case(
        "cli-zip-that-is-not-an-archive",
        lambda: _cli(_zip_of_a_text_file()),
        None,
        ["rc=1 lines=1:", "is not a TorchScript archive"],
        risky=True,
    ),
    Case(
        "cli-corrupted-archives",
        _cli_on_corrupted_archives,
        None,
        ["corruptions=24", "unclean=0"],
        risky=True,
    ),
    Case("cli-valid-archive", lambda: _cli(_archive()), None, ["rc=0 lines=0"], risky=True),
    # A ModuleBuilder, its module and its context after the user let go of them.
    Case(
        "lifetime-builder-outlives-users-context",
        _builder_outlives_users_context,
        None,
        ["torch.nn_module"],
        risky=True,
    ),
    Case(
        "lifetime-module-outlives-builder-and-model",
        _module_outlives_builder_and_model,
        None,
        ["dense_resource=True", "func.func @forward"],
        risky=True,
    ),
    Case(
        "lifetime-diagnostics-after-builder-is-gone",
        _diagnostics_after_builder_is_gone,
        TorchMlirCompilerError,
        ["a pipeline that fails failed with the following diagnostics:", "error:"],
        risky=True,
    ),
    Case(
        "lifetime-second-builder-on-a-dead-builders-context",
        _second_builder_on_a_dead_builders_context,
        None,
        ["SmallNet"],
        risky=True,
    ),
    # The RefBackend invoker (these aborted the process or returned garbage before 2f6c1ed).
    Case(
        "refbackend-other-batch-size",
        lambda: _run_mlp(2, _rand(3, 8)),
        ValueError,
        [
            "argument 0 of forward() has the wrong size of dim 0",
            "expected tensor<2x8xf32> (shape [2, 8], dtype float32)",
            "got an array of shape [3, 8] and dtype float32",
        ],
        risky=True,
    ),
    Case(
        "refbackend-wrong-static-dim-of-a-dynamic-batch",
        lambda: _run_mlp(-1, _rand(5, 7)),
        ValueError,
        [
            "wrong size of dim 1",
            "expected tensor<?x8xf32> (shape [?, 8]",
            "got an array of shape [5, 7]",
        ],
        risky=True,
    ),
    Case(
        "refbackend-wrong-rank",
        lambda: _run_mlp(-1, _rand(8)),
        ValueError,
        ["argument 0 of forward() has the wrong rank", "got an array of shape [8]"],
        risky=True,
    ),
    Case(
        "refbackend-float64-for-float32",
        lambda: _run_mlp(2, _rand(2, 8, dtype="float64")),
        ValueError,
        ["has the wrong dtype", "dtype float32)", "and dtype float64"],
        risky=True,
    ),
    Case(
        "refbackend-int64-for-float32",
        lambda: _run_mlp(2, _rand(2, 8, dtype="int64")),
        ValueError,
        ["has the wrong dtype", "and dtype int64"],
        risky=True,
    ),
    Case(
        "refbackend-extra-argument",
        lambda: _run_mlp(2, _rand(2, 8), _rand(2, 8)),
        ValueError,
        ["forward() takes 1 argument(s) (tensor<2x8xf32>), got 2"],
        risky=True,
    ),
    Case(
        "refbackend-missing-argument",
        lambda: _run_mlp(2),
        ValueError,
        ["forward() takes 1 argument(s)", "got 0"],
        risky=True,
    ),
    Case(
        "refbackend-not-an-array",
        lambda: _run_mlp(2, torch.ones(2, 8)),
        TypeError,
        ["Unsupported argument for the RefBackend", "argument 0 of forward() is a Tensor"],
        risky=True,
    ),
    Case(
        "refbackend-transposed-array",
        lambda: _mlp_agrees_with_eager(2, _rand(8, 2).T),
        None,
        ["shape=[2, 4] agrees=True"],
        risky=True,
    ),
    Case(
        "refbackend-transposed-array-dynamic-batch",
        lambda: _mlp_agrees_with_eager(-1, _rand(8, 5).T),
        None,
        ["shape=[5, 4] agrees=True"],
        risky=True,
    ),
    Case(
        "refbackend-size-one-dim-with-numpy-strides",
        lambda: _mlp_agrees_with_eager(-1, _rand(8, 1).T),
        None,
        ["shape=[1, 4] agrees=True"],
        risky=True,
    ),
    Case(
        "refbackend-empty-batch",
        lambda: _mlp_agrees_with_eager(-1, _rand(0, 8)),
        None,
        ["shape=[0, 4] agrees=True"],
        risky=True,
    ),
    Case(
        "refbackend-big-endian-array",
        lambda: _mlp_agrees_with_eager(2, _rand(2, 8).astype(">f4")),
        None,
        ["shape=[2, 4] agrees=True"],
        risky=True,
    ),
    Case(
        "refbackend-failed-runtime-check",
        _runtime_check_of_two_dynamic_dims,
        RuntimeError,
        ["A runtime check failed in forward(): mismatched size for broadcast", "aten::add"],
        risky=True,
    ),
    # torchscript.compile's arguments.
    Case(
        "compile-legal-ops-a-string",
        lambda: torchscript.compile(Tanh(), torch.ones(2), backend_legal_ops="aten.linear"),
        TypeError,
        [
            "backend_legal_ops must be a list of op names",
            "got the string 'aten.linear': pass ['aten.linear']",
        ],
    ),
    Case(
        "compile-legal-ops-unknown-op",
        lambda: torchscript.compile(Tanh(), torch.ones(2), backend_legal_ops=["aten.lienar"]),
        ValueError,
        ["unknown op 'aten.lienar'", "did you mean 'aten.linear'?"],
    ),
    Case(
        "compile-legal-ops-missing-overload",
        lambda: torchscript.compile(Tanh(), torch.ones(2), backend_legal_ops=["aten.flatten"]),
        ValueError,
        ["'aten.flatten' names no overload of aten::flatten", "'aten.flatten.using_ints'"],
    ),
    Case(
        "compile-legal-ops-not-a-name",
        lambda: torchscript.compile(Tanh(), torch.ones(2), backend_legal_ops=["linear"]),
        ValueError,
        ["'linear' is not an op name such as 'aten.linear'"],
    ),
    Case(
        "compile-output-type-none",
        lambda: torchscript.compile(Tanh(), torch.ones(2), output_type=None),
        ValueError,
        ['one of "raw", "torch", "linalg-on-tensors", "tosa", "stablehlo"; got None'],
    ),
    Case(
        "compile-output-type-near-miss",
        lambda: torchscript.compile(Tanh(), torch.ones(2), output_type="stablhlo"),
        ValueError,
        ["got 'stablhlo'", 'did you mean "stablehlo"?'],
    ),
    Case(
        "compile-under-warnings-as-errors",
        lambda: _readme_example_under("-W", "error"),
        None,
        [
            "rc=1 stdout=''",
            "TorchScriptDeprecationWarning: torch_mlir.torchscript.compile",
            "warnings.filterwarnings('ignore', category=TorchScriptDeprecationWarning)",
        ],
        risky=True,
    ),
    Case(
        "compile-under-warnings-as-errors-with-the-filter",
        lambda: _readme_example_under("-W", "error", "-W", "ignore::DeprecationWarning"),
        None,
        ["rc=0 stdout='compiled'"],
        risky=True,
    ),
    # Printing large weights; migration's failed stage.
    Case(
        "print-resources-elided",
        _printed_with_resources_elided,
        None,
        ["blob_in_full=True blob_in_elided=False elided_is_small=True"],
    ),
    Case(
        "migration-names-the-torch-backend-stage",
        _migration_failed_stages,
        None,
        ["torchscript=torch-backend"],
        risky=True,
    ),
]

_BY_ID = {case.id: case for case in CASES}
assert len(_BY_ID) == len(CASES), "case ids must be unique"


@pytest.fixture(scope="module")
def child_records():
    """The records of every risky case, run in child processes on first use."""
    records = {}

    def get(case_id):
        if not records:
            quiet = [case.id for case in CASES if case.risky]
            records.update(run_cases_in_child("test_bad_input", quiet))
        return records[case_id]

    return get


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_bad_input(case, child_records):
    if case.risky:
        record = child_records(case.id)
    else:
        with _quiet():
            record = run_case(case.id, case.run)
    assert_outcome(record, case.error, case.fragments)
    if case.repro:
        match = re.search(r"^\$ torch-mlir-opt -pass-pipeline='.*' (\S+)$", record["message"], re.M)
        assert match, record["message"]
        with open(match.group(1)) as f:
            assert "func.func" in f.read()


def test_risky_cases_ran_in_children_that_exited_normally(child_records):
    assert child_records("<exit codes>")["codes"] == [0]


@contextlib.contextmanager
def _quiet():
    import warnings

    with warnings.catch_warnings():
        quiet_torchscript_warnings()
        yield


_SHUTDOWN_SCRIPT = """
import gc, sys, torch
sys.path.insert(0, {here!r})
import reliability_support
reliability_support.quiet_torchscript_warnings()
from torch_mlir import torchscript
from torch_mlir.jit_ir_importer import ModuleBuilder
from reliability_models import SmallNet, Tanh

# Left alive at exit: a builder in a global, one in a reference cycle with its
# module and a model, a module whose builder is gone, a builder whose import
# failed, and a failed pipeline's diagnostics.
kept = ModuleBuilder()
kept.import_module(torch.jit.script(SmallNet())._c)
cycle = {{"mb": ModuleBuilder(), "model": SmallNet()}}
cycle["mb"].import_module(torch.jit.script(cycle["model"])._c)
cycle["module"], cycle["self"] = cycle["mb"].module, cycle
orphan = torchscript.compile(SmallNet(), torch.ones(2, 40), output_type="raw")
failed = ModuleBuilder()
try:
    failed.import_module(torch.jit.script(SmallNet()))
except TypeError:
    pass
try:
    torchscript.compile(Tanh(), [torch.ones(2, 3, 4)], output_type="linalg-on-tensors")
except Exception:
    pass
del cycle
print("exiting")
"""


def test_interpreter_exit_with_live_builders_and_modules():
    """The process exits normally with builders, modules, contexts and
    dense_resource blobs still alive (some only in a reference cycle)."""
    result = subprocess.run(
        [sys.executable, "-c", _SHUTDOWN_SCRIPT.format(here=HERE)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "exiting\n"
    assert result.stderr == ""
