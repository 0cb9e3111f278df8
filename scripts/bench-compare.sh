#!/usr/bin/env bash
# The scan, search, registry and lineage benchmarks of the commit before the move to Orleans (a git worktree,
# built on its own stand-in runtime) and of this tree, in one run on one private PostgreSQL, each figure
# printed beside the other with the ratio now/before (issue 14: no regression beyond 10%).
# Usage: scripts/bench-compare.sh [catalog|search|registry|lineage ...]   (default: all four)
# Env: DATASPINE_BEFORE_COMMIT (default 123cd71), DATASPINE_BEFORE_TREE (default /tmp/ds-before; kept for reuse).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
commit=${DATASPINE_BEFORE_COMMIT:-123cd71}
before=${DATASPINE_BEFORE_TREE:-/tmp/ds-before}
which=("$@"); [ ${#which[@]} -gt 0 ] || which=(catalog search registry lineage)

work=$(mktemp -d /tmp/dataspine-bench-compare.XXXXXX); chmod 755 "$work"
trap '"$root/scripts/postgres.sh" stop "$work/pg"; rm -rf "$work/pg"' EXIT

if [ ! -d "$before" ]; then
  git worktree add --detach "$before" "$commit" >/dev/null
fi
echo "before: $(git -C "$before" log -1 --format='%h %s' | cut -c1-100)"
echo "now:    $(git log -1 --format='%h' HEAD) + working tree"

dotnet build -c Release -m:1 -nologo -v q "$before/tests/Benchmarks" >"$work/build-before.log" 2>&1 \
  || { tail -n 30 "$work/build-before.log"; exit 1; }
dotnet build -c Release -m:1 -nologo -v q tests/Benchmarks >"$work/build-now.log" 2>&1 \
  || { tail -n 30 "$work/build-now.log"; exit 1; }

DATASPINE_BENCH_POSTGRES=$("$root/scripts/postgres.sh" start "$work/pg" $(( 20000 + RANDOM % 20000 )))
export DATASPINE_BENCH_POSTGRES

# Rows are "  <label> <value>" lines (a label is padded to 58 characters; longer ones run into the value). Both
# runs print the same rows in the same order: rows are paired by position, the label is what the two lines share
# up to a space, and the ratio is of the first numbers of the values. Both runs share a busy machine: read the rows
# measured against a baseline of the same run (the "ratio ..." and "(baseline)" rows) as well as the raw figures.
side_by_side() {
  awk -v before="$1" '
    function first(v,   n) { n = v; gsub(/,/, "", n); if (match(n, /[0-9]+(\.[0-9]+)?/)) return substr(n, RSTART, RLENGTH) + 0; return "" }
    BEGIN { while ((getline line < before) > 0) if (line ~ /^  [^ ]/ || line ~ /^    [^ ]/) old[++rows] = line }
    /^  [^ ]/ || /^    [^ ]/ {
      was = old[++row]
      if (was == $0) { print $0 "   (same before)"; next }
      n = 0; while (n < length($0) && n < length(was) && substr($0, n + 1, 1) == substr(was, n + 1, 1)) n++
      while (n > 0 && substr($0, n, 1) != " ") n--
      if (n < 3) { print "  now:    " $0; print "  before: " was; next }
      label = substr($0, 1, n); sub(/ +$/, "", label)
      a = substr($0, n + 1); b = substr(was, n + 1); sub(/^ +/, "", a); sub(/^ +/, "", b)
      x = first(a); y = first(b); ratio = (x != "" && y != "" && y != 0) ? sprintf("%.2f", x / y) : "-"
      printf "%s\n      before: %s\n      now:    %s\n      now/before (first figure): %s%s\n", label, b, a, ratio, (a ~ /\/s/ ? "  (higher is better)" : (a ~ / ms/ || a ~ /[0-9] s/ ? "  (lower is better)" : ""))
      next }
    { print }
    END { if (row != rows) print "  (the two runs printed " rows " and " row " rows: pairs past the first difference may not match)" }' "$2"
}

for w in "${which[@]}"; do
  echo "=== $w: before ($commit, stand-in runtime)"
  dotnet run -c Release --no-build --project "$before/tests/Benchmarks" -- "$w" >"$work/before-$w.txt" 2>&1 || { cat "$work/before-$w.txt"; exit 1; }
  echo "=== $w: now (Orleans 10.4.2)"
  dotnet run -c Release --no-build --project tests/Benchmarks -- "$w" >"$work/now-$w.txt" 2>&1 || { cat "$work/now-$w.txt"; exit 1; }
  side_by_side "$work/before-$w.txt" "$work/now-$w.txt"
done
echo "(raw outputs kept in $work)"
