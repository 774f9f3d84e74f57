/**
 * Events published by the partnership service: organisations (partners and supporters), later agreements.
 */
package no.lpp.moteplass.contracts.partnership;
