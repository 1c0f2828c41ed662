#!/usr/bin/env bash
# Start to first answer: launch → the first 2xx answer to `ASK {}` (bench/startup.py polls every 10 ms), for
# ai-milestones (bin/ai-milestones serve: the bundled graph with its RDFS entailments and search index, on a copy of the
# jar with its own AOT cache) and stock Fuseki of the same Jena version (FusekiMainCmd --file on the export of the same
# graph, on the same JDK), interleaved, START_RUNS times each; medians. Not part of run.sh. Environment:
#   START_RUNS [10]   starts per system
#   BEFORE            a checkout of ai-milestones built earlier (its bin/ai-milestones and target/): started too, as
#                     "before" (its own launcher, jar and JVM), e.g. the commit before a change; BEFORE_LABEL names it
#                     in the report (default: its git commit, or its path)
#   SKIP_BUILD=1, DOC [docs/benchmarks.md] (its "start" section is replaced), OUT
set -euo pipefail
{
source "$(dirname "$0")/lib.sh"
RUNS=${START_RUNS:-10}
DOC=${DOC:-$REPO_DIR/docs/benchmarks.md}
OUT=${OUT:-$REPO_DIR/bench/results/start-$(date +%Y%m%d-%H%M%S)}
WORK=$(mktemp -d /tmp/ai-milestones-start.XXXXXX)
cleanup() { bench_cleanup; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$OUT" "$WORK/cwd" "$WORK/fuseki"
ASK='ASK%20%7B%7D'

bench_jar "$WORK/jar"
JAVA=$(bench_java)
NT=$WORK/ai-milestones-inferred.nt
"$AIMIL" export --inferred --format ntriples --output "$NT"
FUSEKI_JAR=$(fetch_fuseki "$WORK/fuseki")
SYSTEMS=(ai-milestones fuseki)
[ -n "${BEFORE:-}" ] && SYSTEMS=(before "${SYSTEMS[@]}")
LOAD_BEFORE=$(loadavg)

log "start to first answer: $RUNS starts per system, interleaved (${SYSTEMS[*]})"
: > "$OUT/starts.jsonl"
for i in $(seq 1 "$RUNS"); do
    for s in "${SYSTEMS[@]}"; do
        port=$(free_port)
        case $s in
            ai-milestones)
                cmd=("$AIMIL" serve --host 127.0.0.1 --port "$port"); path=/ai-milestones/sparql ;;
            before)
                cmd=(env -u AI_MILESTONES_JAR "$BEFORE/bin/ai-milestones" serve --host 127.0.0.1 --port "$port")
                path=/ai-milestones/sparql ;;
            fuseki)
                cmd=("$JAVA" -cp "$FUSEKI_JAR" org.apache.jena.fuseki.main.cmds.FusekiMainCmd --localhost --port "$port"
                     --file "$NT" /ds)
                path=/ds/sparql ;;
        esac
        python3 "$BENCH_DIR/startup.py" --name "$s" --log "$WORK/$s.log" --cwd "$WORK/cwd" \
            --url "http://127.0.0.1:$port$path?query=$ASK" -- "${cmd[@]}" >> "$OUT/starts.jsonl" \
            || log "WARNING: $s did not answer (start $i)"
    done
done
LOAD_AFTER=$(loadavg)

export LOAD_BEFORE LOAD_AFTER RUNS FUSEKI_VERSION BEFORE_COMMIT JDK
BEFORE_COMMIT=${BEFORE_LABEL:-$([ -n "${BEFORE:-}" ] && (git -C "$BEFORE" rev-parse --short HEAD 2>/dev/null \
    || echo "$BEFORE") || true)}
JDK=$("$JAVA" -version 2>&1 | head -1)
python3 - "$OUT" "$DOC" "$(cd "$REPO_DIR" && git rev-parse --short HEAD)" <<'PY'
import json, os, statistics, sys, time
from pathlib import Path
sys.path.insert(0, os.environ["BENCH_DIR"])
import docsection  # noqa: E402
E = os.environ
out, doc, commit = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
starts = [json.loads(l) for l in open(out / "starts.jsonl") if l.strip()]
names = {"before": f"ai-milestones before ({E.get('BEFORE_COMMIT', '')}, its own launcher)",
         "ai-milestones": f"ai-milestones (`{commit}`, `bin/ai-milestones`)",
         "fuseki": f"stock Fuseki {E['FUSEKI_VERSION']} (`FusekiMainCmd --file` on the export)"}
lines = ["<!-- BEGIN start -->",
         f"`bash bench/start.sh`{' with `BEFORE=` a build of an earlier commit' if E.get('BEFORE_COMMIT') else ''}"
         f" — run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average {E['LOAD_BEFORE']} before,"
         f" {E['LOAD_AFTER']} after; {E['JDK']}. Launch to the first 2xx answer to `ASK {{}}`, polled every 10 ms,"
         f" {E['RUNS']} starts of each, interleaved; RSS at that answer.",
         "",
         "| system | median s | min s | max s | RSS MB (median) |",
         "| --- | ---: | ---: | ---: | ---: |"]
for key, label in names.items():
    got = [x for x in starts if x["name"] == key and x["seconds"] is not None]
    if not got:
        continue
    secs = [x["seconds"] for x in got]
    rss = statistics.median(x["rss_kb"] for x in got) / 1024
    lines.append(f"| {label} | **{statistics.median(secs):.3f}** | {min(secs):.3f} | {max(secs):.3f} | {rss:.0f} |")
lines.append("<!-- END start -->")
md = "\n".join(lines)
(out / "start.md").write_text(md + "\n")
docsection.replace(doc, "start", "Start to first answer (bench/start.sh)", md)
print(md)
PY
}
