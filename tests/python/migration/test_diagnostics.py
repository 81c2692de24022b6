"""The shared output capture (`torch_mlir._output_capture`) and failure
summaries (`torch_mlir._failure_reasons`), as the migration comparison uses them."""

import os
import sys

from torch_mlir._failure_reasons import error_excerpt, summarize_error
from torch_mlir._output_capture import captured_output, read_captured, with_diagnostics

TRACEBACK = """Traceback (most recent call last):
  File "x.py", line 3, in <module>
    compile(model)
torch_mlir.compiler_utils.TorchMlirCompilerError: Lowering Torch Backend IR -> Linalg failed \
with the following diagnostics:


python exception: Failure while executing pass pipeline
"""


def test_native_and_python_output_is_captured_in_a_file():
    with captured_output() as captured:
        os.write(2, b"loc(unknown): error: from native code\n")
        os.write(1, b"ERROR: Runtime op verification failed\n")
        print("from python", file=sys.stderr)
        print("to stdout")
        # Readable from outside while the block runs (e.g. by a parent
        # process after this one crashed).
        assert "from native code" in read_captured(captured.path, remove=False)
    for line in ["error: from native code", "Runtime op verification", "from python", "to stdout"]:
        assert line in captured.text
    assert not os.path.exists(captured.path)
    assert read_captured(captured.path) == read_captured(None) == ""


def test_python_only_capture_leaves_native_output_alone(capfd):
    with captured_output((2,), native=False) as captured:
        os.write(2, b"from native code\n")
        print("from python", file=sys.stderr)
    assert captured.text == "from python\n"
    assert "from native code" in capfd.readouterr().err


def test_per_stream_files_are_replayed(tmp_path, capfd):
    files = {fd: open(tmp_path / f"out{fd}", "w+b", buffering=0) for fd in (1, 2)}
    with captured_output(files=files, replay=True):
        os.write(1, b"one\n")
        os.write(2, b"two\n")
    assert (tmp_path / "out1").read_bytes() == b"one\n"
    assert (tmp_path / "out2").read_bytes() == b"two\n"
    assert capfd.readouterr() == ("one\n", "two\n")


def test_the_mlir_diagnostic_wins_over_the_exception_line():
    error = with_diagnostics(
        TRACEBACK,
        "loc(\"m.py\":6:0): error: failed to legalize operation 'torch.aten.fft_fft': "
        '%0 = "torch.aten.fft_fft"(%arg0) : (!torch.vtensor<[4],f32>) -> !torch.vtensor',
    )
    assert summarize_error(error) == "failed to legalize operation 'torch.aten.fft_fft'"


def test_the_op_a_diagnostic_is_about_is_named():
    operator = (
        "error: failed to legalize operation 'torch.operator' that was explicitly marked illegal: "
        '%3 = "torch.operator"(%arg0, %1) <{name = "aten.nll_loss_nd"}> : (!torch.vtensor) -> ()'
    )
    assert summarize_error(operator) == (
        "op aten.nll_loss_nd is not in the core's torch dialect (torch.operator), no lowering"
    )
    noted = (
        "error: unsupported by backend contract: tensor with unknown rank\n"
        'note: see current operation: %12 = "torch.aten.binary_cross_entropy"(%arg0) : () -> ()\n'
    )
    assert summarize_error(noted) == (
        "unsupported by backend contract: tensor with unknown rank "
        "(at torch.aten.binary_cross_entropy)"
    )


def test_a_crash_names_the_runtime_check_that_failed():
    crash = with_diagnostics(
        "CRASH: the worker process was killed by signal SIGABRT (6) during torchscript execution",
        "ERROR: Runtime op verification failed\n%107 = memref.load %0[%99] : memref<1x4xf32>\n"
        '^ out-of-bounds access\nLocation: loc(callsite("aten::cross_entropy_loss"("f.py":1:2)))',
    )
    assert summarize_error(crash, "CRASH") == (
        "crash: was killed by signal SIGABRT (6) during torchscript execution: "
        "runtime check failed: out-of-bounds access (in aten::cross_entropy_loss)"
    )


def test_the_exception_line_without_diagnostics():
    assert summarize_error(TRACEBACK) == (
        "torch_mlir.compiler_utils.TorchMlirCompilerError: Lowering Torch Backend IR -> "
        "Linalg failed with the following diagnostics:"
    )
    # An empty first message line (TorchScript's style) takes the next one.
    script_error = (
        'Traceback (most recent call last):\n  File "a.py", line 1\nRuntimeError: \n'
        "Python builtin <built-in function reduce> is currently not supported in Torchscript:\n"
    )
    assert summarize_error(script_error) == (
        "RuntimeError: Python builtin <built-in function reduce> is currently not supported "
        "in Torchscript:"
    )


def test_harness_texts():
    mismatch = (
        '@ trace item #0 - call to "forward"\n@ output of call to "forward"\n'
        "ERROR: value (x) is not close to golden value (y)"
    )
    assert summarize_error(mismatch) == "value (x) is not close to golden value (y)"
    crash = "CRASH: the worker process was killed by signal SIGSEGV (11) during pt2 execution\n"
    assert summarize_error(crash, "CRASH") == (
        "crash: was killed by signal SIGSEGV (11) during pt2 execution"
    )
    assert summarize_error("") == summarize_error(None) == ""
    assert len(summarize_error("x" * 1000)) == 160


def test_excerpt_starts_at_the_exception():
    excerpt = error_excerpt(TRACEBACK)
    assert excerpt.startswith("torch_mlir.compiler_utils.TorchMlirCompilerError")
    long = "\n".join(str(i) for i in range(100))
    assert error_excerpt(long, 5).splitlines() == ["0", "1", "2", "3", "4", "[... 95 more lines]"]
