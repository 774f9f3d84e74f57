/**
 * Keycloak as the platform runs it on a developer machine: the distribution unpacked by Maven, started as a process
 * with the realm files and the login theme, for the local platform (persistent database) or shared by the build's
 * tests (in memory, kept alive by a lease and stopped by a watchdog). Tokens for tests are test-support's business.
 */
package no.lpp.moteplass.local.keycloak;
