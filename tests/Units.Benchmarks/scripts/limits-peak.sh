#!/usr/bin/env bash
# Wall time and peak memory (max resident set) of the real `units` process on each limits shape:
# BenchmarkDotNet's Allocated counts every allocation, this counts what the process held at most.
#   tests/Units.Benchmarks/scripts/limits-peak.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release compiler/Units.Cli -o "$work/cli" >/dev/null
dotnet run -c Release --project tests/Units.Benchmarks -- write-limits "$work" >/dev/null
echo "| command | shape | wall | max RSS |"
echo "|---|---|---|---|"
for run in "check members100k" "check types100k" "check extends100k" "check compounds100k" "graph compounds100k" \
           "emit compounds100k" "check doubling16" "graph doubling16" "emit instances100k"; do
  set -- $run
  out=()
  if [ "$1" = emit ]; then out=(--output "$work/out-$2"); fi
  /usr/bin/time -f "| units $1 | $2 | %e s | %M KB |" -o "$work/time.txt" \
    dotnet "$work/cli/units.dll" "$1" "$work/$2.unit" "${out[@]}" >/dev/null 2>"$work/err.txt" || { echo "units $1 $2 failed:"; cat "$work/err.txt"; exit 1; }
  tail -1 "$work/time.txt"
done
