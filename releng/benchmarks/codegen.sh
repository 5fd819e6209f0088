#!/bin/sh
# Generated code against TFLM + CMSIS-NN on an emulated Cortex-M7: arena, code and weight bytes, instructions per
# inference for every shared model (figures, not a pass/fail test). The optional argument is the memory plan:
# DEFAULT (the analysis as it is) or KERNEL_SCRATCH (every kernel gets TinyEngine's scratch).
# Needs a build first (./mvnw -B verify -DskipTests), gcc, arm-none-eabi-gcc with newlib and qemu-system-arm.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
tests="$root/tests/dev.tinyforge.codegen.tests"
if [ ! -d "$tests/target/classes/dev" ]; then
	echo "codegen.sh: build first: ./mvnw -B verify -DskipTests" >&2
	exit 2
fi
jar() { # newest local-repository jar of an artifact
	find "${MAVEN_REPOSITORY:-$HOME/.m2/repository}" -name "$1-[0-9]*.jar" | sort -V | tail -n 1
}
classes=""
for module in model analysis reference tflite codegen; do
	classes="$classes:$root/bundles/dev.tinyforge.$module/target/classes"
done
classpath="$tests/target/classes$classes:$(jar org.eclipse.emf.ecore):$(jar org.eclipse.emf.common)"
classpath="$classpath:$(jar flatbuffers-java):$(jar gson)"
cd "$tests"
exec java -Dtinyforge.shared="$root/../shared" -cp "$classpath" dev.tinyforge.codegen.CodegenBenchmark "$@"
