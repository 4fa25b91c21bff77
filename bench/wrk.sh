#!/usr/bin/env bash
# Votes per second of three Top.gg vote receivers, one after another in one run, under the same wrk load:
#   bare      a bare Kestrel endpoint (compares the secret or checks the signature, parses the JSON, prints nothing)
#   cli       `guildhall topgg listen`, printing one JSON line per vote (stdout to a file)
#   listener  a TopGgWebhookListener with an inline handler that counts votes
# each with legacy deliveries (Authorization secret) and then signed V2 deliveries, every request its own voter
# (bench/wrk/votes.lua). Prints votes/s and the ratio to the bare endpoint, and checks that the CLI printed every
# accepted vote exactly once.
#
#   bench/wrk.sh                 # 10 s per receiver and format: wrk -t2 -c64 -d10s
#   DURATION=5s ROUNDS=2 bench/wrk.sh
# Installs wrk from Debian when it is missing. Needs the .NET SDK; builds the benchmark project and the CLI in Release.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
ROUNDS="${ROUNDS:-1}"
PORT="${PORT:-5191}"
AUTH="bench-legacy-auth"                 # the values bench/wrk/votes.lua sends (and VoteReceiverRun expects)
SECRET="whs_bench_0123456789abcdef"
URL="http://127.0.0.1:${PORT}"

if ! command -v wrk >/dev/null; then
  echo "installing wrk from Debian" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y wrk >&2; else sudo apt-get install -y wrk >&2; fi
fi

if [ "${SKIP_BUILD:-}" != "1" ]; then
  dotnet build -c Release bench/Guildhall.Benchmarks/Guildhall.Benchmarks.csproj -v q -nologo >&2
  dotnet build -c Release src/Guildhall.Cli/Guildhall.Cli.csproj -v q -nologo >&2
fi
BENCH=bench/Guildhall.Benchmarks/bin/Release/net10.0/Guildhall.Benchmarks.dll
CLI=src/Guildhall.Cli/bin/Release/net10.0/guildhall.dll
WORK="$(mktemp -d)"
RECEIVER_PID=""
trap '[ -n "$RECEIVER_PID" ] && kill "$RECEIVER_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

start_receiver() {
  case "$1" in
    bare) dotnet "$BENCH" receiver bare "$URL" >"$WORK/out" 2>"$WORK/err" & ;;
    listener) dotnet "$BENCH" receiver listener "$URL" >"$WORK/out" 2>"$WORK/err" & ;;
    cli) dotnet "$CLI" topgg listen --urls "$URL" --auth "$AUTH" --secret "$SECRET" >"$WORK/out" 2>"$WORK/err" & ;;
  esac
  RECEIVER_PID=$!
  for _ in $(seq 1 300); do            # up to 30 s for a cold start on a busy machine
    if (exec 3<>"/dev/tcp/127.0.0.1/${PORT}") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "the $1 receiver did not start:" >&2; cat "$WORK/err" >&2; exit 1
}

stop_receiver() {
  kill -TERM "$RECEIVER_PID"
  wait "$RECEIVER_PID" || { echo "the receiver exited with $?:" >&2; cat "$WORK/err" >&2; exit 1; }
  RECEIVER_PID=""
}

# run_wrk <format> <run id>: prints "<votes/s> <answers> <answers not 204>"
run_wrk() {
  local output
  output="$(wrk -t2 -c64 -d"$DURATION" -s bench/wrk/votes.lua "$URL/dbl" -- "$1" "$2")"
  echo "$output" >>"$WORK/wrk.log"
  local rps answers not204
  rps="$(awk '/^Requests\/sec:/ { printf "%d", $2 }' <<<"$output")"
  answers="$(awk '/^answers / { print $2 }' <<<"$output")"
  not204="$(awk '/^answers / { print $4 }' <<<"$output")"
  echo "$rps $answers $not204"
}

declare -A RATE
CHECKS=()
run=0
for round in $(seq 1 "$ROUNDS"); do
  for receiver in bare cli listener; do
    start_receiver "$receiver"
    answered=0
    for format in legacy v2; do
      run=$((run + 1))
      read -r rps answers not204 < <(run_wrk "$format" "$run")
      RATE["$round,$receiver,$format"]="$rps"
      answered=$((answered + answers))
      [ "$not204" -eq 0 ] || CHECKS+=("round $round $receiver $format: $not204 answers were not 204")
    done
    stop_receiver
    if [ "$receiver" = cli ]; then
      # Every answered vote must be printed, and none twice (requests still in flight when wrk stops may be
      # handled and printed without being counted, so there may be up to 64 more lines per format).
      printed="$(grep -c '"voter_id"' "$WORK/out" || true)"
      distinct="$(grep -o '"voter_id":"[0-9]*"' "$WORK/out" | sort -u | wc -l)"
      [ "$printed" -eq "$distinct" ] || CHECKS+=("round $round cli: $printed lines for $distinct voters")
      [ "$printed" -ge "$answered" ] || CHECKS+=("round $round cli: $answered votes answered, only $printed printed")
      [ "$printed" -le $((answered + 128)) ] || CHECKS+=("round $round cli: $printed printed for $answered answered")
      echo "round $round: the CLI printed $printed votes (wrk counted $answered answers), each once" >&2
    fi
  done
done

printf '\n%-6s %-9s %-7s %12s %8s\n' round receiver format votes/s "vs bare"
for round in $(seq 1 "$ROUNDS"); do
  for receiver in bare cli listener; do
    for format in legacy v2; do
      rps="${RATE[$round,$receiver,$format]}"
      bare="${RATE[$round,bare,$format]}"
      printf '%-6s %-9s %-7s %12s %8s\n' "$round" "$receiver" "$format" "$rps" "$(awk -v a="$rps" -v b="$bare" 'BEGIN { printf "%.2f", a / b }')"
    done
  done
done

if [ ${#CHECKS[@]} -gt 0 ]; then
  printf 'FAILED: %s\n' "${CHECKS[@]}" >&2
  exit 1
fi
