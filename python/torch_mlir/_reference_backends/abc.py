"""The interface of a backend that executes one backend contract's IR.

One interface for the three contracts; each has its own named subclass, the
type old code derives its backends from.
"""

import abc
from typing import TypeVar

from torch_mlir.ir import Module

# A backend-specific compiled artifact (for the RefBackend: the lowered module).
CompiledArtifact = TypeVar("CompiledArtifact")
# An object with one callable attribute per public function of the program.
Invoker = TypeVar("Invoker")


class Backend(abc.ABC):
    """Compiles and loads modules that satisfy one backend contract."""

    @abc.abstractmethod
    def compile(self, module: Module) -> CompiledArtifact:
        """Compile `module` (which may be mutated) into an artifact."""

    @abc.abstractmethod
    def load(self, artifact: CompiledArtifact) -> Invoker:
        """Load an artifact into an invoker; the artifact is not mutated."""


class LinalgOnTensorsBackend(Backend):
    """Compiles and loads modules that satisfy the Linalg-on-Tensors contract."""


class TosaBackend(Backend):
    """Compiles and loads modules that satisfy the TOSA backend contract."""


class StablehloBackend(Backend):
    """Compiles and loads modules that satisfy the StableHLO backend contract."""
