#!/bin/sh
# Patch-based inference (MCUNetV2) on every shared model: the arena layer by layer and with the patch plan the
# planner picks within 30% more MACs, the plan and its MAC overhead, and instructions per inference on an emulated
# Cortex-M7 without and with the plan, beside TFLM + CMSIS-NN's arena and instructions (figures, not a test).
# Needs a build first (./mvnw -B verify -DskipTests), gcc, arm-none-eabi-gcc with newlib and qemu-system-arm.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/benchmarks/classpath.sh"
run_codegen_benchmark dev.tinyforge.codegen.PatchBenchmark
