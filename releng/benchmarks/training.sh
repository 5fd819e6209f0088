#!/bin/sh
# On-device training memory (TinyTL's schemes) side by side for MobileNetV2 0.35 at 128x128
# (example-projects/on-device-training) and TFLM's person_detect (MobileNetV1 0.25 at 96x96), at batch 1 and 8,
# SGD, 32-bit floats: figures, not a pass/fail test. "SRAM" is the peak of the planned training step with frozen
# weights left in Flash; "+ frozen" adds them, as TinyTL's memory profiler counts them (8-bit, in memory).
# Needs a build first: ./mvnw -B verify -DskipTests
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
models=${TINYFORGE_MODELS:-$root/../shared/models}
if [ ! -f "$root/bundles/dev.tinyforge.cli/target/cli/tinyforge.jar" ]; then
	echo "training.sh: build first: ./mvnw -B verify -DskipTests" >&2
	exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/example-projects/on-device-training/mobilenetv2.tinyml" "$work/"
printf 'network person_detect from "%s"\n' "$models/person_detect.tflite" >"$work/person_detect.tinyml"

for network in mbv2 person_detect; do
	for batch in 1 8; do
		printf 'train %s { scheme bias-only + lite-residual batch %s }\n' "$network" "$batch" >"$work/train.tinyml"
		echo "$network, batch $batch, sgd, fp32:"
		"$root/tinyforge" analyze "$work/train.tinyml" --train | awk '
			/^  scheme / { table = 1; printf "  %-26s %14s %8s %16s %8s\n", "scheme", "SRAM B", "full/x", "+ frozen B", "full/x"; next }
			table && NF == 0 { exit }
			table {
				# the label may hold spaces; the numbers are the last nine fields
				label = $1; for (i = 2; i <= NF - 9; i++) label = label " " $i
				peak = $(NF - 3); frozen = $(NF - 1); gsub(",", "", peak); gsub(",", "", frozen)
				if (label == "full") { fullPeak = peak; fullTotal = peak + frozen }
				printf "  %-26s %14d %7.2fx %16d %7.2fx\n", label, peak, fullPeak / peak, peak + frozen, fullTotal / (peak + frozen)
			}'
		echo
	done
done
