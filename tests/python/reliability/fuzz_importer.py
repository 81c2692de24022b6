"""Hypothesis fuzzer for the TorchScript importer.

Two families (`--family`); each example is written to a temporary .py file
(TorchScript needs the source) and imported as a Python module.

`--family programs` (the default): a random TorchScript program,

* free functions calling each other, a module with a submodule and a helper
  method, and attributes of every importable kind (tensors, including one
  above the 4 KiB dense-literal limit, ints, floats, bools, lists, dicts,
  tuples, an Optional);
* bodies built from a random DAG of tensor ops (elementwise, broadcasting,
  reductions, where, slicing) and scalar ops, with if/elif, for/while loops,
  list comprehensions, list/tuple/dict values, Optional refinement, early
  returns, raise, attribute writes and calls.

For every program: the functions go through `ModuleBuilder.import_function`
and the module through `import_module`; both modules must verify and survive
a print -> `torch_mlir.ir.Module.parse` -> print round trip unchanged. When
`forward` takes only tensors (the program is annotatable), it is also
compiled through `torchscript-module-to-torch-backend-pipeline`: programs
made only of constructs the pipeline supports must lower, the others may fail
with `TorchMlirCompilerError` but nothing else.

`--family gpt`: GPT-style decoder blocks (the family of
python/torch_mlir_e2e_test/test_suite/gpt_blocks.py, which used to crash the
core's torch-backend pipeline with SIGSEGV), drawn as a `GptConfig`: channels
(a multiple of heads, 8..64), heads (1, 2, 4), depth (1..3 blocks in a
ModuleList), causal or not, the mask as masked_fill with -inf or an additive
0/-inf tril bias, made in forward or sliced from a buffer, applied inline or
under `if self.causal:`; qkv as `.split(c, dim=2)`, `.chunk(3, dim=-1)` or
three Linear layers; attention spelled out (scaled by `/ (c // h) ** 0.5` or
`* (1.0 / math.sqrt(...))`) or `F.scaled_dot_product_attention(is_causal=...)`;
pre- or post-norm; GELU exact or tanh, as nn.GELU or F.gelu, the MLP as an
nn.Sequential or separate layers; dropout layers or none (eval mode);
heads merged with `.contiguous().view(b, t, c)` or `.reshape(b, t, c)`; shapes
read with `x.shape` or `x.size()`; an optional final LayerNorm; an input of
(b 1..3, t 1..16, channels). It is a supported family: the scripted module
must import and round-trip as above, `torchscript.compile` must succeed for
output types "torch" and "linalg-on-tensors" (a `TorchMlirCompilerError` is
a failure), and the linalg module, run on the RefBackend, must match eager
within 1e-4.

CI runs a bounded number of examples (tests/python/reliability/
test_fuzz_importer.py) in a child process, so that a segfault is a failure,
not a dead pytest. A longer run, from the repository root:

    .venv/bin/python -m tests.python.reliability.fuzz_importer --examples 2000
    .venv/bin/python -m tests.python.reliability.fuzz_importer --family gpt --examples 100

(`--seed N` to reproduce a run; a random seed is printed otherwise). A failure
prints hypothesis' shrunk program; a crash leaves the program that was running
in `--keep-dir` (default: a temporary directory, printed on start).
"""

import argparse
import importlib.util
import itertools
import os
import random
import shutil
import sys
import tempfile
import traceback
import warnings
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Set, Tuple

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

# --- Program generation -------------------------------------------------------

# Generator type -> TorchScript annotation. "T" tensors are all 2x3 float32,
# so every elementwise combination is valid; "R" is a rank-0 tensor (it
# broadcasts into a T), "B" a 2x3 bool tensor.
ANNOTATIONS = {
    "T": "torch.Tensor",
    "R": "torch.Tensor",
    "B": "torch.Tensor",
    "i": "int",
    "f": "float",
    "b": "bool",
    "Li": "List[int]",
    "Lf": "List[float]",
    "LT": "List[torch.Tensor]",
    "tup": "Tuple[torch.Tensor, int]",
    "Dst": "Dict[str, torch.Tensor]",
    "Dsf": "Dict[str, float]",
    "Oi": "Optional[int]",
    "OT": "Optional[torch.Tensor]",
}
VALUE_TYPES = ["T", "R", "B", "i", "f", "b", "Li", "Lf", "LT", "tup", "Dst", "Dsf"]

# Constructs the TorchScript -> torch backend pipeline lowers; a program that
# uses anything else may fail there (cleanly). Learned from this fuzzer, all
# core limitations rather than importer bugs: tensors carried through loops
# lose their shapes (the backend contract needs ranks), as do tensors read
# back from mutated lists/dicts and Optional tensors; dict values, attribute
# writes and container attributes are left over as !torch.dict values and
# module initializers the backend contract rejects.
LOWERABLE_FEATURES = {
    "if",
    "raise",
    "early_return",
    "function",
    "method",
    "submodule",
    "big_tensor",
    "int_loop",
    "optional_int",
    "tuple",
    "list",
    "list_tensor",
    "scalar_attribute",
}

UNARY_TENSOR_OPS = ["torch.relu", "torch.tanh", "torch.sigmoid", "torch.neg", "torch.abs"]
BINARY_TENSOR_OPS = ["torch.add", "torch.sub", "torch.mul", "torch.maximum", "torch.minimum"]
BINARY_TENSOR_OPERATORS = ["+", "-", "*"]
COMPARISONS = ["<", "<=", ">", ">=", "==", "!="]


@dataclass
class Scope:
    variables: List[Tuple[str, str]] = field(default_factory=list)

    def of_type(self, t: str) -> List[str]:
        # A name can be listed twice: an Optional, and inside `if x is not None:`
        # the same name refined to its element type.
        return [name for name, vt in self.variables if vt == t]

    def add(self, name: str, t: str) -> None:
        self.variables.append((name, t))

    def mark(self) -> int:
        return len(self.variables)

    def restore(self, mark: int) -> None:
        del self.variables[mark:]


class ProgramGenerator:
    """Draws a program from hypothesis' `draw`; `generate()` returns it."""

    def __init__(self, draw: Callable):
        self.draw = draw
        self.names = itertools.count()
        self.features: Set[str] = set()
        self.functions: List[str] = []  # names of the free functions so far
        self.in_forward = False
        self.has_submodule = False
        self.has_method = False
        # Types of the existing variables (and attributes) statements wrote to.
        self.written_types: List[str] = []

    # -- choices --
    def choose(self, options):
        return self.draw(st.sampled_from(options))

    def integer(self, low: int, high: int) -> int:
        return self.draw(st.integers(low, high))

    def flip(self, probability_percent: int = 50) -> bool:
        return self.draw(st.integers(0, 99)) < probability_percent

    def fresh(self, prefix: str) -> str:
        return f"{prefix}{next(self.names)}"

    # -- expressions --
    def expr(self, t: str, scope: Scope, depth: int) -> str:
        variables = scope.of_type(t)
        if variables and (depth <= 0 or self.flip(40)):
            return self.choose(variables)
        if depth <= 0:
            return self.leaf(t, scope)
        return getattr(self, f"expr_{t}")(scope, depth - 1)

    def leaf(self, t: str, scope: Scope) -> str:
        if t in ("T", "R", "B", "Li", "Lf", "LT", "tup", "Dst", "Dsf"):
            return getattr(self, f"expr_{t}")(scope, 0)
        if t == "i":
            return str(self.integer(-3, 5))
        if t == "f":
            return self.choose(["0.5", "-1.25", "2.0", "0.0", "1e-3"])
        if t == "b":
            return self.choose(["True", "False"])
        raise AssertionError(t)

    def expr_T(self, scope: Scope, depth: int) -> str:
        options = ["unary", "binary", "operator", "scalar", "reduce_broadcast", "where", "slice"]
        if self.in_forward:
            options += ["attribute", "attribute"]
            if self.has_submodule:
                options.append("submodule")
            if self.has_method:
                options.append("method")
        if self.functions:
            options.append("function")
        if depth > 0:
            options += ["list_index", "dict_index", "tuple_index"]
        kind = self.choose(options)
        T = lambda: self.expr("T", scope, depth)  # noqa: E731
        if kind == "unary":
            return f"{self.choose(UNARY_TENSOR_OPS)}({T()})"
        if kind == "binary":
            return f"{self.choose(BINARY_TENSOR_OPS)}({T()}, {T()})"
        if kind == "operator":
            return f"({T()} {self.choose(BINARY_TENSOR_OPERATORS)} {T()})"
        if kind == "scalar":
            scalar = self.expr(self.choose(["i", "f"]), scope, depth)
            return f"({T()} {self.choose(['*', '+', '-'])} {scalar})"
        if kind == "reduce_broadcast":
            return f"({T()} + torch.sum({T()}, {self.integer(0, 1)}, keepdim=True))"
        if kind == "where":
            return f"torch.where({self.expr('B', scope, depth)}, {T()}, {T()})"
        if kind == "slice":
            return f"torch.cat([{T()}, {T()}], {self.integer(0, 1)})[:2, :3]"
        if kind == "attribute":
            if self.flip(25):
                self.features.add("big_tensor")
                return "self.big[:2, :3]"
            return "self.w"
        if kind == "submodule":
            self.features.add("submodule")
            return f"self.sub({T()})"
        if kind == "method":
            self.features.add("method")
            return f"self.helper({T()}, {self.expr('i', scope, depth)})"
        if kind == "function":
            self.features.add("function")
            return f"{self.choose(self.functions)}({T()}, {self.expr('f', scope, depth)})"
        if kind == "list_index":
            self.features.add("list_tensor")
            return f"{self.expr('LT', scope, depth)}[0]"
        if kind == "dict_index":
            self.features.add("dict")
            key = self.choose(["a", "b"])
            return f'{self.expr("Dst", scope, depth)}["{key}"]'
        self.features.add("tuple")
        return f"{self.expr('tup', scope, depth)}[0]"

    def expr_R(self, scope: Scope, depth: int) -> str:
        op = self.choose(["torch.sum", "torch.mean", "torch.amax"])
        return f"{op}({self.expr('T', scope, depth)})"

    def expr_B(self, scope: Scope, depth: int) -> str:
        T = self.expr("T", scope, depth)
        if self.flip(30):
            return f"torch.logical_not({T} > {self.expr('f', scope, depth)})"
        return f"({T} {self.choose(COMPARISONS)} {self.expr('T', scope, depth)})"

    def expr_i(self, scope: Scope, depth: int) -> str:
        kind = self.choose(["arith", "size", "len", "index", "int", "max", "floordiv", "attr"])
        i = lambda: self.expr("i", scope, depth)  # noqa: E731
        if kind == "arith":
            return f"({i()} {self.choose(['+', '-', '*'])} {i()})"
        if kind == "size":
            return f"{self.expr('T', scope, depth)}.size({self.integer(0, 1)})"
        if kind == "len":
            self.features.add("list")
            return f"len({self.expr('Li', scope, depth)})"
        if kind == "index":
            self.features.add("list")
            return f"{self.expr('Li', scope, depth)}[0]"
        if kind == "int":
            return f"int({self.expr('f', scope, depth)})"
        if kind == "max":
            return f"max({i()}, {i()})"
        if kind == "floordiv":
            return f"({i()} // 2)"
        if self.in_forward:
            self.features.add("scalar_attribute")
            return "self.n"
        return i()

    def expr_f(self, scope: Scope, depth: int) -> str:
        kind = self.choose(["arith", "float_int", "float_tensor", "index", "dict", "attr"])
        f = lambda: self.expr("f", scope, depth)  # noqa: E731
        if kind == "arith":
            return f"({f()} {self.choose(['+', '-', '*'])} {f()})"
        if kind == "float_int":
            return f"float({self.expr('i', scope, depth)})"
        if kind == "float_tensor":
            return f"float({self.expr('R', scope, depth)})"
        if kind == "index":
            self.features.add("list")
            return f"{self.expr('Lf', scope, depth)}[0]"
        if kind == "dict":
            self.features.add("dict")
            return f'{self.expr("Dsf", scope, depth)}["a"]'
        if self.in_forward:
            self.features.add("scalar_attribute")
            return "self.scale"
        return f()

    def expr_b(self, scope: Scope, depth: int) -> str:
        kind = self.choose(["compare_i", "compare_f", "not", "and_or", "attr", "is_none"])
        b = lambda: self.expr("b", scope, depth)  # noqa: E731
        if kind == "compare_i":
            lhs, rhs = self.expr("i", scope, depth), self.expr("i", scope, depth)
            return f"({lhs} {self.choose(COMPARISONS)} {rhs})"
        if kind == "compare_f":
            lhs, rhs = self.expr("f", scope, depth), self.expr("f", scope, depth)
            return f"({lhs} {self.choose(['<', '>'])} {rhs})"
        if kind == "not":
            return f"(not {b()})"
        if kind == "and_or":
            return f"({b()} {self.choose(['and', 'or'])} {b()})"
        if kind == "is_none" and scope.of_type("Oi"):
            self.features.add("optional_int")
            return f"({self.choose(scope.of_type('Oi'))} is None)"
        if self.in_forward:
            self.features.add("scalar_attribute")
            return "self.flag"
        return b()

    def expr_Li(self, scope: Scope, depth: int) -> str:
        self.features.add("list")
        if depth > 0 and self.flip(30):
            self.features.add("listcomp")
            source = self.expr("Li", scope, depth)
            return f"[e * {self.expr('i', scope, depth)} for e in {source}]"
        if self.in_forward and self.flip(30):
            self.features.add("container_attribute")
            return "self.li"
        return f"[{', '.join(self.expr('i', scope, depth) for _ in range(self.integer(1, 3)))}]"

    def expr_Lf(self, scope: Scope, depth: int) -> str:
        self.features.add("list")
        if self.in_forward and self.flip(30):
            self.features.add("container_attribute")
            return "self.lf"
        return f"[{', '.join(self.expr('f', scope, depth) for _ in range(self.integer(1, 3)))}]"

    def expr_LT(self, scope: Scope, depth: int) -> str:
        self.features.add("list_tensor")
        return f"[{', '.join(self.expr('T', scope, depth) for _ in range(self.integer(1, 3)))}]"

    def expr_tup(self, scope: Scope, depth: int) -> str:
        self.features.add("tuple")
        if self.in_forward and self.flip(30):
            self.features.add("container_attribute")
            return "self.tup"
        return f"({self.expr('T', scope, depth)}, {self.expr('i', scope, depth)})"

    def expr_Dst(self, scope: Scope, depth: int) -> str:
        self.features.add("dict")
        if self.in_forward and self.flip(30):
            self.features.add("container_attribute")
            return "self.dst"
        return f'{{"a": {self.expr("T", scope, depth)}, "b": {self.expr("T", scope, depth)}}}'

    def expr_Dsf(self, scope: Scope, depth: int) -> str:
        self.features.add("dict")
        return f'{{"a": {self.expr("f", scope, depth)}, "b": {self.expr("f", scope, depth)}}}'

    # -- statements --
    def statements(self, scope: Scope, depth: int, count: int, returns: str) -> List[str]:
        lines: List[str] = []
        for _ in range(count):
            lines += self.statement(scope, depth, returns)
        return lines

    def block(self, scope: Scope, depth: int, returns: str, header: str, setup=None) -> List[str]:
        mark = scope.mark()
        if setup:
            setup()
        body = self.statements(scope, depth - 1, self.integer(1, 3), returns)
        scope.restore(mark)
        return [header] + ["    " + line for line in body]

    def loop(self, scope: Scope, depth: int, returns: str, header: str, setup=None) -> List[str]:
        """A loop block; notes whether it carries a tensor (writes one it did not create)."""
        written = len(self.written_types)
        lines = self.block(scope, depth, returns, header, setup)
        carried = self.written_types[written:]
        tensor_like = {"T", "R", "B", "LT", "tup", "Dst"}
        self.features.add("tensor_loop" if tensor_like & set(carried) else "int_loop")
        return lines

    def reassignable(self, scope: Scope) -> List[Tuple[str, str]]:
        # Not loop counters and elements ("k..", "e.."): reassigning those is legal
        # Python but changes what the program means.
        return [
            (n, t) for n, t in scope.variables if t in VALUE_TYPES and not n.startswith(("k", "e"))
        ]

    def statement(self, scope: Scope, depth: int, returns: str) -> List[str]:
        kinds = ["assign", "assign", "assign", "reassign", "optional", "append", "dict_set"]
        kinds.append("unpack")
        if depth > 0:
            kinds += ["if", "if", "for_range", "while", "for_each", "refine"]
            kinds += ["raise", "early_return"]
        if self.in_forward:
            kinds.append("set_attr")
        lines = getattr(self, "stmt_" + self.choose(kinds))(scope, depth, returns)
        # A kind with nothing to work on (no list to append to, ...) assigns.
        return lines if lines is not None else self.stmt_assign(scope, depth, returns)

    def stmt_assign(self, scope: Scope, depth: int, returns: str) -> List[str]:
        t = self.choose(VALUE_TYPES)
        name = self.fresh("v")
        line = f"{name} = {self.expr(t, scope, self.integer(0, 3))}"
        scope.add(name, t)
        return [line]

    def stmt_reassign(self, scope: Scope, depth: int, returns: str) -> Optional[List[str]]:
        candidates = self.reassignable(scope)
        if not candidates:
            return None
        name, t = self.choose(candidates)
        self.written_types.append(t)
        return [f"{name} = {self.expr(t, scope, self.integer(0, 2))}"]

    def stmt_optional(self, scope: Scope, depth: int, returns: str) -> List[str]:
        t = self.choose(["Oi", "OT"])
        self.features.add("optional_int" if t == "Oi" else "optional_tensor")
        name = self.fresh("o")
        value = "None" if self.flip() else self.expr("i" if t == "Oi" else "T", scope, 1)
        if t == "Oi" and self.in_forward and self.flip(30):
            self.features.add("container_attribute")
            value = "self.opt"
        line = f"{name}: {ANNOTATIONS[t]} = {value}"
        scope.add(name, t)
        return [line]

    def stmt_if(self, scope: Scope, depth: int, returns: str) -> List[str]:
        self.features.add("if")
        lines = self.block(scope, depth, returns, f"if {self.expr('b', scope, 2)}:")
        if self.flip(30):
            lines += self.block(scope, depth, returns, f"elif {self.expr('b', scope, 1)}:")
        if self.flip(60):
            lines += self.block(scope, depth, returns, "else:")
        return lines

    def stmt_for_range(self, scope: Scope, depth: int, returns: str) -> List[str]:
        counter = self.fresh("k")
        bound = self.expr("i", scope, 1) if self.flip(30) else str(self.integer(0, 4))
        return self.loop(
            scope,
            depth,
            returns,
            f"for {counter} in range({bound}):",
            lambda: scope.add(counter, "i"),
        )

    def stmt_while(self, scope: Scope, depth: int, returns: str) -> List[str]:
        counter = self.fresh("k")
        body = self.loop(scope, depth, returns, f"while {counter} < {self.integer(0, 3)}:")
        return [f"{counter} = 0"] + body + [f"    {counter} += 1"]

    def stmt_for_each(self, scope: Scope, depth: int, returns: str) -> List[str]:
        element = self.fresh("e")
        t = self.choose(["Li", "LT"])
        source = self.expr(t, scope, 1)
        if t == "LT":
            self.features.add("tensor_loop")
        return self.loop(
            scope,
            depth,
            returns,
            f"for {element} in {source}:",
            lambda: scope.add(element, "i" if t == "Li" else "T"),
        )

    def stmt_refine(self, scope: Scope, depth: int, returns: str) -> Optional[List[str]]:
        optionals = [(n, t) for n, t in scope.variables if t in ("Oi", "OT")]
        if not optionals:
            return None
        name, t = self.choose(optionals)
        self.features.add("optional_int" if t == "Oi" else "optional_tensor")
        return self.block(
            scope,
            depth,
            returns,
            f"if {name} is not None:",
            lambda: scope.add(name, "i" if t == "Oi" else "T"),
        )

    def stmt_raise(self, scope: Scope, depth: int, returns: str) -> List[str]:
        self.features.add("raise")
        return [f"if {self.expr('b', scope, 1)}:", '    raise ValueError("fuzz")']

    def stmt_early_return(self, scope: Scope, depth: int, returns: str) -> List[str]:
        self.features.add("early_return")
        condition = self.expr("b", scope, 1)
        return [f"if {condition}:", f"    return {self.return_expr(scope, returns)}"]

    def stmt_append(self, scope: Scope, depth: int, returns: str) -> Optional[List[str]]:
        t = self.choose(["Li", "LT"])
        lists = scope.of_type(t)
        if not lists:
            return None
        self.features.add("list_mutation")
        self.written_types.append(t)
        element = self.expr("i" if t == "Li" else "T", scope, 1)
        return [f"{self.choose(lists)}.append({element})"]

    def stmt_dict_set(self, scope: Scope, depth: int, returns: str) -> Optional[List[str]]:
        dicts = scope.of_type("Dst")
        if not dicts:
            return None
        self.features.add("dict_mutation")
        self.written_types.append("Dst")
        return [f'{self.choose(dicts)}["c"] = {self.expr("T", scope, 1)}']

    def stmt_unpack(self, scope: Scope, depth: int, returns: str) -> List[str]:
        self.features.add("tuple")
        tensor, integer = self.fresh("v"), self.fresh("v")
        line = f"{tensor}, {integer} = {self.expr('tup', scope, 1)}"
        scope.add(tensor, "T")
        scope.add(integer, "i")
        return [line]

    def stmt_set_attr(self, scope: Scope, depth: int, returns: str) -> List[str]:
        self.features.add("set_attr")
        if self.flip():
            self.written_types.append("i")
            return [f"self.n = {self.expr('i', scope, 1)}"]
        self.written_types.append("T")
        return [f"self.w = {self.expr('T', scope, 1)}"]

    def return_expr(self, scope: Scope, returns: str) -> str:
        if returns == "T":
            return self.expr("T", scope, 2)
        return f"({self.expr('T', scope, 2)}, {self.expr('i', scope, 1)})"

    def function_body(self, scope: Scope, returns: str) -> List[str]:
        lines = self.statements(scope, depth=2, count=self.integer(1, 6), returns=returns)
        return lines + [f"return {self.return_expr(scope, returns)}"]

    # -- program --
    def free_function(self) -> List[str]:
        name = f"fn_{len(self.functions)}"
        scope = Scope([("a", "T"), ("s", "f")])
        body = self.function_body(scope, "T")
        self.functions.append(name)
        return [f"def {name}(a: torch.Tensor, s: float) -> torch.Tensor:"] + _indent(body) + [""]

    def generate(self) -> "Program":
        lines = [
            "import torch",
            "from typing import Dict, List, Optional, Tuple",
            "",
        ]
        for _ in range(self.integer(0, 2)):
            lines += self.free_function() + [""]
        self.has_submodule = self.flip()
        self.has_method = self.flip()
        if self.has_submodule:
            lines += [
                "class Sub(torch.nn.Module):",
                "    def __init__(self):",
                "        super().__init__()",
                f"        self.v = torch.full((2, 3), {self.choose(['0.25', '-2.0'])})",
                "",
                "    def forward(self, x: torch.Tensor) -> torch.Tensor:",
                "        return torch.relu(x * self.v)",
                "",
                "",
            ]
        lines += ["class FuzzModule(torch.nn.Module):", "    opt: Optional[int]", ""]
        lines += _indent(["def __init__(self):"] + _indent(self.attributes()) + [""])
        if self.has_method:
            scope = Scope([("a", "T"), ("m", "i")])
            body = self.function_body(scope, "T")
            header = "def helper(self, a: torch.Tensor, m: int) -> torch.Tensor:"
            lines += _indent([header] + _indent(body) + [""])
        tensor_args = self.integer(1, 3)
        scalar_args = self.choose([[], [], [], ["i"], ["f", "i"]])
        if scalar_args:
            self.features.add("scalar_args")
        returns = "T" if self.flip(80) else "tuple"
        if returns == "tuple":
            self.features.add("tuple_return")
        scope = Scope([(f"x{k}", "T") for k in range(tensor_args)])
        params = [f"x{k}: torch.Tensor" for k in range(tensor_args)]
        for k, t in enumerate(scalar_args):
            scope.add(f"s{k}", t)
            params.append(f"s{k}: {ANNOTATIONS[t]}")
        self.in_forward = True
        body = self.function_body(scope, returns)
        result = "torch.Tensor" if returns == "T" else "Tuple[torch.Tensor, int]"
        lines += _indent([f"def forward(self, {', '.join(params)}) -> {result}:"] + _indent(body))
        return Program(
            source="\n".join(lines) + "\n",
            functions=list(self.functions),
            tensor_args=tensor_args,
            annotatable=not scalar_args,
            features=frozenset(self.features),
        )

    def attributes(self) -> List[str]:
        ints = ", ".join(str(self.integer(-2, 9)) for _ in range(self.integer(1, 3)))
        return [
            "super().__init__()",
            "self.w = torch.linspace(-1.0, 1.0, 6).reshape(2, 3)",
            # 6400 bytes: imported as a dense_resource blob.
            "self.big = torch.linspace(0.0, 1.0, 1600).reshape(40, 40)",
            f"self.n = {self.integer(-3, 7)}",
            f"self.scale = {self.choose(['0.5', '-3.0', '1e-6'])}",
            f"self.flag = {self.choose(['True', 'False'])}",
            f"self.li = [{ints}]",
            "self.lf = [0.25, 4.0]",
            "self.dst = {'a': torch.ones(2, 3), 'b': torch.zeros(2, 3)}",
            f"self.tup = (torch.full((2, 3), 3.0), {self.integer(0, 5)})",
            f"self.opt = {self.choose(['None', '2'])}",
        ] + (["self.sub = Sub()"] if self.has_submodule else [])


def _indent(lines: List[str]) -> List[str]:
    return ["    " + line if line else "" for line in lines]


@dataclass(frozen=True)
class Program:
    source: str
    functions: List[str]
    tensor_args: int
    annotatable: bool
    features: frozenset

    @property
    def lowerable(self) -> bool:
        return self.annotatable and self.features <= LOWERABLE_FEATURES


@st.composite
def programs(draw) -> Program:
    return ProgramGenerator(draw).generate()


# --- GPT-style blocks ---------------------------------------------------------------

# The GPT-block family (python/torch_mlir_e2e_test/test_suite/gpt_blocks.py,
# which once crashed the core's torch-backend pipeline with SIGSEGV), drawn
# as a configuration and written out as the source users write. A supported
# family: every configuration must compile and match eager.
GPT_MAX_TIME = 16  # the longest sequence; the size of the mask buffers


@dataclass(frozen=True)
class GptConfig:
    channels: int
    heads: int
    depth: int  # blocks in the ModuleList
    causal: bool
    # "masked_fill": scores.masked_fill(future, float("-inf")); "additive": scores
    # plus a tril bias of 0 / -inf. Unused with "sdpa" (is_causal=...).
    mask: str
    mask_source: str  # "forward": made from t in forward; "buffer": a sliced buffer
    mask_guard: str  # "inline": emitted only when causal; "attribute": `if self.causal:`
    qkv: str  # "split" (.split(c, dim=2)), "chunk" (.chunk(3, dim=-1)), "separate"
    attention: str  # "explicit" (softmax(q @ k^T * scale) @ v) or "sdpa"
    scale: str  # "pow": / (c // h) ** 0.5; "sqrt": * (1.0 / math.sqrt(k.size(-1)))
    norm: str  # "pre" or "post"
    gelu: str  # "exact" or "tanh"
    gelu_spelling: str  # "module" (nn.GELU) or "functional" (F.gelu); mlp="layers" only
    mlp: str  # "sequential" (nn.Sequential) or "layers" (fc, gelu, proj)
    dropout: bool  # nn.Dropout layers (the model runs in eval mode)
    merge: str  # "contiguous_view": .contiguous().view(b, t, c); "reshape"
    shape_read: str  # "shape": b, t, c = x.shape; "size": x.size()
    final_norm: bool  # a LayerNorm after the blocks
    batch: int
    time: int
    weights_seed: int


@dataclass(frozen=True)
class GptProgram:
    config: GptConfig
    source: str


def gpt_source(cfg: GptConfig) -> str:
    """The module source of `cfg`: `GptModel(nn.Module)`, input (b, t, channels)."""
    c, h = cfg.channels, cfg.heads
    p = "0.1" if cfg.dropout else None
    init = [
        "super().__init__()",
        f"self.heads = {h}",
        f"self.causal = {cfg.causal}",
        f"self.ln1 = nn.LayerNorm({c})",
        f"self.ln2 = nn.LayerNorm({c})",
    ]
    if cfg.qkv == "separate":
        init += [f"self.{n} = nn.Linear({c}, {c})" for n in "qkv"]
    else:
        init.append(f"self.qkv = nn.Linear({c}, {3 * c})")
    init.append(f"self.proj = nn.Linear({c}, {c})")
    approximate = ', approximate="tanh"' if cfg.gelu == "tanh" else ""
    gelu_module = f"nn.GELU({approximate.lstrip(', ')})"
    mlp_layers = [f"nn.Linear({c}, {4 * c})", gelu_module, f"nn.Linear({4 * c}, {c})"]
    if p:
        init += [f"self.attn_drop = nn.Dropout({p})", f"self.resid_drop = nn.Dropout({p})"]
        mlp_layers.append(f"nn.Dropout({p})")
    if cfg.mlp == "sequential":
        init.append(f"self.mlp = nn.Sequential({', '.join(mlp_layers)})")
    else:
        init += [f"self.fc = {mlp_layers[0]}", f"self.fc_out = {mlp_layers[2]}"]
        if cfg.gelu_spelling == "module":
            init.append(f"self.act = {gelu_module}")
        if p:
            init.append(f"self.mlp_drop = nn.Dropout({p})")
    uses_mask = cfg.attention == "explicit" and (cfg.causal or cfg.mask_guard == "attribute")
    if uses_mask and cfg.mask_source == "buffer":
        n = GPT_MAX_TIME
        if cfg.mask == "masked_fill":
            init.append(
                f'self.register_buffer("bias", torch.tril(torch.ones({n}, {n})).view(1, 1, {n}, {n}))'
            )
        else:
            init.append(
                f'self.register_buffer("bias", torch.zeros({n}, {n}).masked_fill('
                f'torch.ones({n}, {n}).tril() == 0, float("-inf")))'
            )

    attn = []
    if cfg.shape_read == "shape":
        attn.append("b, t, c = x.shape")
    else:
        attn.append("b, t, c = x.size()")
    attn.append("h = self.heads")
    if cfg.qkv == "split":
        attn.append("q, k, v = self.qkv(x).split(c, dim=2)")
    elif cfg.qkv == "chunk":
        attn.append("q, k, v = self.qkv(x).chunk(3, dim=-1)")
    else:
        attn.append("q, k, v = self.q(x), self.k(x), self.v(x)")
    for n in "qkv":
        attn.append(f"{n} = {n}.view(b, t, h, c // h).transpose(1, 2)")
    if cfg.attention == "sdpa":
        dropout_p = f"{p} if self.training else 0.0" if p else "0.0"
        attn.append(
            f"y = F.scaled_dot_product_attention(q, k, v, attn_mask=None, "
            f"dropout_p={dropout_p}, is_causal={cfg.causal})"
        )
    else:
        if cfg.scale == "pow":
            attn.append("scores = q @ k.transpose(-2, -1) / (c // h) ** 0.5")
        else:
            attn.append("scores = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(k.size(-1)))")
        mask_lines = []
        if cfg.mask == "masked_fill":
            if cfg.mask_source == "buffer":
                future = "self.bias[:, :, :t, :t] == 0"
            else:
                future = "torch.ones(t, t).triu(1) > 0"
            mask_lines.append(f'scores = scores.masked_fill({future}, float("-inf"))')
        else:
            if cfg.mask_source == "buffer":
                mask_lines.append("scores = scores + self.bias[:t, :t]")
            else:
                mask_lines.append('scores = scores + torch.full((t, t), float("-inf")).triu(1)')
        if cfg.mask_guard == "attribute":
            attn += ["if self.causal:"] + _indent(mask_lines)
        elif cfg.causal:
            attn += mask_lines
        attn.append("att = F.softmax(scores, dim=-1)")
        if p:
            attn.append("att = self.attn_drop(att)")
        attn.append("y = att @ v")
    if cfg.merge == "contiguous_view":
        attn.append("y = y.transpose(1, 2).contiguous().view(b, t, c)")
    else:
        attn.append("y = y.transpose(1, 2).reshape(b, t, c)")
    attn.append("y = self.proj(y)")
    if p:
        attn.append("y = self.resid_drop(y)")
    attn.append("return y")

    if cfg.mlp == "sequential":
        mlp = ["return self.mlp(x)"]
    else:
        if cfg.gelu_spelling == "module":
            call = "self.act(self.fc(x))"
        else:
            call = f"F.gelu(self.fc(x){approximate})"
        mlp = [f"x = self.fc_out({call})"]
        if p:
            mlp.append("x = self.mlp_drop(x)")
        mlp.append("return x")

    if cfg.norm == "pre":
        forward = ["x = x + self.attention(self.ln1(x))", "x = x + self.feed_forward(self.ln2(x))"]
    else:
        forward = ["x = self.ln1(x + self.attention(x))", "x = self.ln2(x + self.feed_forward(x))"]
    forward.append("return x")

    model_init = [
        "super().__init__()",
        f"self.blocks = nn.ModuleList([Block() for _ in range({cfg.depth})])",
    ]
    model_forward = ["for block in self.blocks:", "    x = block(x)"]
    if cfg.final_norm:
        model_init.append(f"self.ln_f = nn.LayerNorm({c})")
        model_forward.append("x = self.ln_f(x)")
    model_forward.append("return x")

    def method(header: str, body: List[str]) -> List[str]:
        return _indent([header] + _indent(body) + [""])

    lines = [
        "import math",
        "",
        "import torch",
        "import torch.nn.functional as F",
        "from torch import nn",
        "",
        "",
        "class Block(nn.Module):",
        *method("def __init__(self):", init),
        *method("def attention(self, x: torch.Tensor) -> torch.Tensor:", attn),
        *method("def feed_forward(self, x: torch.Tensor) -> torch.Tensor:", mlp),
        *method("def forward(self, x: torch.Tensor) -> torch.Tensor:", forward),
        "",
        "class GptModel(nn.Module):",
        *method("def __init__(self):", model_init),
        *method("def forward(self, x: torch.Tensor) -> torch.Tensor:", model_forward),
    ]
    return "\n".join(lines).rstrip() + "\n"


@st.composite
def gpt_configs(draw) -> GptConfig:
    heads = draw(st.sampled_from([1, 2, 4]))
    # A multiple of heads in 8..64.
    channels = heads * draw(st.integers(-(-8 // heads), 64 // heads))
    return GptConfig(
        channels=channels,
        heads=heads,
        depth=draw(st.integers(1, 3)),
        causal=draw(st.booleans()),
        mask=draw(st.sampled_from(["masked_fill", "additive"])),
        mask_source=draw(st.sampled_from(["forward", "buffer"])),
        mask_guard=draw(st.sampled_from(["inline", "attribute"])),
        qkv=draw(st.sampled_from(["split", "chunk", "separate"])),
        attention=draw(st.sampled_from(["explicit", "sdpa"])),
        scale=draw(st.sampled_from(["pow", "sqrt"])),
        norm=draw(st.sampled_from(["pre", "post"])),
        gelu=draw(st.sampled_from(["exact", "tanh"])),
        gelu_spelling=draw(st.sampled_from(["module", "functional"])),
        mlp=draw(st.sampled_from(["sequential", "layers"])),
        dropout=draw(st.booleans()),
        merge=draw(st.sampled_from(["contiguous_view", "reshape"])),
        shape_read=draw(st.sampled_from(["shape", "size"])),
        final_norm=draw(st.booleans()),
        batch=draw(st.integers(1, 3)),
        time=draw(st.integers(1, GPT_MAX_TIME)),
        weights_seed=draw(st.integers(0, 2**16)),
    )


@st.composite
def gpt_programs(draw) -> GptProgram:
    config = draw(gpt_configs())
    return GptProgram(config=config, source=gpt_source(config))


# --- Checking one program -------------------------------------------------------


class ProgramChecker:
    """Imports programs and checks the IR; holds the temporary module files."""

    def __init__(self, keep_dir: str):
        self.keep_dir = keep_dir
        self.counter = itertools.count()
        self.outcomes: Dict[str, int] = {}

    def load(self, program):
        """Writes `program.source` (a Program or a GptProgram) to a file and imports it."""
        name = f"fuzz_program_{os.getpid()}_{next(self.counter)}"
        path = os.path.join(self.keep_dir, name + ".py")
        with open(path, "w") as f:
            f.write(program.source)
        # What a crash leaves behind: the program that was being checked.
        shutil.copyfile(path, os.path.join(self.keep_dir, "current_program.py"))
        spec = importlib.util.spec_from_file_location(name, path)
        python_module = importlib.util.module_from_spec(spec)
        sys.modules[name] = python_module
        spec.loader.exec_module(python_module)
        return python_module

    def check(self, program: Program) -> None:
        import torch

        from torch_mlir import torchscript
        from torch_mlir.compiler_utils import TensorPlaceholder, TorchMlirCompilerError
        from torch_mlir.jit_ir_importer import ModuleBuilder

        python_module = self.load(program)
        scripted_functions = [
            torch.jit.script(getattr(python_module, name)) for name in program.functions
        ]
        scripted = torch.jit.script(python_module.FuzzModule())

        # Callees first: a func.constant must name an imported function.
        functions = ModuleBuilder()
        for function in scripted_functions:
            functions.import_function(function)
        _check_ir(functions.module, "import_function", program)
        objects = ModuleBuilder()
        objects.import_module(scripted._c)
        _check_ir(objects.module, "import_module", program)

        if not program.annotatable:
            self.count("not annotatable")
            return
        placeholders = [TensorPlaceholder([2, 3], torch.float32)] * program.tensor_args
        try:
            torchscript.compile(scripted, placeholders, output_type="torch")
        except TorchMlirCompilerError as e:
            if program.lowerable:
                raise AssertionError(
                    f"a program of lowerable constructs ({sorted(program.features)}) "
                    f"failed to lower:\n{e}\n{program.source}"
                ) from None
            self.count("lowering failed cleanly")
        else:
            self.count("lowered")

    def check_gpt(self, program: GptProgram) -> None:
        """A supported family: both output types compile, the linalg module
        matches eager on the RefBackend within 1e-4."""
        import numpy as np
        import torch

        from torch_mlir import torchscript
        from torch_mlir._reference_backends.refbackend import RefBackendLinalgOnTensorsBackend
        from torch_mlir.compiler_utils import TorchMlirCompilerError
        from torch_mlir.jit_ir_importer import ModuleBuilder

        cfg = program.config
        python_module = self.load(program)
        torch.manual_seed(cfg.weights_seed)
        model = python_module.GptModel().eval()
        generator = torch.Generator().manual_seed(cfg.weights_seed)
        x = torch.randn(cfg.batch, cfg.time, cfg.channels, generator=generator)
        with torch.no_grad():
            expected = model(x).numpy()

        objects = ModuleBuilder()
        objects.import_module(torch.jit.script(model)._c)
        _check_ir(objects.module, "import_module", program)
        for output_type in ("torch", "linalg-on-tensors"):
            try:
                module = torchscript.compile(model, x, output_type=output_type)
            except TorchMlirCompilerError as e:
                raise AssertionError(
                    f"a GPT block failed to compile to {output_type}: {cfg}\n"
                    f"{str(e)[:4000]}\n{program.source}"
                ) from None
        backend = RefBackendLinalgOnTensorsBackend()
        actual = backend.load(backend.compile(module)).forward(x.numpy())
        np.testing.assert_allclose(
            actual,
            expected,
            rtol=1e-4,
            atol=1e-4,
            err_msg=f"RefBackend != eager for {cfg}\n{program.source}",
        )
        self.count("compiled, matched eager")

    def count(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1


def _check_ir(module, how: str, program: Program) -> None:
    from torch_mlir import ir
    from torch_mlir.jit_ir_importer import ModuleBuilder

    text = str(module)
    assert module.operation.verify(), f"{how}: invalid IR\n{text}\n{program.source}"
    # A fresh context: re-parsing into the same one would rename resource blobs.
    reparsed = ir.Module.parse(text, ModuleBuilder().context)
    assert reparsed.operation.verify()
    assert str(reparsed) == text, (
        f"{how}: the print -> parse -> print round trip changed the module\n"
        f"before:\n{text}\nafter:\n{reparsed}\n{program.source}"
    )


# --- Driver -------------------------------------------------------------------------


FAMILIES = ("programs", "gpt")


def run(examples: int, seed_value: int, keep_dir: str, family: str = "programs") -> Dict[str, int]:
    """Checks `examples` programs of `family` ("programs": random TorchScript
    programs, "gpt": GPT-style blocks); raises (after shrinking) on the first
    failure."""
    checker = ProgramChecker(keep_dir)
    strategy, check_one = {
        "programs": (programs(), checker.check),
        "gpt": (gpt_programs(), checker.check_gpt),
    }[family]

    @seed(seed_value)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate, Phase.shrink],
        print_blob=False,
    )
    @given(strategy)
    def check(program) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            check_one(program)

    check()
    return checker.outcomes


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=200, help="programs to check")
    parser.add_argument("--seed", type=int, default=None, help="default: random (printed)")
    parser.add_argument("--keep-dir", default=None, help="where program files go (kept)")
    parser.add_argument(
        "--family",
        choices=FAMILIES,
        default="programs",
        help="random TorchScript programs (default) or GPT-style blocks",
    )
    args = parser.parse_args(argv)
    seed_value = args.seed if args.seed is not None else random.randrange(2**32)
    keep_dir = args.keep_dir or tempfile.mkdtemp(prefix="fuzz_importer_")
    os.makedirs(keep_dir, exist_ok=True)
    print(
        f"fuzz_importer: {args.examples} examples of --family {args.family}, --seed {seed_value}, "
        f"programs in {keep_dir}",
        flush=True,
    )
    try:
        outcomes = run(args.examples, seed_value, keep_dir, args.family)
    except BaseException:
        traceback.print_exc()
        print(f"fuzz_importer: FAILED (--family {args.family} --seed {seed_value})", flush=True)
        return 1
    print(f"fuzz_importer: passed; {outcomes}", flush=True)
    if args.keep_dir is None:
        shutil.rmtree(keep_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
