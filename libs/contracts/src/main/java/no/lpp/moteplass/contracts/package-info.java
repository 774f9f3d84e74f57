/**
 * What every MØTEPLASS component agrees on: the integration events the services exchange over Kafka, the time zone
 * ({@link no.lpp.moteplass.contracts.Norway}) and the titles of problem details
 * ({@link no.lpp.moteplass.contracts.ProblemTitles}).
 *
 * <p>Each event is a Java record with a JSON Schema beside it in {@code schemas/}. On the wire an event is its JSON
 * payload, keyed by aggregate id, with CloudEvents headers ({@code ce_id}, {@code ce_type}, {@code ce_source},
 * {@code ce_time}, {@code ce_specversion}); the type is a stable name such as
 * {@code moteplass.partnership.organization.registered.v1}, never a Java class name. No personal data about
 * relatives is ever part of an event: ids and counts only.
 */
package no.lpp.moteplass.contracts;
