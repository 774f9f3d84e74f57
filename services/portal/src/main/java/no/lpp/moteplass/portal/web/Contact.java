package no.lpp.moteplass.portal.web;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How people reach LPP: shown on the contact page, in the accessibility statement (where to report a barrier) and in
 * the privacy statement (where to ask for access or erasure). Set per installation; phone and address are optional.
 */
@ConfigurationProperties("moteplass.portal.contact")
public record Contact(String organisation, String email, String phone, String address, LocalDate statementReviewed) {

    public boolean hasPhone() {
        return phone != null && !phone.isBlank();
    }

    public boolean hasAddress() {
        return address != null && !address.isBlank();
    }

    /** The number as a tel: link wants it: digits and a leading plus only. */
    public String phoneLink() {
        return "tel:" + phone.replaceAll("[^0-9+]", "");
    }
}
