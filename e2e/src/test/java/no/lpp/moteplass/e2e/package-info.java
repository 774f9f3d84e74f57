/**
 * System tests: the four services and the gateway run as separate JVMs from their built jars, against real
 * PostgreSQL, an in-JVM Kafka broker and the build's Keycloak; the tests call the gateway with real tokens.
 */
package no.lpp.moteplass.e2e;
