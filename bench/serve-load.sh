#!/usr/bin/env bash
# Load benchmark of `serve` on the shared generated handbook: normal requests while event streams and
# stalled connections (half a request sent) are held. Not a test: it prints how many were answered and
# p50, p99 and max, and asserts nothing.
# Usage: bench/serve-load.sh [PAGES] [REQUESTS] [STALLED] [STREAMS]   # default 1000 2000 64 200
set -euo pipefail
pages="${1:-1000}"
requests="${2:-2000}"
stalled="${3:-64}"
streams="${4:-200}"
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${BENCH_CORPUS:-${TMPDIR:-/tmp}/handbook-corpus-$pages}"
cd "$root"
[ -f target/handbook.jar ] && [ -f target/test-classes/dev/handbook/serve/LoadBenchmark.class ] || mvn -B -ntp -q -DskipTests package
if [ ! -f "$corpus/content/handbook.yml" ]; then
  python3 "$root/../shared/bench/gen-corpus.py" "$pages" "$corpus"
fi
uptime
java -cp "target/handbook.jar:target/test-classes" dev.handbook.serve.LoadBenchmark "$corpus/content" "$requests" "$stalled" "$streams"
