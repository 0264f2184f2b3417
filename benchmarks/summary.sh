#!/usr/bin/env bash
# The batch summary of a year's documents, end to end through the launcher: N generated
# self-evaluations (seed 19, the same SummaryBenchmark scores) written as JSON files, each naming
# the rulebook of its own table, and `./jixiao summary DIR --rulebooks BOOKS -o s.html` timed —
# the best and the median of R runs, wall-clock and CPU (user + sys) — beside `./jixiao score` on
# the same files (the baseline: the same scoring and checks, no page and no cards), as a
# Markdown table.
# Usage: benchmarks/summary.sh [N] [R]    (N = 1000, R = 5 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-1000}
n=${2:-5} # runs of each command, for row
java=java
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; fi
bench=benchmarks/target/benchmarks.jar
if [ ! -f "$bench" ]; then
  ./mvnw -q -B -pl benchmarks -am install -DskipTests >&2
fi
./jixiao --help >/dev/null 2>&1 # builds the CLI and its archive if they are missing or stale

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$java" -cp "$bench" io.github.jixiao.benchmarks.WriteBatch "$work/batch" "$files"

# one, row: best and median of n runs
# shellcheck source=benchmarks/timing.sh
. benchmarks/timing.sh

echo "## Batch summary of $files files, $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
echo
echo "| command | best wall (s) | median wall (s) | best CPU (s) |"
echo "|---|---:|---:|---:|"
row "score (baseline)" ./jixiao score "$work/batch" --rulebooks "$work/batch-rulebooks"
row "summary, page and $files cards" ./jixiao summary "$work/batch" --rulebooks "$work/batch-rulebooks" -o "$work/s.html"
row "summary --json" ./jixiao summary "$work/batch" --rulebooks "$work/batch-rulebooks" --json
