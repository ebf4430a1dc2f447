#!/usr/bin/env bash
# Whole-process scale benchmark (not a test): generates datasets of 10,000 and 100,000 branches with `eco generate`
# and times `eco evaluate <dataset> -f csv` (the result CSV written once, to a file through stdout) on each against the floor, a bare CsvHelper 34 read of the same files (every record, every
# numeric field parsed, nothing kept: bench/EcoAssessment.Benchmarks `floor`). Prints per size: the generate time and
# peak memory, the evaluate time (median of the runs), the floor time (median), their ratio and evaluate's peak memory.
# Each evaluate is timed twice: the JIT build (dotnet eco.dll) and a ReadyToRun publish of the same code. Also times the
# bundled sample as a whole process, JIT build against ReadyToRun.
# Usage: bench/scale.sh [runs] [sizes]    default: 3 runs; sizes "10000 100000"
# Needs hyperfine (apt-get install hyperfine), /usr/bin/time, jq or python3; about 15 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
sizes="${2:-10000 100000}"
work="${ECO_BENCH_DIR:-$(mktemp -d)}"
[ -n "${ECO_BENCH_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build src/EcoAssessment.Cli -c Release -nologo -v quiet >/dev/null
dotnet build bench/EcoAssessment.Benchmarks -c Release -nologo -v quiet >/dev/null
dotnet publish src/EcoAssessment.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" -nologo -v quiet >/dev/null
eco="dotnet src/EcoAssessment.Cli/bin/Release/net10.0/eco.dll"
r2r="$work/r2r/eco"
floor="dotnet bench/EcoAssessment.Benchmarks/bin/Release/net10.0/EcoAssessment.Benchmarks.dll floor"

median() { python3 -c 'import json,sys,statistics; print("%.2f" % statistics.median(json.load(open(sys.argv[1]))["results"][0]["times"]))' "$1"; }
peak() { /usr/bin/time -f "%M" "$@" >/dev/null 2>"$work/time.txt" || true; tail -1 "$work/time.txt"; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, .NET $(dotnet --version); load average $(cut -d' ' -f1-3 /proc/loadavg)"
for n in $sizes; do
  d="$work/d$n"
  if [ ! -f "$d/branches.csv" ]; then
    /usr/bin/time -f "%e %M" $eco generate --branches "$n" -o "$d" >/dev/null 2>"$work/gen.txt"
    read -r gs gm < <(tail -1 "$work/gen.txt")
    echo "generate $n: ${gs} s, peak $((gm / 1024)) MiB"
  fi
  echo "dataset $n: $(($(cat "$d"/*.csv | wc -l) - $(ls "$d"/*.csv | wc -l))) rows, $(du -shL "$d" | cut -f1)"
  hyperfine --runs "$runs" --warmup 1 -N --export-json "$work/floor.json" "$floor $d" >/dev/null 2>&1
  hyperfine --runs "$runs" -N --output "$work/r$n.csv" --export-json "$work/eval.json" "$eco evaluate $d -f csv" >/dev/null 2>&1
  hyperfine --runs "$runs" -N --output "$work/r$n.csv" --export-json "$work/evalr2r.json" "$r2r evaluate $d -f csv" >/dev/null 2>&1
  f=$(median "$work/floor.json"); e=$(median "$work/eval.json"); er=$(median "$work/evalr2r.json")
  m=$(peak $eco evaluate "$d" -f csv)
  echo "evaluate $n: ${e} s JIT, ${er} s ReadyToRun (medians of $runs) | floor ${f} s | ratio $(python3 -c "print('%.2f' % ($e / $f))") JIT, $(python3 -c "print('%.2f' % ($er / $f))") ReadyToRun | peak memory $((m / 1024)) MiB | load $(cut -d' ' -f1-3 /proc/loadavg)"
done

echo "== the bundled sample as a whole process (samples/provincial-eco-2024), JIT build against ReadyToRun"
hyperfine --runs $((runs * 5)) --warmup 2 -N --export-json "$work/jit.json" "$eco evaluate samples/provincial-eco-2024 -f csv" >/dev/null 2>&1
hyperfine --runs $((runs * 5)) --warmup 2 -N --export-json "$work/r2r.json" "$work/r2r/eco evaluate samples/provincial-eco-2024 -f csv" >/dev/null 2>&1
echo "sample: JIT $(median "$work/jit.json") s | ReadyToRun $(median "$work/r2r.json") s (medians of $((runs * 5))) | load $(cut -d' ' -f1-3 /proc/loadavg)"
