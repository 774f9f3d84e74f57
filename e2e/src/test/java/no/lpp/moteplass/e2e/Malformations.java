package no.lpp.moteplass.e2e;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import no.lpp.moteplass.testsupport.Api;

/**
 * The classes of malformed input, and requests that are valid but for one of them: in a path parameter, a query
 * parameter, a conditional header, one field of the JSON body, or the body as a whole. Every request made here must be
 * refused; which class and where is chosen by the seeded {@link Random}.
 */
final class Malformations {

    /** A request as bytes, and what is wrong with it. */
    record Probe(String method, String target, Map<String, String> headers, byte[] body, String what) {
    }

    /** Text no field may hold, as JSON string literals (escapes included as written). */
    static final List<String> BAD_TEXT = List.of("\"a\\u0000b\"", "\"bjelle\\u0007\"", "\"\\u001b[31mrød\"",
            "\"del\\u007f\"", "\"c1\\u0085\"", "\"\\u202Eevil\"", "\"x\\u2066y\"", "\"\\u200B\\u200B\"",
            "\"\\u3164\"", "\"\\ud800x\"", "\"x\\udfff\"", "\"\\uFEFF\"");
    static final List<String> BAD_DATES = List.of("\"+1000000-01-01\"", "\"-999999999-01-01\"", "\"0000-01-01\"",
            "\"1899-12-31\"", "\"2100-01-01\"", "\"2026-02-30\"", "\"31.12.2026\"", "20260101", "57577", "\"\"",
            "[2026,1,1]", "\"2026-13-01\"");
    static final List<String> BAD_INSTANTS = List.of("\"+100000-01-01T00:00:00Z\"", "\"1899-12-31T00:00:00Z\"",
            "\"2026-13-01T00:00:00Z\"", "1800000000", "\"2026-05-31\"", "\"i morgen\"");
    static final List<String> BAD_IDS = List.of("\"1-1-1-1-1\"", "\"not-a-uuid\"",
            "\"00000000-0000-0000-0000-00000000000G\"", "123", "\"AAAAAAAAAAAAAAAAAAAAAA==\"");
    static final List<String> HUGE_NUMBERS = List.of("1e30", "9223372036854775808", "2147483648", "-2147483649",
            "12.5", "1e309");
    static final List<String> BAD_PATH_VALUES = List.of("abc", "1-1-1-1-1", "%00", "%FF", "%E2%80%AE", "%0A",
            "a".repeat(3000), "-1", "99999999999999999999", "%20", "%C3%28");
    static final List<String> BAD_QUERY_TEXT = List.of("%00", "a%1Bb", "%E2%80%AEx", "%FF%FE", "%7F");
    static final List<String> BAD_IF_MATCH = List.of("\u00ff", "\"abc\"", "W/\"x\"", "\"99999999999999999999\"",
            "", "*", "\"1\"\u0080");

    private static final String MARK = "\u00a7RAW\u00a7";

    private final Random random;
    private final ValidValues valid;

    Malformations(Random random, ValidValues valid) {
        this.random = random;
        this.valid = valid;
    }

    /** A request to {@code operation} with one malformed part, as {@code token}'s holder (null: anonymous). */
    Probe probe(ApiDescription.Operation operation, String token) {
        Map<String, String> path = new LinkedHashMap<>();
        operation.in("path").forEach(p -> path.put(p.getName(), valid.pathValue(operation.path(), p.getName(),
                p.getSchema())));
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json, application/problem+json");
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        // A stale version: a write that gets past everything else stops at 412 and changes nothing.
        operation.in("header").stream().filter(h -> h.getName().equalsIgnoreCase("If-Match"))
                .forEach(h -> headers.put("If-Match", "\"999999\""));
        Map<String, Object> body = operation.body() == null ? null : valid.object(operation.body());

        List<String> places = new ArrayList<>();
        if (!path.isEmpty()) {
            places.add("path");
        }
        if (!operation.in("query").isEmpty()) {
            places.add("query");
        }
        if (headers.containsKey("If-Match")) {
            places.add("header");
        }
        if (body != null) {
            places.add("field");
            places.add("field");
            places.add("field");
            places.add("body");
        }
        if (places.isEmpty()) {
            return null; // nothing a client sends here can be malformed
        }
        String place = pick(places);
        String what;
        String rawBody = body == null ? null : Api.json(body);
        byte[] bytes = rawBody == null ? null : rawBody.getBytes(StandardCharsets.UTF_8);
        String contentType = body == null ? null : "application/json";
        switch (place) {
            case "path" -> {
                String name = pick(new ArrayList<>(path.keySet()));
                String value = pick(BAD_PATH_VALUES);
                path.put(name, value);
                what = "path {" + name + "} = " + shown(value);
            }
            case "query" -> {
                Parameter parameter = pick(operation.in("query"));
                String value = badQueryValue(parameter.getSchema());
                query.put(parameter.getName(), value);
                what = "query " + parameter.getName() + "=" + shown(value);
            }
            case "header" -> {
                String value = pick(BAD_IF_MATCH);
                headers.put("If-Match", value);
                what = "If-Match: " + shown(value);
            }
            case "field" -> {
                Field field = pick(fields(operation.body(), List.of()));
                String raw = badFieldValue(field);
                if (raw == null) {
                    remove(body, field.path());
                    what = "body " + field + " missing";
                } else {
                    set(body, field.path(), MARK);
                    rawBody = Api.json(body).replace("\"" + MARK + "\"", raw);
                    what = "body " + field + " = " + shown(raw);
                }
                if (raw == null) {
                    rawBody = Api.json(body);
                }
                bytes = rawBody.getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                int kind = random.nextInt(10);
                what = switch (kind) {
                    case 0 -> {
                        bytes = invalidUtf8(rawBody);
                        yield "body with invalid UTF-8";
                    }
                    case 1 -> {
                        bytes = rawBody.substring(0, rawBody.length() / 2).getBytes(StandardCharsets.UTF_8);
                        yield "body cut short";
                    }
                    case 2 -> {
                        bytes = pick(List.of("", "null", "[]", "\"{}\"", "42")).getBytes(StandardCharsets.UTF_8);
                        yield "body not an object: " + shown(new String(bytes, StandardCharsets.UTF_8));
                    }
                    case 3 -> {
                        bytes = (rawBody + pick(List.of("x", " {}", "]"))).getBytes(StandardCharsets.UTF_8);
                        yield "body with trailing content";
                    }
                    case 4 -> {
                        bytes = ("{\"ukjentFelt\":1," + rawBody.substring(1)).getBytes(StandardCharsets.UTF_8);
                        yield "body with an unknown field";
                    }
                    case 5 -> {
                        contentType = pick(List.of("text/plain", "application/xml", "application/json; charset=klingon",
                                "multipart/form-data; boundary=x", ""));
                        yield "Content-Type: " + shown(contentType);
                    }
                    case 6 -> {
                        String first = rawBody.length() > 2 ? rawBody.substring(1, rawBody.length() - 1) : "";
                        bytes = ("{" + first + (first.isEmpty() ? "" : ",") + first + "}")
                                .getBytes(StandardCharsets.UTF_8);
                        yield first.isEmpty() ? "empty object" : "body with every field twice";
                    }
                    case 7 -> {
                        bytes = ("{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}")
                                .getBytes(StandardCharsets.UTF_8);
                        yield "body nested 5000 deep";
                    }
                    case 8 -> {
                        bytes = ("{\"x\":\"" + "x".repeat(1_200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
                        yield "body of 1.2 MB";
                    }
                    default -> {
                        headers.put("Transfer-Encoding", "chunked");
                        bytes = ("{\"x\":\"" + "x".repeat(1_200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
                        yield "chunked body of 1.2 MB";
                    }
                };
            }
        }
        if (contentType != null && !contentType.isEmpty()) {
            headers.put("Content-Type", contentType);
        }
        return new Probe(operation.method(), target(operation.path(), path, query), headers, bytes, what);
    }

    /** A body field (or object) of the schema, by path ({@code insights[0].statement}). */
    record Field(List<Object> path, Schema<?> schema, boolean required) {

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            for (Object step : path) {
                text.append(step instanceof Integer i ? "[" + i + "]" : (text.isEmpty() ? "" : ".") + step);
            }
            return text.toString();
        }
    }

    static List<Field> fields(Schema<?> schema, List<Object> prefix) {
        List<Field> fields = new ArrayList<>();
        ApiDescription.properties(schema).forEach((name, property) -> {
            List<Object> path = new ArrayList<>(prefix);
            path.add(name);
            fields.add(new Field(path, property, ApiDescription.required(schema, name)));
            String type = ApiDescription.type(property);
            if (type.equals("object")) {
                fields.addAll(fields(property, path));
            } else if (type.equals("array") && property.getItems() != null
                    && ApiDescription.type(property.getItems()).equals("object")) {
                List<Object> item = new ArrayList<>(path);
                item.add(0);
                fields.addAll(fields(property.getItems(), item));
            }
        });
        return fields;
    }

    /** A JSON value that must be refused for this field, or null to leave a required field out. */
    private String badFieldValue(Field field) {
        Schema<?> schema = field.schema();
        List<String> choices = new ArrayList<>();
        if (field.required()) {
            choices.add(null);
            choices.add("null");
        }
        String type = ApiDescription.type(schema);
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            String value = String.valueOf(schema.getEnum().getFirst());
            choices.addAll(List.of("\"" + value + " \"", "\"" + value.toLowerCase(Locale.ROOT) + "\"", "0", "\"\""));
        }
        switch (type) {
            case "integer", "number" -> {
                choices.addAll(HUGE_NUMBERS);
                choices.addAll(List.of("\"tolv\"", "true", "{}"));
                if (schema.getMinimum() != null) {
                    choices.add(String.valueOf(schema.getMinimum().longValue() - 1));
                }
                if (schema.getMaximum() != null) {
                    choices.add(String.valueOf(schema.getMaximum().longValue() + 1));
                }
            }
            case "boolean" -> choices.addAll(List.of("\"ja\"", "2", "[]"));
            case "array" -> choices.addAll(List.of("{}", "\"x\"", "7"));
            case "object" -> choices.addAll(List.of("[]", "\"x\"", "1", objectWithUnknownField()));
            default -> {
                choices.addAll(List.of("12345", "true", "{}", "[]", "[" + "[".repeat(3000) + "]".repeat(3000) + "]"));
                switch (format) {
                    case "date" -> choices.addAll(BAD_DATES);
                    case "date-time" -> choices.addAll(BAD_INSTANTS);
                    case "uuid" -> choices.addAll(BAD_IDS);
                    default -> {
                        choices.addAll(BAD_TEXT);
                        if (schema.getMaxLength() != null && schema.getMaxLength() < 100_000) {
                            choices.add("\"" + "x".repeat(schema.getMaxLength() + 1) + "\"");
                        }
                    }
                }
            }
        }
        return pick(choices);
    }

    private String objectWithUnknownField() {
        return "{\"ukjentFelt\":\"x\"}";
    }

    private String badQueryValue(Schema<?> schema) {
        List<String> choices = new ArrayList<>(BAD_QUERY_TEXT);
        String type = schema == null ? "string" : ApiDescription.type(schema);
        if (type.equals("integer")) {
            choices.addAll(List.of("abc", "2147483648", "99999999999999999999", "1e3", "1.5"));
            if (schema.getMinimum() != null) {
                choices.add(String.valueOf(schema.getMinimum().longValue() - 1));
            }
            if (schema.getMaximum() != null) {
                choices.add(String.valueOf(schema.getMaximum().longValue() + 1));
            }
        } else if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            String value = String.valueOf(schema.getEnum().getFirst());
            choices.addAll(List.of(value + "%20", value.toLowerCase(Locale.ROOT), "0", "%20" + value));
        } else if (schema != null && "uuid".equals(schema.getFormat())) {
            choices.addAll(List.of("1-1-1-1-1", "abc", "%00"));
        } else if (schema != null && schema.getPattern() != null) {
            choices.add("%C3%A6%C3%B8%C3%A5"); // æøå: no pattern here allows them
        }
        return pick(choices);
    }

    private static String target(String template, Map<String, String> path, Map<String, String> query) {
        String target = template;
        for (var parameter : path.entrySet()) {
            String value = parameter.getValue();
            boolean encoded = value.contains("%");
            target = target.replace("{" + parameter.getKey() + "}",
                    encoded ? value : URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        if (!query.isEmpty()) {
            StringBuilder q = new StringBuilder();
            query.forEach((name, value) -> q.append(q.isEmpty() ? "?" : "&").append(name).append('=').append(value));
            target += q;
        }
        return target;
    }

    private static byte[] invalidUtf8(String json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int quote = json.indexOf(":\"");
        byte[] all = json.getBytes(StandardCharsets.UTF_8);
        if (quote < 0) {
            out.writeBytes("{\"x\":\"".getBytes(StandardCharsets.UTF_8));
            out.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
            out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
        int at = json.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8).length;
        out.write(all, 0, at);
        out.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
        out.write(all, at, all.length - at);
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> body, List<Object> path, Object value) {
        Object container = body;
        for (int i = 0; i < path.size() - 1; i++) {
            container = step(container, path.get(i));
        }
        Object last = path.getLast();
        if (container instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put((String) last, value);
        } else if (container instanceof List<?> list && (Integer) last < list.size()) {
            ((List<Object>) list).set((Integer) last, value);
        }
    }

    private static void remove(Map<String, Object> body, List<Object> path) {
        Object container = body;
        for (int i = 0; i < path.size() - 1; i++) {
            container = step(container, path.get(i));
        }
        if (container instanceof Map<?, ?> map) {
            map.remove(path.getLast());
        }
    }

    private static Object step(Object container, Object key) {
        if (container instanceof Map<?, ?> map) {
            return map.get(key);
        }
        return container instanceof List<?> list && (Integer) key < list.size() ? list.get((Integer) key) : null;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A value as it may appear in a failure message: control characters spelled out, long ones cut. */
    static String shown(String value) {
        StringBuilder text = new StringBuilder();
        value.codePoints().limit(60).forEach(cp -> {
            if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0x202A && cp <= 0x202E)) {
                text.append(String.format("\\u%04X", cp));
            } else {
                text.appendCodePoint(cp);
            }
        });
        return value.length() > 60 ? text + "…(" + value.length() + ")" : text.toString();
    }
}
