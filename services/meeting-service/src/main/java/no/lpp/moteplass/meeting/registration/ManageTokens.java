package no.lpp.moteplass.meeting.registration;

import java.security.SecureRandom;
import java.util.Base64;
import no.lpp.moteplass.support.security.Hashes;

/** Unguessable manage-my-registration tokens: 256 random bits for the link, only their SHA-256 in the database. */
final class ManageTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ManageTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Hashes.sha256Hex(token);
    }
}
