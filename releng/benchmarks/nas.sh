#!/bin/sh
# Architecture search figures: candidates evaluated per second on 1 and N threads (the argument, default 2),
# stage 1 over MCUNet's 108 spaces x 1000 samples, and a full search for STM32F746 and STM32F412 in one run.
# Wall time and CPU time both: on a shared machine the CPU time tells what N free cores would do.
# Needs a build first: ./mvnw -B verify -DskipTests
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/benchmarks/classpath.sh"
benchmark_classpath model analysis nas
exec java -cp "$classpath" dev.tinyforge.nas.NasBenchmark "$@"
