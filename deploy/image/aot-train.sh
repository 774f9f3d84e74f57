#!/bin/sh
# Writes app.aot, the JVM's ahead-of-time cache for app.jar in the given directory (JDK 25, -XX:AOTCacheOutput); any
# further arguments are JVM options of the service (the image's -Dspring.aot.enabled=true), which the training run
# must share with it. The training run starts the Spring context and exits once it is refreshed
# (spring.context.exit=onRefresh). It must not need the database or Kafka, which an image build does not have:
# migration and topic creation are switched off and both addresses point at a closed port, so nothing is migrated
# or created and nothing waits for a connection.
set -eu
cd "${1:-.}"
[ $# -gt 0 ] && shift
java -XX:AOTCacheOutput=app.aot "$@" \
  -Dspring.context.exit=onRefresh \
  -Dmoteplass.migrate-on-start=false \
  -Dspring.kafka.admin.auto-create=false \
  -DKAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 \
  -DPOSTGRES_PORT=1 \
  -Dlogging.level.root=WARN \
  -jar app.jar
test -s app.aot
