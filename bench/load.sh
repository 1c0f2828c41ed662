#!/usr/bin/env bash
# Load test: ai-milestones serve (bin/ai-milestones with its JVM options), then stock Fuseki of the same Jena version as
# users run it, each under 8 connections of the query mix with 5% expensive queries (a cross-join COUNT that runs into
# the query timeout) for 60 s. Reports failed well-formed requests (must be 0 besides the expected 503s of the expensive
# queries), the normal queries' p50/p99, and each server's resident memory after start, at its peak and after the load.
# Not part of run.sh. Environment: LOAD_DURATION [60], LOAD_CONNS [8], LOAD_TIMEOUT [2] (ai-milestones --timeout, seconds),
# LOAD_HEAP (an -Xmx for ai-milestones; default none: the launcher's settings), SKIP_BUILD=1, DOC [docs/benchmarks.md] (its "load" section is replaced), OUT.
set -euo pipefail
{
source "$(dirname "$0")/lib.sh"
LOAD_DURATION=${LOAD_DURATION:-60}
LOAD_CONNS=${LOAD_CONNS:-8}
LOAD_TIMEOUT=${LOAD_TIMEOUT:-2}
LOAD_HEAP=${LOAD_HEAP:-}
DOC=${DOC:-$REPO_DIR/docs/benchmarks.md}
OUT=${OUT:-$REPO_DIR/bench/results/load-$(date +%Y%m%d-%H%M%S)}
WORK=$(mktemp -d /tmp/ai-milestones-load.XXXXXX)
SAMPLER=
cleanup() { [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null; bench_cleanup; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$OUT"
need_cmd wrk wrk
need_cmd curl curl
bench_jar "$WORK/jar"

# 100 requests: 95 normal (the queries of queries/ round-robin), 5 expensive, spread evenly
EXPENSIVE='SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }'
python3 - "$REPO_DIR/queries" "$EXPENSIVE" "$WORK/load.reqs" <<'PY'
import sys, urllib.parse
from pathlib import Path
qs = [urllib.parse.quote(p.read_text(encoding="utf-8"), safe="") for p in sorted(Path(sys.argv[1]).glob("*.rq"))]
exp = urllib.parse.quote(sys.argv[2], safe="")
acc = "application/sparql-results+json"
lines, k = [], 0
for i in range(100):
    if i % 20 == 10:
        lines.append(f"expensive\t{acc}\t/ai-milestones/sparql?query={exp}")
    else:
        lines.append(f"normal\t{acc}\t/ai-milestones/sparql?query={qs[k % len(qs)]}"); k += 1
Path(sys.argv[3]).write_text("\n".join(lines) + "\n")
PY

# one system under the load: run_system NAME ENDPOINT_PATH COMMAND... (the command gets the port as $PORT);
# writes $OUT/NAME.json (wrk's summary and the memory figures)
run_system() {
    local name=$1 path=$2; shift 2
    local port pid sampler result before after alive hwm rss_start rss_end
    port=$(free_port)
    sed "s#/ai-milestones/sparql#$path#" "$WORK/load.reqs" > "$WORK/load-$name.reqs"
    mkdir -p "$WORK/cwd-$name"
    (cd "$WORK/cwd-$name" && PORT=$port exec "$@" > "$WORK/$name.log" 2>&1) &
    pid=$!
    BENCH_PIDS+=("$pid")
    wait_http "http://127.0.0.1:$port$path?query=$PROBE_QUERY" 180 "$pid" || die "$name did not start (log: $WORK/$name.log)"
    sleep 1
    rss_start=$(rss_kb "$pid")
    ( while kill -0 "$pid" 2>/dev/null; do rss_kb "$pid"; sleep 0.5; done > "$WORK/rss-$name.samples" ) &
    sampler=$!
    SAMPLER=$sampler
    before=$(loadavg)
    log "load on $name: $LOAD_CONNS connections, ${LOAD_DURATION}s (load average $before)"
    result=$(BENCH_REQS=$WORK/load-$name.reqs wrk -t"$LOAD_CONNS" -c"$LOAD_CONNS" -d"${LOAD_DURATION}s" \
        --timeout "$((LOAD_TIMEOUT + 20))s" -s "$BENCH_DIR/wrk/load.lua" "http://127.0.0.1:$port" 2>&1 \
        | tee "$OUT/wrk-$name.log" | sed -n 's/^BENCHJSON //p' || true)
    after=$(loadavg)
    # what the process keeps 5 s and 30 s after the load (bin/ai-milestones's G1 gives back what it no longer needs
    # once it has been idle for 10 s)
    sleep 5
    rss_5=$(rss_kb "$pid" || echo 0)
    sleep 25
    alive=no
    curl -fs -o /dev/null -H 'Accept: application/sparql-results+json' "http://127.0.0.1:$port$path?query=$PROBE_QUERY" \
        && alive=yes
    hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    rss_end=$(rss_kb "$pid" || echo 0)
    kill "$sampler" 2>/dev/null; SAMPLER=
    stop_pid "$pid"
    [ -n "$result" ] || die "no wrk summary for $name (see $OUT/wrk-$name.log)"
    RESULT=$result RSS_START=$rss_start RSS_5=$rss_5 RSS_END=$rss_end HWM=$hwm ALIVE=$alive BEFORE=$before AFTER=$after \
        OOM=$(grep -c OutOfMemoryError "$WORK/$name.log" || true) \
        python3 - "$OUT/$name.json" "$WORK/rss-$name.samples" <<'PY'
import json, os, sys
from pathlib import Path
E = os.environ
samples = [int(x) for x in Path(sys.argv[2]).read_text().split() if x.isdigit()]
Path(sys.argv[1]).write_text(json.dumps({"wrk": json.loads(E["RESULT"]), "rss_start": int(E["RSS_START"] or 0),
    "rss_5": int(E["RSS_5"] or 0), "rss_end": int(E["RSS_END"] or 0), "hwm": max(samples + [int(E["HWM"] or 0)]), "oom": E["OOM"],
    "alive": E["ALIVE"], "load_before": E["BEFORE"], "load_after": E["AFTER"]}))
PY
}

HEAP_OPT=${LOAD_HEAP:+-Xmx$LOAD_HEAP}
# shellcheck disable=SC2016 # $PORT and $0.. are the inner shell's
run_system ai-milestones /ai-milestones/sparql \
    sh -c 'AI_MILESTONES_JAVA_OPTS="$0" exec "$1" serve --port "$PORT" --timeout "$2"' "$HEAP_OPT" "$AIMIL" "$LOAD_TIMEOUT"
# stock Fuseki as users run it (the JVM's defaults), on the same data, with the same query timeout
"$AIMIL" export --inferred --format ntriples --output "$WORK/data.nt" 2> "$WORK/export.log" || die "export failed"
FUSEKI_JAR=$(fetch_fuseki "$WORK")
# shellcheck disable=SC2016
run_system fuseki /ds/sparql sh -c 'exec "$0" -jar "$1" --localhost --port "$PORT" --timeout "$2" --file "$3" /ds' \
    "$(bench_java)" "$FUSEKI_JAR" "$((LOAD_TIMEOUT * 1000))" "$WORK/data.nt"
bench_cleanup

export LABEL=${LABEL:-} LOAD_DURATION LOAD_CONNS LOAD_TIMEOUT LOAD_HEAP EXPENSIVE FUSEKI_VERSION REPO_DIR
JDK="$("$(bench_java)" -version 2>&1 | head -1)"
export JDK
python3 - "$OUT" "$DOC" <<'PY'
import json, os, sys, time
from pathlib import Path
sys.path.insert(0, os.environ["BENCH_DIR"])
import docsection  # noqa: E402
E = os.environ
out = Path(sys.argv[1])
ok = lambda s: 200 <= int(s) < 300
fmt = lambda d: ", ".join(f"{k}: {v}" for k, v in sorted(d.items())) or "none"
cmd = (f"LOAD_DURATION={E['LOAD_DURATION']} LOAD_CONNS={E['LOAD_CONNS']} LOAD_TIMEOUT={E['LOAD_TIMEOUT']}"
       + (f" LOAD_HEAP={E['LOAD_HEAP']}" if E.get("LOAD_HEAP") else "") + " bash bench/load.sh")
systems = [("ai-milestones", "ai-milestones serve (`bin/ai-milestones`, its JVM options"
            + (f" and `-Xmx{E['LOAD_HEAP']}`" if E.get("LOAD_HEAP") else "") + ")"),
           ("fuseki", f"stock Fuseki {E['FUSEKI_VERSION']} (`java -jar`, the JVM's defaults)")]
lines = ["<!-- BEGIN load -->", *([f"> **{E['LABEL']}**", ""] if E.get("LABEL") else []),
         f"`{cmd}` — run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {E['JDK']}.",
         f"Each system alone, one after the other: {E['LOAD_CONNS']} connections (one wrk thread each) for"
         f" {E['LOAD_DURATION']} s of the {len(list(Path(E['REPO_DIR'], 'queries').glob('*.rq')))} queries round-robin with 5 requests in 100 replaced by `{E['EXPENSIVE']}`"
         f" (about 1.7·10¹¹ rows, so it runs into the query timeout of {E['LOAD_TIMEOUT']} s, which both are given)."
         " Resident memory (VmRSS) one second after the first answer, at its peak (VmHWM and samples every 0.5 s), and"
         " 5 s and 30 s after the load. ai-milestones runs at most twice as many queries at once as there are cores"
         " (its query slots; a query waits up to 2 s for one), so its expensive queries queue and its overall rate is"
         " set by them; stock Fuseki runs all eight at once.", "",
         "| system | normal queries | statuses | p50 ms | p99 ms | expensive | statuses | failed | req/s | RSS after start MB | peak MB | RSS 5 s after MB | RSS 30 s after MB | load average before → after |",
         "| --- | ---: | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
goal = None
for key, label in systems:
    f = out / f"{key}.json"
    if not f.exists():
        continue
    d = json.loads(f.read_text())
    r, n, e = d["wrk"], d["wrk"]["normal"], d["wrk"]["expensive"]
    failed = (sum(v for k, v in n["status"].items() if not ok(k))
              + sum(v for k, v in e["status"].items() if not ok(k) and k != "503") + sum(r["errors"].values()))
    lines.append(f"| {label} | {n['count']:,} | {fmt(n['status'])} | {n['p50_us']/1000:.1f} | {n['p99_us']/1000:.1f} |"
                 f" {e['count']:,} | {fmt(e['status'])} | {failed} | {r['requests'] / (r['duration_us'] / 1e6):,.1f} |"
                 f" {d['rss_start'] / 1024:.0f} | {d['hwm'] / 1024:.0f} | {d['rss_5'] / 1024:.0f} |"
                 f" {d['rss_end'] / 1024:.0f} |"
                 f" {d['load_before']} → {d['load_after']} |")
    if key == "ai-milestones":
        goal = (failed, d["rss_end"] / 1024, d["oom"], d["alive"], d["rss_5"] / 1024)
lines.append("")
if goal:
    lines.append(f"- ai-milestones: **failed well-formed requests {goal[0]}** (goal 0: every normal query 2xx, every"
                 f" expensive one 2xx or 503); **resident memory 30 s after the load {goal[1]:.0f} MB** (goal ≤ 200 MB:"
                 f" {'met' if goal[1] <= 200 else '**not met**'}; 5 s after it, before the idle collection:"
                 f" {goal[4]:.0f} MB); OutOfMemoryError in the log: {goal[2]}; still"
                 f" answering after the load: {goal[3]}")
lines.append("<!-- END load -->")
md = "\n".join(lines)
(out / "load.md").write_text(md + "\n")
docsection.replace(Path(sys.argv[2]), "load", "Load test (bench/load.sh)", md)
print(md)
PY
exit 0
}
