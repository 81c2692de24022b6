"""The interface of a backend that executes Linalg-on-Tensors IR."""

import abc
from typing import TypeVar

from torch_mlir.ir import Module

# A backend-specific compiled artifact (for the RefBackend: the lowered module).
CompiledArtifact = TypeVar("CompiledArtifact")
# An object with one callable attribute per public function of the program.
Invoker = TypeVar("Invoker")


class LinalgOnTensorsBackend(abc.ABC):
    """Compiles and loads modules that satisfy the Linalg-on-Tensors contract."""

    @abc.abstractmethod
    def compile(self, module: Module) -> CompiledArtifact:
        """Compile `module` (which may be mutated) into an artifact."""

    @abc.abstractmethod
    def load(self, artifact: CompiledArtifact) -> Invoker:
        """Load an artifact into an invoker; the artifact is not mutated."""
