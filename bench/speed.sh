#!/usr/bin/env bash
# Build speed against Hugo, in ONE run of the shared harness (../shared/bench/bench.sh): Hugo, this
# project's jar (`java -jar`, cold and a one-page rebuild, the harness's own rows) and the packaged
# launcher (bin/handbook of `mvn -Pdist`, cold and a one-page rebuild, done here as the harness does
# them), at each size given. Prints the harness's table, then each row's wall and CPU ratio to Hugo
# measured in the same run, beside the targets of the build-speed issue. Not a test: it asserts nothing.
#
# Usage: bench/speed.sh [--runs R] [--workdir DIR] [SIZES...]   # default: --runs 3 --workdir /dev/shm 100 1000 10000
# Needs target/handbook.jar and target/dist/*/bin/handbook (mvn -Pdist -DskipTests package), and the
# peers of ../shared/bench/peers-install.sh. HANDBOOK_LAUNCHER names another launcher.
#
# Inside, as a --tool command (run by the harness in a scratch folder of its own per tool and size):
#   bench/speed.sh --cold LAUNCHER       a cold build of $CONTENT into $OUT, with an empty cache
#   bench/speed.sh --rebuild LAUNCHER    the first call (the harness's warm-up run) copies $CONTENT and
#                                        fills the cache; every later call appends a sentence to one page
#                                        and builds into $OUT with that cache
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

case "${1:-}" in
  --cold)
    rm -rf cache
    HANDBOOK_CACHE="$PWD/cache" exec "$2" build --source "$CONTENT" --out "$OUT"
    ;;
  --rebuild)
    if [[ ! -d content ]]; then
      cp -r "$CONTENT" content
    else
      edited="$(cd content && find . -name '*.md' ! -name '_index.md' ! -name 'index.md' | LC_ALL=C sort | sed -n 1p)"
      printf '\nEen zin die bij run %s is toegevoegd.\n' "$RANDOM" >>"content/$edited"
    fi
    HANDBOOK_CACHE="$PWD/cache" exec "$2" build --source content --out "$OUT"
    ;;
esac

runs=3
workdir=/dev/shm
sizes=()
while (($#)); do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --workdir) workdir="$2"; shift 2 ;;
    -h | --help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
((${#sizes[@]})) || sizes=(100 1000 10000)

cd "$root"
jar="$root/target/handbook.jar"
launcher="${HANDBOOK_LAUNCHER:-$(ls -d "$root"/target/dist/*/bin/handbook 2>/dev/null | head -n1)}"
[[ -f "$jar" ]] || { echo "speed.sh: no $jar (mvn -DskipTests package)" >&2; exit 2; }
[[ -x "$launcher" ]] || { echo "speed.sh: no packaged launcher (mvn -Pdist -DskipTests package)" >&2; exit 2; }
self="$root/bench/speed.sh"
results="$(mktemp)"
trap 'rm -f "$results"' EXIT

"$root/../shared/bench/bench.sh" --workdir "$workdir" --runs "$runs" --warmup 1 --results "$results" \
  --only hugo,handbook,handbook-rebuild,packaged,packaged-rebuild \
  --tool "packaged=$self --cold $launcher" --tool "packaged-rebuild=$self --rebuild $launcher" \
  "${sizes[@]}"

echo
echo "ratios to Hugo measured in this run (median wall and CPU seconds), beside the build-speed targets:"
python3 - "$results" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
by = {(r["n"], r["tool"]): r for r in rows if r["status"] == "ok"}
targets = {  # (size, row): (wall target, cpu target)
    ("100", "handbook"): (3.0, None), ("100", "packaged"): (3.0, None),
    ("1000", "handbook"): (1.0, 2.5), ("1000", "packaged"): (1.0, 2.5),
    ("1000", "handbook-rebuild"): (0.5, None), ("1000", "packaged-rebuild"): (0.5, None),
    ("10000", "handbook"): (1.0, None), ("10000", "packaged"): (1.0, None),
    ("10000", "handbook-rebuild"): (0.25, None), ("10000", "packaged-rebuild"): (0.25, None),
}
names = {"handbook": "java -jar, cold", "handbook-rebuild": "java -jar, one-page rebuild",
         "packaged": "bin/handbook, cold", "packaged-rebuild": "bin/handbook, one-page rebuild"}
print("| pages | build | wall s | wall ratio | CPU ratio | peak MiB | target |")
print("|---:|---|---:|---:|---:|---:|---|")
for n in sorted({r["n"] for r in rows}, key=int):
    hugo = by.get((n, "hugo"))
    if hugo is None:
        continue
    print(f"| {n} | Hugo | {float(hugo['median_wall_s']):.2f} | 1 | 1 | {hugo['peak_rss_mib']} | |")
    for tool, name in names.items():
        r = by.get((n, tool))
        if r is None:
            continue
        wall = float(r["median_wall_s"]) / float(hugo["median_wall_s"])
        cpu = float(r["median_cpu_s"]) / float(hugo["median_cpu_s"])
        goal = targets.get((n, tool))
        verdict = ""
        if goal:
            met = wall <= goal[0] and (goal[1] is None or cpu <= goal[1])
            verdict = f"wall ≤ {goal[0]}" + (f", CPU ≤ {goal[1]}" if goal[1] else "") + (": met" if met else ": not met")
        print(f"| {n} | {name} | {float(r['median_wall_s']):.2f} | {wall:.2f} | {cpu:.2f} | {r['peak_rss_mib']} | {verdict} |")
EOF
