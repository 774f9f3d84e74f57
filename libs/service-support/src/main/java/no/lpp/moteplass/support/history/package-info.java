/** Change history (who, when, what) kept for every aggregate that must be auditable, in every service alike. */
package no.lpp.moteplass.support.history;
