#!/usr/bin/env bash
# HallQueue simulator benchmark: simulated visitors per second on one core (one thread, pinned to
# CPU 0 when taskset is there). See queue-server/BENCHMARK.md, "Simulator". An optional argument
# sets the seconds timed per scenario (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl queue-server -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/simulator.classpath
pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c 0); fi
exec "${pin[@]}" java -XX:ActiveProcessorCount=1 -XX:+UseSerialGC -Xmx512m \
  -cp "queue-server/target/classes:queue-server/target/test-classes:$(cat queue-server/target/simulator.classpath)" \
  org.hallqueue.server.simulation.SimulatorBenchmark "$@"
