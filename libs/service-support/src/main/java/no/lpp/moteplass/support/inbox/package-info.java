/**
 * The consuming side: {@link no.lpp.moteplass.support.inbox.InboundEvent} reads a Kafka record's CloudEvents headers
 * and payload; {@link no.lpp.moteplass.support.inbox.Inbox} makes a consumer idempotent by remembering, in the same
 * transaction as its side effect, which event ids it has applied.
 */
package no.lpp.moteplass.support.inbox;
