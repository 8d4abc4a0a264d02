#!/usr/bin/env bash
# Benchmark of `build --pdf` on the sample handbook and on the shared generated 1,000-page handbook.
# Not a test: it prints, per handbook, the wall time, the peak memory of the build (/usr/bin/time -v),
# the PDF's pages and pages per second, and asserts nothing. Budgets (README, "Print page and PDF"):
# the sample under 10 s; the 1,000-page handbook under 3 minutes and 1.5 GiB.
# Usage: bench/pdf.sh [PAGES] [RUNS]   # default 1000 1
set -euo pipefail
pages="${1:-1000}"
runs="${2:-1}"
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${BENCH_CORPUS:-${TMPDIR:-/tmp}/handbook-corpus-$pages}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
[ -f target/handbook.jar ] || mvn -B -ntp -q -DskipTests package
if [ ! -f "$corpus/content/handbook.yml" ]; then
  python3 "$root/../shared/bench/gen-corpus.py" "$pages" "$corpus"
fi
uptime
printf '%-10s %4s %8s %8s %10s %10s %8s\n' handbook run "wall s" "CPU s" "peak MiB" "PDF pages" "pages/s"
for name in sample corpus; do
  source=content
  [ "$name" = corpus ] && source="$corpus/content"
  for run in $(seq 1 "$runs"); do
    rm -rf "$work/site"
    /usr/bin/time -v -o "$work/time" java -jar target/handbook.jar build --source "$source" --out "$work/site" --pdf >/dev/null
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time")
    cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$work/time")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time")
    pdf=$(pdfinfo "$work/site/handbook.pdf" | awk '/^Pages:/ {print $2}')
    printf '%-10s %4s %8.2f %8.2f %10s %10s %8.1f\n' "$name" "$run" "$wall" "$cpu" "$rss" "$pdf" "$(echo "$pdf / $wall" | bc -l)"
  done
done
