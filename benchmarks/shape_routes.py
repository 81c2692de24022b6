"""The two routes to fully shaped torch backend IR, measured side by side.

1. `observed`: what `compile` does. The prepared graph runs once on the
   example inputs (the shape observation, which is also the eager check), the
   importer types every value whose shape only the argument shapes decide, and
   the core's torch-backend pipeline starts from shaped IR.
2. `fixpoint`: no observation (the eager check runs on its own). The core's
   pipeline runs on the untyped import, then rounds of `canonicalize` and
   `torch-lower-to-backend-contract` (its shape and dtype refinement) until the
   number of tensor types with a `?` dim stops changing.

For each model of `benchmarks.models` and each route, a fresh process
compiles to "torch" and reports the seconds and the tensor types left with a
`?` dim. Run from the repository root:

    .venv/bin/python -m benchmarks.shape_routes [--models bert,gpt2] [--output FILE]

It prints a table and writes JSON (default benchmarks/results/shape_routes.json).
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time
import warnings

ROUTES = ("observed", "fixpoint")
# One extra round of the core's refinement after the backend contract is met.
_REFINE_ROUND = (
    "builtin.module(func.func(canonicalize),"
    " torch-lower-to-backend-contract{max-iterations=10 decompose=true})"
)
_MAX_ROUNDS = 5


def _unshaped(module) -> int:
    return sum("?" in sizes for sizes in re.findall(r"vtensor<\[([^\]]*)\]", str(module)))


def _observed(model, inputs) -> dict:
    from torch_mlir.torchscript import compile

    start = time.perf_counter()
    module = compile(model, inputs, output_type="torch")
    return {"seconds": time.perf_counter() - start, "unshaped": _unshaped(module), "rounds": 0}


def _fixpoint(model, inputs) -> dict:
    from torch_mlir._example_check import refuse_what_eager_refuses
    from torch_mlir._torchscript.arguments import class_annotator_for, legal_ops
    from torch_mlir._torchscript.importing import import_object_graph, preparation_for
    from torch_mlir._torchscript.lowering import lower_to_torch_backend
    from torch_mlir._torchscript.scripting import to_torchscript
    from torch_mlir.passmanager import PassManager
    from torch_mlir.torchscript import ExampleArgs

    start = time.perf_counter()
    example_args = ExampleArgs.get(inputs)
    scripted = to_torchscript(model, example_args, False, False)
    refuse_what_eager_refuses(scripted, example_args)
    preparation, bound_defaults = preparation_for(scripted, example_args)
    preparation.runners.clear()  # no observation: the importer types nothing
    annotator = class_annotator_for(scripted, example_args, bound_defaults)
    module = import_object_graph(scripted, annotator, False, preparation).module
    lower_to_torch_backend(module, legal_ops(None, "torch"), "", False)
    unshaped, rounds = _unshaped(module), 0
    while rounds < _MAX_ROUNDS:
        with module.context:
            PassManager.parse(_REFINE_ROUND).run(module.operation)
        rounds += 1
        now = _unshaped(module)
        if now == unshaped:
            break
        unshaped = now
    return {"seconds": time.perf_counter() - start, "unshaped": unshaped, "rounds": rounds}


def _child(model_name: str, route: str) -> dict:
    warnings.simplefilter("ignore")
    from benchmarks.models import MODELS_BY_NAME

    spec = MODELS_BY_NAME[model_name]
    model, inputs = spec.build(), spec.example_inputs()
    return (_observed if route == "observed" else _fixpoint)(model, inputs)


def main(argv=None) -> int:
    from benchmarks.models import MODELS_BY_NAME

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default=",".join(MODELS_BY_NAME))
    parser.add_argument("--output", default="benchmarks/results/shape_routes.json")
    parser.add_argument("--child", nargs=2, metavar=("MODEL", "ROUTE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(*args.child)))
        return 0
    results = {}
    print(f"{'model':9}| {'route':9}| {'seconds':>8} | {'? tensors':>9} | rounds")
    for model_name in args.models.split(","):
        for route in ROUTES:
            out = subprocess.run(
                [sys.executable, "-m", "benchmarks.shape_routes", "--child", model_name, route],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            result = json.loads(out.strip().splitlines()[-1])
            results.setdefault(model_name, {})[route] = result
            print(
                f"{model_name:9}| {route:9}| {result['seconds']:8.3f} | "
                f"{result['unshaped']:9d} | {result['rounds']}"
            )
    os.makedirs(os.path.dirname(args.output) or ".", exist_ok=True)
    with open(args.output, "w") as f:
        json.dump(results, f, indent=2)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
