"""Runs the core's pass pipelines in a forked child process.

A bug in a core pass can kill the process (SIGSEGV, an LLVM fatal error's
SIGABRT). Under `isolated_pipelines()` (what `compile(..., isolate=True)`
sets), `run_pipeline_with_lazy_repro_report` runs each pipeline through
`run_in_child`:

* The parent forks. The child inherits the module, runs the pipeline's passes
  one at a time and, before each, tells the parent over a pipe which pass it
  is about to run. On success it writes the lowered module as MLIR bytecode
  to a temporary file; the parent parses it into the module's own context and
  puts it in place of the module's contents, so the caller keeps a normal
  `torch_mlir.ir.Module` (and any Python reference to it stays valid).
* An exception in the child (a failed pass: `TorchMlirCompilerError`) is sent
  over the pipe and raised again in the parent with the same message.
* A child that dies raises `CompilerProcessDied` in the parent, naming the
  signal (or exit status) and the last step the child announced.

Running passes one at a time gives the same result as one pass manager
(passes of a nested pipeline such as `func.func(a, b)` are per-function
anyway); it only drops analyses cached between passes, which the core's
pipelines do not rely on. A crash inside a pass that runs a dynamic pipeline
of its own (`torch-lower-to-backend-contract`) is reported as that pass.
"""

import contextlib
import contextvars
import multiprocessing
import os
import pickle
import signal
import sys
import tempfile
import traceback
import warnings
from typing import Callable, List, Optional, Tuple

from torch_mlir import ir
from torch_mlir.passmanager import PassManager

__all__ = [
    "CompilerProcessDied",
    "isolated_pipelines",
    "isolation_enabled",
    "run_in_child",
    "run_passes_one_by_one",
]

_isolation = contextvars.ContextVar("torch_mlir_isolated_pipelines", default=False)

# Announces the step the child is about to take ("running pass 'cse' (3 of 9)").
Announce = Callable[[str], None]


@contextlib.contextmanager
def isolated_pipelines(enabled: bool = True):
    """Within the block, pass pipelines of the lazy repro runner run in a child."""
    token = _isolation.set(bool(enabled))
    try:
        yield
    finally:
        _isolation.reset(token)


def isolation_enabled() -> bool:
    return _isolation.get()


class CompilerProcessDied(Exception):
    """The child process running a pipeline died before reporting a result."""

    def __init__(self, signal_name: Optional[str], exit_code: Optional[int], last_step: str):
        self.signal_name = signal_name
        self.exit_code = exit_code
        self.last_step = last_step
        if signal_name is not None:
            how = f"was killed by {signal_name}"
        else:
            how = f"exited with status {exit_code}"
        super().__init__(f"the isolated compiler process {how} while {last_step}")


# --- Passes one at a time -------------------------------------------------


def _split_top_level(text: str) -> List[str]:
    """Splits a comma-separated pipeline list, ignoring commas inside () and {}."""
    elements, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char in "({":
            depth += 1
        elif char in ")}":
            depth -= 1
        elif char == "," and depth == 0:
            elements.append(text[start:i].strip())
            start = i + 1
    elements.append(text[start:].strip())
    return [e for e in elements if e]


def _leaf_passes(element: str) -> List[Tuple[str, str]]:
    """(pass name, pipeline text) of each pass of one pipeline element.

    `func.func(a, b{x=1})` gives ("a", "func.func(a)") and ("b", "func.func(b{x=1})").
    """
    brace, paren = element.find("{"), element.find("(")
    is_pass = paren == -1 or (brace != -1 and brace < paren)
    if is_pass:
        name = element if brace == -1 else element[:brace]
        return [(name.strip(), element)]
    anchor, inner = element[:paren].strip(), element[paren + 1 : element.rindex(")")]
    return [
        (name, f"{anchor}({text})")
        for nested in _split_top_level(inner)
        for name, text in _leaf_passes(nested)
    ]


def run_passes_one_by_one(
    pipeline: str, operation, announce: Announce, enable_ir_printing: bool = False
) -> None:
    """Runs `pipeline` on `operation` pass by pass, announcing each pass first.

    The pipeline is parsed whole first, so a bad pipeline string fails as it
    would in one pass manager, and printing the parsed pass manager expands
    registered pipelines into their passes. Some pipelines add passes that are
    not registered by name (the StableHLO one's `chlo-legalize-to-stablehlo`);
    those run whole, announced as the pipeline.
    """
    whole = PassManager.parse(pipeline)
    passes = _leaf_passes(str(whole))
    try:
        pass_managers = [PassManager.parse(text) for _, text in passes]
    except ValueError as error:
        unregistered = str(error).splitlines()[0]
        announce(f"running the pipeline as a whole ({unregistered})")
        pass_managers, passes = [whole], [("", pipeline)]
    for index, ((name, _), pass_manager) in enumerate(zip(passes, pass_managers), start=1):
        if name:
            announce(f"running pass '{name}' ({index} of {len(passes)})")
        if enable_ir_printing:
            pass_manager.enable_ir_printing()
        pass_manager.run(operation)


# --- The child process ----------------------------------------------------


def _reset_thread_pool(context) -> None:
    """Leaves `context` without worker threads before a fork.

    Only the forking thread exists in the child. An MLIR context whose thread
    pool had started workers would queue the child's parallel work to threads
    that are not there and wait forever. Toggling multithreading joins the
    workers and gives the context a fresh pool, which starts its workers on
    first use (in the child, its own). A context that reports one thread has
    multithreading off (or a one-thread pool): it is left off.
    """
    multithreaded = context.get_num_threads() > 1
    context.enable_multithreading(False)
    if multithreaded:
        context.enable_multithreading(True)


def _transportable(error: BaseException) -> BaseException:
    """`error`, or a RuntimeError with its text if it does not survive pickling."""
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")


def _child_main(module, work, writer, result_path: str) -> None:
    """Runs in the child; never returns."""
    status = 0
    try:
        try:
            work(lambda step: writer.send(("step", step)))
        except BaseException as error:
            writer.send(("error", _transportable(error)))
        else:
            writer.send(("step", "writing the result as bytecode"))
            with open(result_path, "wb") as f:
                module.operation.write_bytecode(f)
            writer.send(("done",))
    except BaseException:
        status = 70  # EX_SOFTWARE: e.g. the parent went away
        with contextlib.suppress(BaseException):
            traceback.print_exc()
    finally:
        # The child never returns into the caller's code (a test runner, a
        # server loop) and runs no atexit handlers or destructors.
        with contextlib.suppress(BaseException):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(status)


def _fork() -> int:
    sys.stdout.flush()
    sys.stderr.flush()
    with warnings.catch_warnings():
        # Python 3.12+ warns about forking a multithreaded process; the child
        # only runs MLIR code on the module (see _reset_thread_pool).
        warnings.filterwarnings("ignore", message=".*use of fork\\(\\) may lead to deadlocks")
        return os.fork()


def _receive_until_exit(reader, pid: int):
    """All records the child sent, and its wait status."""
    records = []
    try:
        while True:
            try:
                records.append(reader.recv())
            except EOFError:
                break
        _, wait_status = os.waitpid(pid, 0)
    except BaseException:
        # Interrupted (KeyboardInterrupt): do not leave the child running.
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise
    return records, wait_status


def _died(wait_status: int, last_step: str) -> CompilerProcessDied:
    if os.WIFSIGNALED(wait_status):
        number = os.WTERMSIG(wait_status)
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        return CompilerProcessDied(name, None, last_step)
    return CompilerProcessDied(None, os.waitstatus_to_exitcode(wait_status), last_step)


def _replace_contents(module, lowered) -> None:
    """Moves `lowered`'s attributes and top-level ops into `module`."""
    operation, lowered_operation = module.operation, lowered.operation
    # Iterating an op's attribute map gives the attribute names.
    for name in list(operation.attributes):
        del operation.attributes[name]
    for name in list(lowered_operation.attributes):
        operation.attributes[name] = lowered_operation.attributes[name]
    # Reverse order: users of a top-level op's results go before it.
    for op in reversed(list(module.body.operations)):
        op.erase()
    for op in list(lowered.body.operations):
        module.body.append(op)


def _load_dialects_of(pipeline: str, context) -> None:
    """Loads the dialects `pipeline`'s passes produce into `context`.

    Passes load the dialects they produce when they run, so the child's copy
    of the context knows them but the parent's may not (StableHLO is not in
    the default registry) and could not parse the result. Running the
    pipeline on an empty module loads them; it does no work on the input, and
    runs only after the child ran the same passes on the real module.
    """
    with context:
        handler = context.attach_diagnostic_handler(lambda diagnostic: True)
        try:
            empty = ir.Module.create(ir.Location.unknown())
            PassManager.parse(pipeline).run(empty.operation)
        except ir.MLIRError:
            pass  # a pass that rejects an empty module has loaded its dialects
        finally:
            handler.detach()


def run_in_child(module, work: Callable[[Announce], None], pipeline: str) -> None:
    """Runs `work(announce)` in a forked child; `module` then holds its result.

    `work` transforms `module` in place (in the child) by running `pipeline`
    and calls `announce` before each step. An exception it raises is raised
    here; if the child dies, `CompilerProcessDied` is raised and `module` is
    unchanged.
    """
    context = module.context
    _reset_thread_pool(context)
    reader, writer = multiprocessing.Pipe(duplex=False)
    handle, result_path = tempfile.mkstemp(prefix="torch_mlir_isolated_", suffix=".mlirbc")
    os.close(handle)
    try:
        pid = _fork()
        if pid == 0:
            reader.close()
            _child_main(module, work, writer, result_path)
        writer.close()
        try:
            records, wait_status = _receive_until_exit(reader, pid)
        finally:
            reader.close()
        last = records[-1] if records else ("step", "starting")
        if last[0] == "error":
            raise last[1]
        if last[0] != "done" or wait_status != 0:
            steps = [r[1] for r in records if r[0] == "step"]
            raise _died(wait_status, steps[-1] if steps else "starting")
        _load_dialects_of(pipeline, context)
        # From the file, not from Python bytes: no second copy of the weights.
        lowered = ir.Module.parseFile(result_path, context)
        _replace_contents(module, lowered)
    finally:
        os.unlink(result_path)
