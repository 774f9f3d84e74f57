#!/bin/bash
# Creates the platform's Kafka topics before the services start (the broker never creates topics by itself).
# Entity-state topics are compacted; each consumer's dead-letter topic keeps parked records for 30 days. The services
# declare the same topics with the same settings, so whichever comes first creates them.
set -euo pipefail
bootstrap=${KAFKA_BOOTSTRAP_SERVERS:-kafka:19092}
topics=/opt/kafka/bin/kafka-topics.sh
for topic in $STATE_TOPICS; do
  "$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$topic" \
    --partitions 3 --replication-factor 1 --config cleanup.policy=compact
done
for topic in $DEAD_LETTER_TOPICS; do
  "$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$topic" \
    --partitions 1 --replication-factor 1 --config retention.ms=2592000000
done
"$topics" --bootstrap-server "$bootstrap" --list
