#!/usr/bin/env bash
# Workbook benchmarks (not tests): reading a dataset workbook whose largest sheet has over 100,000 rows, against the
# same data as CSV, and writing the report workbook for 10,000 branches, against the CSV result. Whole-process times
# with hyperfine (median of the runs; install it with apt-get install hyperfine), peak memory with /usr/bin/time.
# Usage: bench/workbooks.sh [runs]   (default 3; the 10,000-branch runs take 5-10 s each)
# Report the load average with the numbers (uptime): the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build src/EcoAssessment.Cli -c Release -nologo -v quiet >/dev/null
eco="dotnet src/EcoAssessment.Cli/bin/Release/net10.0/eco.dll"

echo "== machine: $(nproc) cores, load $(cut -d" " -f1-3 /proc/loadavg), $(free -g | awk '/Mem:/{print $2}') GiB, $(dotnet --version)"
$eco generate --branches 640 --seed 7 -o "$work/d640" >/dev/null 2>&1
$eco generate --branches 640 --seed 7 -o "$work/d640.xlsx" >/dev/null 2>&1
rows=$(($(wc -l < "$work/d640/study.csv") - 1))
echo "== reading: 640 branches; the study sheet has $rows rows; workbook $(du -h "$work/d640.xlsx" | cut -f1), CSV folder $(du -sh "$work/d640" | cut -f1)"
hyperfine --runs "$runs" --warmup 1 -N --export-json "$work/read.json" \
  -n csv "$eco evaluate $work/d640 -f csv" \
  -n xlsx "$eco evaluate $work/d640.xlsx -f csv" 2>/dev/null | grep -E "Time|±|csv|xlsx" || true
for kind in d640 d640.xlsx; do
  /usr/bin/time -f "peak memory $kind: %M KB" $eco evaluate "$work/$kind" -f csv >/dev/null 2>"$work/time.txt" || true
  tail -1 "$work/time.txt"
done

echo "== report workbook: 10,000 branches"
$eco generate --branches 10000 --seed 7 -o "$work/d10k" >/dev/null 2>&1
hyperfine --runs "$runs" -N \
  -n "csv result" "$eco evaluate $work/d10k -o $work/r.csv -f csv" \
  -n "report.xlsx" "$eco evaluate $work/d10k -o $work/r.xlsx -f csv" 2>/dev/null | grep -E "Time|csv result|report" || true
for out in r.csv r.xlsx; do
  /usr/bin/time -f "peak memory with $out: %M KB" $eco evaluate "$work/d10k" -o "$work/$out" -f csv >/dev/null 2>"$work/time.txt" || true
  tail -1 "$work/time.txt"
done
echo "report.xlsx: $(du -h "$work/r.xlsx" | cut -f1)"
