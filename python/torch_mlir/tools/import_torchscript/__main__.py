"""`python -m torch_mlir.tools.import_torchscript`: see the package docstring."""

import sys

from torch_mlir.tools.import_torchscript import main

if __name__ == "__main__":
    sys.exit(main())
