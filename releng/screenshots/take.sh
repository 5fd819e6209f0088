#!/usr/bin/env bash
# Screenshots of TinyForge in an Eclipse workbench (the UI tests' runtime: the platform of the target plus our
# bundles) under Xvfb: the person detection example with the Memory per Layer view, then the same network on a
# board it does not fit, with its error markers, then the TinyNAS example searched (with a shorter evolution) in
# the TinyNAS Search view. Usage: releng/screenshots/take.sh [OUTPUT_FOLDER]
# (default /tmp/tinyforge-screenshots; keep it outside the repository). Needs Xvfb and ImageMagick's import, and
# a Maven repository filled by one build.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(realpath -m "${1:-/tmp/tinyforge-screenshots}")
mkdir -p "$out"
rm -f "$out"/*.ready "$out"/*.taken "$out"/display

Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$out/display" 2>"$out/xvfb.log" &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 100); do [ -s "$out/display" ] && break; sleep 0.1; done
export DISPLAY=":$(tr -d '[:space:]' <"$out/display")"

TINYFORGE_SCREENSHOTS="$out" ./mvnw -o -B verify -pl tests/dev.tinyforge.ui.tests -am -Dtest=ScreenshotScenario \
	-Dsurefire.failIfNoSpecifiedTests=false >"$out/build.log" 2>&1 &
build=$!
for scene in editor-with-chart over-budget search-view; do
	until [ -e "$out/$scene.ready" ]; do
		kill -0 $build 2>/dev/null || { echo "the workbench ended before $scene; see $out/build.log" >&2; exit 1; }
		sleep 1
	done
	import -window root "$out/$scene.png"
	touch "$out/$scene.taken"
	echo "$out/$scene.png"
done
wait $build || { echo "build failed; see $out/build.log" >&2; exit 1; }
