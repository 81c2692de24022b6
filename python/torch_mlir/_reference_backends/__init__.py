"""The reference backends: run Linalg-on-Tensors, TOSA and StableHLO IR on the CPU.

`refbackend` lowers Linalg-on-Tensors IR to LLVM and runs it on the wheel's
`ExecutionEngine`; `tosa` and `stablehlo` lower their IR to Linalg first.
The migration comparison and the e2e harness both execute IR with them, so
they sit below both; the harness's legacy modules
(`torch_mlir_e2e_test.linalg_on_tensors_backends.refbackend`, ...) re-export
them under their old names.
"""
