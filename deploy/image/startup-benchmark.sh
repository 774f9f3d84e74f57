#!/usr/bin/env bash
# Benchmark: how much the image's AOT cache shortens start-up. For each component it does what the Dockerfile does
# (extract the layers, run aot-train.sh), then starts the component several times with and without the cache against
# a scratch database on the local PostgreSQL, and prints Spring's "Started … in N seconds" figures.
# Usage (after ./mvnw package -DskipTests): deploy/image/startup-benchmark.sh [runs, default 3]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-3}
jdk=${JAVA_HOME:-$(ls -d /usr/lib/jvm/*25* | head -n 1)}
export PATH="$jdk/bin:$PATH"
work=$(mktemp -d)
scratch() { # a new, empty scratch database: each component migrates its own schema into it
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists moteplass_startup_benchmark" "$@" >/dev/null 2>&1
}
trap 'rm -rf "$work"; scratch' EXIT

started() { # the seconds Spring reports for one start, with the given extra JVM options
  local dir=$1; shift
  local log="$dir/run.log"
  (cd "$dir" && exec java "$@" -Dspring.kafka.admin.auto-create=false -DKAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 \
    -Dspring.datasource.url=jdbc:postgresql://127.0.0.1:5432/moteplass_startup_benchmark -DSERVER_PORT=18990 \
    -jar app.jar >"$log" 2>&1) &
  local pid=$!
  for _ in $(seq 1 240); do grep -q 'Started .* in ' "$log" && break; sleep 0.25; done
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  grep -o 'Started .* in [0-9.]* seconds' "$log" | sed 's/.* in \([0-9.]*\) seconds/\1/' || echo "n/a"
}

printf '%-22s %-28s %-28s %s\n' component "without cache (s)" "with AOT cache (s)" "cache size"
for module in gateway services/partnership-service services/team-service services/meeting-service services/portal \
    services/knowledge-service; do
  dir="$work/$(basename "$module")"
  mkdir -p "$dir"
  cp "$root"/$module/target/*-exec.jar "$dir/app.jar"
  (cd "$dir" && java -Djarmode=tools -jar app.jar extract --layers --destination layers >/dev/null \
    && rm app.jar && for layer in layers/*/; do cp -r "$layer". .; done && rm -rf layers)
  "$root/deploy/image/aot-train.sh" "$dir" >"$dir/train.log" 2>&1
  scratch -c "create database moteplass_startup_benchmark"
  plain=(); cached=()
  for _ in $(seq 1 "$runs"); do
    plain+=("$(started "$dir")"); cached+=("$(started "$dir" -XX:AOTCache=app.aot)")
  done
  printf '%-22s %-28s %-28s %s\n' "$(basename "$module")" "${plain[*]}" "${cached[*]}" "$(du -h "$dir/app.aot" | cut -f1)"
done
