"""What setup.py installs: no generic top-level `e2e_testing` / `xfail_sets`;
the console script runs the driver from inside `torch_mlir_e2e_test`."""

import os
import subprocess
import sys

REPO_ROOT = os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
)


def test_the_driver_is_installed_inside_the_harness_package(tmp_path):
    build_lib = tmp_path / "site"
    built = subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(build_lib)],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    top_level = set(os.listdir(build_lib))
    assert not top_level & {"e2e_testing", "xfail_sets"}, top_level
    repository = build_lib / "torch_mlir_e2e_test" / "_repository"
    assert (repository / "e2e_testing" / "main.py").exists()
    assert (repository / "xfail_sets" / "linalg.py").exists()

    # The installed console entry point puts the installed driver on the
    # path; the source tree's root is not on the path of this process.
    code = (
        "import torch_mlir_e2e_test._repository.e2e_testing.console as console\n"
        "print(console._DRIVER_ROOT)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(build_lib))
    found = subprocess.run(
        [sys.executable, "-c", code], cwd=str(tmp_path), env=env,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == str(repository)
