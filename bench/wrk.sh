#!/usr/bin/env bash
# Votes per second of three Top.gg vote receivers, one after another in one run, under the same wrk load:
#   bare      a bare Kestrel endpoint (compares the secret or checks the signature, parses the JSON, prints nothing)
#   cli       `guildhall topgg listen`, printing one JSON line per vote (stdout to a file)
#   listener  a TopGgWebhookListener with an inline handler that counts votes
# each with legacy deliveries (Authorization secret) and signed V2 deliveries, every request its own voter
# (bench/wrk/votes.lua). The three run side by side on three ports but only one is loaded at a time. Prints votes/s and
# the ratio to the bare endpoint measured in the same round (every other round in reverse order), then the median ratio
# over the rounds (on a shared machine a single round is at the mercy of whatever else runs), and checks that the CLI
# printed every accepted vote exactly once, including after SIGTERM.
#
#   bench/wrk.sh                          # one round, 10 s per receiver and format: wrk -t2 -c64 -d10s
#   DURATION=5s ROUNDS=10 bench/wrk.sh    # ten interleaved rounds of 5 s each (an even count: half in each order)
#   CLI=/tmp/base/guildhall.dll SKIP_BUILD=1 bench/wrk.sh   # the same against another build of the CLI (a base to compare)
#   PIN=1 bench/wrk.sh                    # the receivers on CPU 1 only, wrk on CPU 0 only (wrk -t1): the load generator
#                                         # on a core of its own instead of competing with the receiver for both
# Installs wrk from Debian when it is missing. Needs the .NET SDK; builds the benchmark project and the CLI in Release.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
ROUNDS="${ROUNDS:-1}"
PORT="${PORT:-5191}"                     # bare on PORT, cli on PORT+1, listener on PORT+2
if [ "${PIN:-}" = "1" ]; then
  PIN_RECEIVER=(taskset -c 1); PIN_WRK=(taskset -c 0); WRK_THREADS=1
else
  PIN_RECEIVER=(); PIN_WRK=(); WRK_THREADS=2
fi
AUTH="bench-legacy-auth"                 # the values bench/wrk/votes.lua sends (and VoteReceiverRun expects)
SECRET="whs_bench_0123456789abcdef"

if ! command -v wrk >/dev/null; then
  echo "installing wrk from Debian" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y wrk >&2; else sudo apt-get install -y wrk >&2; fi
fi

if [ "${SKIP_BUILD:-}" != "1" ]; then
  dotnet build -c Release bench/Guildhall.Benchmarks/Guildhall.Benchmarks.csproj -v q -nologo >&2
  dotnet build -c Release src/Guildhall.Cli/Guildhall.Cli.csproj -v q -nologo >&2
fi
BENCH=bench/Guildhall.Benchmarks/bin/Release/net10.0/Guildhall.Benchmarks.dll
CLI="${CLI:-src/Guildhall.Cli/bin/Release/net10.0/guildhall.dll}"   # another build of the CLI to compare with
WORK="$(mktemp -d)"
RECEIVERS=(bare cli listener)
declare -A PID URL
cleanup() {
  for receiver in "${RECEIVERS[@]}"; do
    [ -n "${PID[$receiver]:-}" ] && kill "${PID[$receiver]}" 2>/dev/null
  done
  rm -rf "$WORK"
}
trap cleanup EXIT

start_receiver() {
  local receiver="$1" port="$2"
  URL[$receiver]="http://127.0.0.1:${port}"
  case "$receiver" in
    bare|listener) "${PIN_RECEIVER[@]}" dotnet "$BENCH" receiver "$receiver" "${URL[$receiver]}" >"$WORK/$receiver.out" 2>"$WORK/$receiver.err" & ;;
    cli) "${PIN_RECEIVER[@]}" dotnet "$CLI" topgg listen --urls "${URL[$receiver]}" --auth "$AUTH" --secret "$SECRET" >"$WORK/cli.out" 2>"$WORK/cli.err" & ;;
  esac
  PID[$receiver]=$!
  for _ in $(seq 1 600); do            # up to 60 s for a cold start on a busy machine
    if (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "the $receiver receiver did not start:" >&2; cat "$WORK/$receiver.err" >&2; exit 1
}

# The receiver's CPU time so far (user + system), in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# The CPU time so far of the finished children of shell <pid> (user + system), in clock ticks: in run_wrk, wrk's.
children_ticks() { awk '{ print $16 + $17 }' "/proc/$1/stat"; }

# run_wrk <receiver> <format> <run id> [duration]: prints "<votes/s> <answers> <answers not 204> <receiver CPU µs per
# vote> <wrk's CPU time as a share of the run>". The last one tells whether the load generator itself was the limit:
# pinned to one core (PIN=1), a wrk near 100 % could not ask for more.
run_wrk() {
  local output before after wrk_before wrk_after started ended self="$BASHPID"
  before="$(cpu_ticks "${PID[$1]}")"
  wrk_before="$(children_ticks "$self")"
  started="$(date +%s%N)"
  output="$("${PIN_WRK[@]}" wrk -t"$WRK_THREADS" -c64 -d"${4:-$DURATION}" -s bench/wrk/votes.lua "${URL[$1]}/dbl" -- "$2" "$3")"
  ended="$(date +%s%N)"
  wrk_after="$(children_ticks "$self")"
  after="$(cpu_ticks "${PID[$1]}")"
  echo "$output" >>"$WORK/wrk.log"
  awk -v ticks=$((after - before)) -v wrk_ticks=$((wrk_after - wrk_before)) -v wall_ns=$((ended - started)) \
    -v hz="$(getconf CLK_TCK)" '
    /^Requests\/sec:/ { rps = sprintf("%d", $2) }
    /^answers / { answers = $2; not204 = $4 }
    END { print rps, answers, not204, sprintf("%.1f", ticks * 1000000 / hz / answers),
      sprintf("%.0f%%", wrk_ticks * 1e11 / hz / wall_ns) }' <<<"$output"
}

port="$PORT"
for receiver in "${RECEIVERS[@]}"; do
  start_receiver "$receiver" "$port"
  port=$((port + 1))
done

declare -A RATE CPU WRK_CPU ANSWERED
CHECKS=()
cli_answered=0
run=0
# Warm-up, not counted in the table: each receiver's code is compiled and tiered up before it is measured.
for format in legacy v2; do
  for receiver in "${RECEIVERS[@]}"; do
    run=$((run + 1))
    read -r _ answers _ _ _ < <(run_wrk "$receiver" "$format" "$run" "${WARMUP:-2s}")
    ANSWERED[$receiver]=$((${ANSWERED[$receiver]:-0} + answers))
  done
done
# Every other round runs the receivers in reverse order (listener, cli, bare), so that a drift of the machine's speed
# during a round does not always favour the receivers measured on one side of the bare endpoint, and no receiver is
# always the one measured right after another's load.
REVERSED=(); for ((i = ${#RECEIVERS[@]} - 1; i >= 0; i--)); do REVERSED+=("${RECEIVERS[$i]}"); done
for round in $(seq 1 "$ROUNDS"); do
  if [ $((round % 2)) -eq 1 ]; then ORDER=("${RECEIVERS[@]}"); else ORDER=("${REVERSED[@]}"); fi
  for format in legacy v2; do
    for receiver in "${ORDER[@]}"; do
      run=$((run + 1))
      read -r rps answers not204 cpu wrk_cpu < <(run_wrk "$receiver" "$format" "$run")
      RATE["$round,$receiver,$format"]="$rps"
      CPU["$round,$receiver,$format"]="$cpu"
      WRK_CPU["$round,$receiver,$format"]="$wrk_cpu"
      ANSWERED[$receiver]=$((${ANSWERED[$receiver]:-0} + answers))
      [ "$not204" -eq 0 ] || CHECKS+=("round $round $receiver $format: $not204 answers were not 204")
    done
  done
done

# SIGTERM each receiver; it must stop cleanly, and the CLI must have printed every vote it answered before it exited.
for receiver in "${RECEIVERS[@]}"; do
  kill -TERM "${PID[$receiver]}"
  wait "${PID[$receiver]}" || CHECKS+=("$receiver exited with $?: $(cat "$WORK/$receiver.err")")
  PID[$receiver]=""
done
cli_answered="${ANSWERED[cli]}"
# Requests still in flight when wrk stops may be handled and printed without being counted: up to 64 per wrk run.
printed="$(grep -c '"voter_id"' "$WORK/cli.out" || true)"
distinct="$(grep -o '"voter_id":"[0-9]*"' "$WORK/cli.out" | sort -u | wc -l)"
[ "$printed" -eq "$distinct" ] || CHECKS+=("cli: $printed lines for $distinct voters")
[ "$printed" -ge "$cli_answered" ] || CHECKS+=("cli: $cli_answered votes answered, only $printed printed")
[ "$printed" -le $((cli_answered + 64 * 2 * (ROUNDS + 1))) ] || CHECKS+=("cli: $printed printed for $cli_answered answered")
echo "the CLI printed $printed votes, each once (wrk counted $cli_answered answers)" >&2
for receiver in bare listener; do
  awk -v votes="${ANSWERED[$receiver]}" -v name="$receiver" '/^allocated / {
    printf "%s: %.0f bytes allocated per vote (whole process, both formats), GCs gen0 %s gen1 %s gen2 %s\n", name, $2 / votes, $4, $6, $8 }' \
    "$WORK/$receiver.err" >&2
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
median() { sort -n | awk '{ r[NR] = $1 } END { print (NR % 2) ? r[(NR + 1) / 2] : sprintf("%.2f", (r[NR / 2] + r[NR / 2 + 1]) / 2) }'; }
# votes/s and its ratio to the bare endpoint's; CPU µs the receiver spent per vote, and the bare endpoint's CPU per
# vote divided by it (the speed the receiver would reach if CPU were the only limit: on a shared machine the throughput
# swings with everything else running, the CPU per vote much less).
printf '\n%-6s %-9s %-7s %10s %8s %12s %12s %8s\n' round receiver format votes/s "vs bare" "CPU µs/vote" "vs bare CPU" "wrk CPU"
for round in $(seq 1 "$ROUNDS"); do
  for format in legacy v2; do
    for receiver in "${RECEIVERS[@]}"; do
      printf '%-6s %-9s %-7s %10s %8s %12s %12s %8s\n' "$round" "$receiver" "$format" "${RATE[$round,$receiver,$format]}" \
        "$(ratio "${RATE[$round,$receiver,$format]}" "${RATE[$round,bare,$format]}")" \
        "${CPU[$round,$receiver,$format]}" "$(ratio "${CPU[$round,bare,$format]}" "${CPU[$round,$receiver,$format]}")" \
        "${WRK_CPU[$round,$receiver,$format]}"
    done
  done
done
printf '\nmedian over %s round(s)  %8s %12s\n' "$ROUNDS" "vs bare" "vs bare CPU"
for format in legacy v2; do
  for receiver in cli listener; do
    speed="$(for round in $(seq 1 "$ROUNDS"); do ratio "${RATE[$round,$receiver,$format]}" "${RATE[$round,bare,$format]}"; echo; done | median)"
    cpu="$(for round in $(seq 1 "$ROUNDS"); do ratio "${CPU[$round,bare,$format]}" "${CPU[$round,$receiver,$format]}"; echo; done | median)"
    printf '%-9s %-14s %8s %12s\n' "$receiver" "$format" "$speed" "$cpu"
  done
done

if [ ${#CHECKS[@]} -gt 0 ]; then
  printf 'FAILED: %s\n' "${CHECKS[@]}" >&2
  exit 1
fi
