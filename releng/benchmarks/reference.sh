#!/bin/sh
# Milliseconds per inference of the reference interpreter on every shared model (first test input).
# Argument: inferences per model (default 50). Needs a build first: ./mvnw -B verify -DskipTests
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/benchmarks/classpath.sh"
benchmark_classpath model tflite reference
exec java -Dtinyforge.shared="$root/../shared" -cp "$classpath" \
	dev.tinyforge.reference.oracle.ReferenceInterpreterBenchmark "$@"
