/**
 * Tracing shared by the gateway, the portal and the services: where spans are exported and what they may say. Which spans exist is
 * Spring's and Micrometer's business (HTTP in and out, Kafka send and receive); what the services add — a trace kept
 * across the outbox and the email queue — is in {@code support.tracing}.
 */
package no.lpp.moteplass.tracing;
