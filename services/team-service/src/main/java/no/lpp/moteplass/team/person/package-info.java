/**
 * People in teams and courses: professionals (organisation, profession) and relatives who are experience
 * representatives (optionally linked to an LPP chapter). Work details only; other services see the id, never the name.
 */
package no.lpp.moteplass.team.person;
