package no.lpp.moteplass.portal.staff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who is signed in, from the access token the gateway relays: the token itself (passed on to the services) and what
 * the pages show. The signature is not checked here; the services check it on every call.
 */
public record SignedIn(String token, String name, List<String> roles, List<String> organizations) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** From an {@code Authorization: Bearer …} header; null when there is none. */
    static SignedIn fromAuthorization(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).strip();
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        String name = claims.path("name").asString(claims.path("preferred_username").asString("deg"));
        return new SignedIn(token, name, strings(claims.path("realm_access").path("roles")),
                strings(claims.path("organization")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return List.copyOf(values);
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** Coordinators and LPP's administrators plan and publish meetings. */
    public boolean plansMeetings() {
        return is("coordinator") || is("lpp-admin");
    }

    /** LPP's national administrators: the register, the theme catalogue, the national figures. */
    public boolean administers() {
        return is("lpp-admin");
    }

    /** LPP's trainers and administrators run the courses. */
    public boolean trains() {
        return is("lpp-trainer") || is("lpp-admin");
    }

    /** Shows a form only to a role that may submit it (see {@link NotAllowed}). */
    public void mayUse(boolean form) {
        if (!form) {
            throw new NotAllowed();
        }
    }

    public String bearer() {
        return "Bearer " + token;
    }
}
