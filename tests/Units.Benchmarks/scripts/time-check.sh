#!/usr/bin/env bash
# Times the real `units check` process (start-up included) on the synthetic 10,001-instance
# composition. Uses hyperfine when installed (apt-get install hyperfine), else a plain loop.
#   tests/Units.Benchmarks/scripts/time-check.sh [runs] [--r2r]
# --r2r publishes the tool ReadyToRun (precompiled), which removes most JIT time.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "${2:-}" = "--r2r" ]; then
  dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true compiler/Units.Cli -o "$work/cli" >/dev/null
else
  dotnet build -c Release compiler/Units.Cli -o "$work/cli" >/dev/null
fi
dotnet run -c Release --project tests/Units.Benchmarks -- write-synthetic "$work/system.unit"
cmd="dotnet $work/cli/units.dll check $work/system.unit"
$cmd
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 3 --runs "$runs" --export-markdown "$work/time.md" "$cmd" >/dev/null
  sed "s|$work|<tmp>|g" "$work/time.md"
else
  total=0
  for _ in $(seq "$runs"); do
    start=$(date +%s%N); $cmd >/dev/null; end=$(date +%s%N)
    total=$((total + end - start))
  done
  echo "mean over $runs runs: $((total / runs / 1000000)) ms"
fi
