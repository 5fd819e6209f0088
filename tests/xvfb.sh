#!/usr/bin/env bash
# Starts a virtual X server for the UI test fragments when the build has no display (CI), and writes the
# display it got as the Maven property ui.display to the file $1. -displayfd lets Xvfb pick a free display
# number itself, so parallel builds on one machine do not collide. Xvfb stops when the build (the Maven JVM
# that runs this script) ends. Needs the Debian package xvfb.
set -euo pipefail
out=$1
mkdir -p "$(dirname "$out")"
if ! command -v Xvfb >/dev/null 2>&1; then
	echo "No DISPLAY and no Xvfb: install the package xvfb to run the UI tests" >&2
	exit 1
fi
rm -f "$out" "$out.number"
# own session and no inherited output streams: the build must not wait for Xvfb to exit
setsid Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$out.number" </dev/null >"$out.log" 2>&1 &
xvfb=$!
for _ in $(seq 200); do
	[ -s "$out.number" ] && break
	kill -0 "$xvfb" 2>/dev/null || { echo "Xvfb did not start:" >&2; cat "$out.log" >&2; exit 1; }
	sleep 0.05
done
[ -s "$out.number" ] || { echo "Xvfb gave no display within 10 s" >&2; exit 1; }
echo "ui.display=:$(tr -d '[:space:]' <"$out.number")" >"$out"
build=$PPID
setsid bash -c "while kill -0 $build 2>/dev/null; do sleep 2; done; kill $xvfb" </dev/null >/dev/null 2>&1 &
