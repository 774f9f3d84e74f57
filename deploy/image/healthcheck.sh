#!/bin/bash
# Container health check without curl in the image: asks the service's readiness endpoint over bash's /dev/tcp and
# is healthy only when it answers UP (database and Kafka reachable).
exec 3<>"/dev/tcp/127.0.0.1/${SERVER_PORT:-8080}" || exit 1
printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
timeout 3 grep -q '"status":"UP"' <&3
