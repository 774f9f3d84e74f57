/** The audit log every service keeps of reads of personal data and other sensitive access. */
package no.lpp.moteplass.support.audit;
