package no.lpp.moteplass.partnership.organization;

/** A Norwegian postal address. */
public record Address(String street, String postalCode, String city) {
}
