/**
 * One security model for every service: an OAuth2 resource server accepting Keycloak JWTs (verified as web-support's
 * {@code KeycloakTokens} verifies them for every component), realm roles as authorities, and the {@code organization}
 * claim exposed through {@link no.lpp.moteplass.support.security.Caller} so services can scope data to the caller's
 * organisation.
 */
package no.lpp.moteplass.support.security;
