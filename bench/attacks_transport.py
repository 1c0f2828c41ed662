#!/usr/bin/env python3
"""Attacks on the transport of a running ai-milestones server (bench/attacks-transport.sh starts it).

usage: attacks_transport.py PORT SERVER_PID USER PASSWORD N

Opens N slow-body connections (POST /ai-milestones/sparql announcing 100,000 bytes, then 1 byte every 4 s) and N
stalled readers (a large SPARQL answer or a dump, 1 KB receive buffer, never read), measures the latency of / and of a
query meanwhile, then sends a gzip bomb and JSON-LD with remote and file: contexts. Prints one line per probe: what,
status, time to answer, and the server's CPU seconds during it and in the 5 s after it (from /proc/PID/stat).
"""
import base64
import http.server
import os
import socket
import sys
import threading
import time
import urllib.parse
import zlib

PORT, PID, USER, PASSWORD, N = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
TICKS = os.sysconf("SC_CLK_TCK")


def cpu():
    """The server's user+system CPU seconds so far."""
    with open(f"/proc/{PID}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def connect(rcvbuf=0):
    s = socket.socket()
    if rcvbuf:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    s.connect(("127.0.0.1", PORT))
    return s


def request(method, path, headers=None, body=b"", timeout=60):
    """Sends one request on a new connection; returns (status, body text, seconds)."""
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
    for k, v in (headers or {}).items():
        head += f"{k}: {v}\r\n"
    if body:
        head += f"Content-Length: {len(body)}\r\n"
    start = time.monotonic()
    s = connect()
    s.settimeout(timeout)
    try:
        s.sendall(head.encode("latin-1") + b"\r\n" + body)
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    except (socket.timeout, ConnectionError) as e:
        return (f"error {type(e).__name__}", "", time.monotonic() - start)
    finally:
        s.close()
    seconds = time.monotonic() - start
    status = data.split(b" ", 2)[1].decode() if data.startswith(b"HTTP/") else "closed"
    text = data.split(b"\r\n\r\n", 1)[1].decode("utf-8", "replace") if b"\r\n\r\n" in data else ""
    return (status, text.strip().replace("\n", " "), seconds)


def report(what, status, seconds, cpu_during, cpu_after, note=""):
    print(f"{what:<44} {status:>8} {seconds:8.2f} s  cpu {cpu_during:6.2f} s, next 5 s {cpu_after:5.2f} s  {note}",
          flush=True)


def probe(what, method, path, headers=None, body=b""):
    c0 = cpu()
    status, text, seconds = request(method, path, headers, body)
    c1 = cpu()
    time.sleep(5)
    report(what, status, seconds, c1 - c0, cpu() - c1, text[:110])
    return text


AUTH = {"Authorization": "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()}
ASK = "/ai-milestones/sparql?query=" + urllib.parse.quote("ASK { ?s ?p ?o }")
BIG = "/ai-milestones/sparql?query=" + urllib.parse.quote("SELECT * { ?s ?p ?o }")

# ---- slow bodies and stalled readers, all open at once
c0 = cpu()
t0 = time.monotonic()
bodies, readers = [], []
for i in range(N):
    s = connect()
    s.sendall(b"POST /ai-milestones/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
              b"Content-Length: 100000\r\n\r\nS")
    bodies.append(s)
    r = connect(1024)
    path = BIG if i % 2 == 0 else "/dumps/ai-milestones-inferred.nt"
    r.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n".encode())
    readers.append(r)
print(f"# {N} slow-body connections and {N} stalled readers open in {time.monotonic() - t0:.2f} s", flush=True)
stop = threading.Event()


def dribble():
    while not stop.is_set():
        for s in bodies:
            try:
                s.send(b"S")
            except OSError:
                pass
        stop.wait(4)


threading.Thread(target=dribble, daemon=True).start()
lat = []
for i in range(10):
    for what, path in (("/", "/"), ("query", ASK + f"&n={i}")):
        status, _, seconds = request("GET", path, {"Accept": "text/html" if path == "/" else
                                                   "application/sparql-results+json"})
        lat.append((what, status, seconds))
    time.sleep(1)
for what in ("/", "query"):
    times = sorted(s for w, st, s in lat if w == what)
    statuses = sorted({st for w, st, s in lat if w == what})
    print(f"# while under attack: {what:<6} statuses {','.join(statuses)}  median {times[len(times) // 2]:.3f} s"
          f"  max {times[-1]:.3f} s", flush=True)


def ending(s, timeout):
    s.settimeout(timeout)
    try:
        first = s.recv(12)
        while s.recv(65536):
            pass
        return first.split(b" ")[1].decode() if first.startswith(b"HTTP/") else "closed"
    except socket.timeout:
        return "open"
    except ConnectionError:
        return "closed"


ends = {}
deadline = time.monotonic() + 40  # all of them within 40 s
for s in bodies:
    e = ending(s, max(0.1, deadline - time.monotonic()))
    ends[e] = ends.get(e, 0) + 1
elapsed = time.monotonic() - t0
report(f"{N} slow bodies (1 byte / 4 s)", "/".join(f"{k}x{v}" for k, v in sorted(ends.items())), elapsed,
       cpu() - c0, 0.0, "ended (408 = too slow)")
stop.set()
time.sleep(22)  # the idle timeout (20 s) passes for the stalled readers
ends = {}
for s in readers:
    e = ending(s, 5)
    ends[e] = ends.get(e, 0) + 1
report(f"{N} stalled readers (never read)", "/".join(f"{k}x{v}" for k, v in sorted(ends.items())),
       time.monotonic() - t0, cpu() - c0, 0.0, "200 = the answer began, then the server closed")
for s in bodies + readers:
    s.close()

# ---- compressed bodies
zipper = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip framing
block = b"\n" * (1 << 20)
bomb = b"".join(zipper.compress(block) for _ in range(491)) + zipper.flush()
probe(f"gzip bomb ({len(bomb) // 1024} KB -> 491 MB) PUT /data", "PUT", "/ai-milestones/data?graph=urn:example:bomb",
      {**AUTH, "Content-Type": "application/n-triples", "Content-Encoding": "gzip"}, bomb)
probe("Content-Encoding: br", "PUT", "/ai-milestones/data?graph=urn:example:br",
      {**AUTH, "Content-Type": "application/n-triples", "Content-Encoding": "br"}, b"<x:s> <x:p> 1 .\n")

# ---- JSON-LD contexts: a host that accepts and never answers, a file
contacted = []


class Silent(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        contacted.append(self.path)
        time.sleep(120)


ctx_server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Silent)
threading.Thread(target=ctx_server.serve_forever, daemon=True).start()
ctx = f"http://127.0.0.1:{ctx_server.server_address[1]}/ctx"
for what, context in (("JSON-LD remote context (silent host)", ctx), ("JSON-LD file: context /etc/passwd", "file:///etc/passwd"),
                      ("JSON-LD file: context, missing file", "file:///nonexistent/ctx.jsonld")):
    doc = f'{{"@context": "{context}", "@id": "http://example.org/s", "name": "x"}}'.encode()
    probe(what, "PUT", "/ai-milestones/data?graph=urn:example:jsonld",
          {**AUTH, "Content-Type": "application/ld+json"}, doc)
print(f"# the context host was contacted {len(contacted)} times", flush=True)
ctx_server.shutdown()
probe("a query right after", "GET", ASK + "&after=1", {"Accept": "application/sparql-results+json"})
