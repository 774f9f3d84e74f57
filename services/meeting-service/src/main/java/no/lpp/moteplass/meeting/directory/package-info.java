/**
 * What this service knows from other services' events: organisations (region, Keycloak alias), teams (status,
 * hosts, professional members) and certifications (type, valid-until, status). It decides facilitator eligibility and
 * team readiness from these alone, never by calling another service.
 */
package no.lpp.moteplass.meeting.directory;
