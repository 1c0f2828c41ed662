#!/usr/bin/env python3
"""Writes a request file for bench/wrk/requests.lua: one "<Accept>\\t<path>" line per request.

  mkreqs.py queries DIR ENDPOINT_PATH OUT   every DIR/*.rq as GET ENDPOINT_PATH?query=... (SPARQL JSON)
  mkreqs.py distinct DIR ENDPOINT_PATH OUT  the same, each line cut in two ("<Accept>\t<before>\t<after>") where
                                            requests.lua puts "BIND(n AS ?bench_n)" with a unique n: just before the
                                            closing brace of the WHERE clause (the last "}" of the query)
  mkreqs.py pages NAME[,NAME...] OUT        the documents about /resource/NAME (which answers 303 See Other to them,
                                            as httpRange-14 asks): /page/NAME as text/html and /data/NAME.ttl as
                                            text/turtle, alternately
  mkreqs.py static PATH OUT                 one static path
ENDPOINT_PATH may carry parameters already (e.g. /sparql?default-graph-uri=...).
"""
import sys
import urllib.parse
from pathlib import Path

JSON = "application/sparql-results+json"


def main():
    kind = sys.argv[1]
    lines = []
    if kind == "queries":
        qdir, endpoint, out = sys.argv[2:5]
        sep = "&" if "?" in endpoint else "?"
        for qf in sorted(Path(qdir).glob("*.rq")):
            lines.append(f"{JSON}\t{endpoint}{sep}query={urllib.parse.quote(qf.read_text(encoding='utf-8'), safe='')}")
    elif kind == "distinct":
        qdir, endpoint, out = sys.argv[2:5]
        sep = "&" if "?" in endpoint else "?"
        for qf in sorted(Path(qdir).glob("*.rq")):
            text = qf.read_text(encoding="utf-8")
            cut = text.rindex("}")
            before = urllib.parse.quote(text[:cut], safe="")
            after = urllib.parse.quote(text[cut:], safe="")
            lines.append(f"{JSON}\t{endpoint}{sep}query={before}\t{after}")
    elif kind == "pages":
        names, out = sys.argv[2].split(","), sys.argv[3]
        for i, name in enumerate(names):
            accept = "text/html" if i % 2 == 0 else "text/turtle"
            quoted = urllib.parse.quote(name)
            path = f"/page/{quoted}" if i % 2 == 0 else f"/data/{quoted}.ttl"
            lines.append(f"{accept}\t{path}")
    elif kind == "static":
        path, out = sys.argv[2:4]
        lines.append(f"*/*\t{path}")
    else:
        sys.exit("unknown kind " + kind)
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
