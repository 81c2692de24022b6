"""Expected outcomes of the `stablehlo_static` config (see `xfail_sets/__init__.py`).

The `stablehlo` lowering with every -1 dim of `annotate_args` specialized to the
sizes of the test's inputs. Generated from a run by
`python -m e2e_testing.xfail_update`, then reviewed.
"""

# Test name -> one-line reason it fails.
EXPECTED_FAILURES = {}

# Test name -> why it is never run.
DO_NOT_RUN = {
    "LoopOverIntListAttributeModule_basic": "core: the torch-backend pipeline does not terminate (for-loop over a list attribute calling roll)",
}
