/** REST API for cooperation agreements, under {@code /api/partnerships/agreements}. */
package no.lpp.moteplass.partnership.agreement.web;
