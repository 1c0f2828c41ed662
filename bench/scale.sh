#!/usr/bin/env bash
# Scale test: for each size N, ai-milestones generate --scale N; load the file into TDB2 with ai-milestones load and with Jena's own
# tdb2.tdbloader (jena-cmds, the same phased loader), wall time and triples/s of each; then ai-milestones serve --tdb2 on the
# ai-milestones-loaded store (start time, memory) and the median latency of each queries/*.rq at that size (answer cache off).
# Not part of run.sh. Environment: SIZES ["100k 1M 10M"], REPS [5] (runs per query), SERVE_HEAP [4g],
# SERVE_TIMEOUT [50] (ai-milestones --timeout, seconds), WORK (keeps the files and stores there; default a temporary folder,
# removed at the end), LABEL, SKIP_BUILD=1, DOC [docs/benchmarks.md] (its "scale" section is replaced), OUT,
# SKIP_QUERIES=1 (no per-query latency: load, start and pages only), QUERIES_ONLY=1 (with the WORK of an earlier run: serve the stores ai-milestones load built there and measure the start and
# the queries again, without generating or loading; the load columns are left empty).
# Going by the 1M run (154 MB file, 164 MB per store, serve RSS 1.1 GB with -Xmx4g), 10M needs about 5 GB of disk in
# WORK (1.5 GB file, two stores of ~1.7 GB) and roughly an hour on 2 cores; SERVE_HEAP=6g was enough for the pages at
# 10M (about 2.8 GB resident while the whole graph's figures are read; the search index is on disk in the store's folder).
set -euo pipefail
{
source "$(dirname "$0")/lib.sh"
SIZES=${SIZES:-"100k 1M 10M"}
REPS=${REPS:-5}
SERVE_HEAP=${SERVE_HEAP:-4g}
SERVE_TIMEOUT=${SERVE_TIMEOUT:-50}
DOC=${DOC:-$REPO_DIR/docs/benchmarks.md}
OUT=${OUT:-$REPO_DIR/bench/results/scale-$(date +%Y%m%d-%H%M%S)}
KEEP_WORK=${WORK:+1}
WORK=${WORK:-$(mktemp -d /tmp/ai-milestones-scale.XXXXXX)}
cleanup() { bench_cleanup; [ -n "$KEEP_WORK" ] || rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$OUT" "$WORK"
need_cmd curl curl
bench_jar "$WORK/jar"

# Jena's command-line tools and their dependencies, from Maven Central
if [ ! -s "$WORK/jena-cmds.cp" ]; then
    mkdir -p "$WORK/jena-cmds"
    cat > "$WORK/jena-cmds/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>local.bench</groupId><artifactId>jena-cmds-classpath</artifactId><version>1</version>
  <dependencies><dependency><groupId>org.apache.jena</groupId><artifactId>jena-cmds</artifactId>
    <version>$FUSEKI_VERSION</version></dependency></dependencies></project>
POM
    (cd "$WORK/jena-cmds" && mvn -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/jena-cmds.cp") >&2 \
        || die "could not fetch org.apache.jena:jena-cmds:$FUSEKI_VERSION"
fi
JENA_CP=$(cat "$WORK/jena-cmds.cp")

now() { date +%s.%N; }
secs() { python3 -c "print(round($2 - $1, 2))"; }
du_mb() { du -sm "$1" | cut -f1; }

ROWS=()
for N in $SIZES; do
    NT=$WORK/ai-milestones-$N.nt
    GEN_S= MS_S=– JENA_S=– MS_MB=– JENA_MB=–
    if [ "${QUERIES_ONLY:-}" = 1 ]; then
        [ -d "$WORK/tdb2-ai-milestones-$N" ] && [ -s "$NT" ] || die "QUERIES_ONLY=1 needs $NT and $WORK/tdb2-ai-milestones-$N"
    elif [ ! -s "$NT" ]; then
        log "$N: generating"
        t0=$(now); "$AIMIL" generate --scale "$N" --output "$NT" 2> "$OUT/generate-$N.log"; t1=$(now)
        GEN_S=$(secs "$t0" "$t1")
    fi
    TRIPLES=$(wc -l < "$NT" | tr -d ' ')
    if [ "${QUERIES_ONLY:-}" != 1 ]; then
        log "$N: ai-milestones load ($TRIPLES triples)"
        rm -rf "$WORK/tdb2-ai-milestones-$N"
        t0=$(now); "$AIMIL" load --tdb2 "$WORK/tdb2-ai-milestones-$N" "$NT" > "$OUT/ai-milestones-load-$N.log" 2>&1; t1=$(now)
        MS_S=$(secs "$t0" "$t1")

        log "$N: tdb2.tdbloader --loader=phased"
        rm -rf "$WORK/tdb2-jena-$N"
        t0=$(now); "$(bench_java)" -cp "$JENA_CP" tdb2.tdbloader --loader=phased --loc "$WORK/tdb2-jena-$N" "$NT" > "$OUT/tdbloader-$N.log" 2>&1; t1=$(now)
        JENA_S=$(secs "$t0" "$t1")
        JENA_MB=$(du_mb "$WORK/tdb2-jena-$N"); rm -rf "$WORK/tdb2-jena-$N"
        MS_MB=$(du_mb "$WORK/tdb2-ai-milestones-$N")
    fi

    log "$N: ai-milestones serve --tdb2 and the queries ($REPS runs each)"
    PORT=$(free_port)
    t0=$(now)
    AI_MILESTONES_JAVA_OPTS=-Xmx$SERVE_HEAP "$AIMIL" serve --tdb2 "$WORK/tdb2-ai-milestones-$N" --port "$PORT" --timeout "$SERVE_TIMEOUT" \
        --cache-entries 0 > "$OUT/serve-$N.log" 2>&1 &
    PID=$!
    BENCH_PIDS+=("$PID")
    wait_http "http://127.0.0.1:$PORT/ai-milestones/sparql?query=$PROBE_QUERY" 1800 "$PID" || die "ai-milestones did not start (log: $OUT/serve-$N.log)"
    t1=$(now)
    START_S=$(secs "$t0" "$t1")
    RSS_MB=$(( $(rss_kb "$PID") / 1024 ))
    if [ "${SKIP_QUERIES:-}" != 1 ]; then
    python3 "$BENCH_DIR/perquery.py" --queries "$REPO_DIR/queries" --reps "$REPS" --out "$OUT/perquery-$N.json" \
        "ai-milestones=http://127.0.0.1:$PORT/ai-milestones/sparql"
    python3 - "$REPO_DIR/queries" "http://127.0.0.1:$PORT/ai-milestones/sparql" "$OUT/rows-$N.json" <<'PY'
import json, sys, urllib.parse, urllib.request
from pathlib import Path
rows = {}
for q in sorted(Path(sys.argv[1]).glob("*.rq")):
    req = urllib.request.Request(sys.argv[2] + "?query=" + urllib.parse.quote(q.read_text(encoding="utf-8"), safe=""),
                                 headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            body = json.load(r)
            rows[q.stem] = len(body["results"]["bindings"]) if "results" in body else 1
    except Exception as e:
        rows[q.stem] = f"error: {e}"
Path(sys.argv[3]).write_text(json.dumps(rows, indent=1))
PY
    fi
    # the pages outside the query service (guarded like queries, whole-graph figures computed once per data version):
    # the first answer after the start (it may be a 503 "not ready" while the figures are computed: asked again every
    # second until a 200), then REPS more
    python3 - "http://127.0.0.1:$PORT" "$REPS" "$OUT/pages-$N.json" <<'PY'
import json, statistics, sys, time, urllib.error, urllib.request
base, reps, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
pages = {"/": "text/html", "/.well-known/void": "text/turtle", "/search?q=turing&format=json": "application/json",
         "/page/alexnet": "text/html"}
def get(path, accept):
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen(urllib.request.Request(base + path, headers={"Accept": accept}), timeout=600) as r:
            r.read(); status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    return status, (time.monotonic() - t0) * 1000
res = {}
for path, accept in pages.items():
    t0 = time.monotonic(); status, first = get(path, accept); refused = 0
    while status == 503 and time.monotonic() - t0 < 3600:
        refused += 1; time.sleep(1); status, _ = get(path, accept)
    first_ok = (time.monotonic() - t0) * 1000
    runs = [get(path, accept) for _ in range(reps)]
    res[path] = {"first_ms": first, "first_ok_ms": first_ok, "refused_first": refused, "status": status,
                 "median_ms": statistics.median(ms for _, ms in runs), "statuses": sorted({s for s, _ in runs})}
open(out, "w").write(json.dumps(res, indent=1))
PY
    stop_pid "$PID"
    ROWS+=("$N $TRIPLES ${GEN_S:-–} $MS_S $JENA_S $MS_MB $JENA_MB $START_S $RSS_MB")
    printf '%s\n' "${ROWS[@]}" > "$OUT/sizes.txt"
done

export LABEL=${LABEL:-} SIZES REPS SERVE_HEAP SERVE_TIMEOUT QUERIES_ONLY=${QUERIES_ONLY:-}
export MACHINE="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/^Mem:/ {print $2}') GB RAM, $("$(bench_java)" -version 2>&1 | head -1)"
python3 "$BENCH_DIR/scale_report.py" "$OUT" "$DOC" "$REPO_DIR/queries"
exit 0
}
