/**
 * Demo data for the local platform: a realistic register and agreements, loaded only when
 * {@code moteplass.demo-data=true} (the local platform sets it; production never does).
 */
package no.lpp.moteplass.partnership.demo;
