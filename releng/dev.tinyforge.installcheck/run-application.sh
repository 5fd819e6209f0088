#!/bin/sh
# Runs the Eclipse application dev.tinyforge.generate in the plain-Eclipse stand-in this module installs TinyForge
# into (target/plain-eclipse), the way STM32CubeIDE's headless mode runs it:
#   java -jar plugins/org.eclipse.equinox.launcher_*.jar -application dev.tinyforge.generate FILE.tinyml ...
# Generating the STM32 example must exit 0 and write its files; a deploy that does not fit must exit 1.
# The installation holds what the feature needs; the launcher, which every Eclipse has, comes from the stand-in's
# repository (target/repository). Without simpleconfigurator, config.ini lists the bundles, starting those an
# application needs.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
eclipse=$here/target/plain-eclipse
work=$here/target/application-check
example=$here/../../example-projects/stm32f746g-disco-person-detection/person-detection.tinyml

rm -rf "$work"
mkdir -p "$work/configuration"
bundles=
for bundle in "$eclipse"/plugins/*; do
	case $(basename "$bundle") in
	org.eclipse.osgi_*) continue ;;
	org.eclipse.equinox.common_*) start=@2:start ;;
	org.eclipse.core.runtime_* | org.eclipse.equinox.app_*) start=@start ;;
	*) start= ;;
	esac
	bundles="$bundles${bundles:+,}reference:file:$bundle$start"
done
printf 'osgi.bundles=%s\nosgi.bundles.defaultStartLevel=4\n' "$bundles" >"$work/configuration/config.ini"

generate() {
	java -jar "$here"/target/repository/plugins/org.eclipse.equinox.launcher_*.jar -install "$eclipse" \
		-configuration "$work/configuration" -data "$work/workspace" -nosplash -consoleLog \
		-application dev.tinyforge.generate "$@"
}

generate "$example" --out "$work/TinyForge"
test -s "$work/TinyForge/person_detect.c" || { echo "run-application.sh: nothing generated" >&2; exit 1; }

sed 's/sram 320 KB reserve 64 KB/sram 36 KB reserve 8 KB/; s|"\.\./\.\./\.\./shared|"'"$here"'/../../../shared|' \
	"$example" >"$work/too-small.tinyml"
status=0
generate "$work/too-small.tinyml" --out "$work/too-small" || status=$?
if [ "$status" != 1 ] || [ -e "$work/too-small" ]; then
	echo "run-application.sh: a deploy that does not fit exited with $status (not 1) or wrote files" >&2
	exit 1
fi
echo "run-application.sh: dev.tinyforge.generate exits 0 with the example's code and 1 for a deploy that does not fit"
