#!/bin/sh
# The .tflite importer against mutated shared models: cases per second and how each case ended (a graph or a
# clean TfliteImportException; anything else is a bug). Argument: number of cases (default 100000).
# Needs a build first: ./mvnw -B verify -DskipTests
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/benchmarks/classpath.sh"
benchmark_classpath model tflite
exec java -Dtinyforge.models="$root/../shared/models" -cp "$classpath" dev.tinyforge.tflite.TfliteFuzzBenchmark "$@"
