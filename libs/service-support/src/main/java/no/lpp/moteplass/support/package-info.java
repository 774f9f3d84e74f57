/**
 * What every MØTEPLASS service shares, so each concern is done one way across services: security (JWT from Keycloak,
 * realm roles, organisation claim), what a request may carry ({@code input}), RFC 9457 problem details for every
 * error (controllers, firewall, container), the transactional outbox and idempotent inbox, Kafka error handling with
 * dead-letter topics, one trace across the outbox and queued work ({@code tracing}), health and metrics defaults. How a
 * token is verified and the defaults the portal shares too are in {@code web-support}.
 *
 * <p>A service gets all of it by depending on this module; its own {@code application.yml} then only names the
 * service and its database.
 */
package no.lpp.moteplass.support;
