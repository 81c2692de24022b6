"""Expected outcomes of the `native_torch` config (see `xfail_sets/__init__.py`)."""

# Test name -> one-line reason it fails.
EXPECTED_FAILURES = {}

# Test name -> one-line reason it is not run at all.
DO_NOT_RUN = {}
