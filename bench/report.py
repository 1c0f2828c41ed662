#!/usr/bin/env python3
"""Writes docs/benchmarks.md (and docs/benchmarks-throughput.svg beside it) from a bench/run.sh results directory.

usage: report.py RESULTS_DIR DOC
Everything from the "## Load test" heading on (the sections that bench/load.sh, faults.sh, scale.sh and
push-virtuoso.sh write between <!-- BEGIN name --> and <!-- END name -->, with the text around them) is kept from the
existing DOC.
"""
import json
import statistics
import sys
from pathlib import Path

SYSTEMS = ["ai-milestones", "fuseki", "virtuoso"]
TITLES = {"ai-milestones": "ai-milestones serve", "fuseki": "stock Fuseki", "virtuoso": "Virtuoso"}
TAIL = "## Load test (bench/load.sh)"
TAIL_STUB = {"Load test (bench/load.sh)": "load", "Crash test (bench/faults.sh)": "faults",
             "Scale (bench/scale.sh)": "scale", "Publishing into Virtuoso (bench/push-virtuoso.sh)": "push-virtuoso"}


def jsonl(p):
    return [json.loads(l) for l in Path(p).read_text().splitlines() if l.strip()] if Path(p).exists() else []


def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def f_rps(x):
    return "—" if x is None else (f"{x:,.0f}" if x >= 100 else f"{x:,.1f}")


def f_ms(us):
    return "—" if us is None else (f"{us / 1000:.1f}" if us < 100000 else f"{us / 1000:,.0f}")


def f_ratio(a, b):
    return "—" if not a or not b else f"{a / b:.2f}×"


def cells_by(cells, kind):
    out = {}
    for c in cells:
        if c["kind"] == kind:
            out.setdefault((c["system"], c["conns"]), []).append(c)
    return out


def summary(cs):
    """Median over rounds of req/s, p50, p99; spread of req/s; non-2xx and socket errors summed."""
    rps = [c["wrk"]["requests"] / (c["wrk"]["duration_us"] / 1e6) for c in cs]
    st = [c["wrk"]["status"] for c in cs]
    return {"rps": med(rps), "rps_min": min(rps), "rps_max": max(rps),
            "p50": med([c["wrk"]["latency_us"]["p50"] for c in cs]),
            "p99": med([c["wrk"]["latency_us"]["p99"] for c in cs]),
            "requests": sum(c["wrk"]["requests"] for c in cs),
            "non2xx": sum(s["3xx"] + s["4xx"] + s["503"] + s["5xx"] + s["other"] for s in st),
            "sockerr": sum(sum(c["wrk"]["errors"][k] for k in ("connect", "read", "write", "timeout")) for c in cs),
            "rounds": len(cs)}


def throughput_table(by, systems, conns):
    lines = ["| system | conns | req/s (median) | req/s min–max | p50 ms | p99 ms | requests | non-2xx | socket errors |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for s in systems:
        for c in conns:
            if (s, c) not in by:
                continue
            m = summary(by[(s, c)])
            lines.append(f"| {TITLES[s]} | {c} | {f_rps(m['rps'])} | {f_rps(m['rps_min'])}–{f_rps(m['rps_max'])} | "
                         f"{f_ms(m['p50'])} | {f_ms(m['p99'])} | {m['requests']:,} | {m['non2xx']} | {m['sockerr']} |")
    return "\n".join(lines)


def ratio_table(by, conns):
    lines = ["| conns | ai-milestones / Fuseki (req/s) | ai-milestones / Virtuoso (req/s) | Fuseki p50 / ai-milestones p50 | Virtuoso p50 / ai-milestones p50 |",
             "| ---: | ---: | ---: | ---: | ---: |"]
    for c in conns:
        m = {s: summary(by[(s, c)]) for s in SYSTEMS if (s, c) in by}
        if "ai-milestones" not in m:
            continue
        g = lambda s, k: m[s][k] if s in m else None  # noqa: E731
        lines.append(f"| {c} | {f_ratio(g('ai-milestones', 'rps'), g('fuseki', 'rps'))} | {f_ratio(g('ai-milestones', 'rps'), g('virtuoso', 'rps'))} | "
                     f"{f_ratio(g('fuseki', 'p50'), g('ai-milestones', 'p50'))} | {f_ratio(g('virtuoso', 'p50'), g('ai-milestones', 'p50'))} |")
    return "\n".join(lines)


def svg_plot(panels, conns, path, note=""):
    """panels: [(title, {system: [rps per conns]})] -> a small SVG line chart, one panel each."""
    colors = {"ai-milestones": "#1f77b4", "fuseki": "#d62728", "virtuoso": "#2ca02c"}
    pw, ph, ml, mt, mb = 360, 240, 60, 40, 45
    width = ml + len(panels) * (pw + 30) + 120
    height = mt + ph + mb + (20 if note else 0)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>']
    for i, (title, series) in enumerate(panels):
        x0 = ml + i * (pw + 30)
        ymax = max([v for vs in series.values() for v in vs if v] + [1]) * 1.1
        out.append(f'<text x="{x0 + pw / 2}" y="{mt - 15}" text-anchor="middle" font-weight="bold">{title}</text>')
        out.append(f'<rect x="{x0}" y="{mt}" width="{pw}" height="{ph}" fill="none" stroke="#888"/>')
        for k in range(5):
            yv = ymax * k / 4
            y = mt + ph - ph * k / 4
            out.append(f'<line x1="{x0}" x2="{x0 + pw}" y1="{y}" y2="{y}" stroke="#eee"/>')
            out.append(f'<text x="{x0 - 5}" y="{y + 4}" text-anchor="end">{yv:,.0f}</text>')
        xs = {c: x0 + pw * (j + 0.5) / len(conns) for j, c in enumerate(conns)}
        for c, x in xs.items():
            out.append(f'<text x="{x}" y="{mt + ph + 18}" text-anchor="middle">{c}</text>')
        out.append(f'<text x="{x0 + pw / 2}" y="{mt + ph + 36}" text-anchor="middle">connections</text>')
        for s, vs in series.items():
            pts = [(xs[c], mt + ph - ph * v / ymax) for c, v in zip(conns, vs) if v is not None]
            if pts:
                out.append(f'<polyline fill="none" stroke="{colors[s]}" stroke-width="2" points="'
                           + " ".join(f"{x:.1f},{y:.1f}" for x, y in pts) + '"/>')
                out += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colors[s]}"/>' for x, y in pts]
    out.append(f'<text x="18" y="{mt + ph / 2}" transform="rotate(-90 18 {mt + ph / 2})" text-anchor="middle">requests/s (median of rounds)</text>')
    lx = ml + len(panels) * (pw + 30)
    for j, s in enumerate(SYSTEMS):
        y = mt + 20 + j * 20
        out.append(f'<line x1="{lx}" x2="{lx + 20}" y1="{y}" y2="{y}" stroke="{colors[s]}" stroke-width="2"/>')
        out.append(f'<text x="{lx + 25}" y="{y + 4}">{TITLES[s]}</text>')
    if note:
        note = note.replace("&", "&amp;").replace("<", "&lt;")
        out.append(f'<text x="{ml}" y="{height - 8}" font-size="11" fill="#a00">{note[:160]}</text>')
    out.append("</svg>")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def kept_tail(doc):
    """The other scripts' sections, from the existing DOC as they are, or stubs saying how to fill them."""
    text = Path(doc).read_text(encoding="utf-8") if Path(doc).exists() else ""
    if TAIL in text:
        return text[text.index(TAIL):].rstrip("\n")
    return "\n\n".join(f"## {title}\n\n<!-- BEGIN {name} -->\n_Not run yet: `bash bench/{name}.sh`._\n<!-- END {name} -->"
                       for title, name in TAIL_STUB.items())


def main():
    res, doc = Path(sys.argv[1]), Path(sys.argv[2])
    machine = json.loads((res / "machine.json").read_text())
    params = json.loads((res / "params.json").read_text())
    elapsed = json.loads((res / "elapsed.json").read_text())["seconds"] if (res / "elapsed.json").exists() else None
    cells = jsonl(res / "cells.jsonl")
    rounds = jsonl(res / "rounds.jsonl")
    starts = jsonl(res / "startup.jsonl")
    memory = jsonl(res / "memory.jsonl")
    perq = json.loads((res / "perquery.json").read_text()) if (res / "perquery.json").exists() else {}
    conns = [int(c) for c in params["conns"].split()]
    qby, dby, pby, sby = (cells_by(cells, k) for k in ("queries", "distinct", "pages", "static"))

    # ---- goals ----
    def rps(by, s, c):
        return summary(by[(s, c)])["rps"] if (s, c) in by else None
    goals = []
    for c in conns:
        a, f, v = rps(qby, "ai-milestones", c), rps(qby, "fuseki", c), rps(qby, "virtuoso", c)
        if a and v:
            goals.append((f"repeated queries, {c} conn: ahead of Virtuoso", f"{a / v:.2f}× Virtuoso", a > v,
                          "" if a > v else f"{v / a:.2f}× more req/s needed"))
        if a and f:
            goals.append((f"repeated queries, {c} conn: ≥ 2× stock Fuseki", f"{a / f:.2f}× Fuseki", a >= 2 * f,
                          "" if a >= 2 * f else f"{2 * f / a:.2f}× more req/s needed"))
    for c in conns:
        a, f = rps(dby, "ai-milestones", c), rps(dby, "fuseki", c)
        if a and f:
            goals.append((f"distinct queries, {c} conn: ≥ 3× stock Fuseki", f"{a / f:.2f}× Fuseki", a >= 3 * f,
                          "" if a >= 3 * f else f"{3 * f / a:.2f}× more req/s needed"))
    st = {s: med([d["seconds"] for d in starts if d["name"] == s]) for s in SYSTEMS}
    rs = {s: med([d["rss_kb"] for d in starts if d["name"] == s]) for s in SYSTEMS}
    mem = {(d["when"], d["name"]): d for d in memory}
    if st["ai-milestones"] is not None:
        goals.append(("start to first answer ≤ 0.35 s", f"{st['ai-milestones']:.2f} s (median of {sum(d['name'] == 'ai-milestones' for d in starts)})",
                      st["ai-milestones"] <= 0.35, "" if st["ai-milestones"] <= 0.35 else f"{st['ai-milestones'] - 0.35:.2f} s too slow"))
    rss_after_start = (mem.get(("after-start", "ai-milestones")) or {}).get("rss_kb") or rs["ai-milestones"]
    if rss_after_start:
        goals.append(("RSS ≤ 200 MB after start", f"{rss_after_start / 1024:.0f} MB", rss_after_start <= 200 * 1024,
                      "" if rss_after_start <= 200 * 1024 else f"{rss_after_start / 1024 - 200:.0f} MB over"))

    # the goal is ai-milestones' own; the others' failures are in their tables (Virtuoso answers some queries 500)
    ours = [c for c in cells if c["system"] == "ai-milestones"]
    non2xx = sum(summary([c])["non2xx"] + summary([c])["sockerr"] for c in ours)
    others = {s: sum(summary([c])["non2xx"] + summary([c])["sockerr"] for c in cells if c["system"] == s)
              for s in SYSTEMS if s != "ai-milestones"}
    goals.append(("every ai-milestones response of every cell 2xx (no socket errors)", f"{non2xx} non-2xx or failed of "
                  f"{sum(c['wrk']['requests'] for c in ours):,}" + "".join(f"; {s}: {n:,}" for s, n in others.items()),
                  non2xx == 0, "" if non2xx == 0 else "see the tables"))
    cmds = json.loads((res / "commands.json").read_text()) if (res / "commands.json").exists() else {}

    L = []
    L.append("# Benchmarks")
    L.append("")
    if params.get("label"):
        L.append(f"> **{params['label']}**")
        L.append("")
    L.append("ai-milestones serve against stock Apache Jena Fuseki and OpenLink Virtuoso on the same data (the graph with its RDFS "
             "entailments, `ai-milestones export --inferred`), on one machine, over HTTP on loopback, measured by `bash bench/run.sh` "
             "in one run with the systems interleaved (A B C, A B C, …). Medians over rounds. The raw results of this run are "
             f"`{res.relative_to(doc.parent.parent) if res.is_relative_to(doc.parent.parent) else res}` (not committed).")
    L.append("")
    L.append("## Goals")
    L.append("")
    L.append("| goal | measured | met? | gap |")
    L.append("| --- | --- | --- | --- |")
    for g, m, ok, gap in goals:
        L.append(f"| {g} | {m} | {'yes' if ok else '**no**'} | {gap} |")
    L.append("")
    if params.get("label"):
        L.append("These verdicts come from the run labelled above; on a busy machine they are indicative only.")
        L.append("")
    L.append("What the numbers include: ai-milestones and stock Fuseki run with the JVM's default heap (a quarter of RAM), so "
             "their memory after the load is what the JVM chose to keep, not what they need (see the load test for "
             "ai-milestones under `-Xmx256m`); stock Fuseki logs every request at INFO (its default; to a file here); at start ai-milestones "
             "reads the graph, its RDFS closure and its search index from the snapshot its build prepared (`bin/ai-milestones`, "
             "with the build's AOT cache), stock Fuseki parses the export, and Virtuoso opens the "
             "database it loaded before (its load is not in its start). `bin/ai-milestones` has the optimizing JIT compiler (C2) "
             "wait for methods about ten times hotter than by default, which shortens the start by about 0.15–0.2 s but "
             "lengthens the warm-up: under a distinct-query stream ai-milestones ran up to 30% slower than with the JVM's "
             "defaults in some 15-second rounds of its first 1.5 minutes of load, then as fast (`bench/jit.sh`, at the "
             "end of this page). The distinct-query cells give each system about 2 minutes of such load in all, so "
             "ai-milestones's figures below include part of that warm-up.")
    L.append("")
    L.append("## Machine and software")
    L.append("")
    L.append(f"- {machine['nproc']} cores ({machine['cpu']}), {machine['mem_gib']} GiB RAM, kernel {machine['kernel']}, {machine['os']}")
    L.append(f"- {machine['java']}")
    L.append(f"- ai-milestones at commit `{params['ms_commit']}` (`bin/ai-milestones`: a copy of `target/ai-milestones.jar` with an AOT cache made for it, on the build's JDK, with bin/jvm.options; extra JVM options: `{params['ms_java_opts'] or 'none'}`)")
    L.append(f"- {machine['fuseki']}, JVM options: `{params['fuseki_java_opts'] or 'none'}`; request logging left on (its default, to a file)")
    L.append(f"- Virtuoso {machine['virtuoso']}: its own `virtuoso.ini` (written by `write_virtuoso_ini` in `bench/lib.sh`) and database under a temporary directory, loopback ports; "
             f"the export loaded with `DB.DBA.TTLP_MT` into graph `urn:x-ai-milestones:inferred` in {machine['virtuoso_load_s']} s. "
             "Virtuoso 7.2's `/sparql` ignores `[SPARQL] DefaultGraph` for protocol requests (only its HTML form uses it), "
             "so every request to it carries `default-graph-uri=urn:x-ai-milestones:inferred`; without it queries would range over its "
             "system graphs too.")
    L.append(f"- {machine['wrk']}; python {machine['python']}")
    L.append("")
    L.append("## How it was run")
    L.append("")
    L.append("```sh")
    env = f"ROUNDS={params['rounds']} DURATION={params['duration_s']} CONNS=\"{params['conns']}\" WARMUP={params['warmup_s']} STARTS={params['starts']} PERQUERY_REPS={params['perquery_reps']}"
    L.append(f"{env} bash bench/run.sh")
    L.append("```")
    L.append("")
    if cmds:
        L.append("The servers, as started (`$WORK` is the run's temporary directory; ports are picked free on loopback):")
        L.append("")
        L.append("```sh")
        for k in SYSTEMS:
            if k in cmds:
                L.append(cmds[k])
        L.append("```")
        L.append("")
    L.append(f"{params['rounds']} rounds × {params['duration_s']} s per cell after {params['warmup_s']} s of warm-up per system and stream"
             + (f"; the whole run took {elapsed // 60} min {elapsed % 60} s" if elapsed else "") + ". Each cell is "
             "`wrk -t min(c,2) -c c -d D --timeout 10s --latency -s bench/wrk/requests.lua`, which cycles through the "
             "requests of a file round-robin and counts status classes (non-2xx must be 0). Latencies are wrk's p50 and "
             "p99 per cell, medians over rounds. wrk and the servers share the machine's cores.")
    L.append("")
    L.append("Load average (1, 5, 15 min) before and after each round — the noise on the machine:")
    L.append("")
    L.append("| round | before | after |")
    L.append("| ---: | --- | --- |")
    for r in rounds:
        L.append(f"| {r['round']} | {r['load_before']} | {r['load_after']} |")
    L.append("")
    L.append("## Repeated queries: the competency-query mix")
    L.append("")
    nq = len(perq) or "the"
    L.append(f"Each request is one of the {nq} `queries/*.rq` (GET `?query=`, `Accept: application/sparql-results+json`), "
             f"round-robin. The same {nq} texts repeat, so an answer cache can serve them.")
    L.append("")
    L.append(throughput_table(qby, SYSTEMS, conns))
    L.append("")
    L.append(ratio_table(qby, conns))
    L.append("")
    L.append("## Distinct queries: no cache can help")
    L.append("")
    L.append(f"The same {nq} queries, but every request's text differs: ` BIND(n AS ?bench_n) ` with a unique integer n "
             "is put just before the WHERE clause's closing brace (`?bench_n` is not projected, so the answer is "
             "unchanged; the run checks this on every engine, see the end of the cross-engine answers).")
    L.append("")
    L.append(throughput_table(dby, SYSTEMS, conns))
    L.append("")
    L.append(ratio_table(dby, conns))
    L.append("")
    L.append("## Resource pages and the static ceiling (ai-milestones only)")
    L.append("")
    npages = None
    L.append("Fuseki and Virtuoso have no resource pages, so these are ai-milestones's alone: for every resource with a page of"
             " its own, the documents `/resource/{name}` answers 303 See Other to (httpRange-14), alternately `/page/{name}` as"
             " `text/html` and `/data/{name}.ttl` as `text/turtle`; and `/assets/milestones.css` (a few kB, read from the jar) as the"
             " ceiling of the HTTP stack on this machine.")
    L.append("")
    L.append(throughput_table({("ai-milestones", c): v for (s, c), v in pby.items()}, ["ai-milestones"], conns).replace("ai-milestones serve", "resource pages"))
    L.append("")
    L.append(throughput_table({("ai-milestones", c): v for (s, c), v in sby.items()}, ["ai-milestones"], conns).replace("ai-milestones serve", "static /assets/milestones.css"))
    L.append("")
    if perq:
        L.append("## Per query (sequential)")
        L.append("")
        L.append(f"Each query {params['perquery_reps']} times on one kept-alive connection, the engines interleaved; median "
                 "milliseconds from request to last byte, measured by python (`bench/perquery.py`).")
        L.append("")
        L.append("| query | ai-milestones ms | Fuseki ms | Virtuoso ms |")
        L.append("| --- | ---: | ---: | ---: |")
        for q, v in perq.items():
            L.append(f"| `{q}` | " + " | ".join(f"{v[s]['median_ms']:.1f}" + (f" ({v[s]['non2xx']} non-2xx)" if v[s]['non2xx'] else "")
                                               for s in SYSTEMS) + " |")
        L.append("")
    L.append("## Start to first answer and memory")
    L.append("")
    L.append("Start: from process start (fork) to the first 2xx answer to `SELECT * WHERE {?s ?p ?o} LIMIT 1`, polled "
             "every 10 ms (`bench/startup.py`), median of the starts; ai-milestones reads the snapshot of the graph its build made "
             "(closure and search index included), Fuseki parses the export, Virtuoso opens its already-loaded "
             "database (its load is the separate figure above). Resident memory (VmRSS of "
             "/proc/PID/status): at that first answer, after start of the long-running servers, and after all the load; "
             "peak is VmHWM.")
    L.append("")
    L.append("| system | start to first answer, s (each start) | RSS at first answer, MB | RSS after start, MB | RSS after load, MB | peak RSS, MB |")
    L.append("| --- | --- | ---: | ---: | ---: | ---: |")
    mb = lambda kb: "—" if kb in (None, "null") else f"{int(kb) / 1024:.0f}"  # noqa: E731
    for s in SYSTEMS:
        each = ", ".join("—" if d["seconds"] is None else f"{d['seconds']:.2f}" for d in starts if d["name"] == s)
        L.append(f"| {TITLES[s]} | **{'—' if st[s] is None else f'{st[s]:.2f}'}** ({each}) | {mb(rs[s])} | "
                 f"{mb((mem.get(('after-start', s)) or {}).get('rss_kb'))} | {mb((mem.get(('after-load', s)) or {}).get('rss_kb'))} | "
                 f"{mb((mem.get(('after-load', s)) or {}).get('hwm_kb'))} |")
    L.append("")
    L.append("## Cross-engine answers")
    L.append("")
    L.append("Every `queries/*.rq` once against each engine (SPARQL JSON results), compared as sets of rows by "
             "`bench/compare.py` (RDF terms compared exactly first — lexical form, datatype, language; blank-node labels "
             "ignored; then with the fewest normalisations that make them equal, each named; row order compared only "
             "under ORDER BY, and ties of the ORDER BY keys may come in any order).")
    L.append("")
    L.append((res / "compare.md").read_text(encoding="utf-8").strip() if (res / "compare.md").exists() else "_not run_")
    L.append("")
    L.append("## Throughput by connections")
    L.append("")
    L.append("![throughput by connections](benchmarks-throughput.svg)")
    L.append("")
    L.append(kept_tail(doc))
    L.append("")
    panels = [("repeated-query mix", {s: [rps(qby, s, c) for c in conns] for s in SYSTEMS}),
              ("distinct-query stream", {s: [rps(dby, s, c) for c in conns] for s in SYSTEMS})]
    doc.parent.mkdir(parents=True, exist_ok=True)
    svg_plot(panels, conns, doc.parent / "benchmarks-throughput.svg",
             (params.get("label") or "").split(":")[0] + (f" — load average {rounds[0]['load_before']}" if rounds and params.get("label") else ""))
    doc.write_text("\n".join(L), encoding="utf-8")


if __name__ == "__main__":
    main()
