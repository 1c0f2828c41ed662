#!/usr/bin/env bash
# Crash test: ai-milestones serve over a TDB2 store with updates on; a stream of numbered INSERT DATA updates (HTTP Basic
# auth); kill -9 at a random moment; restart; check that the store holds exactly what was committed: every update
# acknowledged with 2xx is there, nothing else but possibly the one update in flight, and no update half-applied; and
# that the search index finds by label exactly the updates the store holds.
# Repeated FAULT_ITERATIONS times over the same store. Not part of run.sh.
# Environment: LABEL (a note put above the results), FAULT_ITERATIONS [20], FAULT_MIN_S [0.3] / FAULT_MAX_S [3.0] (kill after a uniform random delay),
# FAULT_SEED (random seed, default: time), SKIP_BUILD=1, DOC [docs/benchmarks.md] ("faults" section replaced), OUT.
set -euo pipefail
{
source "$(dirname "$0")/lib.sh"
ITER=${FAULT_ITERATIONS:-20}
MIN_S=${FAULT_MIN_S:-0.3}
MAX_S=${FAULT_MAX_S:-3.0}
SEED=${FAULT_SEED:-$(date +%s)}
DOC=${DOC:-$REPO_DIR/docs/benchmarks.md}
OUT=${OUT:-$REPO_DIR/bench/results/faults-$(date +%Y%m%d-%H%M%S)}
WORK=$(mktemp -d /tmp/ai-milestones-faults.XXXXXX)
UPD=
cleanup() { [ -n "$UPD" ] && kill "$UPD" 2>/dev/null; bench_cleanup; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$OUT"
need_cmd curl curl
bench_jar "$WORK/jar"

PW=bench-$RANDOM$RANDOM
printf 'bench: %s\n' "$PW" > "$WORK/passwords"
STORE=$WORK/tdb2
PORT=$(free_port)
BASE=http://127.0.0.1:$PORT
mkdir -p "$WORK/cwd"
: > "$OUT/iterations.jsonl"
PID=

start_server() {  # sets PID, START_S (seconds to first answer) and INDEX (made / reused: the search index at this start)
    local t0 t1 made
    made=$(grep -c 'search index: making it' "$WORK/ai-milestones.log" 2>/dev/null || true)
    t0=$(date +%s.%N)
    (cd "$WORK/cwd" && exec "$AIMIL" serve --port "$PORT" --tdb2 "$STORE" --allow-update \
        --password-file "$WORK/passwords" --max-rows 1000000 >> "$WORK/ai-milestones.log" 2>&1) &
    PID=$!
    BENCH_PIDS=("$PID")
    wait_http "$BASE/ai-milestones/sparql?query=$PROBE_QUERY" 180 || die "ai-milestones did not start (log: $WORK/ai-milestones.log)"
    t1=$(date +%s.%N)
    START_S=$(python3 -c "print(round($t1 - $t0, 2))")
    # the search index of a TDB2 store is kept in its folder: reused if it matches the store, else made again
    wait_http "$BASE/ai-milestones/sparql?query=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("ASK { ?s <http://jena.apache.org/text#query> \"x\" }"))')" 180 \
        || die "the search index did not open (log: $WORK/ai-milestones.log)"
    if [ "$(grep -c 'search index: making it' "$WORK/ai-milestones.log" || true)" -gt "${made:-0}" ]; then
        INDEX=made
    else
        INDEX=reused
    fi
}

# what the store and its search index hold: JSON {"seq": [n...], "unpaired": k, "index_disagrees": d} — unpaired counts
# updates with only some of their three triples; index_disagrees the updates that the search index finds by their label
# but that the store lacks, or the other way round
store_state() {
    curl -fs -G -H 'Accept: application/sparql-results+json' "$BASE/ai-milestones/sparql" -o "$WORK/store.json" \
        --data-urlencode 'query=SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), "urn:ai-milestones-bench:update/")) }'
    curl -fs -G -H 'Accept: application/sparql-results+json' "$BASE/ai-milestones/sparql" -o "$WORK/index.json" \
        --data-urlencode 'query=SELECT ?s WHERE { ?s <http://jena.apache.org/text#query> (<http://www.w3.org/2000/01/rdf-schema#label> "benchupdate" 1000000) }'
    python3 -c '
import json, sys, collections
NS = "urn:ai-milestones-bench:"
parts = collections.defaultdict(dict)
for r in json.load(open(sys.argv[1]))["results"]["bindings"]:
    parts[r["s"]["value"]][r["p"]["value"]] = r["o"]["value"]
def complete(s, p):
    n = s.rsplit("/", 1)[1]
    return p.get(NS + "seq") == n and p.get(NS + "pair") == n \
        and p.get("http://www.w3.org/2000/01/rdf-schema#label") == "benchupdate " + n
whole = {s for s, p in parts.items() if complete(s, p)}
indexed = {r["s"]["value"] for r in json.load(open(sys.argv[2]))["results"]["bindings"]}
print(json.dumps({"seq": sorted(int(s.rsplit("/", 1)[1]) for s in whole), "unpaired": len(parts) - len(whole),
                  "index_disagrees": len(indexed ^ set(parts))}))' "$WORK/store.json" "$WORK/index.json"
}

LOAD_BEFORE=$(loadavg)
log "crash test: $ITER iterations, kill -9 after ${MIN_S}–${MAX_S}s of updates (seed $SEED), store $STORE"
RANDOM=$SEED
NEXT=1
ACKED_ALL=$WORK/acked-all
: > "$ACKED_ALL"; : > "$WORK/inflight-all"
start_server; FIRST_START=$START_S
for i in $(seq 1 "$ITER"); do
    : > "$WORK/upd.log"
    python3 "$BENCH_DIR/updater.py" --url "$BASE/ai-milestones/update" --user bench --password "$PW" --start "$NEXT" \
        --log "$WORK/upd.log" --max-seconds 60 &
    UPD=$!
    DELAY=$(python3 -c "import random; random.seed($SEED * 1000 + $i); print(round(random.uniform($MIN_S, $MAX_S), 2))")
    sleep "$DELAY"
    kill -KILL "$PID"
    wait "$PID" 2>/dev/null || true
    wait "$UPD" 2>/dev/null || true
    UPD=
    awk '$1 == "ack" {print $2}' "$WORK/upd.log" >> "$ACKED_ALL"
    INFLIGHT=$(awk '$1 == "sent" {n=$2} END {print n+0}' "$WORK/upd.log")
    echo "$INFLIGHT" >> "$WORK/inflight-all"
    start_server; RESTART=$START_S
    STATE=$(store_state)
    python3 - "$i" "$DELAY" "$RESTART" "$INFLIGHT" "$ACKED_ALL" "$WORK/upd.log" "$STATE" "$WORK/inflight-all" "$INDEX" \
        >> "$OUT/iterations.jsonl" <<'PY'
import json, sys
i, delay, restart, inflight, acked_file, upd_log, state, inflight_file, index = sys.argv[1:10]
allowed = {int(x) for x in open(inflight_file).read().split()}  # updates in flight at some kill: may be there
acked = {int(x) for x in open(acked_file).read().split()}
this = [l.split() for l in open(upd_log)]
st = json.loads(state)
present = set(st["seq"])
lost = sorted(acked - present)
extra = sorted(present - acked)
inflight = int(inflight)
print(json.dumps({"iteration": int(i), "kill_after_s": float(delay), "restart_s": float(restart),
                  "acked_this": sum(1 for l in this if l[0] == "ack"), "acked_total": len(acked),
                  "present": len(present), "lost_acked": lost, "in_flight": inflight,
                  "in_flight_committed": inflight in present and inflight not in acked,
                  "unexpected": [n for n in extra if n not in allowed], "unpaired": st["unpaired"],
                  "index_disagrees": st["index_disagrees"], "index_at_restart": index,
                  "stream_end": " ".join(this[-1]) if this else ""}))
PY
    # the in-flight update may have committed: never reuse its number
    NEXT=$(( INFLIGHT + 1 ))
    log "iteration $i: $(tail -1 "$OUT/iterations.jsonl")"
done
bench_cleanup
LOAD_AFTER=$(loadavg)

export LOAD_BEFORE LOAD_AFTER LABEL=${LABEL:-} ITER MIN_S MAX_S SEED FIRST_START
python3 - "$OUT/iterations.jsonl" "$DOC" <<'PY'
import json, os, sys, time
from pathlib import Path
sys.path.insert(0, os.environ["BENCH_DIR"])
import docsection  # noqa: E402
E = os.environ
its = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
lost = sum(len(x["lost_acked"]) for x in its)
unexpected = sum(len(x["unexpected"]) for x in its)
unpaired = max((x["unpaired"] for x in its), default=0)
disagree = max((x["index_disagrees"] for x in its), default=0)
committed_inflight = sum(x["in_flight_committed"] for x in its)
ok = lost == 0 and unexpected == 0 and unpaired == 0 and disagree == 0 and len(its) == int(E["ITER"])
rs = sorted(x["restart_s"] for x in its)
lines = ["<!-- BEGIN faults -->",
         *([f"> **{E['LABEL']}**", ""] if E.get("LABEL") else []),
         f"`FAULT_ITERATIONS={E['ITER']} FAULT_SEED={E['SEED']} bash bench/faults.sh` — run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())},"
         f" load average {E['LOAD_BEFORE']} before, {E['LOAD_AFTER']} after.",
         "ai-milestones `serve --tdb2 DIR --allow-update --password-file F`; numbered three-triple `INSERT DATA` updates (two"
         " numbers and a label) one after another (HTTP Basic auth) until `kill -9` after a random"
         f" {E['MIN_S']}–{E['MAX_S']} s; restart on the same store; compare the store with the acknowledged updates, and"
         " what the search index finds by label (`text:query`) with what the store holds. Same store throughout, so each"
         " check covers all earlier iterations. The search index is kept in the store's folder: a restart reuses it when"
         " it matches the store, and makes it again when a write was under way at the kill (column \"index\").",
         "",
         f"- **{'passed' if ok else 'FAILED'}**: {len(its)} kills; acknowledged updates lost: **{lost}**; updates present that were"
         f" never sent or acknowledged (other than the one in flight): **{unexpected}**; half-applied updates: **{unpaired}**;"
         f" updates on which the search index and the store disagree: **{disagree}**",
         f"- acknowledged updates in all: {its[-1]['acked_total'] if its else 0}; the update in flight at the kill was found committed"
         f" {committed_inflight} times (allowed: the commit can precede the answer)",
         f"- search index at restart: reused {sum(x.get('index_at_restart') == 'reused' for x in its)} times, made again"
         f" {sum(x.get('index_at_restart') == 'made' for x in its)} times",
         f"- restart (process start to first answer, TDB2 store reopened): median {rs[len(rs)//2] if rs else 0:.2f} s, max {max(rs) if rs else 0:.2f} s;"
         f" first start (store built): {E['FIRST_START']} s",
         "",
         "| kill | after s | acked in this run | acked total | present | lost | in flight | in flight committed | index disagrees | index | restart s |",
         "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- | ---: |"]
for x in its:
    lines.append(f"| {x['iteration']} | {x['kill_after_s']} | {x['acked_this']} | {x['acked_total']} | {x['present']} |"
                 f" {len(x['lost_acked'])} | {x['in_flight']} | {'yes' if x['in_flight_committed'] else 'no'} |"
                 f" {x['index_disagrees']} | {x.get('index_at_restart', '')} | {x['restart_s']} |")
lines.append("<!-- END faults -->")
md = "\n".join(lines)
Path(sys.argv[1]).with_suffix(".md").write_text(md + "\n")
docsection.replace(Path(sys.argv[2]), "faults", "Crash test (bench/faults.sh)", md)
print(md)
sys.exit(0 if ok else 1)
PY
exit $?
}
