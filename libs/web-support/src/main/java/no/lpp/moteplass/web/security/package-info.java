/**
 * One way to trust a user's token, for every component that receives one (the services from their callers, the portal
 * from the gateway): a Keycloak JWT whose signature checks out against the realm's keys, from the realm's issuer, for
 * the MØTEPLASS API audience and within its lifetime; realm roles as authorities, and the {@code organization} claim.
 * Each component decides itself what a verified user may do and how a refusal looks (problem details in the services,
 * a login page in the portal).
 */
package no.lpp.moteplass.web.security;
