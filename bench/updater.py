#!/usr/bin/env python3
"""A stream of numbered SPARQL updates for bench/faults.sh, one at a time, until the server goes away.

usage: updater.py --url URL/ai-milestones/update --user U --password P --start N --log FILE [--max-seconds S] [--max-updates K]
Update n is  INSERT DATA { <urn:ai-milestones-bench:update/n> <urn:ai-milestones-bench:seq> n ; <urn:ai-milestones-bench:pair> n ;
rdfs:label "benchupdate n" }  (three triples, so a half-applied update would show; the label goes into the search index). The log gets "sent n" before each request and "ack n STATUS" after each 2xx,
flushed line by line; the stream stops at the first connection error (the server was killed) or non-2xx answer.
"""
import argparse
import base64
import http.client
import time
import urllib.parse

NS = "urn:ai-milestones-bench:"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--user", required=True)
    ap.add_argument("--password", required=True)
    ap.add_argument("--start", type=int, required=True)
    ap.add_argument("--log", required=True)
    ap.add_argument("--max-seconds", type=float, default=60)
    ap.add_argument("--max-updates", type=int, default=100000)
    a = ap.parse_args()
    u = urllib.parse.urlsplit(a.url)
    auth = "Basic " + base64.b64encode(f"{a.user}:{a.password}".encode()).decode()
    t0 = time.monotonic()
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    with open(a.log, "a", buffering=1) as log:
        n = a.start
        while time.monotonic() - t0 < a.max_seconds and n < a.start + a.max_updates:
            body = (f"INSERT DATA {{ <{NS}update/{n}> <{NS}seq> {n} ; <{NS}pair> {n} ;"
                    f' <http://www.w3.org/2000/01/rdf-schema#label> "benchupdate {n}" }}')
            log.write(f"sent {n}\n")
            try:
                conn.request("POST", u.path, body=body.encode(),
                             headers={"Content-Type": "application/sparql-update", "Authorization": auth})
                resp = conn.getresponse()
                resp.read()
            except (OSError, http.client.HTTPException) as e:
                log.write(f"error {n} {type(e).__name__}\n")
                return
            if not 200 <= resp.status < 300:
                log.write(f"refused {n} {resp.status}\n")
                return
            log.write(f"ack {n} {resp.status}\n")
            n += 1


if __name__ == "__main__":
    main()
