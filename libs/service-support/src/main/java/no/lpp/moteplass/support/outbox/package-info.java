/**
 * The transactional outbox: {@link no.lpp.moteplass.support.outbox.Outbox#publish} stores an integration event in
 * the caller's database transaction; {@link no.lpp.moteplass.support.outbox.OutboxRelay} sends stored events to Kafka
 * in order, with CloudEvents headers, and marks them published only once Kafka has acknowledged them.
 */
package no.lpp.moteplass.support.outbox;
