#!/usr/bin/env bash
# The importer tests against an AddressSanitizer build of the extension.
#
#   tools/asan_test.sh [extra pytest arguments]
#
# * Builds the extension with -fsanitize=address (TORCH_MLIR_JIT_IR_IMPORTER_ASAN)
#   into build/asan: CMake + Ninja directly, incremental, RelWithDebInfo for
#   symbolized reports. The normal build (build/cmake), its copy under build/lib
#   and the dev install in the venv are not touched.
# * Runs the venv's python with the ASan runtime preloaded (Python and torch are
#   not instrumented, so it has to come first) and with build/asan/site on
#   PYTHONPATH, whose sitecustomize.py makes the import of
#   `torch_mlir._mlir_libs._jit_ir_importer` load the ASan build instead of the
#   dev one. `torch_mlir._mlir_libs` is a regular package of the core wheel, so
#   the module cannot be shadowed by a path entry; a meta-path finder for that
#   one name leaves the wheel, torch and python/ exactly as in a normal run.
#   Child processes (lit's RUN lines, the tests' subprocesses) inherit both.
# * Runs the lit tests, tests/python/importer and the reliability bad-input
#   table (and, with ASAN_FUZZ_EXAMPLES=N, N fuzzer programs), with leak
#   detection off (CPython and torch "leak" by design) and every ASan report
#   written to build/asan/reports. Fails if a test fails or any report was
#   written, even by a child process whose output a test swallowed.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="$ROOT/.venv/bin/python"
BUILD="$ROOT/build/asan"
MLIR_C_INCLUDE_DIR="${MLIR_C_INCLUDE_DIR:-/usr/lib/llvm-22/include}"
cd "$ROOT"

if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -G Ninja -S "$ROOT" -B "$BUILD" \
    -DPython3_EXECUTABLE="$PYTHON" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DMLIR_C_INCLUDE_DIR="$MLIR_C_INCLUDE_DIR" \
    -DTORCH_MLIR_JIT_IR_IMPORTER_ASAN=ON
fi
cmake --build "$BUILD" -- -j"${CMAKE_BUILD_PARALLEL_LEVEL:-2}"
extension="$(ls "$BUILD"/_jit_ir_importer*.so)"

mkdir -p "$BUILD/site"
cat > "$BUILD/site/sitecustomize.py" <<'EOF'
"""Written by tools/asan_test.sh: import the extension from the ASan build."""
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys

_NAME = "torch_mlir._mlir_libs._jit_ir_importer"
_PATH = os.environ.get("TORCH_MLIR_ASAN_EXTENSION")


class _AsanExtensionFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname != _NAME:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, _PATH)
        return importlib.util.spec_from_file_location(fullname, _PATH, loader=loader)


if _PATH:
    sys.meta_path.insert(0, _AsanExtensionFinder())
EOF

reports="$BUILD/reports"
rm -rf "$reports"
mkdir -p "$reports"
# The runtime of the compiler CMake used (the Debian default c++ is g++), and
# libstdc++: ASan resolves the real __cxa_throw when it starts, and python
# itself does not load libstdc++ (without it the first C++ throw aborts in
# ASan's interceptor: CHECK failed ... real___cxa_throw != 0).
LD_PRELOAD="$(c++ -print-file-name=libasan.so) $(c++ -print-file-name=libstdc++.so.6)"
export LD_PRELOAD
export ASAN_OPTIONS="detect_leaks=0:log_path=$reports/asan:print_summary=1"
export PYTHONPATH="$BUILD/site${PYTHONPATH:+:$PYTHONPATH}"
export TORCH_MLIR_ASAN_EXTENSION="$extension"
export PATH="$ROOT/.venv/bin:$PATH"

"$PYTHON" - <<'EOF'
import os
import torch_mlir._mlir_libs._jit_ir_importer as extension
assert os.path.samefile(extension.__file__, os.environ["TORCH_MLIR_ASAN_EXTENSION"]), extension.__file__
print(f"asan_test: extension {extension.__file__}")
EOF

status=0
lit -q tests/lit || status=1
"$PYTHON" -m pytest -q -p no:cacheprovider tests/python/importer \
  tests/python/reliability/test_bad_input.py "$@" || status=1
# Optionally, random programs too: ASAN_FUZZ_EXAMPLES=200 tools/asan_test.sh
if [ "${ASAN_FUZZ_EXAMPLES:-0}" -gt 0 ]; then
  "$PYTHON" tests/python/reliability/fuzz_importer.py --examples "$ASAN_FUZZ_EXAMPLES" \
    --seed "${ASAN_FUZZ_SEED:-0}" || status=1
fi

if compgen -G "$reports/asan.*" >/dev/null; then
  echo "asan_test: AddressSanitizer reports:"
  cat "$reports"/asan.*
  status=1
else
  echo "asan_test: no AddressSanitizer reports"
fi
exit $status
