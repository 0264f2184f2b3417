#!/usr/bin/env bash
# Runs Jixiao's JMH suite with settings that fit a 2-core machine in under 10 minutes, then prints
# the table of ratios (Jixiao ÷ baseline, same run) and the growth from 30 to 300 indicators.
# Usage: benchmarks/run.sh            (builds benchmarks/target/benchmarks.jar if it is missing)
#        JMH_ARGS="-f 2" benchmarks/run.sh   (extra JMH options, appended to both runs)
set -euo pipefail

cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/results
mkdir -p "$out"

if [[ ! -f "$jar" ]]; then
  echo "building $jar …" >&2
  ./mvnw -q -B -ntp -pl benchmarks -am package -DskipTests
fi

java=${JAVA:-java}
extra=${JMH_ARGS:-}

# Scoring, checks and JSON: one fork, 5 × 2 s warm-up (Jixiao's deeper code needs it), 5 × 1 s measurement, allocation per op.
# shellcheck disable=SC2086
"$java" -jar "$jar" 'ScoringBenchmark|ChecksBenchmark|JsonBenchmark' \
  -f 1 -wi 5 -w 2s -i 5 -r 1s -prof gc -rf json -rff "$out/suite.json" $extra

# The batch of 10 000 evaluations in memory: fewer, longer iterations (one op = one evaluation).
# shellcheck disable=SC2086
"$java" -jar "$jar" 'InMemoryBatchBenchmark' \
  -f 1 -wi 2 -w 2s -i 3 -r 2s -prof gc -rf json -rff "$out/batch.json" $extra

# The province's batch, 100 000 evaluations streamed from a JSON Lines file on two threads in a
# heap of 256 MB: single shots (one op = the whole batch), one warm-up and three measured.
# shellcheck disable=SC2086
"$java" -jar "$jar" '\.BatchBenchmark\.' \
  -f 1 -wi 1 -i 3 -prof gc -rf json -rff "$out/streamed.json" $extra

echo
echo "## Jixiao benchmarks, $(date -u +%Y-%m-%dT%H:%MZ)"
echo
echo "- machine: $(nproc) cores, $(uname -sm), load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
echo "- JDK: $("$java" -version 2>&1 | head -1)"
echo "- settings: -f 1 -wi 5 -w 2s -i 5 -r 1s (batch in memory: -wi 2 -w 2s -i 3 -r 2s; streamed: single shots, -wi 1 -i 3), -prof gc ${extra}"
echo
"$java" -cp "$jar" io.github.jixiao.benchmarks.RatioTable "$out/suite.json" "$out/batch.json" \
  "$out/streamed.json"
