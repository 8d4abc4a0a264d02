#!/usr/bin/env bash
# Makes the self-contained distribution from target/handbook.jar (run by `mvn -Pdist package`):
#   target/dist/handbook-VERSION-OS-ARCH/   bin/handbook, bin/handbook.cmd, lib/handbook.jar, runtime/
#   target/dist/handbook-VERSION-OS-ARCH.tar.gz (.zip on Windows)
#   and, with DIST_INSTALLER=deb|msi|pkg, an installer made by jpackage.
# The runtime is jlink'd from DIST_JDK (default: a JDK 25 under /usr/lib/jvm when there is one, else
# JAVA_HOME), with a CDS archive made from a build of the sample handbook by the packaged runtime itself.
set -euo pipefail
version=${1:?version}
target=${2:?target folder}
root=$(cd "$(dirname "$0")/../.." && pwd)

jdk=${DIST_JDK:-}
if [[ -z $jdk ]]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/*-25-*; do
    if [[ -x $candidate/bin/jlink ]]; then jdk=$candidate; break; fi
  done
fi
jdk=${jdk:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}
[[ -x $jdk/bin/jlink ]] || { echo "dist: no jlink in $jdk (set DIST_JDK to a JDK 17 or newer)" >&2; exit 1; }
feature=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')

case "$(uname -s)" in
  Linux*) os=linux ;; Darwin*) os=macos ;; MINGW*|MSYS*|CYGWIN*) os=windows ;; *) os=unknown ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=aarch64 ;; *) arch=$(uname -m) ;;
esac
name=handbook-$version-$os-$arch
out=$target/dist
home=$out/$name
rm -rf "$out"
mkdir -p "$home/bin" "$home/lib"

# The modules the tool and its libraries use (jdeps over the runtime class path), plus those that
# are found by service lookup rather than by name: zip file systems (release zips) and the Dutch
# locale data (dates and numbers in Dutch).
modules=java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,java.management
modules=$modules,java.naming,java.sql,java.xml,jdk.httpserver,jdk.unsupported,jdk.xml.dom,jdk.zipfs,jdk.localedata
if (( feature >= 21 )); then compress=--compress=zip-6; else compress=--compress=2; fi
echo "dist: jlink runtime from $jdk (Java $feature)"
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,nl --strip-debug --no-man-pages \
  --no-header-files "$compress" --output "$home/runtime"

cp "$target/handbook.jar" "$home/lib/handbook.jar"
cp "$root/src/dist/bin/handbook" "$root/src/dist/bin/handbook.cmd" "$home/bin/"
chmod +x "$home/bin/handbook"
cp "$root/LICENSE" "$root/THIRD-PARTY.md" "$home/"

# Training: the packaged runtime builds the sample handbook (site and PDF) once; the classes it loads
# go into a static class-data archive that every later start maps instead of loading them again. A
# static CDS archive with Java 25 as with 17: Java 25's AOT cache, made from the same build, loads
# all of its 7,900 classes at every start and made a 100-page build no faster than no archive at all,
# where the CDS archive made it take 0.71 times as long (README, "Launcher").
cds_archive() { # java, jar, archive
  local java=$1 jar=$2 archive=$3 scratch
  scratch=$(mktemp -d)
  HANDBOOK_CACHE=$scratch/cache "$java" -XX:TieredStopAtLevel=1 -Dhandbook.launched=packaging \
    -XX:DumpLoadedClassList="$scratch/classlist" -cp "$jar" \
    dev.handbook.cli.Main build --pdf --source "$root/content" --out "$scratch/site" >"$scratch/training.log" 2>&1 || { cat "$scratch/training.log" >&2; exit 1; }
  "$java" -Xshare:dump -XX:SharedClassListFile="$scratch/classlist" -XX:SharedArchiveFile="$archive" -Xlog:cds=off \
    -cp "$jar" >/dev/null
  rm -rf "$scratch"
}
echo "dist: CDS archive from a build of the sample"
cds_archive "$home/runtime/bin/java" "$home/lib/handbook.jar" "$home/lib/handbook.jsa"

if [[ $os == windows ]]; then
  (cd "$out" && jar --create --no-manifest --file "$name.zip" "$name")
else
  tar -C "$out" -czf "$out/$name.tar.gz" "$name"
fi
echo "dist: $out/$name.$([[ $os == windows ]] && echo zip || echo tar.gz)"

installer=${DIST_INSTALLER:-}
[[ -z $installer || $installer == none ]] && exit 0
# jpackage wants a numeric version; its app image lays the jar and runtime out its own way, so the
# class archive is made again inside the image before it is packed.
numeric=${version%%-*}
image=$out/image
input=$out/input
mkdir -p "$input" "$image"
cp "$home/lib/handbook.jar" "$input/"
options=(-XX:TieredStopAtLevel=1 -Dhandbook.launched=packaged "-XX:SharedArchiveFile=\$APPDIR/handbook.jsa" -Xlog:cds=off)
java_options=()
for option in "${options[@]}"; do java_options+=(--java-options "$option"); done
"$jdk/bin/jpackage" --type app-image --name handbook --app-version "$numeric" --vendor "handbook" \
  --input "$input" --main-jar handbook.jar --main-class dev.handbook.cli.Main --runtime-image "$home/runtime" \
  "${java_options[@]}" --add-launcher "Voorvertoning=$root/src/dist/jpackage/voorvertoning.properties" \
  --dest "$image"
case $os in
  linux) app=$image/handbook; appjava=$app/lib/runtime/bin/java; appdir=$app/lib/app ;;
  macos) app=$image/handbook.app; appjava=$app/Contents/runtime/Contents/Home/bin/java; appdir=$app/Contents/app ;;
  windows) app=$image/handbook; appjava=$app/runtime/bin/java.exe; appdir=$app/app ;;
esac
cds_archive "$appjava" "$appdir/handbook.jar" "$appdir/handbook.jsa"
extra=()
case $installer in
  deb) extra=(--linux-package-name handbook --linux-app-category text
              --linux-deb-maintainer "handbook@example.invalid") ;;
  msi) extra=(--win-per-user-install --win-dir-chooser --win-console) ;;
  pkg) extra=(--mac-package-identifier dev.handbook) ;;
esac
"$jdk/bin/jpackage" --type "$installer" --name handbook --app-version "$numeric" --vendor "handbook" \
  --description "Turns Markdown handbooks into a website, a print page and an accessible PDF" \
  --license-file "$root/LICENSE" --app-image "$app" --dest "$out" "${extra[@]}"
echo "dist: $(ls "$out"/*."$installer")"
