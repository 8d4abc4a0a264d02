#!/usr/bin/env bash
# Save-to-reload benchmark of `serve` on the shared generated handbook. Not a test: it prints
# figures (median, p90, min, max) and asserts nothing. Usage: bench/serve-reload.sh [PAGES] [SAVES]
set -euo pipefail
pages="${1:-1000}"
saves="${2:-20}"
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${BENCH_CORPUS:-${TMPDIR:-/tmp}/handbook-corpus-$pages}"
cd "$root"
[ -f target/handbook.jar ] && [ -d target/test-classes ] || mvn -B -ntp -q -DskipTests package
if [ ! -f "$corpus/content/handbook.yml" ]; then
  python3 "$root/../shared/bench/gen-corpus.py" "$pages" "$corpus"
fi
uptime
java -cp "target/handbook.jar:target/test-classes" dev.handbook.serve.ReloadBenchmark "$corpus/content" "$saves"
