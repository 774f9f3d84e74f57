/**
 * The one-command local platform: Kafka in-process, Keycloak from its distribution, databases in the local
 * PostgreSQL, and every service plus the gateway as its own JVM, on the ports the architecture fixes.
 */
package no.lpp.moteplass.local;
