#!/usr/bin/env bash
# Benchmark: how fast each component starts and how much memory it holds, as the plain jar and as the image runs it,
# side by side, then how long the local platform takes to be ready and what all of it holds.
#
# For each component it does what the Dockerfile does (extract the layers, Spring's AOT processing with
# spring-aot.sh, train the JDK AOT cache with the image's JVM options, deploy/local JvmOptions) and starts it [runs]
# times, each against a scratch database on the local PostgreSQL, as:
#   plain       java -jar app.jar, the JVM's defaults: the reference
#   jdk-cache   JvmOptions + a JDK AOT cache, without Spring's AOT processing (what the image was before it)
#   image       the image: JvmOptions + Spring's AOT processing (-Dspring.aot.enabled=true) + the JDK AOT cache
# and prints Spring's "Started … in N seconds" (median), the resident memory (RSS) once started and after a bounded
# load (wrk, 2 threads, 8 connections, 10 s on /actuator/prometheus). Then it runs the local platform twice (the first
# start records the AOT caches, the second uses them), prints its "started in N s" and the RSS of everything it runs.
# Bounded and local: loopback only, fixed durations; everything it starts it stops.
# Usage: deploy/image/startup-benchmark.sh [runs, default 3; 0 for only the local platform]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-3}
jdk=$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)
jdk=${BENCH_JDK:-$jdk}
[ -x "$jdk/bin/java" ] || { echo "JDK 25 not found (set BENCH_JDK)" >&2; exit 1; }
java=$jdk/bin/java
work=$(mktemp -d)
database=moteplass_startup_benchmark
components=(gateway services/partnership-service services/team-service services/meeting-service services/portal
  services/knowledge-service)
scratch() { psql -h 127.0.0.1 -U postgres -qc "drop database if exists $database" >/dev/null 2>&1 || true; }
trap 'rm -rf "$work"; scratch' EXIT
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo=sudo; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi
options=$(sed -n 's/.*JAVA_TOOL_OPTIONS="\([^"]*\) -Djava.io.tmpdir=\/tmp".*/\1/p' "$root/deploy/image/Dockerfile")

cd "$root"
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then # set it when everything was just built and installed
  # Installed, not only packaged: the local platform's run below resolves the launcher from the local repository.
  echo "Building the jars (./mvnw install -DskipTests)..." >&2
  ./mvnw -B -ntp -q install -DskipTests >"$work/build.log" 2>&1 || { tail -40 "$work/build.log"; exit 1; }
fi

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$1/status" 2>/dev/null || echo 0; }

# start <dir> <load: yes|no> <jvm options...>: prints "<seconds> <idle RSS> <RSS after load>"
start() {
  local dir=$1 load=$2; shift 2
  local log="$dir/run.log"
  (cd "$dir" && exec "$java" "$@" -Dspring.kafka.admin.auto-create=false -DKAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 \
    -Dspring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$database -DSERVER_PORT=18990 \
    -Dmanagement.endpoints.web.exposure.include=health,prometheus -jar app.jar >"$log" 2>&1) &
  local pid=$!
  for _ in $(seq 1 600); do grep -q 'Started .* in ' "$log" && break; sleep 0.1; done
  sleep 2 # what it settles at once started
  local idle after=-
  idle=$(rss "$pid")
  if [ "$load" = yes ]; then
    wrk -t2 -c8 -d10s http://127.0.0.1:18990/actuator/prometheus >/dev/null 2>&1 || true
    after=$(rss "$pid")
  fi
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  echo "$(grep -o 'Started .* in [0-9.]* seconds' "$log" | sed 's/.* in \([0-9.]*\) seconds/\1/' || echo 0) $idle $after"
}

# variant <dir> <runs> <options...>: prints "<median seconds> <idle RSS> <RSS after load>" (RSS of the last run)
variant() {
  local dir=$1 n=$2; shift 2
  local times=() last
  for i in $(seq 1 "$n"); do
    last=$(start "$dir" "$([ "$i" = "$n" ] && echo yes || echo no)" "$@")
    times+=("${last%% *}")
  done
  echo "$(median "${times[@]}") ${last#* }"
}

echo "JVM options of the image (deploy/image/Dockerfile): $options; MALLOC_ARENA_MAX=2"
if [ "$runs" -gt 0 ]; then
  echo "Each figure: median of $runs starts (Spring's \"Started in\"); RSS in MiB once started / after 10 s of load"
  printf '%-18s | %-22s | %-26s | %-26s\n' component "plain jar: s, RSS" "jdk-cache: s (×plain), RSS" \
    "image: s (×plain), RSS"
fi
for module in "${components[@]}"; do
  [ "$runs" -gt 0 ] || break
  dir="$work/$(basename "$module")"
  mkdir -p "$dir/jar"
  cp "$root"/$module/target/*-exec.jar "$dir/jar/app.jar"
  (cd "$dir/jar" && "$java" -Djarmode=tools -jar app.jar extract --layers --destination layers >/dev/null \
    && rm app.jar && for layer in layers/*/; do cp -r "$layer". .; done && rm -rf layers)
  cp -r "$dir/jar" "$dir/image"
  scratch; psql -h 127.0.0.1 -U postgres -qc "create database $database" >/dev/null
  # As the Dockerfile does: Spring's AOT processing, then the training run with the image's JVM options; the
  # jdk-cache variant trains on the unprocessed jar. Each cache comes from the run it serves.
  (export PATH="$jdk/bin:$PATH" MALLOC_ARENA_MAX=2 \
    && "$root/deploy/image/spring-aot.sh" "$dir/image" \
    && JAVA_TOOL_OPTIONS="$options" "$root/deploy/image/aot-train.sh" "$dir/image" -Dspring.aot.enabled=true \
    && JAVA_TOOL_OPTIONS="$options" "$root/deploy/image/aot-train.sh" "$dir/jar") >"$dir/train.log" 2>&1 \
    || { tail -30 "$dir/train.log"; exit 1; }
  read -r p_s p_idle p_load <<<"$(variant "$dir/jar" "$runs")"
  # shellcheck disable=SC2086
  read -r c_s c_idle c_load <<<"$(MALLOC_ARENA_MAX=2 variant "$dir/jar" "$runs" $options -XX:AOTCache=app.aot)"
  # shellcheck disable=SC2086
  read -r i_s i_idle i_load <<<"$(MALLOC_ARENA_MAX=2 variant "$dir/image" "$runs" $options -XX:AOTCache=app.aot \
    -Dspring.aot.enabled=true)"
  ratio() { awk -v a="$1" -v b="$p_s" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
  printf '%-18s | %5ss %4s/%-4s MiB   | %5ss (×%s) %4s/%-4s MiB | %5ss (×%s) %4s/%-4s MiB\n' "$(basename "$module")" \
    "$p_s" "$p_idle" "$p_load" "$c_s" "$(ratio "$c_s")" "$c_idle" "$c_load" "$i_s" "$(ratio "$i_s")" "$i_idle" "$i_load"
done

# The local platform as ./mvnw install -DskipTests -Plocal runs it (the jars are built), on its own ports.
tree_rss() { # the RSS of a process and all its descendants, in MiB
  local total=0 pid
  for pid in $1 $(pgrep -P "$1" 2>/dev/null); do
    if [ "$pid" = "$1" ]; then total=$((total + $(rss "$pid"))); else total=$((total + $(tree_rss "$pid"))); fi
  done
  echo "$total"
}
local_platform() { # prints "<started in s> <RSS of everything, MiB> <the launcher's own RSS, MiB>"
  local log="$work/local.log"
  ./mvnw -B -ntp -o -q install -DskipTests -Plocal -pl deploy/local/run >"$log" 2>&1 &
  local mvn=$! launcher=""
  for _ in $(seq 1 1800); do grep -q 'is running (started in' "$log" && break; kill -0 "$mvn" 2>/dev/null || break; sleep 0.1; done
  launcher=$(pgrep -f 'no.lpp.moteplass.local.LocalPlatform' | head -n 1)
  local took keycloak_rss=0 kc
  took=$(grep -o 'started in [0-9]* s' "$log" | grep -o '[0-9]*' || echo "n/a")
  sleep 5
  # Keycloak's JVM is a child of kc.sh, itself the launcher's child: counted in the tree.
  echo "$took $(tree_rss "$launcher") $(rss "$launcher")"
  kill -TERM "$launcher" 2>/dev/null || true # as Ctrl-C does (a background job ignores SIGINT)
  wait "$mvn" 2>/dev/null || true
}
echo
echo "Local platform (./mvnw install -DskipTests -Plocal; PostgreSQL and Redis are the machine's):"
find . -path '*/target/*-exec/app.aot' -delete
read -r first first_rss first_launcher <<<"$(local_platform)"
echo "  first start after the build (records the AOT caches): ready in ${first} s, all of it ${first_rss} MiB RSS"
read -r second second_rss second_launcher <<<"$(local_platform)"
echo "  next start (with the caches):                         ready in ${second} s, all of it ${second_rss} MiB RSS" \
  "(the launcher's own JVM, with the mail catcher: ${second_launcher} MiB)"
