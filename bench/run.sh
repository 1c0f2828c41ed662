#!/usr/bin/env bash
# The benchmark: ai-milestones serve vs stock Fuseki vs Virtuoso, side by side, interleaved, on loopback.
# See docs/benchmarks.md for what it measures. Re-runnable end to end; every server it starts is stopped on exit.
#
# Environment (defaults in brackets; a smoke run: ROUNDS=2 DURATION=2 CONNS="1 4" STARTS=1 PERQUERY_REPS=3):
#   ROUNDS [5]          rounds; each round runs every cell once (A B C A B C ...); medians over rounds are reported
#   DURATION [8]        seconds per wrk cell
#   CONNS ["1 2 4"]     connection counts (wrk threads = min(connections, 2))
#   WARMUP [5]          seconds of warm-up per system before the rounds
#   STARTS [5]          start-to-first-answer measurements per system
#   PERQUERY_REPS [10]  sequential repetitions per query for the per-query latency table
#   LABEL               a line put at the top of the results (e.g. "smoke run on a busy machine")
#   OUT                 raw results directory [bench/results/<date-time>]
#   DOC [docs/benchmarks.md]   the report written
#   AI_MILESTONES_JAVA_OPTS, FUSEKI_JAVA_OPTS   JVM options (none by default: both JVMs get the same defaults)
#   SKIP_BUILD=1        use target/ai-milestones.jar as it is (the run uses a copy of it, with its own AOT cache)
set -euo pipefail
# The whole script is one compound command, read before it runs: editing this file during a run cannot break the run.
{
source "$(dirname "$0")/lib.sh"

ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-8}
CONNS=${CONNS:-"1 2 4"}
WARMUP=${WARMUP:-5}
STARTS=${STARTS:-5}
PERQUERY_REPS=${PERQUERY_REPS:-10}
LABEL=${LABEL:-}
OUT=${OUT:-$REPO_DIR/bench/results/$(date +%Y%m%d-%H%M%S)}
DOC=${DOC:-$REPO_DIR/docs/benchmarks.md}
AI_MILESTONES_JAVA_OPTS=${AI_MILESTONES_JAVA_OPTS:-}
FUSEKI_JAVA_OPTS=${FUSEKI_JAVA_OPTS:-}
SYSTEMS=(ai-milestones fuseki virtuoso)

WORK=$(mktemp -d /tmp/ai-milestones-bench.XXXXXX)
cleanup() { bench_cleanup; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$OUT"
T_START=$(date +%s)
log "results in $OUT, scratch in $WORK"
NCONNS=$(wc -w <<< "$CONNS")
log "the rounds will take about $(( ROUNDS * NCONNS * 8 * (DURATION + 1) / 60 + 1 )) min (+ set-up, starts and warm-up)"

# ---- 1. what the benchmark needs ----
need_cmd curl curl
need_cmd wrk wrk
need_cmd virtuoso-t virtuoso-opensource
need_cmd isql-vt virtuoso-opensource
need_cmd mvn maven
need_cmd java openjdk-17-jdk-headless

# ---- 2. ai-milestones, its export, stock Fuseki ----
bench_jar "$WORK/ai-milestones-jar"
JAVA=$(bench_java)  # the build's JDK: stock Fuseki runs on it too
export AI_MILESTONES_JAVA_OPTS
mkdir -p "$WORK/data" "$WORK/fuseki" "$WORK/ai-milestones"
NT=$WORK/data/ai-milestones-inferred.nt
"$AIMIL" export --inferred --format ntriples --output "$NT"
log "export: $(wc -l < "$NT") triples"
FUSEKI_JAR=$(fetch_fuseki "$WORK/fuseki")

MS_PORT=$(free_port); FUSEKI_PORT=$(free_port); VIRT_HTTP=$(free_port); VIRT_SQL=$(free_port)
VIRT_DIR=$WORK/virtuoso
VIRT_GRAPH_PARAM="default-graph-uri=urn%3Ax-ai-milestones%3Ainferred"
declare -A CMD URL BASE SPARQL_PATH PROBE
# (each command is run from its own scratch directory: Fuseki writes run/ into the working directory)
CMD[ai-milestones]="$AIMIL serve --host 127.0.0.1 --port $MS_PORT"
CMD[fuseki]="$JAVA $FUSEKI_JAVA_OPTS -cp $FUSEKI_JAR org.apache.jena.fuseki.main.cmds.FusekiMainCmd --localhost --port $FUSEKI_PORT --file $NT /ds"
CMD[virtuoso]="virtuoso-t +foreground +configfile $VIRT_DIR/virtuoso.ini"
BASE[ai-milestones]=http://127.0.0.1:$MS_PORT; BASE[fuseki]=http://127.0.0.1:$FUSEKI_PORT; BASE[virtuoso]=http://127.0.0.1:$VIRT_HTTP
SPARQL_PATH[ai-milestones]=/ai-milestones/sparql; SPARQL_PATH[fuseki]=/ds/sparql; SPARQL_PATH[virtuoso]="/sparql?$VIRT_GRAPH_PARAM"
for s in "${SYSTEMS[@]}"; do
    p=${SPARQL_PATH[$s]}; sep='?'; [[ $p == *\?* ]] && sep='&'
    URL[$s]=${BASE[$s]}$p
    PROBE[$s]=${BASE[$s]}$p${sep}query=$PROBE_QUERY
done

python3 - "$OUT/commands.json" "${CMD[ai-milestones]}" "${CMD[fuseki]}" "${CMD[virtuoso]}" "$WORK" "$REPO_DIR/" <<'PY'
import json, sys
out, a, f, v, work, repo = sys.argv[1:7]
clean = lambda c: " ".join(c.replace(work, "$WORK").replace(repo, "").split())
json.dump({k: clean(c) for k, c in (("ai-milestones", a), ("fuseki", f), ("virtuoso", v))}, open(out, "w"), indent=1)
PY

# ---- 3. Virtuoso: its own database under $WORK, loaded once ----
log "Virtuoso: creating the database and loading the export"
VIRT_LOAD_S=$(virtuoso_prepare "$VIRT_DIR" "$VIRT_SQL" "$VIRT_HTTP" "$NT")
log "Virtuoso: load took ${VIRT_LOAD_S}s"

# ---- 4. machine and versions ----
JAVA=$JAVA python3 - "$OUT/machine.json" "$FUSEKI_VERSION" "$VIRT_LOAD_S" <<'PY'
import json, os, platform, re, subprocess, sys
def sh(c):
    try: return subprocess.run(c, shell=True, capture_output=True, text=True, timeout=60).stdout + subprocess.run(c, shell=True, capture_output=True, text=True, timeout=60).stderr
    except Exception as e: return str(e)
cpu = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo").read())
mem = re.search(r"MemTotal:\s*(\d+)", open("/proc/meminfo").read())
virt = re.search(r"Version\s+(\S+)", sh("virtuoso-t -? 2>&1 | head -5"))
json.dump({"nproc": os.cpu_count(), "cpu": cpu.group(1) if cpu else "?", "mem_gib": round(int(mem.group(1)) / 1048576, 1),
           "kernel": platform.release(), "os": sh(". /etc/os-release; echo $PRETTY_NAME").strip(),
           "java": sh(os.environ["JAVA"] + " -version 2>&1 | head -2").strip().replace("\n", "; "),
           "wrk": sh("wrk -v 2>&1 | head -1").split(" Copyright")[0].strip(),
           "virtuoso": (virt.group(1) if virt else "?") + " (Debian " + sh("dpkg-query -W -f='${Version}' virtuoso-opensource-7").strip() + ")",
           "fuseki": "jena-fuseki-server " + sys.argv[2] + " (Fuseki Main: FusekiMainCmd --file, no admin, no UI)",
           "python": platform.python_version(), "virtuoso_load_s": float(sys.argv[3])}, open(sys.argv[1], "w"), indent=1)
PY
cat > "$OUT/params.json" <<JSON
{"rounds": $ROUNDS, "duration_s": $DURATION, "conns": "$CONNS", "warmup_s": $WARMUP, "starts": $STARTS,
 "perquery_reps": $PERQUERY_REPS, "label": "$LABEL", "ms_java_opts": "$AI_MILESTONES_JAVA_OPTS", "fuseki_java_opts": "$FUSEKI_JAVA_OPTS",
 "ms_commit": "$(cd "$REPO_DIR" && git rev-parse --short HEAD)$(cd "$REPO_DIR" && git diff --quiet HEAD -- src pom.xml || echo '+dirty')"}
JSON

# ---- 5. start to first answer (each system STARTS times, interleaved) ----
: > "$OUT/startup.jsonl"
for i in $(seq 1 "$STARTS"); do
    for s in "${SYSTEMS[@]}"; do
        mkdir -p "$WORK/$s-cwd"
        python3 "$BENCH_DIR/startup.py" --name "$s" --url "${PROBE[$s]}" --log "$WORK/$s-startup.log" \
            --cwd "$WORK/$s-cwd" -- ${CMD[$s]} >> "$OUT/startup.jsonl" || log "WARNING: $s did not answer (start $i)"
    done
done
log "start to first answer: $(python3 -c 'import json,sys; print(", ".join("%s %ss" % (d["name"], d["seconds"]) for d in map(json.loads, open(sys.argv[1]))))' "$OUT/startup.jsonl")"

# ---- 6. the three servers for the load ----
declare -A PID
for s in "${SYSTEMS[@]}"; do
    mkdir -p "$WORK/$s-cwd"
    (cd "$WORK/$s-cwd" && exec ${CMD[$s]} >> "$WORK/$s.log" 2>&1) &
    PID[$s]=$!
    BENCH_PIDS+=("${PID[$s]}")
done
for s in "${SYSTEMS[@]}"; do
    wait_http "${PROBE[$s]}" 180 || die "$s did not answer (log: $WORK/$s.log)"
done
: > "$OUT/memory.jsonl"
mem_snapshot() {  # mem_snapshot WHEN
    local s
    for s in "${SYSTEMS[@]}"; do
        printf '{"when": "%s", "name": "%s", "rss_kb": %s, "hwm_kb": %s}\n' "$1" "$s" \
            "$(rss_kb "${PID[$s]}" || echo null)" "$(awk '/^VmHWM:/ {print $2}' "/proc/${PID[$s]}/status" 2>/dev/null || echo null)" \
            >> "$OUT/memory.jsonl"
    done
}
mem_snapshot after-start

# ---- 7. cross-engine answers ----
python3 "$BENCH_DIR/compare.py" --distinct-check --queries "$REPO_DIR/queries" --out-json "$OUT/compare.json" --out-md "$OUT/compare.md" \
    "ai-milestones=${URL[ai-milestones]}" "fuseki=${URL[fuseki]}" "virtuoso=${URL[virtuoso]}"

# ---- 8. request files ----
for s in "${SYSTEMS[@]}"; do
    python3 "$BENCH_DIR/mkreqs.py" queries "$REPO_DIR/queries" "${SPARQL_PATH[$s]}" "$WORK/$s-queries.reqs"
    python3 "$BENCH_DIR/mkreqs.py" distinct "$REPO_DIR/queries" "${SPARQL_PATH[$s]}" "$WORK/$s-distinct.reqs"
done
# resource pages: every resource with a page of its own (no '/' in its local name), from ai-milestones itself
PAGES=$(curl -fs -H 'Accept: application/sparql-results+json' --data-urlencode \
    'query=SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), "https://w3id.org/ai-milestones/resource/")) } ORDER BY ?s' \
    -G "${URL[ai-milestones]}" | python3 -c '
import json, sys
names = [b["s"]["value"].rsplit("/resource/", 1)[1] for b in json.load(sys.stdin)["results"]["bindings"]]
print(",".join(n for n in names if n and "/" not in n))')
python3 "$BENCH_DIR/mkreqs.py" pages "$PAGES" "$WORK/ai-milestones-pages.reqs"
python3 "$BENCH_DIR/mkreqs.py" static /assets/milestones.css "$WORK/ai-milestones-static.reqs"
log "resource pages: $(wc -l < "$WORK/ai-milestones-pages.reqs"); static: /assets/milestones.css"

# one wrk cell: cell ROUND KIND SYSTEM CONNS REQFILE
cell() {
    local round=$1 kind=$2 s=$3 c=$4 reqs=$5 threads=$(( $4 < 2 ? $4 : 2 )) distinct=0 line
    [ "$kind" = distinct ] && distinct=1
    line=$(BENCH_REQS=$reqs BENCH_DISTINCT=$distinct wrk -t"$threads" -c"$c" -d"${DURATION}s" --timeout 10s --latency \
        -s "$BENCH_DIR/wrk/requests.lua" "${BASE[$s]}" 2>&1 | tee -a "$OUT/wrk.log" | sed -n "s/^BENCHJSON //p" || true)
    [ -n "$line" ] || { log "WARNING: no wrk summary for $kind $s c=$c"; return 0; }
    printf '{"round": %s, "kind": "%s", "system": "%s", "conns": %s, "threads": %s, "wrk": %s}\n' \
        "$round" "$kind" "$s" "$c" "$threads" "$line" >> "$OUT/cells.jsonl"
}

# ---- 9. per-query latency (sequential), then warm-up ----
python3 "$BENCH_DIR/perquery.py" --queries "$REPO_DIR/queries" --reps "$PERQUERY_REPS" --out "$OUT/perquery.json" \
    "ai-milestones=${URL[ai-milestones]}" "fuseki=${URL[fuseki]}" "virtuoso=${URL[virtuoso]}"
log "warm-up: ${WARMUP}s per system and stream"
for s in "${SYSTEMS[@]}"; do
    for kind in queries distinct; do
        BENCH_REQS=$WORK/$s-$kind.reqs BENCH_DISTINCT=$([ $kind = distinct ] && echo 1 || echo 0) \
            wrk -t2 -c2 -d"${WARMUP}s" -s "$BENCH_DIR/wrk/requests.lua" "${BASE[$s]}" > /dev/null 2>&1 || true
    done
done
BENCH_REQS=$WORK/ai-milestones-pages.reqs wrk -t2 -c2 -d"${WARMUP}s" -s "$BENCH_DIR/wrk/requests.lua" "${BASE[ai-milestones]}" > /dev/null 2>&1 || true

# ---- 10. the rounds: A B C A B C ... ----
: > "$OUT/cells.jsonl"; : > "$OUT/rounds.jsonl"; : > "$OUT/wrk.log"
for r in $(seq 1 "$ROUNDS"); do
    before=$(loadavg)
    log "round $r/$ROUNDS (load average $before)"
    for kind in queries distinct; do
        for c in $CONNS; do
            for s in "${SYSTEMS[@]}"; do cell "$r" "$kind" "$s" "$c" "$WORK/$s-$kind.reqs"; done
        done
    done
    for c in $CONNS; do
        cell "$r" pages ai-milestones "$c" "$WORK/ai-milestones-pages.reqs"
        cell "$r" static ai-milestones "$c" "$WORK/ai-milestones-static.reqs"
    done
    printf '{"round": %s, "load_before": "%s", "load_after": "%s"}\n' "$r" "$before" "$(loadavg)" >> "$OUT/rounds.jsonl"
done
mem_snapshot after-load

# ---- 11. stop everything, write the report ----
bench_cleanup
T_END=$(date +%s)
echo "{\"seconds\": $((T_END - T_START))}" > "$OUT/elapsed.json"
python3 "$BENCH_DIR/report.py" "$OUT" "$DOC"
log "done in $((T_END - T_START)) s: $DOC"
exit 0
}
