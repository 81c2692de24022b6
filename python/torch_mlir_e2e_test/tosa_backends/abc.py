"""The interface of a backend that executes TOSA IR."""

import abc
from typing import TypeVar

from torch_mlir.ir import Module

# A backend-specific compiled artifact.
CompiledArtifact = TypeVar("CompiledArtifact")
# An object with one callable attribute per public function of the program.
Invoker = TypeVar("Invoker")


class TosaBackend(abc.ABC):
    """Compiles and loads modules that satisfy the TOSA backend contract."""

    @abc.abstractmethod
    def compile(self, module: Module) -> CompiledArtifact:
        """Compile `module` (which may be mutated) into an artifact."""

    @abc.abstractmethod
    def load(self, artifact: CompiledArtifact) -> Invoker:
        """Load an artifact into an invoker; the artifact is not mutated."""
