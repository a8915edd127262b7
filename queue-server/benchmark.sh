#!/usr/bin/env bash
# HallQueue queue-server benchmark: builds the server jar and the benchmark, starts the real server
# with the README's launcher (queue-server/run.sh) on a free loopback port with a fresh data
# directory, measures, prints a table with each of the issue's aims met or MISSED.
# See queue-server/BENCHMARK.md. Options are passed on, e.g. --rate=200 --saturation-clients=48
# or --server-jvm-args="-Xmx256m -XX:+UseSerialGC". BENCH_SKIP_BUILD=1 reuses the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q -pl queue-server -am package -DskipTests
fi
# The benchmark's classpath (test scope; it needs sqlite-jdbc for the raw-commit phase). Only this
# module's pom is read here, so another module being edited cannot break the run.
./mvnw -B -q -f queue-server/pom.xml dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
# Private copies of the benchmark classes (the server jar is copied by the benchmark itself), so
# a build running meanwhile in the same tree cannot pull them away mid-run.
work=$(mktemp -d "${TMPDIR:-/tmp}/hallqueue-bench-classes.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/classes/org/hallqueue/server"
cp -r queue-server/target/test-classes/org/hallqueue/server/benchmark "$work/classes/org/hallqueue/server/"
cp queue-server/target/benchmark.classpath "$work/classpath"
# --postgresql: the server runs on a PostgreSQL of its own (the Debian postgresql package's
# programs, durable commits as in production), started here in a temporary directory.
args=()
for arg in "$@"; do
  if [[ "$arg" == --postgresql ]]; then
    pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [[ -x "$pgbin/initdb" ]] || { echo "--postgresql needs PostgreSQL: apt-get install postgresql" >&2; exit 1; }
    pgdir=$(mktemp -d "${TMPDIR:-/tmp}/hallqueue-bench-pg.XXXXXX")
    chmod 755 "$pgdir"
    as=()
    if [[ $(id -u) -eq 0 ]]; then chown postgres: "$pgdir"; as=(runuser -u postgres --); fi
    pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    "${as[@]}" "$pgbin/initdb" -D "$pgdir/data" -U hallqueue --auth=trust -E UTF8 --locale=C >/dev/null
    "${as[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
      -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1" start >/dev/null
    trap '"${as[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null; rm -rf "$work" "$pgdir"' EXIT
    export BENCH_DATABASE_URL="jdbc:postgresql://127.0.0.1:$pgport/postgres?user=hallqueue"
    echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on port $pgport (fsync on)"
  else
    args+=("$arg")
  fi
done
java -Xmx1g -cp "$work/classes:$(cat "$work/classpath")" \
  "org.hallqueue.server.benchmark.${BENCH_MAIN:-QueueBenchmark}" "${args[@]}"
