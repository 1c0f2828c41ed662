#!/usr/bin/env bash
# What bin/ai-milestones's deferred C2 compiles buy and cost: start to first answer, and distinct-query throughput over the
# first minutes of load, with the launcher's JIT options and with the JVM's defaults (AI_MILESTONES_JAVA_OPTS overriding them),
# interleaved. Not part of run.sh. Environment: JIT_STARTS [10] (starts per setting), JIT_ROUNDS [10] and JIT_CELL_S
# [15] (rounds of distinct queries per setting, seconds each), JIT_CONNS [2], SKIP_BUILD=1, DOC [docs/benchmarks.md]
# (its "jit" section is replaced), OUT.
set -euo pipefail
{
source "$(dirname "$0")/lib.sh"
STARTS=${JIT_STARTS:-10}
ROUNDS=${JIT_ROUNDS:-10}
CELL_S=${JIT_CELL_S:-15}
CONNS=${JIT_CONNS:-2}
DOC=${DOC:-$REPO_DIR/docs/benchmarks.md}
OUT=${OUT:-$REPO_DIR/bench/results/jit-$(date +%Y%m%d-%H%M%S)}
WORK=$(mktemp -d /tmp/ai-milestones-jit.XXXXXX)
cleanup() { bench_cleanup; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$OUT" "$WORK/cwd"
need_cmd wrk wrk
bench_jar "$WORK/jar"

# the JVM's own values of the Tier4 options bin/jvm.options sets (the same on JDK 17 and 25)
JVM_DEFAULTS="-XX:Tier4InvocationThreshold=5000 -XX:Tier4MinInvocationThreshold=600 -XX:Tier4CompileThreshold=15000"
JVM_DEFAULTS="$JVM_DEFAULTS -XX:Tier4BackEdgeThreshold=40000"
declare -A OPTS=([launcher]="" [jvm-defaults]="$JVM_DEFAULTS")
SETTINGS=(launcher jvm-defaults)
LOAD_BEFORE=$(loadavg)

log "start to first answer: $STARTS starts per setting"
: > "$OUT/starts.jsonl"
for i in $(seq 1 "$STARTS"); do
    for s in "${SETTINGS[@]}"; do
        port=$(free_port)
        AI_MILESTONES_JAVA_OPTS=${OPTS[$s]} python3 "$BENCH_DIR/startup.py" --name "$s" --log "$WORK/$s-start.log" \
            --cwd "$WORK/cwd" --url "http://127.0.0.1:$port/ai-milestones/sparql?query=$PROBE_QUERY" \
            -- "$AIMIL" serve --host 127.0.0.1 --port "$port" >> "$OUT/starts.jsonl"
    done
done

log "distinct queries: $ROUNDS rounds of ${CELL_S}s per setting at $CONNS connections"
python3 "$BENCH_DIR/mkreqs.py" distinct "$REPO_DIR/queries" /ai-milestones/sparql "$WORK/distinct.reqs"
declare -A BASE
for s in "${SETTINGS[@]}"; do
    port=$(free_port)
    (cd "$WORK/cwd" && AI_MILESTONES_JAVA_OPTS=${OPTS[$s]} exec "$AIMIL" serve --port "$port" > "$WORK/$s.log" 2>&1) &
    BENCH_PIDS+=("$!")
    BASE[$s]=http://127.0.0.1:$port
    wait_http "${BASE[$s]}/ai-milestones/sparql?query=$PROBE_QUERY" 60 "$!" || die "ai-milestones did not start (log: $WORK/$s.log)"
done
: > "$OUT/rounds.jsonl"
for r in $(seq 1 "$ROUNDS"); do
    for s in "${SETTINGS[@]}"; do
        rps=$(BENCH_REQS=$WORK/distinct.reqs BENCH_DISTINCT=1 wrk -t"$(( CONNS < 2 ? CONNS : 2 ))" -c"$CONNS" \
            -d"${CELL_S}s" -s "$BENCH_DIR/wrk/requests.lua" "${BASE[$s]}" 2>&1 | awk '/^Requests\/sec/ {print $2}')
        printf '{"round": %s, "setting": "%s", "rps": %s}\n' "$r" "$s" "${rps:-0}" >> "$OUT/rounds.jsonl"
        log "round $r $s: ${rps:-?} req/s"
    done
done
bench_cleanup
LOAD_AFTER=$(loadavg)

export LOAD_BEFORE LOAD_AFTER STARTS ROUNDS CELL_S CONNS JVM_DEFAULTS
python3 - "$OUT" "$DOC" <<'PY'
import json, os, statistics, sys, time
from pathlib import Path
sys.path.insert(0, os.environ["BENCH_DIR"])
import docsection  # noqa: E402
E = os.environ
out, doc = Path(sys.argv[1]), Path(sys.argv[2])
starts = [json.loads(l) for l in open(out / "starts.jsonl") if l.strip()]
rounds = [json.loads(l) for l in open(out / "rounds.jsonl") if l.strip()]
names = {"launcher": "`bin/ai-milestones` as it is", "jvm-defaults": "the JVM's defaults"}
med = {s: statistics.median(x["seconds"] for x in starts if x["name"] == s) for s in names}
cell = int(E["CELL_S"])
lines = ["<!-- BEGIN jit -->",
         f"`bash bench/jit.sh` — run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average"
         f" {E['LOAD_BEFORE']} before, {E['LOAD_AFTER']} after. `bin/ai-milestones` starts the JVM with"
         " `-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=60000"
         " -XX:Tier4BackEdgeThreshold=400000`; the other setting passes the JVM's own values in `AI_MILESTONES_JAVA_OPTS`"
         f" (`{E['JVM_DEFAULTS']}`). Starts and rounds alternate between the two settings.",
         "",
         f"- start to first answer, median of {E['STARTS']}: **{med['launcher']:.2f} s** as it is,"
         f" **{med['jvm-defaults']:.2f} s** with the JVM's defaults",
         f"- distinct queries at {E['CONNS']} connections, req/s in rounds of {cell} s, one server per setting started"
         " just before (the first round is the first load either server sees):",
         "",
         "| round | load so far, s | as it is | JVM's defaults | as it is / defaults |",
         "| ---: | ---: | ---: | ---: | ---: |"]
for r in sorted({x["round"] for x in rounds}):
    a = next(x["rps"] for x in rounds if x["round"] == r and x["setting"] == "launcher")
    b = next(x["rps"] for x in rounds if x["round"] == r and x["setting"] == "jvm-defaults")
    lines.append(f"| {r} | {(r - 1) * cell}–{r * cell} | {a:,.0f} | {b:,.0f} | {a / b if b else 0:.2f} |")
lines.append("<!-- END jit -->")
md = "\n".join(lines)
(out / "jit.md").write_text(md + "\n")
docsection.replace(doc, "jit", "JIT start-up trade-off (bench/jit.sh)", md)
print(md)
PY
}
