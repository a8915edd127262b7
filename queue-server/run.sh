#!/usr/bin/env bash
# Starts the queue server in a JVM sized for a hall PC, from the extracted jar with a class-data-
# sharing archive of the server's classes (about half the start-up CPU of a plain `java -jar`).
#
#   queue-server/run.sh [server options, e.g. --queue.demo=true --queue.admin-password=…]
#   queue-server/run.sh --prepare    extracts the jar and writes the archive, then exits
#                                    (the Maven install does this; a start does it when needed)
#
# QUEUE_SERVER_JAR names another jar (default: target/queue-server.jar beside this script); the
# extracted copy and the archive go to a directory beside it named after it (queue-server.run/). JAVA_OPTS adds JVM flags of one's own;
# JAVA_HOME picks the JDK. That directory is made again when the jar was rebuilt or moved, or the
# JDK changed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${QUEUE_SERVER_JAR:-$here/target/queue-server.jar}
[[ -f "$jar" ]] || { echo "no server jar at $jar: build it first (./mvnw -B -q install -DskipTests)" >&2; exit 1; }
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
app=${jar%.jar}.run
thin=$app/$(basename "$jar")
archive=$app/queue-server.jsa
jdk=$(dirname "$(dirname "$(readlink -f "$(command -v "$java")")")")
# What $app was made from: this jar file as written by the build (size, change time and inode:
# the build stamps every jar with the same modification time) and this JDK.
made_from="$jar $(stat -c '%s %Z %i' "$jar") $jdk $(stat -c %Y "$jdk/lib/modules" 2>/dev/null || true)"

# The sizing of SizedJvm.FLAGS (kept equal by LauncherFlagsTest): a bounded heap that starts small
# and shrinks after collections, the serial collector, bounded metaspace, code cache and direct
# memory, both compilers (the optimising one after three times the usual calls, so that it leaves
# Spring's one-off start alone), the C library's free memory handed back every second (ignored by
# a JDK 17 before 17.0.9).
flags=(-Xms32m -Xmx160m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=40 -Xss512k -XX:+UseSerialGC
  -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=32m
  -XX:Tier4InvocationThreshold=15000 -XX:Tier4MinInvocationThreshold=1800
  -XX:Tier4CompileThreshold=45000 -XX:Tier4BackEdgeThreshold=120000
  -XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=1000)
flags+=(-Dqueue.jvm.sized=true)
read -r -a own <<<"${JAVA_OPTS:-}"
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} # a few malloc arenas are enough for a JVM

prepare() {
  if [[ -f "$thin" && "$(cat "$app/made-from" 2>/dev/null)" == "$made_from" ]]; then
    return
  fi
  echo "Preparing a faster start (once after each build)…" >&2
  if [[ -e "$app" ]]; then
    # Only a directory this script made is removed (it holds the mark written first below).
    [[ -f "$app/.made-by-run.sh" ]] || { echo "$app exists and was not made by run.sh; move it away" >&2; exit 1; }
    rm -rf "$app"
  fi
  mkdir -p "$app"
  touch "$app/.made-by-run.sh"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$app" --force >/dev/null
  # A training start on a scratch database: migrates, builds the context and, at exit, archives
  # the classes it loaded (the archive holds the jar's and the JDK's paths, hence made-from).
  local scratch
  scratch=$(mktemp -d "${TMPDIR:-/tmp}/queue-server-cds.XXXXXX")
  if "$java" "${flags[@]}" "${own[@]}" -XX:ArchiveClassesAtExit="$scratch/queue-server.jsa" \
    -Dspring.context.exit=onRefresh -Xlog:cds=off -Xlog:cds+dynamic=off \
    -jar "$thin" --queue.demo=true --server.port=0 \
    "--spring.datasource.url=jdbc:sqlite:$scratch/queue.db" >"$scratch/training.log" 2>&1 &&
    [[ -s "$scratch/queue-server.jsa" ]]; then
    mv -f "$scratch/queue-server.jsa" "$archive"
    rm -rf "$scratch"
  else
    echo "No class-data-sharing archive (see $scratch/training.log); starting without." >&2
  fi
  echo "$made_from" >"$app/made-from"
}

prepare
if [[ "${1:-}" == --prepare ]]; then
  exit 0
fi
share=()
[[ -f "$archive" ]] && share=(-XX:SharedArchiveFile="$archive")
exec "$java" "${flags[@]}" "${share[@]}" "${own[@]}" -jar "$thin" "$@"
