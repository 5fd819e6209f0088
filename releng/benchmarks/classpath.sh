# Sourced by the benchmark scripts: $root is the repository root. Sets $classpath to the classes of the given
# bundles and their test fragments plus the third-party jars the build resolved from the target platform
# (the CLI's lib/ folder holds exactly those versions). Exits 2 when the build has not run yet.
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
