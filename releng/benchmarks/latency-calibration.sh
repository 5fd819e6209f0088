#!/bin/sh
# Calibrates the architecture search's Cortex-M7 latency model: per-layer instruction counts of the generated
# code under QEMU for every shared model and the networks of latency/calibration-networks.tinyml (with synthetic
# weights) into releng/benchmarks/latency/cortex-m7-layers.csv, then the fit
# (bundles/dev.tinyforge.nas/src/dev/tinyforge/nas/evaluate/latency-cortex-m7.properties), and prints predicted
# against measured instructions. Commit both files together.
# Needs a build first (./mvnw -B verify -DskipTests), gcc, arm-none-eabi-gcc with newlib, qemu-system-arm, python3.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
tests="$root/tests/dev.tinyforge.codegen.tests"
data="$root/releng/benchmarks/latency/cortex-m7-layers.csv"
. "$root/releng/benchmarks/classpath.sh"
benchmark_classpath model analysis reference tflite dsl codegen
mkdir -p "$(dirname "$data")"
(cd "$tests" && java -Dtinyforge.shared="$root/../shared" -cp "$classpath" \
	dev.tinyforge.codegen.LayerInstructionCounts "$root/releng/benchmarks/latency/calibration-networks.tinyml") \
	> "$data.tmp"
mv "$data.tmp" "$data"
python3 "$root/releng/benchmarks/fit_latency.py" "$data" \
	"$root/bundles/dev.tinyforge.nas/src/dev/tinyforge/nas/evaluate/latency-cortex-m7.properties"
