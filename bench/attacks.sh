#!/usr/bin/env bash
# Attacks on the query engine (issue 9, item 2): starts bin/ai-milestones serve (updates on, behind a login, --timeout
# ATTACK_TIMEOUT) and fires each small request that used to hold a thread, a slot or a core past every limit: afn:wait
# (4 at once), a java: function, CALL, a catastrophic regex and REPLACE, nested NOT EXISTS (26, 30, 100), 1,000 nested
# groups, FILTER(true && … × 5,000), CONCAT and REPLACE doubling, ORDER BY, GROUP BY and GROUP_CONCAT over cross joins
# (with and without a timeout parameter), math:pow(10, 10^8), squaring 30 times, a 10^9-wide sprintf, an update whose
# WHERE calls afn:wait, one whose WHERE runs past the limit and the write right after it. Prints, per attack, the
# status, the time to answer, the server's CPU seconds while it answered and in the 5 s after the answer (from /proc),
# and whether a normal query answered right after. Then the fuzzer: `mvn -q test -Dtest=BadRequestFuzzTest` is the
# check of every other bad request. Environment: ATTACK_TIMEOUT [5], SKIP_BUILD=1.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
TIMEOUT=${ATTACK_TIMEOUT:-5}
WORK=$(mktemp -d /tmp/ai-milestones-attacks.XXXXXX)
cleanup() { bench_cleanup; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

bench_jar "$WORK/jar"
printf 'editor: s3cret\n' > "$WORK/passwords"
port=$(free_port)
"$AIMIL" serve --host 127.0.0.1 --port "$port" --timeout "$TIMEOUT" --allow-update --password-file "$WORK/passwords" \
    > "$WORK/server.log" 2>&1 &
pid=$!
BENCH_PIDS+=("$pid")
wait_http "http://127.0.0.1:$port/ai-milestones/sparql?query=$PROBE_QUERY" 120 "$pid" \
    || die "the server did not start (see $WORK/server.log)"
jvm=$(pgrep -P "$pid" java || echo "$pid")
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(loadavg), ai-milestones $(git -C "$REPO_DIR" rev-parse --short HEAD), --timeout $TIMEOUT"
python3 - "$port" "$jvm" <<'PY'
import base64, os, sys, time, urllib.parse, urllib.request, urllib.error
from concurrent.futures import ThreadPoolExecutor
port, jvm = sys.argv[1], sys.argv[2]
base = f"http://127.0.0.1:{port}/ai-milestones/"
tick = os.sysconf("SC_CLK_TCK")

def cpu():
    fields = open(f"/proc/{jvm}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / tick

def send(path, data=None, auth=False, ctype=None):
    req = urllib.request.Request(base + path, data=data)
    req.add_header("Accept", "application/sparql-results+json")
    if ctype:
        req.add_header("Content-Type", ctype)
    if auth:
        req.add_header("Authorization", "Basic " + base64.b64encode(b"editor:s3cret").decode())
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
            return r.status, r.read()[:200]
    except urllib.error.HTTPError as e:
        return e.code, e.read()[:200]

def query(q, timeout=None):
    params = {"query": q} if timeout is None else {"query": q, "timeout": timeout}
    return send("sparql", urllib.parse.urlencode(params).encode(), ctype="application/x-www-form-urlencoded")

def update(u):
    return send("update", urllib.parse.urlencode({"update": u}).encode(), auth=True,
                ctype="application/x-www-form-urlencoded")

def nested(n):
    s = "FILTER(true)"
    for _ in range(n):
        s = "FILTER(NOT EXISTS { " + s + " })"
    return "ASK { " + s + " }"

def slow_update_then_write():
    """The slow update's status and answer, with the status and time of a write sent right after it."""
    status, body = update("INSERT { <http://example.org/s> <http://example.org/n> ?n } WHERE { SELECT (COUNT(*) AS ?n)"
                          " { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } }")
    t0 = time.time()
    write, _ = update("INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }")
    return status, f"next write {write} in {time.time() - t0:.2f} s; ".encode() + body

WAIT = "SELECT ?x { BIND(<http://jena.apache.org/ARQ/function#wait>(86400000) AS ?x) }"
attacks = [
    ("afn:wait x4", lambda: [f.result() for f in [ThreadPoolExecutor(4).submit(query, WAIT) for _ in range(4)]][0]),
    ("java: function", lambda: query("SELECT ?x { BIND(<java:org.apache.jena.sparql.function.library.wait>(1000) AS ?x) }")),
    ("CALL", lambda: query("SELECT ?x { BIND(CALL(<http://jena.apache.org/ARQ/function#wait>, 1000) AS ?x) }")),
    ("regex (.*a){20}$", lambda: query("SELECT ?s { BIND('" + "a" * 39 + "!' AS ?s) FILTER(regex(?s, '(.*a){20}$')) }")),
    ("REPLACE (.*a){20}$ t=1", lambda: query("SELECT ?r { BIND('" + "a" * 39 + "!' AS ?s) BIND(REPLACE(?s, '(.*a){20}$', 'x') AS ?r) }", "1")),
    ("NOT EXISTS x26", lambda: query(nested(26))),
    ("NOT EXISTS x30", lambda: query(nested(30))),
    ("NOT EXISTS x100", lambda: query(nested(100))),
    ("1000 nested groups", lambda: query("SELECT * WHERE " + "{ " * 1000 + "?s ?p ?o" + " }" * 1000)),
    ("FILTER && x5000", lambda: query("ASK { FILTER(true" + " && true" * 5000 + ") }")),
    ("CONCAT doubling", lambda: query("SELECT (STRLEN(?x30) AS ?n) { BIND('ab' AS ?x0) "
        + " ".join(f"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1})" for i in range(30)) + " }")),
    ("REPLACE doubling", lambda: query("SELECT ?r { BIND(REPLACE('" + "a" * 1000 + "', 'a', '" + "$0" * 2000 + "') AS ?r) }")),
    ("ORDER BY cross join", lambda: query("SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f")),
    ("ORDER BY cross j. t=1", lambda: query("SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f # t1", "1")),
    ("GROUP BY cross join", lambda: query("SELECT ?c (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?c")),
    ("GROUP_CONCAT cross join", lambda: query("SELECT (STRLEN(GROUP_CONCAT(STR(?c))) AS ?n) { ?a ?b ?c . ?d ?e ?f }")),
    ("math:pow(10, 10^8)", lambda: query("SELECT ?x { BIND(<http://www.w3.org/2005/xpath-functions/math#pow>(10, 100000000) AS ?x) }")),
    ("squaring x30", lambda: query("SELECT ?x30 { BIND(10 AS ?x0) " + " ".join(f"BIND(?x{i} * ?x{i} AS ?x{i + 1})" for i in range(30)) + " }")),
    ("sprintf width 10^9", lambda: query("SELECT ?x { BIND(<http://jena.apache.org/ARQ/function#sprintf>('%1000000000d', 1) AS ?x) }")),
    ("update WHERE afn:wait", lambda: update("INSERT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(<http://jena.apache.org/ARQ/function#wait>(100000)) }")),
    ("update slow WHERE", slow_update_then_write),
]
print(f"{'attack':24} {'status':>6} {'answer s':>9} {'CPU s, request':>14} {'CPU s, 5 s after':>17} {'next query':>10}")
for name, attack in attacks:
    cr = cpu()
    t0 = time.time()
    status, body = attack()
    t1 = time.time()
    c0 = cpu()
    time.sleep(5)
    c1 = cpu()
    nxt = query("SELECT ?s { ?s ?p ?o } LIMIT 1")[0]
    print(f"{name:24} {status:>6} {t1 - t0:>9.2f} {c0 - cr:>14.2f} {c1 - c0:>17.2f} {nxt:>10}   {body.decode('utf-8', 'replace')[:90]!r}")
PY
echo "# server log: $(grep -c . "$WORK/server.log") lines, $(grep -c -i 'exception' "$WORK/server.log" || true) naming an exception"
