/**
 * Demo teams, people and certifications for the local platform, consistent with the partnership demo register; loaded
 * only when {@code moteplass.demo-data=true} (the local platform sets it; production never does).
 */
package no.lpp.moteplass.team.demo;
