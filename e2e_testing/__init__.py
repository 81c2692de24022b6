"""The command-line driver of the e2e suites: `python -m e2e_testing.main`."""
