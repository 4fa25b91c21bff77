#!/usr/bin/env bash
# Fuzzes Guildhall's parsers with afl-fuzz through SharpFuzz.
#
#   fuzz/run.sh <seconds> <harness>...   fuzz each harness for <seconds>, all at once (one afl-fuzz process each)
#   fuzz/run.sh <seconds> all            every harness
#   fuzz/run.sh plain [harness...]       no afl: run each harness over its seed corpus once (what CI does)
#
# Installs what it needs (afl++ from Debian, the SharpFuzz instrumenter as a local dotnet tool), publishes the harness
# program, instruments the Guildhall assemblies, runs afl-fuzz with the seed corpus in fuzz/corpus/<harness>, and prints
# from each run's fuzzer_stats the executions, the speed, the coverage and the crashes. Findings are kept in
# fuzz/out/findings/<harness> (crashes in crashes/, replay one with: dotnet fuzz/out/bin/Guildhall.Fuzz.dll <harness> --plain <file>).
set -euo pipefail
cd "$(dirname "$0")"
here=$(pwd)
# FUZZ_OUT lets a second run work beside one in progress (instrumenting the first run's assemblies would break it).
out="${FUZZ_OUT:-$here/out}"
harnesses=(topgg-webhook polympics-callback response-body models)

usage() { sed -n '4,6p' "$0" | sed 's/^# *//' >&2; exit 2; }
[[ $# -ge 1 ]] || usage

if [[ $1 == plain ]]; then
  shift
  selected=("${@:-${harnesses[@]}}")
  [[ $# -gt 0 ]] || selected=("${harnesses[@]}")
  dotnet build Guildhall.Fuzz/Guildhall.Fuzz.csproj -c Release -o "$out/plain" -v q -nologo >/dev/null
  for harness in "${selected[@]}"; do
    dotnet "$out/plain/Guildhall.Fuzz.dll" "$harness" --plain "corpus/$harness"
  done
  exit 0
fi

seconds=$1; shift
[[ $seconds =~ ^[0-9]+$ && $# -ge 1 ]] || usage
selected=("$@")
[[ ${selected[0]} == all ]] && selected=("${harnesses[@]}")

as_root() { if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi; }
if ! command -v afl-fuzz >/dev/null; then
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq afl++ >/dev/null
fi
if [[ ! -x "$out/tools/sharpfuzz" ]]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$out/tools" >/dev/null
fi

# Instrumenting rewrites the assemblies in place and cannot be done twice, so every run starts from a fresh publish.
rm -rf "$out/bin"
dotnet publish Guildhall.Fuzz/Guildhall.Fuzz.csproj -c Release -o "$out/bin" -v q -nologo >/dev/null
for assembly in "$out"/bin/Guildhall.*.dll; do
  [[ $(basename "$assembly") == Guildhall.Fuzz.dll ]] && continue
  "$out/tools/sharpfuzz" "$assembly" >/dev/null
done

# dotnet itself is not instrumented (the instrumented assemblies report coverage); the machine is shared, so afl binds
# to no core; without a UI its status goes to the log.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
pids=()
for harness in "${selected[@]}"; do
  [[ -d corpus/$harness ]] || { echo "no corpus for $harness" >&2; exit 2; }
  rm -rf "$out/findings/$harness"
  mkdir -p "$out/findings"
  afl-fuzz -i "corpus/$harness" -o "$out/findings/$harness" -t 10000 -m none -V "$seconds" \
    -- dotnet "$out/bin/Guildhall.Fuzz.dll" "$harness" >"$out/findings/$harness.log" 2>&1 &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done

for harness in "${selected[@]}"; do
  stats="$out/findings/$harness/default/fuzzer_stats"
  if [[ ! -f $stats ]]; then
    echo "$harness: afl-fuzz did not start; see $out/findings/$harness.log" >&2
    status=1
    continue
  fi
  field() { awk -F' *: *' -v key="$1" '$1 == key { print $2 }' "$stats"; }
  echo "$harness: run_time=$(field run_time)s execs_done=$(field execs_done) execs_per_sec=$(field execs_per_sec)" \
    "edges_found=$(field edges_found) total_edges=$(field total_edges) bitmap_cvg=$(field bitmap_cvg)" \
    "corpus_count=$(field corpus_count) saved_crashes=$(field saved_crashes) saved_hangs=$(field saved_hangs)"
done
exit $status
