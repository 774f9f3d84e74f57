#!/usr/bin/env bash
# Benchmark: what the gateway costs and how it takes a crowd, side by side with nginx. nginx serves a fixed public
# listing (40 meetings, as JSON) on 127.0.0.1:18481 and stands in for the meetings service; the gateway's jar routes
# /public/meetings to it. wrk measures nginx alone and the gateway in front of it at 1, 32 and 256 connections and prints
# requests per second, median and 99th-percentile latency, and how many answers were not 2xx (the gateway's own
# refusals). Bounded and local: each run lasts a few seconds against 127.0.0.1 only; everything it starts it stops.
# Usage (after ./mvnw package -DskipTests): deploy/bench/gateway-benchmark.sh [seconds per run, default 10]
# WARMUP=<seconds> sets how long the gateway is loaded before measuring (default 90).
# GATEWAY_JAR=<jar> measures another build of the gateway (e.g. an older commit's) the same way.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-10}
jdk=${JAVA_HOME:-$(ls -d /usr/lib/jvm/*25* | head -n 1)}
jar=${GATEWAY_JAR:-$(ls "$root"/gateway/target/gateway-*-exec.jar)}
upstream=18481
gateway=18480

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  echo "Installing wrk and nginx (Debian packages)" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx >/dev/null
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/www/public"
python3 - "$work/www/public/meetings" <<'PY'
import json, sys, uuid
meetings = [{"id": str(uuid.UUID(int=i + 1)), "title": f"Pårørende MØTEPLASS {i + 1}", "theme": "Barn som pårørende",
             "startsAt": f"2027-0{1 + i % 9}-1{i % 10}T18:00:00+01:00", "endsAt": f"2027-0{1 + i % 9}-1{i % 10}T20:00:00+01:00",
             "format": "IN_PERSON", "place": "Haukeland universitetssjukehus, Bergen", "seatsLeft": 12, "capacity": 25,
             "organizer": "Demo Helseforetak HF", "region": "VEST"} for i in range(40)]
open(sys.argv[1], "w").write(json.dumps({"items": meetings, "page": 0, "size": 40, "total": 40}, ensure_ascii=False))
PY
chmod -R a+rX "$work" # nginx's workers run as an unprivileged user
cat > "$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$upstream;
    root $work/www;
    location / { default_type application/json; }
  }
}
CONF
nginx -c "$work/nginx.conf" -p "$work" & pids+=($!)

# The gateway as it runs everywhere: its own defaults, the public rate limit lifted (this measures the gateway, not
# the limit), Keycloak not needed for public routes, Redis wherever it is (the limit fails open without it).
(cd "$work" && exec env SERVER_PORT=$gateway MEETING_SERVICE_URL=http://127.0.0.1:$upstream \
  MOTEPLASS_PUBLIC_RATE_LIMIT=100000000 KEYCLOAK_ISSUER_URI=http://127.0.0.1:1/realms/moteplass \
  "$jdk/bin/java" -jar "$jar" >"$work/gateway.log" 2>&1) & pids+=($!)
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$gateway/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 0.25
done
if ! curl -sf "http://127.0.0.1:$gateway/public/meetings" >/dev/null; then
  echo "the gateway did not serve the listing:" >&2; curl -s "http://127.0.0.1:$gateway/public/meetings" >&2
  cat "$work/nginx-error.log" >&2 2>/dev/null; exit 1
fi

run() { # target name, URL, connections: one wrk run, printed as a row
  local out
  out=$(wrk -t2 -c"$3" -d"${seconds}s" --latency "$2")
  printf '%-22s %11s %12s %10s %10s %12s\n' "$1" "$3" \
    "$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$out")" "$(awk '$1 == "99%" {print $2}' <<<"$out")" \
    "$(awk '/Non-2xx/ {print $5}' <<<"$out" | grep . || echo 0)"
}

# Warm the gateway's JIT up first, and long: on 2 cores C2 needs minutes under load to compile the gateway's request
# path, and 5 s measured mostly interpreted and C1 code (less than half the throughput it reaches later).
wrk -t2 -c32 -d"${WARMUP:-90}s" "http://127.0.0.1:$gateway/public/meetings" >/dev/null
echo "GET /public/meetings, ${seconds} s per run, $(nproc) cores; gateway: $jar"
printf '%-22s %11s %12s %10s %10s %12s\n' target connections "requests/s" p50 p99 "not 2xx"
for connections in 1 32 256; do # 1: the latency the gateway adds to a single caller
  run "nginx alone" "http://127.0.0.1:$upstream/public/meetings" "$connections"
  run "gateway in front" "http://127.0.0.1:$gateway/public/meetings" "$connections"
done
