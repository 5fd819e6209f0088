# Sourced by the benchmark scripts: $root is the repository root. benchmark_classpath sets $classpath to the
# classes of the given bundles and their test fragments plus the third-party jars the build resolved from the
# target platform (the CLI's lib/ folder holds exactly those versions); it exits 2 when the build has not run yet.
benchmark_classpath() {
	lib="$root/bundles/dev.tinyforge.cli/target/cli/lib"
	if [ ! -d "$lib" ]; then
		echo "$(basename "$0"): build first: ./mvnw -B verify -DskipTests" >&2
		exit 2
	fi
	classpath=""
	for module in "$@"; do
		for dir in "$root/bundles/dev.tinyforge.$module/target/classes" "$root/tests/dev.tinyforge.$module.tests/target/classes"; do
			[ -d "$dir" ] && classpath="$classpath:$dir"
		done
	done
	classpath="$classpath:$root/tests/dev.tinyforge.testing/target/classes"
	for jar in "$lib"/*.jar; do
		case "$(basename "$jar")" in
		dev.tinyforge.*) ;; # our bundles come from target/classes above
		*) classpath="$classpath:$jar" ;;
		esac
	done
	classpath="${classpath#:}"
}

# Runs a main class of the code generator's test fragment (benchmarks that build and run generated C) with the
# shared models beside the repository, passing on the script's arguments.
run_codegen_benchmark() {
	benchmark_classpath model analysis reference tflite codegen
	cd "$root/tests/dev.tinyforge.codegen.tests"
	main="$1"
	shift
	exec java -Dtinyforge.shared="$root/../shared" -cp "$classpath" "$main" "$@"
}
