#!/usr/bin/env bash
# Screenshots of TinyForge as a user installs it: the Eclipse 2023-09 IDE that the install check p2-installs our
# feature into (releng/dev.tinyforge.installcheck/target/plain-eclipse: the stand-in's IDE bundles + our p2 site),
# started with the IDE workbench application under Xvfb on a fresh workspace. The bundle dev.tinyforge.screenshots
# (added to this launch only) imports example-projects/person-detection, opens person-detect.tinyml with the
# Memory per Layer view and closes the IDE once the picture is taken.
# Usage: releng/screenshots/product.sh [OUTPUT_FOLDER]   (default /tmp/tinyforge-product-screenshots; keep it
# outside the repository). Needs one reactor build first (./mvnw -o -B verify), Xvfb and ImageMagick's import.
set -euo pipefail
repo=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
installcheck=$repo/releng/dev.tinyforge.installcheck/target
eclipse=$installcheck/plain-eclipse
hook=$(ls "$repo"/releng/dev.tinyforge.screenshots/target/dev.tinyforge.screenshots-*.jar 2>/dev/null | head -1)
launcher=$(ls "$installcheck"/repository/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -1)
if [ -z "$hook" ] || [ -z "$launcher" ] || ! ls "$eclipse"/plugins/org.eclipse.ui.ide.application_* >/dev/null 2>&1; then
	echo "product.sh: no IDE installation or screenshot bundle; build the reactor first: ./mvnw -o -B verify" >&2
	exit 1
fi
out=$(realpath -m "${1:-/tmp/tinyforge-product-screenshots}")
run=$out/run
rm -rf "$run"
mkdir -p "$run/configuration"

# No simpleconfigurator in the installation: config.ini lists its bundles (plus the hook) with an Eclipse IDE's
# usual start levels (Declarative Services and Event Admin early; e4 needs both).
bundles=
for bundle in "$eclipse"/plugins/* "$hook"; do
	case $(basename "$bundle") in
	org.eclipse.osgi_*) continue ;;
	org.eclipse.equinox.common_* | org.apache.felix.scr_* | org.eclipse.equinox.event_*) start=@2:start ;;
	org.eclipse.core.runtime_*) start=@start ;;
	*) start= ;;
	esac
	bundles="$bundles${bundles:+,}reference:file:$bundle$start"
done
printf 'osgi.bundles=%s\nosgi.bundles.defaultStartLevel=4\n' "$bundles" >"$run/configuration/config.ini"

Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$run/display" 2>"$run/xvfb.log" &
xvfb=$!
ide=
cleanup() {
	[ -n "$ide" ] && kill "$ide" 2>/dev/null || true
	kill "$xvfb" 2>/dev/null || true
	wait 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 100); do [ -s "$run/display" ] && break; sleep 0.1; done
export DISPLAY=":$(tr -d '[:space:]' <"$run/display")"

start=$SECONDS
java -Dtinyforge.scenes="$run" -Dtinyforge.example="$repo/example-projects/person-detection" \
	-jar "$launcher" -install "$eclipse" -configuration "$run/configuration" -data "$run/workspace" \
	-nosplash -consoleLog -application org.eclipse.ui.ide.workbench >"$run/ide.log" 2>&1 &
ide=$!
scene=editor-with-chart
until [ -e "$run/$scene.ready" ]; do
	kill -0 "$ide" 2>/dev/null || { echo "product.sh: the IDE ended before $scene; see $run/ide.log" >&2; exit 1; }
	[ $((SECONDS - start)) -lt 180 ] || { echo "product.sh: no $scene after 180 s; see $run/ide.log" >&2; exit 1; }
	sleep 0.5
done
echo "product.sh: $scene ready $((SECONDS - start)) s after launch"
import -window root "$out/$scene.png"
touch "$run/$scene.taken"
echo "$out/$scene.png"
for _ in $(seq 60); do kill -0 "$ide" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$ide" 2>/dev/null; then
	echo "product.sh: the IDE did not close within 30 s; stopped it" >&2
	exit 1
fi
wait "$ide" || { echo "product.sh: the IDE exited with an error; see $run/ide.log" >&2; exit 1; }
ide=
echo "product.sh: the IDE closed after $((SECONDS - start)) s"
