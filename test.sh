#!/usr/bin/env bash
# Builds the whole solution (the CLI included: `dotnet test` alone would not build it), runs every test, and ends
# with one line "N passed, N failed, N skipped" computed from the TRX results. Exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 NUGET_CERT_REVOCATION_MODE=offline
export DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE=true DOTNET_GENERATE_ASPNET_CERTIFICATE=false

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET SDK (dotnet) is not on PATH; install .NET 10 SDK" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# The workbook, brief and card tests open what EcoAssessment writes in a real office suite: LibreOffice, headless. Install it
# where this script can (root with apt-get; about a minute); elsewhere those tests are skipped unless
# ECO_REQUIRE_LIBREOFFICE=1 (set by .ci/run) makes them fail.
if { ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1 \
     || { command -v dpkg >/dev/null 2>&1 && ! dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 && ! dpkg -s libreoffice-writer >/dev/null 2>&1; }; } \
   && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "test.sh: installing LibreOffice (libreoffice-calc-nogui, libreoffice-writer-nogui) for the workbook and document tests" >&2
  if ! (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        libreoffice-calc-nogui libreoffice-writer-nogui fonts-wqy-microhei poppler-utils) >/dev/null 2>&1; then
    echo "test.sh: LibreOffice could not be installed; its tests are skipped (or fail under ECO_REQUIRE_LIBREOFFICE=1)" >&2
  fi
fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

if ! dotnet build EcoAssessment.sln -c Release -nologo -v quiet; then
  echo "test.sh: the build failed" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# The hostile-input corpus (tests/EcoAssessment.Cli.Tests/Hostile/HostileCorpusTests.cs) writes its summary here.
export ECO_CORPUS_SUMMARY="$results/hostile-corpus.txt"
dotnet test EcoAssessment.sln -c Release --no-build -nologo --logger trx --results-directory "$results"
rc=$?

p=0; f=0; s=0; t=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  v() { local x; x=$(sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"); echo "${x:-0}"; }
  p=$((p + $(v passed)))
  f=$((f + $(v failed) + $(v error) + $(v timeout) + $(v aborted)))
  s=$((s + $(v total) - $(v executed)))
  t=$((t + $(v total)))
done

if [ "$t" -eq 0 ]; then
  echo "test.sh: no test results were found" >&2
  f=$((f + 1))
  rc=1
fi
if [ "$f" -gt 0 ] && [ "$rc" -eq 0 ]; then rc=1; fi

if [ -s "$ECO_CORPUS_SUMMARY" ]; then
  cat "$ECO_CORPUS_SUMMARY"
else
  echo "hostile corpus: not run"
fi
echo "$p passed, $f failed, $s skipped"
exit $rc
