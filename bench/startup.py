#!/usr/bin/env python3
"""Start-to-first-answer: starts a server, polls a SPARQL URL every 10 ms until it answers 2xx, reports the time
from process start and the resident memory then, and stops the server (SIGTERM, SIGKILL after 30 s).

usage: startup.py --name NAME --url URL [--log FILE] [--cwd DIR] [--timeout S] -- COMMAND...
prints one JSON line: {"name", "seconds", "rss_kb", "hwm_kb"}
"""
import argparse
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request


def status_kb(pid, field):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", required=True)
    ap.add_argument("--url", required=True)
    ap.add_argument("--log", default=os.devnull)
    ap.add_argument("--cwd", default=None)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("command", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.command[1:] if a.command and a.command[0] == "--" else a.command
    req = urllib.request.Request(a.url, headers={"Accept": "application/sparql-results+json"})
    with open(a.log, "ab") as log:
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=a.cwd, start_new_session=True)
        result = {"name": a.name, "seconds": None, "rss_kb": None, "hwm_kb": None}
        try:
            while time.monotonic() - t0 < a.timeout and proc.poll() is None:
                try:
                    with urllib.request.urlopen(req, timeout=5) as resp:
                        resp.read()
                        if 200 <= resp.status < 300:
                            result["seconds"] = round(time.monotonic() - t0, 3)
                            result["rss_kb"] = status_kb(proc.pid, "VmRSS")
                            result["hwm_kb"] = status_kb(proc.pid, "VmHWM")
                            break
                except (urllib.error.URLError, ConnectionError, OSError):
                    pass
                time.sleep(0.01)
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
    print(json.dumps(result))
    return 0 if result["seconds"] is not None else 1


if __name__ == "__main__":
    sys.exit(main())
