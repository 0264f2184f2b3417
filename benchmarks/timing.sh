# Sourced by the timing scripts (startup.sh, summary.sh): wall-clock and CPU of a command, best and
# median of $n runs, as a row of a Markdown table. Not run on its own.

# one COMMAND…: prints "wall cpu" in seconds for one run, output discarded
one() {
  local TIMEFORMAT='%R %U %S' t
  t=$({ time "$@" >/dev/null 2>&1; } 2>&1) || true
  awk '{printf "%.3f %.3f\n", $1, $2 + $3}' <<<"$t"
}

# row LABEL COMMAND…: "| LABEL | best wall | median wall | best CPU |" over $n runs
row() {
  local label=$1; shift
  local i
  for ((i = 0; i < n; i++)); do one "$@"; done | sort -n | awk -v label="$label" -v n="$n" '
    { wall[NR] = $1; cpu[NR] = $2 }
    END {
      m = int((n + 1) / 2); best = cpu[1]
      for (i = 2; i <= n; i++) if (cpu[i] < best) best = cpu[i]
      printf "| %s | %.2f | %.2f | %.2f |\n", label, wall[1], wall[m], best
    }'
}
