"""Developer tools built on the JIT operator registry.

* `registry`: the `torch::jit` operator registry as Python objects, and the
  Python signature each kind of library function must have for an operator.
* `library_generator`: compiles shape/dtype/decomposition/has_value_semantics
  functions written in Python into the MLIR library that the torch dialect's
  passes consult (`compile(extra_library=...)`).
* `utils`: the text rules those signatures follow.
"""
