"""Compiles the in-repo models to every output type and checks them against PyTorch.

This is what `make run` executes. For each model of `models.MODELS` and each
output type, `torch_mlir.torchscript.compile` produces the IR; the three
backend output types are then compiled and run on the reference backend
(`torch_mlir_e2e_test`'s RefBackend, directly or via TOSA/StableHLO -> Linalg)
and compared with eager PyTorch. One table summarizes it all.

Each model runs in its own child process, so a crash in native code costs one
model's rows rather than the whole table. Combinations the core is known not
to lower are listed in `EXPECTED_CORE_FAILURES` with the core's error; the
exit status is 0 when everything else is ok and those still fail.

    python examples/run_models.py [--model NAME ...] [--verbose]
"""

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))

OUTPUT_TYPES = ["raw", "torch", "linalg-on-tensors", "tosa", "stablehlo"]

# Output type -> (backend module, backend class) of the reference backends.
BACKENDS = {
    "linalg-on-tensors": (
        "torch_mlir_e2e_test.linalg_on_tensors_backends.refbackend",
        "RefBackendLinalgOnTensorsBackend",
    ),
    "tosa": (
        "torch_mlir_e2e_test.tosa_backends.linalg_on_tensors",
        "LinalgOnTensorsTosaBackend",
    ),
    "stablehlo": (
        "torch_mlir_e2e_test.stablehlo_backends.linalg_on_tensors",
        "LinalgOnTensorsStablehloBackend",
    ),
}

# (model, output type) -> why the core (the torch-mlir wheel) fails it. Listed
# so that the run stays green on what works and goes red on anything new; the
# core's own error line is printed under the table.
# Empty: scripted BERT, which failed on the three backends while its view
# sizes computed from x.shape stayed `?`, lowers now that the shapes observed
# on the example inputs type them (torch_mlir.prepare.observed_shapes).
EXPECTED_CORE_FAILURES: dict = {}

# float32 through different op orderings (and exp/tanh approximations).
TOLERANCE = 1e-4


def _first_error_line(message: str) -> str:
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    for line in lines:
        if "error:" in line:
            return line
    for line in lines:
        if line.startswith("python exception:"):
            return line
    return lines[0] if lines else "(no message)"


@contextlib.contextmanager
def _native_stderr_captured(lines: list):
    """Collects what native code writes to fd 2 (MLIR's default diagnostic
    handler prints there, so some errors never reach the Python exception)."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile(mode="w+") as capture:
        os.dup2(capture.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            capture.seek(0)
            lines.extend(capture.read().splitlines())


def _error_line(exception: Exception, native_lines: list) -> str:
    line = _first_error_line(str(exception))
    if "error:" in line:
        return line
    native_errors = [text.strip() for text in native_lines if "error:" in text]
    return native_errors[0] if native_errors else line


def _run_one_output_type(spec, output_type, verbose):
    import importlib

    import numpy as np
    import torch

    from torch_mlir import torchscript

    model = spec.build()
    inputs = spec.example_inputs()
    row = {"status": "ok", "error": None, "max_abs_error": None}
    start = time.perf_counter()
    native_lines = []
    try:
        with _native_stderr_captured(native_lines):
            module = torchscript.compile(
                model, list(inputs), output_type=output_type, use_tracing=spec.use_tracing
            )
    except Exception as e:
        row.update(status="failed", error=_error_line(e, native_lines))
        return row
    finally:
        row["compile_seconds"] = time.perf_counter() - start
    if verbose:
        print(module, file=sys.stderr)
    if output_type not in BACKENDS:
        return row

    module_name, class_name = BACKENDS[output_type]
    backend = getattr(importlib.import_module(module_name), class_name)()
    native_lines = []
    try:
        with _native_stderr_captured(native_lines):
            invoker = backend.load(backend.compile(module))
            actual = invoker.forward(*[t.numpy() for t in inputs])
    except Exception as e:
        row.update(status="failed", error="backend: " + _error_line(e, native_lines))
        return row
    with torch.no_grad():
        expected = model(*inputs).numpy()
    error = float(np.max(np.abs(np.asarray(actual, dtype=np.float64) - expected)))
    row["max_abs_error"] = error
    if actual.shape != expected.shape or not error <= TOLERANCE:
        row.update(status="failed", error=f"mismatch: max abs error {error:.3g}")
    return row


def run_model(name: str, verbose: bool) -> dict:
    """Child process: all output types of one model; returns rows by output type."""
    sys.path.insert(0, HERE)
    from models import MODELS

    spec = next(s for s in MODELS if s.name == name)
    # The run reports what happened; deprecation chatter is not part of it.
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.simplefilter("ignore", FutureWarning)
    return {t: _run_one_output_type(spec, t, verbose) for t in OUTPUT_TYPES}


def _run_in_child(name: str, verbose: bool) -> dict:
    command = [sys.executable, os.path.abspath(__file__), "--child", name]
    if verbose:
        command.append("--verbose")
    completed = subprocess.run(command, stdout=subprocess.PIPE, text=True)
    if completed.returncode == 0:
        return json.loads(completed.stdout.strip().splitlines()[-1])
    crash = f"crashed (exit status {completed.returncode})"
    return {
        t: {"status": "failed", "error": crash, "max_abs_error": None, "compile_seconds": None}
        for t in OUTPUT_TYPES
    }


def _classify(model, output_type, row):
    expected = (model, output_type) in EXPECTED_CORE_FAILURES
    if row["status"] == "ok":
        return ("XPASS" if expected else "ok"), not expected
    return ("xfail" if expected else "FAILED"), expected


def _format_table(results) -> str:
    header = ["model", "output type", "status", "max abs error", "compile (s)"]
    rows = []
    for model, by_type in results.items():
        for output_type, row in by_type.items():
            status, _ = _classify(model, output_type, row)
            error = row["max_abs_error"]
            seconds = row["compile_seconds"]
            rows.append(
                [
                    model,
                    output_type,
                    status,
                    "-" if error is None else f"{error:.2e}",
                    "-" if seconds is None else f"{seconds:.2f}",
                ]
            )
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
    lines = [" | ".join(h.ljust(w) for h, w in zip(header, widths))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", action="append", help="only these models (repeatable)")
    parser.add_argument("--verbose", action="store_true", help="print each compiled module")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_model(args.child, args.verbose)))
        return 0

    sys.path.insert(0, HERE)
    from models import MODELS

    names = args.model or [spec.name for spec in MODELS]
    start = time.perf_counter()
    results = {name: _run_in_child(name, args.verbose) for name in names}
    print(_format_table(results))

    all_good = True
    for model, by_type in results.items():
        for output_type, row in by_type.items():
            status, good = _classify(model, output_type, row)
            all_good &= good
            if row["error"]:
                print(f"{model} / {output_type}: {status}: {row['error']}")
                if status == "xfail":
                    print(
                        f"    known core limitation: {EXPECTED_CORE_FAILURES[(model, output_type)]}"
                    )
            elif status == "XPASS":
                print(f"{model} / {output_type}: passes now; remove it from EXPECTED_CORE_FAILURES")
    print(f"total {time.perf_counter() - start:.1f} s")
    return 0 if all_good else 1


if __name__ == "__main__":
    sys.exit(main())
