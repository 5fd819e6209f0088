#!/bin/sh
# Analyses per second of the analysis core on an MCUNet-like graph (figures, not a pass/fail test).
# Needs a build first: ./mvnw -B verify -DskipTests
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
classes="$root/bundles/dev.tinyforge.analysis/target/classes:$root/tests/dev.tinyforge.analysis.tests/target/classes"
if [ ! -d "$root/tests/dev.tinyforge.analysis.tests/target/classes/dev" ]; then
	echo "analysis.sh: build first: ./mvnw -B verify -DskipTests" >&2
	exit 2
fi
exec java -cp "$classes" dev.tinyforge.analysis.AnalysisBenchmark "$@"
