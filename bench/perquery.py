#!/usr/bin/env python3
"""Per-query latency, one connection, no concurrency: each of queries/*.rq REPS times against each endpoint,
interleaved (query q: A B C, A B C, ...), over one kept-alive HTTP connection per endpoint.

usage: perquery.py --queries DIR --reps N --out F NAME=URL [NAME=URL ...]
writes JSON {query: {name: {"median_ms", "min_ms", "max_ms", "non2xx"}}}
"""
import argparse
import http.client
import json
import statistics
import time
import urllib.parse
from pathlib import Path


class Client:
    def __init__(self, url):
        u = urllib.parse.urlsplit(url)
        self.host, self.port, self.path, self.params = u.hostname, u.port, u.path, u.query
        self.conn = None

    def get(self, query):
        target = self.path + "?" + (self.params + "&" if self.params else "") + "query=" + urllib.parse.quote(query, safe="")
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            try:
                t0 = time.perf_counter()
                self.conn.request("GET", target, headers={"Accept": "application/sparql-results+json"})
                resp = self.conn.getresponse()
                resp.read()
                return time.perf_counter() - t0, resp.status
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = None
                if attempt:
                    raise
        raise AssertionError


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--queries", required=True)
    ap.add_argument("--reps", type=int, default=20)
    ap.add_argument("--out", required=True)
    ap.add_argument("endpoints", nargs="+")
    a = ap.parse_args()
    clients = [(n, Client(u)) for n, u in (e.split("=", 1) for e in a.endpoints)]
    out = {}
    for qf in sorted(Path(a.queries).glob("*.rq")):
        q = qf.read_text(encoding="utf-8")
        times = {n: [] for n, _ in clients}
        bad = {n: 0 for n, _ in clients}
        for _ in range(a.reps):
            for n, c in clients:
                dt, status = c.get(q)
                times[n].append(dt * 1000)
                bad[n] += not 200 <= status < 300
        out[qf.stem] = {n: {"median_ms": round(statistics.median(t), 3), "min_ms": round(min(t), 3),
                            "max_ms": round(max(t), 3), "non2xx": bad[n]} for n, t in times.items()}
    Path(a.out).write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
