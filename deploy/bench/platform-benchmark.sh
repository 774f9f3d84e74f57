#!/usr/bin/env bash
# Benchmark: a meeting announced nationally. Starts the platform as the e2e tests do (real PostgreSQL, Kafka broker,
# Keycloak, mail server, every service and a gateway with the public rate limit lifted) with the image's JVM options,
# and prints side by side: registrations per second on one meeting directly and through the gateway (p50/p99, errors,
# oversold, cost of the last 500 against the first 500), pgbench of the same statements, 500 registrations at once
# through the gateway (5xx, confirmed against capacity) and how late knowledge-service hears of them, the public listing
# from nginx (same bytes), the service and the gateway at 1 and 16 connections, and emails per second to the local SMTP
# server, and each component's RSS after all that. Bounded and local: loopback only, fixed counts and durations;
# everything it starts it stops. The figures are
# also written to e2e/target/platform-benchmark.txt.
# Usage: deploy/bench/platform-benchmark.sh [seconds per listing run, default 10] [registrations per target, default 5000]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-10}
registrations=${2:-5000}
# Every component runs with the options of the image and the chart (deploy/local's JvmOptions); to compare others:
#   BENCH_JVM_OPTIONS="-Xmx384m -XX:+UseSerialGC" deploy/bench/platform-benchmark.sh
jvm_options=(${BENCH_JVM_OPTIONS:+"-Dmoteplass.platform.jvm-options=$BENCH_JVM_OPTIONS"})

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || missing+=(nginx)
command -v pgbench >/dev/null || missing+=(postgresql-client)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} (Debian packages)" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo=sudo; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cd "$root"
if ! ls services/meeting-service/target/meeting-service-*-exec.jar gateway/target/gateway-*-exec.jar >/dev/null 2>&1; then
  ./mvnw -B -ntp -q install -DskipTests
fi
./mvnw -B -ntp -q install -DskipTests -pl libs/test-support -am >/dev/null
./mvnw -B -ntp verify -pl e2e -Dit.test=PlatformBenchmark -Dsurefire.skip=true \
  ${jvm_options[@]+"${jvm_options[@]}"} -Dbench.seconds="$seconds" -Dbench.registrations="$registrations" \
  | grep --line-buffered -E '^\[(bench|e2e)\]|BUILD|ERROR' || true
echo
cat e2e/target/platform-benchmark.txt
