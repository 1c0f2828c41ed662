#!/usr/bin/env bash
# Publishing test: ai-milestones push into Virtuoso (Debian's virtuoso-opensource, on loopback, a fresh database) through its
# Graph Store Protocol endpoint /sparql-graph-crud-auth with HTTP Digest as user dba (granted SPARQL_UPDATE); the
# graph is counted back over SPARQL and compared with what push sent: asserted, then replaced by the inferred graph,
# then a wrong password (exit 1, graph unchanged). Not part of run.sh.
# Environment: LABEL, SKIP_BUILD=1, DOC [docs/benchmarks.md] (its "push-virtuoso" section is replaced), OUT.
set -euo pipefail
{
source "$(dirname "$0")/lib.sh"
DOC=${DOC:-$REPO_DIR/docs/benchmarks.md}
OUT=${OUT:-$REPO_DIR/bench/results/push-virtuoso-$(date +%Y%m%d-%H%M%S)}
WORK=$(mktemp -d /tmp/ai-milestones-push.XXXXXX)
cleanup() { bench_cleanup; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$OUT"
need_cmd virtuoso-t virtuoso-opensource
need_cmd curl curl
bench_jar "$WORK/jar"

SQL=$(free_port); HTTP=$(free_port)
write_virtuoso_ini "$WORK/virt" "$SQL" "$HTTP" "$WORK"
(cd "$WORK/virt" && exec virtuoso-t +foreground +configfile "$WORK/virt/virtuoso.ini" >> "$WORK/virt/console.log" 2>&1) &
BENCH_PIDS+=("$!")
for i in $(seq 1 600); do visql "$SQL" "select 1;" >/dev/null 2>&1 && break; sleep 0.1; done
visql "$SQL" "select 1;" >/dev/null 2>&1 || die "Virtuoso did not start (see $WORK/virt/db/virtuoso.log)"
wait_http "http://127.0.0.1:$HTTP/sparql?query=$PROBE_QUERY" 120 || die "Virtuoso's HTTP server did not answer"
visql "$SQL" "GRANT SPARQL_UPDATE TO \"dba\";" > "$OUT/grant.log" 2>&1 || log "GRANT SPARQL_UPDATE: see $OUT/grant.log"
VIRT_VERSION=$(virtuoso-t -? 2>&1 | grep -m1 -i version || true)

GRAPH=https://w3id.org/ai-milestones/dataset/graph   # the default graph of push
URL=http://127.0.0.1:$HTTP/sparql-graph-crud-auth
printf 'dba: dba\n' > "$WORK/pw"   # the format of serve --password-file
printf 'dba: not-the-password\n' > "$WORK/wrong"
count() {
    curl -fs -H 'Accept: text/csv' --data-urlencode "query=SELECT (COUNT(*) AS ?n) FROM <$GRAPH> WHERE { ?s ?p ?o }" \
        "http://127.0.0.1:$HTTP/sparql" | tail -1 | tr -d '"\r'
}
# push ARGS...: prints "exit-code|triples sent|triples stored|first line of output"
push() {
    local rc=0 out
    out=$("$AIMIL" push "$URL" --auth digest --user dba "$@" 2>&1) || rc=$?
    echo "$out" >> "$OUT/push.log"
    local sent
    sent=$(echo "$out" | sed -n 's/^pushed \([0-9,]*\) triples.*/\1/p' | tr -d ,)
    echo "$rc|${sent:-–}|$(count)|$(echo "$out" | head -1)"
}
R1=$(push --password-file "$WORK/pw")
R2=$(push --password-file "$WORK/pw" --inferred)
R3=$(push --password-file "$WORK/wrong")
log "asserted: $R1"; log "inferred: $R2"; log "wrong password: $R3"

export LABEL=${LABEL:-} R1 R2 R3 URL GRAPH VIRT_VERSION
python3 - "$DOC" "$OUT" <<'PY'
import os, sys, time
from pathlib import Path
sys.path.insert(0, os.environ["BENCH_DIR"])
import docsection  # noqa: E402
E = os.environ
def row(name, r, expect_ok):
    rc, sent, stored, first = r.split("|", 3)
    if expect_ok:
        ok = rc == "0" and sent == stored
    else:
        ok = rc == "1" and first.startswith("authentication failed")
    return f"| {name} | {rc} | {sent} | {stored} | {first.replace('|', '/')} | {'yes' if ok else '**no**'} |"
wrong_ok = E["R3"].split("|")[2] == E["R2"].split("|")[2]
md = "\n".join([
    "<!-- BEGIN push-virtuoso -->",
    *([f"> **{E['LABEL']}**", ""] if E.get("LABEL") else []),
    f"`bash bench/push-virtuoso.sh` — run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} against a fresh"
    f" Virtuoso ({E['VIRT_VERSION'].strip() or 'Debian virtuoso-opensource'}) on loopback:"
    f" `ai-milestones push {E['URL'].replace('127.0.0.1', 'HOST')} --auth digest --user dba --password-file F` into"
    f" <{E['GRAPH']}>, counted back with `SELECT (COUNT(*) AS ?n) FROM <graph> WHERE {{ ?s ?p ?o }}` on `/sparql`.",
    "",
    "| push | exit | triples sent | triples in Virtuoso after | output | as expected |",
    "| --- | ---: | ---: | ---: | --- | --- |",
    row("asserted graph", E["R1"], True),
    row("`--inferred` (replaces it)", E["R2"], True),
    row("wrong password", E["R3"], False),
    "",
    f"- after the wrong password the graph still holds what the `--inferred` push stored: {'yes' if wrong_ok else '**no**'}",
    "<!-- END push-virtuoso -->"])
Path(sys.argv[2], "push-virtuoso.md").write_text(md + "\n")
docsection.replace(Path(sys.argv[1]), "push-virtuoso", "Publishing into Virtuoso (bench/push-virtuoso.sh)", md)
print(md)
PY
exit 0
}
