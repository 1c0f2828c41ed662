#!/usr/bin/env python3
"""The Scale section of docs/benchmarks.md from the results of bench/scale.sh.

usage: scale_report.py OUT_DIR DOC QUERIES_DIR (environment: SIZES, REPS, SERVE_HEAP, SERVE_TIMEOUT, LABEL, MACHINE)
"""
import json, os, sys, time
from pathlib import Path
import docsection
E = os.environ
out, doc, queries = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
sizes = [l.split() for l in (out / "sizes.txt").read_text().splitlines() if l.strip()]
names = [s[0] for s in sizes]
lat = {n: json.loads((out / f"perquery-{n}.json").read_text()) for n in names if (out / f"perquery-{n}.json").exists()}
rows = {n: json.loads((out / f"rows-{n}.json").read_text()) for n in names if (out / f"rows-{n}.json").exists()}
rate = lambda t, s: f"{int(t) / float(s):,.0f}" if s.replace(".", "", 1).isdigit() and float(s) > 0 else "–"
cmd = ("QUERIES_ONLY=1 " if E.get("QUERIES_ONLY") == "1" else "") + f"SIZES=\"{E['SIZES']}\" REPS={E['REPS']} bash bench/scale.sh"
md = ["<!-- BEGIN scale -->",
      *([f"> **{E['LABEL']}**", ""] if E.get("LABEL") else []),
      f"`{cmd}` — run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {E['MACHINE']}.",
      "Each size: `ai-milestones generate --scale N --output ai-milestones-N.nt`; `ai-milestones load --tdb2 DIR ai-milestones-N.nt` and"
      " `tdb2.tdbloader --loader=phased --loc DIR ai-milestones-N.nt` (jena-cmds " + "5.6.0" + ", the same phased loader) into fresh"
      " directories, wall time of the whole command (JVM start included); then"
      f" `ai-milestones serve --tdb2 DIR --cache-entries 0 --timeout {E['SERVE_TIMEOUT']}` (`-Xmx{E['SERVE_HEAP']}`) on the ai-milestones-loaded"
      f" store, start = launch to first answer (the text index is built then),"
      f" and each query of `queries/` run {E['REPS']} times in a row over one connection (`bench/perquery.py`).",
      "",
      "| N | triples | generate s | ai-milestones load s | ai-milestones load triples/s | tdb2.tdbloader s | tdb2.tdbloader triples/s | store MB (ai-milestones / tdbloader) | serve start s | serve RSS MB |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
for n, t, g, a, j, amb, jmb, st, rss in sizes:
    md.append(f"| {n} | {int(t):,} | {g} | {a} | {rate(t, a)} | {j} | {rate(t, j)} | {amb} / {jmb} | {st} | {rss} |")
qnames = [n for n in names if n in lat]
md += [] if not qnames else ["", "Median latency in ms per query (answer rows in brackets, at most the server's 10,000; non-2xx answers"
       " marked). *selective*: the answer is the same at every N and the query aggregates nothing, so it should stay"
       " nearly flat; *aggregates all*: GROUP BY over every event, synthetic ones included; *answer grows*: it returns"
       " every matching event, person or organization, synthetic ones included. The last two grow with N by design.", "",
       "| query | kind | " + " | ".join(qnames) + " |", "| --- | --- | " + " | ".join("---:" for _ in qnames) + " |"]
for q in sorted(lat[qnames[0]]) if qnames else []:
    counts = [rows[n].get(q) for n in qnames]
    if len(set(map(str, counts))) > 1:
        kind = "answer grows"
    elif "GROUP BY" in (queries / f"{q}.rq").read_text(encoding="utf-8").upper():
        kind = "aggregates all"
    else:
        kind = "selective"
    cells = []
    for n in qnames:
        c = lat[n][q]["ai-milestones"]
        bad = f", {c['non2xx']} non-2xx" if c["non2xx"] else ""
        cells.append(f"{c['median_ms']:.1f} ({rows[n].get(q)}{bad})")
    md.append(f"| `{q}` | {kind} | " + " | ".join(cells) + " |")
pages = {n: json.loads((out / f"pages-{n}.json").read_text()) for n in names if (out / f"pages-{n}.json").exists()}
if pages:
    have = [n for n in names if n in pages]
    md += ["", "Pages outside the query service (each under a query slot and the deadline; the landing counts, the"
           " VoID/DCAT description and the dumps computed once per data version, in their own thread): the first"
           " answer after the start (503 \"not ready\" while the whole-graph figures are computed, asked again every"
           " second: *first 200* is the time until one came) and the median of the next " + E["REPS"] + " (ms).", "",
           "| page | " + " | ".join(f"{n} first 200 | {n} then" for n in have) + " |",
           "| --- | " + " | ".join("---: | ---:" for _ in have) + " |"]
    for path in pages[have[0]]:
        cells = []
        for n in have:
            p = pages[n][path]
            extra = f" ({p['refused_first']}× 503 first)" if p["refused_first"] else ""
            cells.append(f"{p['first_ok_ms']:,.0f}{extra} | {p['median_ms']:.1f}" + ("" if p["statuses"] == [200] else f" {p['statuses']}"))
        md.append(f"| `{path}` | " + " | ".join(cells) + " |")
md.append("<!-- END scale -->")
md = "\n".join(md)
(out / "scale.md").write_text(md + "\n")
docsection.replace(doc, "scale", "Scale (bench/scale.sh)", md)
print(md)
