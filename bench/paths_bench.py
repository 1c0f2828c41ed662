"""The path explorer's benchmark client (run by bench/paths.sh): samples entities, asks /paths for pairs of them over
one kept-alive connection, and writes the latencies and answers as JSON.

  python3 paths_bench.py sample-sparql URL N SEED OUT    # N entities (events, agents, artifacts) via SPARQL
  python3 paths_bench.py sample-nt FILE N SEED OUT       # N entities from an N-Triples file (its rdf:type triples)
  python3 paths_bench.py run BASE ENTITIES PAIRS SEED OUT [EXTRA]  # PAIRS: "all" (every unordered pair) or a
                                                                  # number; EXTRA: more parameters, e.g. max-hops=6
"""
import hashlib, http.client, json, random, re, statistics, sys, time, urllib.parse

RES = "https://w3id.org/ai-milestones/resource/"
AIMIL = "https://w3id.org/ai-milestones/ontology#"
# entity classes sampled (asserted most specific types of the generated and real data)
ENTITY_CLASSES = ["Event", "ResearchResult", "CompetitionResult", "Demonstration", "ProductLaunch", "Founding",
                  "Acquisition", "PublicListing", "Renaming", "Investment", "Appointment", "Recognition",
                  "RegulatoryMilestone", "IndustryTrend", "CorporateMeeting", "Competition", "Agent", "Person",
                  "Organization", "Company", "University", "ResearchLab", "Team", "Artifact", "Model", "Dataset",
                  "Hardware", "SoftwareFramework", "Product", "Publication"]


def pick(iris, n, seed):
    """the n IRIs whose seeded hash is smallest: the same sample for the same graph and seed"""
    key = lambda iri: hashlib.sha1((str(seed) + iri).encode()).hexdigest()
    return sorted(sorted(set(iris), key=key)[:n])


def sample_sparql(url, n, seed, out):
    values = " ".join("<%s%s>" % (AIMIL, c) for c in ENTITY_CLASSES)
    query = ("SELECT DISTINCT ?s WHERE { VALUES ?c { %s } ?s a ?c FILTER(STRSTARTS(STR(?s), \"%s\")) }" % (values, RES))
    u = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=600)
    conn.request("GET", u.path + "?" + urllib.parse.urlencode({"query": query}),
                 headers={"Accept": "application/sparql-results+json"})
    body = json.loads(conn.getresponse().read())
    iris = [b["s"]["value"] for b in body["results"]["bindings"]]
    open(out, "w").write("\n".join(pick(iris, n, seed)) + "\n")
    print("%d entities of %d" % (min(n, len(iris)), len(iris)), file=sys.stderr)


def sample_nt(path, n, seed, out):
    pattern = re.compile(r'^<(%s[^>]*)> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <%s(%s)> \.'
                         % (re.escape(RES), re.escape(AIMIL), "|".join(ENTITY_CLASSES)))
    iris = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = pattern.match(line)
            if m:
                iris.add(m.group(1))
    open(out, "w").write("\n".join(pick(iris, n, seed)) + "\n")
    print("%d entities of %d" % (min(n, len(iris)), len(iris)), file=sys.stderr)


def percentile(values, p):
    if not values:
        return None
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100.0 * (len(s) - 1))))]


def run(base, entities_file, pairs_arg, seed, out, extra=""):
    entities = [l.strip() for l in open(entities_file) if l.strip()]
    pairs = [(a, b) for i, a in enumerate(entities) for b in entities[i + 1:]]
    if pairs_arg != "all":
        random.Random(seed).shuffle(pairs)
        pairs = pairs[:int(pairs_arg)]
    u = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=600)
    results = []
    t_all = time.monotonic()
    for a, b in pairs:
        path = "/paths?" + urllib.parse.urlencode({"from": a, "to": b, "format": "json"}) + ("&" + extra if extra else "")
        t0 = time.monotonic()
        try:
            conn.request("GET", path, headers={"Accept": "application/json"})
            response = conn.getresponse()
            body = response.read()
            status = response.status
        except (http.client.HTTPException, OSError):
            conn.close()
            conn = http.client.HTTPConnection(u.hostname, u.port, timeout=600)
            status, body = 0, b""
        ms = (time.monotonic() - t0) * 1000
        found, hops, message = 0, None, None
        if status == 200:
            answer = json.loads(body)
            found = len(answer["paths"])
            hops = answer["paths"][0]["hops"] if found else None
        else:
            text = body.decode("utf-8", "replace").strip() if body else ""
            try:
                text = json.loads(text).get("error", text)  # the JSON errors of /paths
            except ValueError:
                pass  # the guard's plain-text 503: English line, then Chinese
            message = text.splitlines()[0][:200] if text else ""
        results.append({"from": a, "to": b, "status": status, "ms": round(ms, 2), "paths": found, "hops": hops,
                        "message": message})
    wall = time.monotonic() - t_all
    ok = [r["ms"] for r in results if r["status"] == 200]
    every = [r["ms"] for r in results]
    statuses = {}
    for r in results:
        statuses[str(r["status"])] = statuses.get(str(r["status"]), 0) + 1
    summary = {
        "pairs": len(results), "entities": len(entities), "wall_s": round(wall, 1), "statuses": statuses,
        "p50_ms": percentile(every, 50), "p90_ms": percentile(every, 90), "p99_ms": percentile(every, 99),
        "max_ms": max(every) if every else None, "mean_ms": round(statistics.mean(every), 2) if every else None,
        "ok_p50_ms": percentile(ok, 50), "ok_p99_ms": percentile(ok, 99),
        "connected": sum(1 for r in results if r["paths"] > 0),
        "hops": {str(h): sum(1 for r in results if r["hops"] == h) for h in sorted({r["hops"] for r in results
                                                                                    if r["hops"]})},
        "messages": sorted({r["message"] for r in results if r["message"]})[:5],
    }
    json.dump({"summary": summary, "results": results}, open(out, "w"), indent=1)
    print(json.dumps(summary), file=sys.stderr)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "sample-sparql":
        sample_sparql(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5])
    elif cmd == "sample-nt":
        sample_nt(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5])
    elif cmd == "run":
        run(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6], sys.argv[7] if len(sys.argv) > 7 else "")
    else:
        sys.exit(__doc__)
