/**
 * The organisation register: partners (RHF, HF, hospital, DPS, LMS, municipality) and supporters (LPP and its local
 * chapters, user-run centres, others). Registering an organisation publishes {@code OrganizationRegistered}.
 */
package no.lpp.moteplass.partnership.organization;
