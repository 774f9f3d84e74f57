package no.lpp.moteplass.partnership.organization;

/**
 * A contact person at an organisation, with work details only.
 *
 * @param role e.g. "MØTEPLASS-koordinator", "avdelingsleder"
 */
public record Contact(String name, String role, String email, String phone) {
}
