#!/usr/bin/env bash
# Attacks on the transport (issue 9, items 2 and 4): starts bin/ai-milestones serve (updates on, behind a login) and
# runs bench/attacks_transport.py against it: ATTACK_N slow-body connections (1 byte every 4 s) and ATTACK_N stalled
# readers of a large answer or a dump, with the latency of / and of a query meanwhile; then a gzip bomb, an unknown
# Content-Encoding and JSON-LD with remote and file: contexts. Prints, per attack, the status, the time to answer and the
# server's CPU seconds (from /proc). Environment: ATTACK_N [100], SKIP_BUILD=1 (use target/ai-milestones.jar as is).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
N=${ATTACK_N:-100}
WORK=$(mktemp -d /tmp/ai-milestones-attacks.XXXXXX)
cleanup() { bench_cleanup; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

bench_jar "$WORK/jar"
printf 'editor: s3cret\n' > "$WORK/passwords"
port=$(free_port)
"$AIMIL" serve --host 127.0.0.1 --port "$port" --allow-update --password-file "$WORK/passwords" \
    > "$WORK/server.log" 2>&1 &
pid=$!
BENCH_PIDS+=("$pid")
wait_http "http://127.0.0.1:$port/ai-milestones/sparql?query=$PROBE_QUERY" 120 "$pid" \
    || die "the server did not start (see $WORK/server.log)"
# the launcher may exec java or run it as a child: measure the JVM
jvm=$(pgrep -P "$pid" java || echo "$pid")
log "ai-milestones on port $port (JVM pid $jvm), load $(loadavg); $N slow bodies and $N stalled readers"
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(loadavg), ai-milestones $(git -C "$REPO_DIR" rev-parse --short HEAD)"
python3 "$BENCH_DIR/attacks_transport.py" "$port" "$jvm" editor s3cret "$N"
echo "# server log: $(grep -c . "$WORK/server.log") lines, $(grep -c -i 'exception' "$WORK/server.log" || true) naming an exception"
