"""Writes the "paths" section of docs/benchmarks.md from a bench/paths.sh run (its OUT folder)."""
import json, os, sys
from pathlib import Path

sys.path.insert(0, os.environ.get("BENCH_DIR", str(Path(__file__).parent)))
import docsection  # noqa: E402

out, doc = Path(sys.argv[1]), sys.argv[2]


def num(v, digits=1):
    return "–" if v is None else ("{:,.%df}" % digits).format(v)


rows = []
cuts = []
for name in ["decade"] + os.environ.get("SIZES", "").split():
    f = out / ("paths-%s.json" % name)
    if not f.exists():
        continue
    s = json.loads(f.read_text())["summary"]
    rss = (out / ("rss-%s.txt" % name)).read_text().strip() if (out / ("rss-%s.txt" % name)).exists() else "–"
    start = (out / ("start-%s.txt" % name)).read_text().strip() if (out / ("start-%s.txt" % name)).exists() else "–"
    after = (out / ("after-%s.txt" % name)).read_text().strip() if (out / ("after-%s.txt" % name)).exists() else "–"
    index = (out / ("index-%s.txt" % name)).read_text().strip() if (out / ("index-%s.txt" % name)).exists() else "–"
    statuses = ", ".join("%s× %s" % (n, st) for st, n in sorted(s["statuses"].items()))
    rows.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
        "decade (in memory)" if name == "decade" else name + " (TDB2)", "{:,}".format(s["pairs"]),
        num(s["p50_ms"]), num(s["p90_ms"]), num(s["p99_ms"]), num(s["max_ms"]), statuses,
        "{:,}".format(s["connected"]), rss, start, index, after))
    cut_file = out / ("cut-%s.json" % name)
    if cut_file.exists():
        c = json.loads(cut_file.read_text())["summary"]
        cuts.append("| %s | %s | %s | %s | %s | %s | %s |" % (name + " (TDB2)", c["pairs"], num(c["p50_ms"]),
                    num(c["p99_ms"]), num(c["max_ms"]), ", ".join("%s× %s" % (n, st) for st, n in
                                                                  sorted(c["statuses"].items())),
                    "; ".join(c.get("messages") or []) or "–"))
label = os.environ.get("LABEL", "")
md = "\n".join([
    "<!-- BEGIN paths -->",
    "> **%s**" % (label or "bench/paths.sh"),
    "",
    "Machine: %s. `SAMPLE=%s SEED=%s PAIRS_AT_SCALE=%s`, `serve --timeout %s` (`-Xmx%s`). Latency per `/paths?from=A&to=B&format=json` "
    "request as the client sees it (localhost, one kept-alive connection, requests one after the other), default "
    "k = 5, max-hops = 4, default exclusions. *connected*: pairs with at least one path. *start*: launch to first "
    "SPARQL answer; *index*: launch until /search answers (a first start on a TDB2 store builds its search index "
    "while it answers; the pairs are measured after it). *after*: status and seconds of one more /paths request right "
    "after the run (the server still answers)." % (
        os.environ.get("MACHINE", "?"), os.environ.get("SAMPLE"), os.environ.get("SEED"),
        os.environ.get("PAIRS_AT_SCALE"), os.environ.get("SERVE_TIMEOUT"), os.environ.get("SERVE_HEAP")),
    "",
    "| graph | pairs | p50 ms | p90 ms | p99 ms | max ms | statuses | connected | RSS MB | start s | index s | after |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |",
] + rows + ([
    "",
    "The heaviest searches allowed (`%s`), %s random pairs of the same sample per size: the deadline "
    "(`--timeout %s`) has to cut those that run longer, with the server's 503 and no more than the limit's time; "
    "a search needing more than `max-visited` entries is refused with a 422 first." % (
        os.environ.get("CUT_EXTRA"), os.environ.get("CUT_PAIRS"), os.environ.get("SERVE_TIMEOUT")),
    "",
    "| graph | pairs | p50 ms | p99 ms | max ms | statuses | message of the non-2xx |",
    "| --- | ---: | ---: | ---: | ---: | --- | --- |",
] + cuts if cuts else []) + ["<!-- END paths -->"])
docsection.replace(doc, "paths", "Path explorer (bench/paths.sh)", md)
print(md)
