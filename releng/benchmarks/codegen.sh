#!/bin/sh
# Generated code against TFLM + CMSIS-NN on an emulated Cortex-M7: arena, code and weight bytes, instructions per
# inference for every shared model (figures, not a pass/fail test). The optional arguments: the memory plan,
# DEFAULT (the analysis as it is) or KERNEL_SCRATCH (every kernel gets TinyEngine's scratch), the optimization,
# SPEED (widened weights for matrix products, the default) or SIZE (int8 weights), and --layers, which adds a
# table of every layer's instructions per model.
# Needs a build first (./mvnw -B verify -DskipTests), gcc, arm-none-eabi-gcc with newlib and qemu-system-arm.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/benchmarks/classpath.sh"
run_codegen_benchmark dev.tinyforge.codegen.CodegenBenchmark "$@"
