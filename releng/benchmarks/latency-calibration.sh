#!/bin/sh
# Calibrates the architecture search's latency models of the Cortex-M7 and the Cortex-M4: per-layer instruction
# counts of the generated code under QEMU for every shared model and the networks of
# latency/calibration-networks.tinyml (with synthetic weights) into releng/benchmarks/latency/CORE-layers.csv, then
# the fit (bundles/dev.tinyforge.nas/src/dev/tinyforge/nas/evaluate/latency-CORE.properties), and prints predicted
# against measured instructions. Commit the data and the fits together.
# Needs a build first (./mvnw -B verify -DskipTests), gcc, arm-none-eabi-gcc with newlib, qemu-system-arm, python3.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
tests="$root/tests/dev.tinyforge.codegen.tests"
. "$root/releng/benchmarks/classpath.sh"
benchmark_classpath model analysis reference tflite dsl codegen
for core in cortex-m7 cortex-m4; do
	data="$root/releng/benchmarks/latency/$core-layers.csv"
	board=$(echo "$core" | tr 'a-z-' 'A-Z_')
	echo "== $core"
	(cd "$tests" && java -Dtinyforge.shared="$root/../shared" -cp "$classpath" \
		dev.tinyforge.codegen.LayerInstructionCounts "$root/releng/benchmarks/latency/calibration-networks.tinyml" \
		"$board") > "$data.tmp"
	mv "$data.tmp" "$data"
	python3 "$root/releng/benchmarks/fit_latency.py" "$data" \
		"$root/bundles/dev.tinyforge.nas/src/dev/tinyforge/nas/evaluate/latency-$core.properties"
done
