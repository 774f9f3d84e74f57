/**
 * The gateway: the platform's only entry point. It routes {@code /api/**} to the services (each of which checks the
 * token again and enforces its own access rules), lets {@code /public/**} through without login, logs browsers in
 * through Keycloak (authorization code with PKCE, session kept here, token relayed) and passes API clients' bearer
 * tokens through. Every error it produces itself is a problem detail.
 */
package no.lpp.moteplass.gateway;
