"""Builds and installs the legacy TorchScript front end for torch-mlir.

`pip install --no-build-isolation .` into an environment that already has
`torch==2.13.0` and `torch-mlir==20261001` installs:

* the C++ extension `torch_mlir._mlir_libs._jit_ir_importer` (next to the core
  wheel's own `_mlir_libs`, so that it loads the wheel's MLIR),
* the Python modules added to the `torch_mlir` namespace
  (`torchscript`, `jit_ir_importer`, `_version`, ...),
* the e2e harness `torch_mlir_e2e_test`, with its driver `e2e_testing` and
  the expected-failure sets `xfail_sets` inside it (in
  `torch_mlir_e2e_test/_repository/`), not as top-level names of
  site-packages; the `torch-mlir-e2e-test` script runs the driver from there
  (`e2e_testing/console.py`).

The extension is built by CMake + Ninja in a persistent directory
(`build/cmake`, or `$TORCH_MLIR_CMAKE_BUILD_DIR`), so rebuilding after a
change recompiles only what changed. `$MLIR_C_INCLUDE_DIR` overrides where the
MLIR C API headers are found.
"""

import os
import shutil
import subprocess
import sys

from setuptools import Extension, find_namespace_packages, setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

ROOT = os.path.dirname(os.path.abspath(__file__))
EXTENSION = "torch_mlir._mlir_libs._jit_ir_importer"


def cmake_build_dir():
    return os.environ.get("TORCH_MLIR_CMAKE_BUILD_DIR", os.path.join(ROOT, "build", "cmake"))


class CMakeBuild(build_ext):
    """Configures (once) and builds the extension with CMake + Ninja."""

    def build_extension(self, ext):
        build_dir = cmake_build_dir()
        os.makedirs(build_dir, exist_ok=True)
        if not os.path.exists(os.path.join(build_dir, "build.ninja")):
            args = [
                "cmake",
                "-G",
                "Ninja",
                "-S",
                ROOT,
                "-B",
                build_dir,
                f"-DPython3_EXECUTABLE={sys.executable}",
                "-DCMAKE_BUILD_TYPE=Release",
            ]
            if os.environ.get("MLIR_C_INCLUDE_DIR"):
                args.append(f"-DMLIR_C_INCLUDE_DIR={os.environ['MLIR_C_INCLUDE_DIR']}")
            if os.environ.get("TORCH_MLIR_JIT_IR_IMPORTER_ASAN"):
                args.append("-DTORCH_MLIR_JIT_IR_IMPORTER_ASAN=ON")
            subprocess.check_call(args)
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 2))
        subprocess.check_call(["cmake", "--build", build_dir, "--", f"-j{jobs}"])
        built = [
            f
            for f in os.listdir(build_dir)
            if f.startswith("_jit_ir_importer") and f.endswith(".so")
        ]
        if len(built) != 1:
            raise RuntimeError(f"expected one built extension in {build_dir}, found {built}")
        target = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(os.path.join(build_dir, built[0]), target)


LEGACY_NAMES_PTH = "torch_mlir_legacy_names.pth"


class BuildPyWithLegacyNamesPth(build_py):
    """Also puts the `.pth` that gives `torch_mlir` its legacy top-level names
    (see python/_torch_mlir_legacy_names.py) at the root of site-packages."""

    def run(self):
        super().run()
        self.copy_file(
            os.path.join(ROOT, "python", LEGACY_NAMES_PTH),
            os.path.join(self.build_lib, LEGACY_NAMES_PTH),
        )


# `torch_mlir` itself holds our top-level modules (torchscript.py, _version.py);
# it stays a namespace package: there is no __init__.py to install.
packages = ["torch_mlir"] + find_namespace_packages(
    "python", include=["torch_mlir.*", "torch_mlir_e2e_test", "torch_mlir_e2e_test.*"]
)
# The repository-level driver and expected failures, namespaced (see
# e2e_testing/console.py).
REPOSITORY_PACKAGES = {
    f"torch_mlir_e2e_test._repository.{name}": name for name in ("e2e_testing", "xfail_sets")
}
packages += list(REPOSITORY_PACKAGES)

setup(
    name="torch-mlir-torchscript",
    version="20261001.0",
    description="The TorchScript front end (importer, compile API, e2e harness) for torch-mlir",
    packages=packages,
    py_modules=["_torch_mlir_legacy_names"],
    package_dir={
        "": "python",
        "torch_mlir": "python/torch_mlir",
        "torch_mlir_e2e_test": "python/torch_mlir_e2e_test",
        **REPOSITORY_PACKAGES,
    },
    ext_modules=[Extension(EXTENSION, sources=[])],
    cmdclass={"build_ext": CMakeBuild, "build_py": BuildPyWithLegacyNamesPth},
    python_requires=">=3.11",
    install_requires=["torch==2.13.0", "torch-mlir==20261001", "numpy", "multiprocess"],
    entry_points={
        "console_scripts": [
            "torch-mlir-e2e-test=torch_mlir_e2e_test._repository.e2e_testing.console:main"
        ]
    },
    zip_safe=False,
)
