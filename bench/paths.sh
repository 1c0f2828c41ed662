#!/usr/bin/env bash
# The path explorer (/paths) benchmark: on the decade graph (the bundled one, served in memory) every pair of a sample
# of SAMPLE entities (events, agents, artifacts; default 200, so 19,900 pairs), one request after the other over one
# connection, after WARMUP requests; then on the synthetic graphs of SIZES (ai-milestones generate --scale N, loaded
# with ai-milestones load into TDB2, served with serve --tdb2) PAIRS_AT_SCALE random pairs of a sample of SAMPLE of
# their entities, then CUT_PAIRS [20] more with CUT_EXTRA [max-hops=6&k=20&max-visited=200000], the heaviest
# searches allowed, which the deadline has to cut. Latency as the client sees it (localhost), the answers' statuses (503: the server's --timeout cut
# the search), how many pairs are connected within the default 4 hops, and the server's RSS.
# Environment: SAMPLE [200], SEED [1], WARMUP [300], SIZES ["1M 10M"] ("" for the decade graph only), PAIRS_AT_SCALE
# [100], SERVE_TIMEOUT [10] (--timeout, seconds), SERVE_HEAP [4g], WORK (keeps the generated files and stores there:
# ai-milestones-N.nt and tdb2-N are reused when present; default a temporary folder, removed at the end), SKIP_BUILD=1,
# DOC [docs/benchmarks.md] (its "paths" section is replaced), OUT (a folder of an earlier run keeps its other sizes'
# results), LABEL, SKIP_DECADE=1 (the synthetic sizes only), WAIT_INDEX [1] (measure a TDB2 store once its search
# index is built: a first start on a store builds it while answering, and the build takes the CPU; 0 measures at once).
set -euo pipefail
{
source "$(dirname "$0")/lib.sh"
SAMPLE=${SAMPLE:-200}
SEED=${SEED:-1}
WARMUP=${WARMUP:-300}
SIZES=${SIZES-"1M 10M"}
PAIRS_AT_SCALE=${PAIRS_AT_SCALE:-100}
CUT_PAIRS=${CUT_PAIRS:-20}
CUT_EXTRA=${CUT_EXTRA:-max-hops=6&k=20&max-visited=200000}
SERVE_TIMEOUT=${SERVE_TIMEOUT:-10}
SERVE_HEAP=${SERVE_HEAP:-4g}
DOC=${DOC:-$REPO_DIR/docs/benchmarks.md}
OUT=${OUT:-$REPO_DIR/bench/results/paths-$(date +%Y%m%d-%H%M%S)}
KEEP_WORK=${WORK:+1}
WORK=${WORK:-$(mktemp -d /tmp/ai-milestones-paths.XXXXXX)}
cleanup() { bench_cleanup; [ -n "$KEEP_WORK" ] || rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$OUT" "$WORK"
need_cmd curl curl
bench_jar "$WORK/jar"
CLIENT=$BENCH_DIR/paths_bench.py

# serve ARGS...: starts ai-milestones serve on a free port, waits for its SPARQL endpoint; sets PORT and PID
serve() {
    PORT=$(free_port)
    AI_MILESTONES_JAVA_OPTS=-Xmx$SERVE_HEAP "$AIMIL" serve "$@" --port "$PORT" --timeout "$SERVE_TIMEOUT" \
        > "$OUT/serve-$LABEL_NOW.log" 2>&1 &
    PID=$!
    BENCH_PIDS+=("$PID")
    wait_http "http://127.0.0.1:$PORT/ai-milestones/sparql?query=$PROBE_QUERY" 1800 "$PID" \
        || die "ai-milestones did not start (log: $OUT/serve-$LABEL_NOW.log)"
}

if [ "${SKIP_DECADE:-}" != 1 ]; then
LABEL_NOW=decade
log "decade graph: serve in memory"
serve
python3 "$CLIENT" sample-sparql "http://127.0.0.1:$PORT/ai-milestones/sparql" "$SAMPLE" "$SEED" "$OUT/entities-decade.txt"
log "decade graph: $WARMUP warm-up requests, then every pair of $SAMPLE entities"
python3 "$CLIENT" run "http://127.0.0.1:$PORT/" "$OUT/entities-decade.txt" "$WARMUP" "$((SEED + 1))" "$OUT/warmup-decade.json"
python3 "$CLIENT" run "http://127.0.0.1:$PORT/" "$OUT/entities-decade.txt" all "$SEED" "$OUT/paths-decade.json"
echo "$(( $(rss_kb "$PID") / 1024 ))" > "$OUT/rss-decade.txt"
stop_pid "$PID"
fi

for N in $SIZES; do
    LABEL_NOW=$N
    NT=$WORK/ai-milestones-$N.nt
    if [ ! -s "$NT" ]; then
        log "$N: generating"
        "$AIMIL" generate --scale "$N" --output "$NT" 2> "$OUT/generate-$N.log"
    fi
    if [ ! -d "$WORK/tdb2-$N" ]; then
        log "$N: ai-milestones load"
        AI_MILESTONES_JAVA_OPTS=-Xmx$SERVE_HEAP "$AIMIL" load --tdb2 "$WORK/tdb2-$N" "$NT" > "$OUT/load-$N.log" 2>&1
    fi
    log "$N: serve --tdb2 (a first start builds the store's search index)"
    t0=$(date +%s.%N)
    serve --tdb2 "$WORK/tdb2-$N"
    t1=$(date +%s.%N)
    python3 -c "print(round($t1 - $t0, 1))" > "$OUT/start-$N.txt"
    if [ "${WAIT_INDEX:-1}" = 1 ]; then
        # a first start on a store builds its search index while the server answers; /search waits for it, and the
        # build takes the CPU the searches would be measured on: measure once it is done
        log "$N: waiting for the search index"
        for _ in $(seq 1 3600); do
            [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/search?q=alexnet&format=json")" = 200 ] && break
            sleep 1
        done
        python3 -c "import time; print(round(time.time() - $t0, 1))" > "$OUT/index-$N.txt"
    fi
    python3 "$CLIENT" sample-nt "$NT" "$SAMPLE" "$SEED" "$OUT/entities-$N.txt"
    log "$N: $PAIRS_AT_SCALE pairs"
    python3 "$CLIENT" run "http://127.0.0.1:$PORT/" "$OUT/entities-$N.txt" 20 "$((SEED + 1))" "$OUT/warmup-$N.json"
    python3 "$CLIENT" run "http://127.0.0.1:$PORT/" "$OUT/entities-$N.txt" "$PAIRS_AT_SCALE" "$SEED" "$OUT/paths-$N.json"
    log "$N: $CUT_PAIRS pairs with $CUT_EXTRA (the deadline's part)"
    python3 "$CLIENT" run "http://127.0.0.1:$PORT/" "$OUT/entities-$N.txt" "$CUT_PAIRS" "$((SEED + 2))" \
        "$OUT/cut-$N.json" "$CUT_EXTRA"
    echo "$(( $(rss_kb "$PID") / 1024 ))" > "$OUT/rss-$N.txt"
    # still answering after the cut searches: one path more
    curl -s -o /dev/null --max-time 60 -w '%{http_code} %{time_total}\n' \
        "http://127.0.0.1:$PORT/paths?from=res:geoffrey-hinton&to=res:alexnet&format=json" > "$OUT/after-$N.txt" \
        || echo "no answer in 60 s" > "$OUT/after-$N.txt"
    stop_pid "$PID"
done

export LABEL=${LABEL:-} SAMPLE SEED SIZES PAIRS_AT_SCALE CUT_PAIRS CUT_EXTRA SERVE_TIMEOUT SERVE_HEAP
export MACHINE="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/^Mem:/ {print $2}') GB RAM, load average $(loadavg) at the end, $("$(bench_java)" -version 2>&1 | head -1)"
python3 "$BENCH_DIR/paths_report.py" "$OUT" "$DOC"
exit 0
}
