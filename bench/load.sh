#!/usr/bin/env bash
# Load test: ai-milestones serve with -Xmx256m under 8 connections of the query mix with 5% expensive queries (a cross-join
# COUNT that runs into the query timeout) for 60 s. Reports failed well-formed requests (must be 0 besides the
# expected 503s of the expensive queries), the normal queries' p50/p99, and the server's peak resident memory.
# Not part of run.sh. Environment: LOAD_DURATION [60], LOAD_CONNS [8], LOAD_TIMEOUT [2] (ai-milestones --timeout, seconds),
# LOAD_HEAP [256m], SKIP_BUILD=1, DOC [docs/benchmarks.md] (its "load" section is replaced), OUT.
set -euo pipefail
{
source "$(dirname "$0")/lib.sh"
LOAD_DURATION=${LOAD_DURATION:-60}
LOAD_CONNS=${LOAD_CONNS:-8}
LOAD_TIMEOUT=${LOAD_TIMEOUT:-2}
LOAD_HEAP=${LOAD_HEAP:-256m}
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

# 100 requests: 95 normal (the 21 queries round-robin), 5 expensive, spread evenly
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

PORT=$(free_port)
mkdir -p "$WORK/cwd"
(cd "$WORK/cwd" && AI_MILESTONES_JAVA_OPTS=-Xmx$LOAD_HEAP exec "$AIMIL" serve --port "$PORT" --timeout "$LOAD_TIMEOUT" > "$WORK/ai-milestones.log" 2>&1) &
PID=$!
BENCH_PIDS+=("$PID")
wait_http "http://127.0.0.1:$PORT/ai-milestones/sparql?query=$PROBE_QUERY" 180 || die "ai-milestones did not start (log: $WORK/ai-milestones.log)"
RSS_START=$(rss_kb "$PID")
# sample the resident memory twice a second while the load runs
( while kill -0 "$PID" 2>/dev/null; do rss_kb "$PID"; sleep 0.5; done > "$WORK/rss.samples" ) &
SAMPLER=$!
LOAD_BEFORE=$(loadavg)
log "load: $LOAD_CONNS connections, ${LOAD_DURATION}s, ai-milestones -Xmx$LOAD_HEAP --timeout $LOAD_TIMEOUT (load average $LOAD_BEFORE)"
RESULT=$(BENCH_REQS=$WORK/load.reqs wrk -t"$LOAD_CONNS" -c"$LOAD_CONNS" -d"${LOAD_DURATION}s" --timeout "$((LOAD_TIMEOUT + 20))s" \
    -s "$BENCH_DIR/wrk/load.lua" "http://127.0.0.1:$PORT" 2>&1 | tee "$OUT/wrk.log" | sed -n 's/^BENCHJSON //p' || true)
LOAD_AFTER=$(loadavg)
ALIVE=no
curl -fs -o /dev/null -H 'Accept: application/sparql-results+json' "http://127.0.0.1:$PORT/ai-milestones/sparql?query=$PROBE_QUERY" && ALIVE=yes
HWM=$(awk '/^VmHWM:/ {print $2}' "/proc/$PID/status" 2>/dev/null || echo 0)
RSS_END=$(rss_kb "$PID" || echo 0)
kill "$SAMPLER" 2>/dev/null; SAMPLER=
bench_cleanup
OOM=$(grep -c OutOfMemoryError "$WORK/ai-milestones.log" || true)
[ -n "$RESULT" ] || die "no wrk summary (see $OUT/wrk.log)"
echo "$RESULT" > "$OUT/load.json"
export LABEL=${LABEL:-} LOAD_DURATION LOAD_CONNS LOAD_TIMEOUT LOAD_HEAP EXPENSIVE LOAD_BEFORE LOAD_AFTER RSS_START HWM RSS_END OOM ALIVE
python3 - "$OUT/load.json" "$WORK/rss.samples" "$DOC" <<'PY'
import json, os, sys, time
from pathlib import Path
sys.path.insert(0, os.environ["BENCH_DIR"])
import docsection  # noqa: E402
E = os.environ
r = json.load(open(sys.argv[1]))
samples = [int(x) for x in Path(sys.argv[2]).read_text().split() if x.isdigit()]
kb = lambda k: int(E.get(k) or 0)
n, e = r["normal"], r["expensive"]
ok = lambda s: 200 <= int(s) < 300
normal_failed = sum(v for k, v in n["status"].items() if not ok(k))
exp_unexpected = sum(v for k, v in e["status"].items() if not ok(k) and k != "503")
sock = sum(r["errors"].values())
failed = normal_failed + exp_unexpected + sock
fmt = lambda d: ", ".join(f"{k}: {v}" for k, v in sorted(d.items())) or "none"
cmd = f"LOAD_DURATION={E['LOAD_DURATION']} LOAD_CONNS={E['LOAD_CONNS']} LOAD_TIMEOUT={E['LOAD_TIMEOUT']} LOAD_HEAP={E['LOAD_HEAP']} bash bench/load.sh"
md = "\n".join([
    "<!-- BEGIN load -->",
    *([f"> **{E['LABEL']}**", ""] if E.get("LABEL") else []),
    f"`{cmd}` — run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average {E['LOAD_BEFORE']} before, {E['LOAD_AFTER']} after.",
    f"ai-milestones `serve --timeout {E['LOAD_TIMEOUT']}` with `-Xmx{E['LOAD_HEAP']}`; {E['LOAD_CONNS']} connections (one wrk thread each) for"
    f" {E['LOAD_DURATION']} s of the 21 queries round-robin with 5 requests in 100 replaced by `{E['EXPENSIVE']}`"
    " (about 1.7·10¹¹ rows, so it runs into the timeout).",
    "",
    "| | count | statuses | p50 ms | p99 ms | max ms |",
    "| --- | ---: | --- | ---: | ---: | ---: |",
    f"| normal queries | {n['count']:,} | {fmt(n['status'])} | {n['p50_us']/1000:.1f} | {n['p99_us']/1000:.1f} | {n['max_us']/1000:.0f} |",
    f"| expensive queries | {e['count']:,} | {fmt(e['status'])} | {e['p50_us']/1000:.0f} | {e['p99_us']/1000:.0f} | {e['max_us']/1000:.0f} |",
    "",
    f"- **failed well-formed requests: {failed}** (normal non-2xx {normal_failed}, expensive neither 2xx nor 503"
    f" {exp_unexpected}, socket errors {sock}: {fmt(r['errors'])}) — {'met' if failed == 0 else '**not met**'} (goal: 0)",
    f"- throughput {r['requests'] / (r['duration_us'] / 1e6):,.1f} requests/s overall",
    f"- resident memory: {kb('RSS_START') / 1024:.0f} MB after start, peak {max(samples + [kb('HWM')]) / 1024:.0f} MB"
    f" (VmHWM), {kb('RSS_END') / 1024:.0f} MB at the end; OutOfMemoryError in the log: {E['OOM']}",
    f"- still answering after the load: {E['ALIVE']}",
    "<!-- END load -->"])
Path(sys.argv[1]).with_suffix(".md").write_text(md + "\n")
docsection.replace(Path(sys.argv[3]), "load", "Load test (bench/load.sh)", md)
print(md)
PY
exit 0
}
