"""Gives the `torch_mlir` namespace package its legacy top-level names, lazily.

Old code spells the compile API `torch_mlir.compile(...)`,
`torch_mlir.OutputType`, `torch_mlir.TensorPlaceholder` and
`torch_mlir.ExampleArgs`. Those names used to be defined in
`torch_mlir/__init__.py`, but the core wheel ships `torch_mlir` as a PEP 420
namespace package: adding an `__init__.py` would turn it into a regular package
that shadows (or fights with pip over) the wheel's files.

Instead, a `.pth` file imports this module at interpreter start-up. It only
puts a finder at the front of `sys.meta_path`, which answers for the single
name `torch_mlir`: it lets the normal machinery find the namespace package and
then gives it a loader whose `exec_module` installs a module-level
`__getattr__` (PEP 562). The legacy names are therefore resolved -- and
`torch_mlir.torchscript`, which pulls in TorchScript and the importer, is
imported -- only when one of them is first used. `import torch_mlir.ir` does
no extra work beyond one string comparison per import.

Installed by `setup.py` (as `torch_mlir_legacy_names.pth` next to this module)
and by `tools/dev_install.py` (a line of the development `.pth`).
"""

import sys

# Legacy top-level name -> module that defines it.
LEGACY_NAMES = {
    "compile": "torch_mlir.torchscript",
    "ExampleArgs": "torch_mlir.torchscript",
    "BACKEND_LEGAL_OPS": "torch_mlir.torchscript",
    "OutputType": "torch_mlir.compiler_utils",
    "TensorPlaceholder": "torch_mlir.compiler_utils",
}


def _legacy_getattr(name):
    module_name = LEGACY_NAMES.get(name)
    if module_name is None:
        raise AttributeError(f"module 'torch_mlir' has no attribute '{name}'")
    import importlib

    value = getattr(importlib.import_module(module_name), name)
    # Cache it: later lookups are plain attribute reads.
    setattr(sys.modules["torch_mlir"], name, value)
    return value


def _legacy_dir():
    package = sys.modules["torch_mlir"]
    return sorted(set(package.__dict__) | set(LEGACY_NAMES))


def install_legacy_names(package) -> None:
    """Adds the lazy legacy names to an imported `torch_mlir` module."""
    package.__getattr__ = _legacy_getattr
    package.__dir__ = _legacy_dir


class LegacyNamesFinder:
    """A meta path finder that only decorates the `torch_mlir` namespace package."""

    _searching = False

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname != "torch_mlir" or cls._searching:
            return None
        cls._searching = True
        try:
            spec = cls._find_with_other_finders(fullname, path, target)
        finally:
            cls._searching = False
        # Only a namespace package (no loader) is ours to decorate; if someone
        # installed a regular `torch_mlir/__init__.py`, leave it alone.
        if spec is None or spec.loader is not None or not spec.submodule_search_locations:
            return spec
        spec.loader = _make_namespace_loader(spec.submodule_search_locations)
        return spec

    @classmethod
    def _find_with_other_finders(cls, fullname, path, target):
        for finder in sys.meta_path:
            if finder is cls or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                return spec
        return None


def _make_namespace_loader(search_locations):
    from importlib.machinery import NamespaceLoader

    class LegacyNamesNamespaceLoader(NamespaceLoader):
        """The standard namespace loader, plus the legacy names on exec."""

        def exec_module(self, module):
            super().exec_module(module)
            # Namespace packages have `__file__ = None`; the import system only
            # sets it when it creates the namespace loader itself.
            module.__file__ = None
            install_legacy_names(module)

    # Built the way the import system builds its own namespace loaders, so the
    # package keeps its dynamic `__path__` and resource reader.
    loader = LegacyNamesNamespaceLoader.__new__(LegacyNamesNamespaceLoader)
    loader._path = search_locations
    return loader


def install() -> None:
    """Idempotent: safe when both the installed and the development `.pth` run."""
    if any(getattr(f, "__name__", None) == "LegacyNamesFinder" for f in sys.meta_path):
        return
    sys.meta_path.insert(0, LegacyNamesFinder)
    package = sys.modules.get("torch_mlir")
    if package is not None and getattr(package, "__file__", None) is None:
        install_legacy_names(package)


install()
