#!/usr/bin/env bash
# Start-up of the command line: the best (and the median) of N runs of each command, wall-clock
# and CPU (user + sys), beside a bare `java -version`, as a Markdown table.
#   "before" = the jar as the launcher ran it until issue 19: java -jar cli/target/jixiao-cli.jar
#   the rows in between add one JVM option at a time; "./jixiao" = the launcher as it is now
#   (static AppCDS archive + C1 only + serial GC; the archive is made first if it is missing).
# Usage: benchmarks/startup.sh [N]     (N = 7 by default; needs the jar: run ./jixiao --help once)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-7}
jar=cli/target/jixiao-cli.jar
jsa=cli/target/jixiao-cli.jsa
seed=examples/baiyun-2021/evaluation.json
java=java
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; fi

./jixiao --help >/dev/null 2>&1 # builds the jar and its archive if they are missing or stale

# one, row: best and median of n runs
# shellcheck source=benchmarks/timing.sh
. benchmarks/timing.sh

cds=(-Xshare:auto -XX:SharedArchiveFile="$jsa" -Xlog:disable -Xlog:all=warning:stderr)
echo "## Start-up, $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "- machine: $(nproc 2>/dev/null || sysctl -n hw.ncpu) cores, $(uname -sm), load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
echo "- JDK: $("$java" -version 2>&1 | head -1); best and median of $n runs"
echo
echo "| command | best wall (s) | median wall (s) | best CPU user+sys (s) |"
echo "|---|---:|---:|---:|"
row 'java -version' "$java" -version
for cmd in help score; do
  if [ "$cmd" = help ]; then args=(--help); else args=(score "$seed"); fi
  row "$cmd: before, java -jar" "$java" -jar "$jar" "${args[@]}"
  row "$cmd: + AppCDS" "$java" "${cds[@]}" -jar "$jar" "${args[@]}"
  row "$cmd: + AppCDS + C1 only" "$java" "${cds[@]}" -XX:TieredStopAtLevel=1 -jar "$jar" "${args[@]}"
  row "$cmd: ./jixiao (+ serial GC)" ./jixiao "${args[@]}"
done
echo
echo "- load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
