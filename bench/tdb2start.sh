#!/usr/bin/env bash
# Start of serve --tdb2 on a large store, with the search index kept in the store's folder: generate N triples
# (default 10M) and load them with ai-milestones load (both skipped when WORK already holds them), then start serve on
# the store STARTS+1 times: the first start makes the search index (no index in the folder yet), the others reuse it.
# Per start: launch to the first answer of a query (SELECT … LIMIT 1), launch to the first answer of a search
# (text:query), and the server's resident memory then. Results in the "tdb2start" section of docs/benchmarks.md.
# Not part of run.sh. Environment: N [10M], STARTS [5], WORK (keeps the file and the store there; default a temporary
# folder, removed at the end), SERVE_OPTS (JVM options for serve, default none: the launcher's), LABEL, SKIP_BUILD=1,
# DOC [docs/benchmarks.md], OUT.
set -euo pipefail
{
source "$(dirname "$0")/lib.sh"
N=${N:-10M}
STARTS=${STARTS:-5}
DOC=${DOC:-$REPO_DIR/docs/benchmarks.md}
OUT=${OUT:-$REPO_DIR/bench/results/tdb2start-$(date +%Y%m%d-%H%M%S)}
KEEP_WORK=${WORK:+1}
WORK=${WORK:-$(mktemp -d /tmp/ai-milestones-tdb2start.XXXXXX)}
cleanup() { bench_cleanup; [ -n "$KEEP_WORK" ] || rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$OUT" "$WORK"
need_cmd curl curl
bench_jar "$WORK/jar"
LOAD_BEFORE=$(loadavg)

NT=$WORK/ai-milestones-$N.nt
STORE=$WORK/tdb2-$N
if [ ! -s "$NT" ]; then
    log "$N: generating"
    "$AIMIL" generate --scale "$N" --output "$NT" 2> "$OUT/generate.log"
fi
if [ ! -f "$STORE/ai-milestones-loaded.txt" ]; then
    log "$N: ai-milestones load"
    rm -rf "$STORE"
    "$AIMIL" load --tdb2 "$STORE" "$NT" > "$OUT/load.log" 2>&1
fi
rm -rf "$STORE/ai-milestones-text-index" "$STORE/ai-milestones-text-index.writing"
TRIPLES=$(wc -l < "$NT" | tr -d ' ')
SEARCH=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("SELECT ?s { ?s <http://jena.apache.org/text#query> \"learning\" } LIMIT 1"))')

now() { date +%s.%N; }
: > "$OUT/starts.txt"
for i in $(seq 0 "$STARTS"); do
    PORT=$(free_port)
    t0=$(now)
    # shellcheck disable=SC2086
    AI_MILESTONES_JAVA_OPTS=${SERVE_OPTS:-} "$AIMIL" serve --tdb2 "$STORE" --port "$PORT" --timeout 3600 \
        > "$OUT/serve-$i.log" 2>&1 &
    PID=$!
    BENCH_PIDS=("$PID")
    wait_http "http://127.0.0.1:$PORT/ai-milestones/sparql?query=$PROBE_QUERY" 1800 "$PID" \
        || die "ai-milestones did not start (log: $OUT/serve-$i.log)"
    t1=$(now)
    wait_http "http://127.0.0.1:$PORT/ai-milestones/sparql?query=$SEARCH" 3600 "$PID" \
        || die "no search answer (log: $OUT/serve-$i.log)"
    t2=$(now)
    RSS=$(( $(rss_kb "$PID") / 1024 ))
    stop_pid "$PID"
    INDEX=reused
    grep -q 'search index: making it' "$OUT/serve-$i.log" && INDEX=made
    echo "$i $INDEX $(python3 -c "print(round($t1 - $t0, 2), round($t2 - $t0, 2))") $RSS" | tee -a "$OUT/starts.txt" >&2
done
LOAD_AFTER=$(loadavg)

export N TRIPLES STARTS LOAD_BEFORE LOAD_AFTER LABEL=${LABEL:-} SERVE_OPTS=${SERVE_OPTS:-}
export JDK="$("$(bench_java)" -version 2>&1 | head -1)"
python3 - "$OUT/starts.txt" "$DOC" <<'PY'
import os, statistics, sys, time
from pathlib import Path
sys.path.insert(0, os.environ["BENCH_DIR"])
import docsection
E = os.environ
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
reused = [r for r in rows if r[1] == "reused"]
made = [r for r in rows if r[1] == "made"]
med = lambda xs: statistics.median(float(x) for x in xs) if xs else float("nan")
lines = ["<!-- BEGIN tdb2start -->",
         *([f"> **{E['LABEL']}**", ""] if E.get("LABEL") else []),
         f"`N={E['N']} STARTS={E['STARTS']} bash bench/tdb2start.sh` — run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())},"
         f" load average {E['LOAD_BEFORE']} before, {E['LOAD_AFTER']} after; {E['JDK']}; JVM options: the launcher's"
         + (f" and `{E['SERVE_OPTS']}`" if E.get("SERVE_OPTS") else "") + ".",
         f"`ai-milestones serve --tdb2 DIR` on a store of {int(E['TRIPLES']):,} triples loaded by `ai-milestones load`. The"
         " first start finds no search index in the store's folder and makes it; the others reuse it. Launch to the first"
         " answer of `SELECT * {?s ?p ?o} LIMIT 1`, launch to the first answer of a search (`text:query`), resident"
         " memory then.",
         "",
         f"- **index reused: first answer {med([r[2] for r in reused]):.2f} s, first search {med([r[3] for r in reused]):.2f} s**"
         f" (median of {len(reused)}), RSS {med([r[4] for r in reused]):.0f} MB",
         f"- index made: first answer {med([r[2] for r in made]):.2f} s, first search {med([r[3] for r in made]):.2f} s, RSS"
         f" {med([r[4] for r in made]):.0f} MB",
         "",
         "| start | search index | first answer s | first search s | RSS MB |",
         "| ---: | --- | ---: | ---: | ---: |"]
lines += [f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} |" for r in rows]
lines.append("<!-- END tdb2start -->")
md = "\n".join(lines)
Path(sys.argv[1]).with_suffix(".md").write_text(md + "\n")
docsection.replace(Path(sys.argv[2]), "tdb2start", "Start on a large TDB2 store (bench/tdb2start.sh)", md)
print(md)
PY
exit $?
}
