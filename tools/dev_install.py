"""Makes the in-tree development build importable from the venv.

* Links the CMake-built extension into the core wheel's `torch_mlir/_mlir_libs`
  (the only place `torch_mlir._mlir_libs._jit_ir_importer` can be found, since
  `_mlir_libs` is a regular package of the wheel).
* Adds `python/` to `sys.path` through a `.pth` file, so that our additions to
  the `torch_mlir` namespace package and `torch_mlir_e2e_test` are used from the
  source tree, and imports `_torch_mlir_legacy_names` (the lazy
  `torch_mlir.compile`, ... names).
"""

import glob
import importlib.util
import os
import sysconfig

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    build_dir = os.environ.get("TORCH_MLIR_CMAKE_BUILD_DIR", os.path.join(ROOT, "build", "cmake"))
    built = glob.glob(os.path.join(build_dir, "_jit_ir_importer*.so"))
    if len(built) != 1:
        raise SystemExit(f"dev_install: expected one built extension in {build_dir}, found {built}")
    spec = importlib.util.find_spec("torch_mlir")
    mlir_libs = os.path.join(list(spec.submodule_search_locations)[0], "_mlir_libs")
    link = os.path.join(mlir_libs, os.path.basename(built[0]))
    if os.path.islink(link) or os.path.exists(link):
        os.remove(link)
    os.symlink(built[0], link)

    site = sysconfig.get_paths()["purelib"]
    with open(os.path.join(site, "torch_mlir_torchscript_dev.pth"), "w") as f:
        f.write(os.path.join(ROOT, "python") + "\n")
        # Runs after the line above put python/ on sys.path: the lazy legacy
        # top-level names (torch_mlir.compile, ...), see that module.
        f.write("import _torch_mlir_legacy_names\n")


if __name__ == "__main__":
    main()
