/**
 * Who may see and do what in the partnership service, decided here and not only at the gateway: {@code lpp-admin}
 * everything; a {@code coordinator} reads their own organisation (and the organisations below it) and its agreements,
 * and signs on its behalf; everyone else nothing.
 */
package no.lpp.moteplass.partnership.access;
