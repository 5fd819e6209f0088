#!/usr/bin/env bash
# Screenshots of the TinyForge IDE product (releng/dev.tinyforge.product: the Eclipse 2023-09 IDE with TinyForge and
# its branding, installed by the build into target/products/...), started with the Equinox launcher jar under Xvfb
# on a fresh workspace. The bundle dev.tinyforge.screenshots (added to this launch only, in a copy of the product's
# configuration) imports example-projects/person-detection, opens person-detect.tinyml with the Memory per Layer
# view and closes the IDE once the picture is taken.
# Usage: releng/screenshots/product.sh [OUTPUT_FOLDER]   (default /tmp/tinyforge-product-screenshots; keep it
# outside the repository). Needs one reactor build first (./mvnw -o -B verify), Xvfb and ImageMagick's import.
set -euo pipefail
repo=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
product=$repo/releng/dev.tinyforge.product/target/products/dev.tinyforge.ide.product/linux/gtk/x86_64
hook=$(ls "$repo"/releng/dev.tinyforge.screenshots/target/dev.tinyforge.screenshots-*.jar 2>/dev/null | head -1)
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -1)
if [ -z "$hook" ] || [ -z "$launcher" ] || [ ! -f "$product/configuration/config.ini" ]; then
	echo "product.sh: no TinyForge IDE product or screenshot bundle; build the reactor first: ./mvnw -o -B verify" >&2
	exit 1
fi
out=$(realpath -m "${1:-/tmp/tinyforge-product-screenshots}")
run=$out/run
rm -rf "$run"
mkdir -p "$run"

# The product's own configuration, plus the hook in simpleconfigurator's list (name,version,location,level,start).
cp -r "$product/configuration" "$run/configuration"
hook_version=$(unzip -p "$hook" META-INF/MANIFEST.MF | sed -n 's/^Bundle-Version: *//p' | tr -d '\r')
echo "dev.tinyforge.screenshots,$hook_version,file:$hook,4,false" \
	>>"$run/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"

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
	-jar "$launcher" -install "$product" -configuration "$run/configuration" -data "$run/workspace" \
	-nosplash -consoleLog >"$run/ide.log" 2>&1 &
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
