"""Expected outcomes of the `stablehlo` config (see `xfail_sets/__init__.py`)."""

# Test name -> one-line reason it fails.
EXPECTED_FAILURES = {}

# Test name -> one-line reason it is not run at all.
DO_NOT_RUN = {
    'LoopOverIntListAttributeModule_basic': 'core: the torch-backend pipeline does not terminate (for-loop over a list attribute calling roll)',
}
