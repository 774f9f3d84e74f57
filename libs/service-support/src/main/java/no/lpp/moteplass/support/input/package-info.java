/**
 * What a service accepts from a client, decided once: text without control characters and with something visible,
 * dates as ISO-8601 strings within this century, exact enum names and ids, known fields only, and a bounded body.
 * Every refusal is a 400 (or 413) problem detail naming the field.
 */
package no.lpp.moteplass.support.input;
