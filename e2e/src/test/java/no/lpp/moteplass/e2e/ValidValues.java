package no.lpp.moteplass.e2e;

import io.swagger.v3.oas.models.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import net.datafaker.Faker;
import no.lpp.moteplass.contracts.Norway;

/**
 * A valid-looking value for a schema, so that a generated request is wrong in exactly one place: ids of the world the
 * journey built where the field names one (a team, a person, an organisation), Norwegian names and texts from
 * datafaker, dates a month ahead, numbers within their bounds. Everything from one seeded {@link Random}.
 */
final class ValidValues {

    /** Ids the services know without the journey: a theme of the catalogue, the facilitator course. */
    private static final Map<String, String> CATALOGUE = Map.of(
            "themeId", "5e000000-0000-4000-8000-000000000002",
            "courseTypeId", "7d0f6b2a-0000-4000-8000-000000000002");
    /** Which world item a field or path parameter names. */
    private static final Map<String, String> WORLD_KEYS = Map.ofEntries(
            Map.entry("teamId", "team"), Map.entry("personId", "person"), Map.entry("facilitatorIds", "person"),
            Map.entry("present", "person"), Map.entry("organizationId", "organization"),
            Map.entry("parentId", "organization"), Map.entry("hostOrganizationIds", "organization"),
            Map.entry("targetOrganizationIds", "organization"), Map.entry("meetingId", "heldMeeting"),
            Map.entry("participantId", "participant"), Map.entry("agreementId", "agreement"));
    /** Samples for the patterns the services use, tried in order. */
    private static final List<String> PATTERN_SAMPLES = List.of("https://moteplass.example.no/m", "91234567",
            "DPS", "PARENT", "RELATIVE", "VEST", "FACILITATOR", "TEST_KODE", "0301", "demo-hf", "974705788",
            "5021");

    private final Random random;
    private final Faker faker;
    private final Map<String, String> world;

    ValidValues(Random random, Map<String, String> world) {
        this.random = random;
        this.faker = new Faker(Locale.forLanguageTag("nb-NO"), random);
        this.world = world;
    }

    Object of(String name, Schema<?> schema) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return String.valueOf(schema.getEnum().get(random.nextInt(schema.getEnum().size())));
        }
        return switch (ApiDescription.type(schema)) {
            case "integer", "number" -> number(schema);
            case "boolean" -> Boolean.TRUE;
            case "array" -> array(name, schema);
            case "object" -> object(schema);
            default -> text(name, schema);
        };
    }

    Map<String, Object> object(Schema<?> schema) {
        Map<String, Object> object = new LinkedHashMap<>();
        ApiDescription.properties(schema).forEach((property, value) -> object.put(property, of(property, value)));
        return object;
    }

    /** A path parameter's value: the world's item where the path names one. */
    String pathValue(String path, String name, Schema<?> schema) {
        String key = name.equals("id") ? itemOf(path) : WORLD_KEYS.get(name);
        if (key != null && world.containsKey(key)) {
            return world.get(key);
        }
        Object value = of(name, schema);
        return String.valueOf(value);
    }

    private String itemOf(String path) {
        for (String[] item : new String[][] {{"/organizations/", "organization"}, {"/agreements/", "agreement"},
                {"/teams/teams/", "team"}, {"/persons/", "person"}, {"/follow-ups/", "followUp"},
                {"/knowledge/meetings/", "heldMeeting"}, {"/meetings/", "meeting"}}) {
            if (path.contains(item[0])) {
                return item[1];
            }
        }
        return null;
    }

    private Object number(Schema<?> schema) {
        long min = schema.getMinimum() == null ? 1 : schema.getMinimum().longValue();
        long max = schema.getMaximum() == null ? min + 10 : schema.getMaximum().longValue();
        return min + (long) random.nextInt((int) Math.max(1, Math.min(max - min + 1, 10)));
    }

    private List<Object> array(String name, Schema<?> schema) {
        int size = Math.max(1, schema.getMinItems() == null ? 1 : schema.getMinItems());
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Object item = of(name, schema.getItems());
            items.add(i > 0 && item.equals(items.getFirst()) ? UUID.randomUUID().toString() : item);
        }
        return items;
    }

    private String text(String name, Schema<?> schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        switch (format) {
            case "uuid" -> {
                String key = WORLD_KEYS.get(name);
                return CATALOGUE.getOrDefault(name, key != null && world.containsKey(key) ? world.get(key)
                        : new UUID(random.nextLong(), random.nextLong()).toString());
            }
            case "date" -> {
                return LocalDate.now(Norway.ZONE).plusDays(30 + random.nextInt(60)).toString();
            }
            case "date-time" -> {
                return Instant.now().plus(30 + random.nextInt(60), ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                        .toString();
            }
            case "email" -> {
                return faker.internet().emailAddress();
            }
            default -> {
                if (schema.getPattern() != null) {
                    Pattern pattern = Pattern.compile(schema.getPattern());
                    return PATTERN_SAMPLES.stream().filter(sample -> pattern.matcher(sample).matches()).findFirst()
                            .orElse("X");
                }
                if (name.toLowerCase(Locale.ROOT).contains("time")) {
                    return "18:00";
                }
                String text = name.equals("name") ? faker.name().fullName()
                        : name.toLowerCase(Locale.ROOT).contains("address") ? faker.address().fullAddress()
                        : faker.lorem().sentence(4);
                int max = schema.getMaxLength() == null ? 200 : schema.getMaxLength();
                return text.length() > max ? text.substring(0, max) : text;
            }
        }
    }
}
