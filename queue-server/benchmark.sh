#!/usr/bin/env bash
# HallQueue queue-server benchmark: builds the server jar and the benchmark, starts the real server
# as a child JVM on a free loopback port with a fresh data directory, measures, prints a table.
# See queue-server/BENCHMARK.md. Options are passed on, e.g. --rate=200 --saturation-clients=48
# or --server-jvm-args="-Xmx256m -XX:+UseSerialGC". BENCH_SKIP_BUILD=1 reuses the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q -pl queue-server -am install -DskipTests
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
java -Xmx1g -cp "$work/classes:$(cat "$work/classpath")" \
  "org.hallqueue.server.benchmark.${BENCH_MAIN:-QueueBenchmark}" "$@"
