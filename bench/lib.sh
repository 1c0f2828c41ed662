# Shared helpers for the bench/ scripts (sourced, not run).
# Every server started here is recorded in BENCH_PIDS and stopped by bench_cleanup (trap it on EXIT).

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export BENCH_DIR  # for the reports' "import docsection"
REPO_DIR=$(cd "$BENCH_DIR/.." && pwd)
AI_MILESTONES_JAR=${AI_MILESTONES_JAR:-$REPO_DIR/target/ai-milestones.jar}
AIMIL=$REPO_DIR/bin/ai-milestones   # the launcher users run; it runs $AI_MILESTONES_JAR with its AOT cache and $AI_MILESTONES_JAVA_OPTS
# stock Fuseki of the Jena version ai-milestones is built on (pom.xml's jena.version)
FUSEKI_VERSION=${FUSEKI_VERSION:-$(sed -n 's:.*<jena.version>\(.*\)</jena.version>.*:\1:p' "$REPO_DIR/pom.xml")}
BENCH_PIDS=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# A free TCP port on the loopback interface.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# Resident memory of a process in kB (VmRSS), or empty when it is gone.
rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null; }

# Install the Debian packages named when the command given first is missing.
#   need_cmd wrk wrk
need_cmd() {
    local cmd=$1; shift
    command -v "$cmd" >/dev/null 2>&1 && return 0
    log "installing $* (for $cmd)"
    if [ -z "${BENCH_APT_UPDATED:-}" ]; then apt-get update -qq >&2; BENCH_APT_UPDATED=1; fi
    # No service may be started by the package itself (virtuoso-opensource would start a system-wide server):
    # a policy-rc.d that refuses is put in place only for the install, and only if none exists.
    local made_policy=
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && made_policy=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >&2
    local rc=$?
    [ -n "$made_policy" ] && rm -f /usr/sbin/policy-rc.d
    [ $rc -eq 0 ] || die "apt-get install $* failed"
    command -v "$cmd" >/dev/null 2>&1 || die "$cmd still missing after installing $*"
}

# The stock Fuseki server jar from Maven Central (cached in ~/.m2 and copied to $1).
fetch_fuseki() {
    local dir=$1 jar=$1/jena-fuseki-server-$FUSEKI_VERSION.jar
    [ -s "$jar" ] || mvn -B -q dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:$FUSEKI_VERSION \
        -DoutputDirectory="$dir" >&2 || die "could not fetch jena-fuseki-server $FUSEKI_VERSION"
    echo "$jar"
}

# The java of the JDK the build ran on (recorded in target/ai-milestones.jdk, as bin/ai-milestones runs it): every JVM
# a benchmark starts, stock Fuseki's too, runs on it. Builds the jar first if nothing is recorded.
bench_java() {
    local home
    if [ ! -s "$REPO_DIR/target/ai-milestones.jdk" ]; then
        (cd "$REPO_DIR" && mvn -B -q package -DskipTests) >&2 || die "the build failed"
    fi
    read -r home < "$REPO_DIR/target/ai-milestones.jdk"
    [ -x "$home/bin/java" ] || die "$home/bin/java (recorded in target/ai-milestones.jdk) is missing: build again"
    echo "$home/bin/java"
}

# Builds the jar unless SKIP_BUILD=1 (and it exists), then copies it into DIR with the AOT cache made there for the
# copy (a cache names its jar's path), as the build does for target/ (AotCache, with bin/jvm.options): the run uses
# the copy, so a rebuild of target/ meanwhile cannot change or break what is measured. Sets and exports
# AI_MILESTONES_JAR, the jar $AIMIL runs.
bench_jar() {
    local dir=$1
    if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -s "$AI_MILESTONES_JAR" ]; then
        log "building ai-milestones"
        (cd "$REPO_DIR" && mvn -B -q package -DskipTests) >&2 || die "the build failed"
    fi
    mkdir -p "$dir"
    cp "$AI_MILESTONES_JAR" "$dir/ai-milestones.jar"
    "$(bench_java)" -cp "$dir/ai-milestones.jar" org.aimilestones.cli.AotCache "$dir/ai-milestones.jar" \
        "$REPO_DIR/bin/jvm.options" > "$dir/training.log" 2>&1 \
        || log "WARNING: no AOT cache for this jar (see $dir/training.log)"
    AI_MILESTONES_JAR=$dir/ai-milestones.jar
    export AI_MILESTONES_JAR
}

# Wait until URL answers 2xx to a SPARQL GET (at most $2 seconds, default 120; gives up early if process $3 ends).
wait_http() {
    local url=$1 limit=${2:-120} pid=${3:-} i=0
    while [ $i -lt $((limit * 10)) ]; do
        if curl -fs -o /dev/null -H 'Accept: application/sparql-results+json' "$url"; then return 0; fi
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 1; fi
        sleep 0.1; i=$((i + 1))
    done
    return 1
}

# Stop a process we started: TERM, then KILL after 15 s.
stop_pid() {
    local pid=$1 i=0
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 150 ]; do sleep 0.1; i=$((i + 1)); done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null || true
    return 0
}

bench_cleanup() {
    local -; set +e
    local pid
    for pid in "${BENCH_PIDS[@]}"; do stop_pid "$pid"; done
    BENCH_PIDS=()
}

# A minimal SPARQL query, URL-encoded, to probe readiness.
PROBE_QUERY='SELECT%20%2A%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%201'

# ---- Virtuoso: its own ini, database directory and ports under $VIRT_DIR ----

# write_virtuoso_ini DIR SQLPORT HTTPPORT DATADIR
write_virtuoso_ini() {
    local dir=$1 sql=$2 http=$3 data=$4
    mkdir -p "$dir/db" "$dir/vsp"
    cat > "$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile       = $dir/db/virtuoso.db
ErrorLogFile       = $dir/db/virtuoso.log
LockFile           = $dir/db/virtuoso.lck
TransactionFile    = $dir/db/virtuoso.trx
xa_persistent_file = $dir/db/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $dir/db/virtuoso-temp.db
TransactionFile    = $dir/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort           = 127.0.0.1:$sql
DisableUnixSocket    = 1
MaxClientConnections = 10
CheckpointInterval   = 60
CaseMode             = 2
DirsAllowed          = ., $dir, $data, /usr/share/virtuoso-opensource-7/vad
VADInstallDir        = /usr/share/virtuoso-opensource-7/vad/
MaxQueryMem          = 1G
ThreadsPerQuery      = 2
AsyncQueueMaxThreads = 10
NumberOfBuffers      = 20000
MaxDirtyBuffers      = 15000

[HTTPServer]
ServerPort             = 127.0.0.1:$http
ServerRoot             = $dir/vsp
MaxClientConnections   = 16
ServerThreads          = 16
MaxKeepAlives          = 16
KeepAliveTimeout       = 10
EnabledDavVSP          = 0
HTTPProxyEnabled       = 0
Charset                = UTF-8
EnabledGzipContent     = 0

[SPARQL]
ResultSetMaxRows           = 10000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime      = 60
DefaultGraph               = urn:x-ai-milestones:inferred
INI
}

# isql against our Virtuoso: visql SQLPORT "statements;"
visql() { isql-vt "127.0.0.1:$1" dba dba exec="$2"; }

# Create the Virtuoso database in DIR and load the N-Triples file NT into graph urn:x-ai-milestones:inferred, then shut it down.
# Prints the seconds the load itself took.
virtuoso_prepare() {
    local dir=$1 sql=$2 http=$3 nt=$4 i pid t0 t1
    write_virtuoso_ini "$dir" "$sql" "$http" "$(dirname "$nt")"
    (cd "$dir" && exec virtuoso-t +foreground +configfile "$dir/virtuoso.ini" >> "$dir/console.log" 2>&1) &
    pid=$!
    BENCH_PIDS+=("$pid")
    for i in $(seq 1 600); do visql "$sql" "select 1;" >/dev/null 2>&1 && break; sleep 0.1; done
    visql "$sql" "select 1;" >/dev/null 2>&1 || die "Virtuoso did not start (see $dir/db/virtuoso.log)"
    t0=$(date +%s.%N)
    visql "$sql" "DB.DBA.TTLP_MT(file_to_string_output('$nt'), '', 'urn:x-ai-milestones:inferred', 0); checkpoint;" >&2 \
        || die "Virtuoso load failed"
    t1=$(date +%s.%N)
    local n
    n=$(visql "$sql" "SPARQL SELECT COUNT(*) FROM <urn:x-ai-milestones:inferred> WHERE { ?s ?p ?o };" | awk '/^[0-9]+ *$/ {print $1; exit}')
    log "Virtuoso: loaded $n triples into <urn:x-ai-milestones:inferred>"
    [ "$n" = "$(wc -l < "$nt" | tr -d ' ')" ] || log "WARNING: Virtuoso holds $n triples, the file has $(wc -l < "$nt")"
    visql "$sql" "shutdown;" >/dev/null 2>&1 || true
    stop_pid "$pid"
    python3 -c "print(round($t1 - $t0, 3))"
}
