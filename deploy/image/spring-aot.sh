#!/bin/sh
# Spring's ahead-of-time processing of the application in the given directory (app.jar and lib/, as the image lays
# them out). Spring Boot's AOT processor builds the application's bean definitions once — every auto-configuration
# condition evaluated, every configuration class parsed — and writes them out as code, which is compiled and added to
# app.jar; started with spring.aot.enabled=true, the service runs that code instead of doing the same work on every
# start. (Spring Boot's Maven goal process-aot does the same, but compiles with the JDK Maven runs on, 17 on a build
# machine of this project; here a JDK 25 stage of the image build does it.)
#
# The conditions are decided here, once: a property a condition reads is fixed at the value below, whatever the
# environment says when the service starts. The chart sets one such property (server.forward-headers-strategy), so
# the image is processed with the chart's value; deploy/chart's AotConditionsTest finds every property the chart or
# compose sets that a condition reads and holds it to this list. Everything else is read when the service starts.
set -eu
cd "${1:-.}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && jar xf "$OLDPWD/app.jar" META-INF/MANIFEST.MF)
main=$(sed -n 's/^Main-Class: *//p' "$work/META-INF/MANIFEST.MF" | tr -d '\r')
# app.jar's manifest names lib/*.jar (its Class-Path), so app.jar alone is the whole class path for java and javac.
java -cp app.jar \
  -Dserver.forward-headers-strategy=framework \
  -Dlogging.level.root=WARN \
  org.springframework.boot.SpringApplicationAotProcessor "$main" "$work/sources" "$work/resources" "$work/classes" \
  no.lpp.moteplass app
find "$work/sources" -name '*.java' >"$work/sources.txt"
javac -proc:none -parameters -nowarn -encoding UTF-8 -cp "$work/classes:app.jar" -d "$work/classes" \
  @"$work/sources.txt"
# The generated classes only; the resources beside them are GraalVM native-image hints, which a JVM does not read.
jar uf app.jar -C "$work/classes" .
