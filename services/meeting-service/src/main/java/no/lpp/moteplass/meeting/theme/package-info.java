/** The national theme catalogue LPP maintains; seeded with the themes of LPP's action plan. */
package no.lpp.moteplass.meeting.theme;
