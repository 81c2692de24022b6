# lit configuration for the importer's FileCheck tests.
#
# Each test is a Python script that imports TorchScript into MLIR and prints
# it; RUN lines pipe the output through the core wheel's `torch-mlir-opt`
# (so the IR must re-parse and verify) into FileCheck.
import os
import shutil
import sys

import lit.formats

config.name = "TORCH_MLIR_JIT_IR_IMPORTER"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".py"]
config.excludes = ["lit.cfg.py", "Inputs"]
config.test_source_root = os.path.dirname(__file__)

bin_dir = os.path.dirname(sys.executable)
config.environment["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")
config.environment["PYTHONDONTWRITEBYTECODE"] = "1"
# TorchScript's own deprecation warnings would end up in the checked output.
config.environment["PYTHONWARNINGS"] = "ignore::DeprecationWarning"

config.substitutions.append(("%PYTHON", sys.executable))
# PyPI's `filecheck` package provides the FileCheck command as `filecheck`.
filecheck = shutil.which("FileCheck", path=config.environment["PATH"]) or shutil.which(
    "filecheck", path=config.environment["PATH"]
)
if filecheck is None:
    lit_config.fatal("FileCheck (PyPI package `filecheck`) not found on PATH")
config.substitutions.append(("FileCheck", filecheck))
opt = shutil.which("torch-mlir-opt", path=config.environment["PATH"])
if opt is None:
    lit_config.fatal("torch-mlir-opt (from the torch-mlir wheel) not found on PATH")
config.substitutions.append(("torch-mlir-opt", opt))
