package no.lpp.moteplass.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lpp.moteplass.testsupport.Api;
import no.lpp.moteplass.testsupport.Keycloak;

/**
 * Reads the access model (docs/access-model.md) and checks every cell through the gateway: each row's request, sent
 * as the identity of each column. The document is the specification; this only interprets it.
 */
final class AccessModel {

    /** The identity behind each column of the table, in its order. */
    static final List<String> COLUMNS = List.of("demo-lpp-admin", "demo-lpp-trainer", "demo-coordinator-hf",
            "demo-coordinator-kommune", "demo-facilitator-hf", "demo-facilitator-kommune", "demo-hf-intranet",
            "demo-kommune-intranet");
    private static final Pattern REQUEST = Pattern.compile("`(GET|LIST|POST|PUT|DELETE) (\\S+)(?: (\\{.*}))?`");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** Writes carry a version nobody has, so an allowed caller stops at 412 and nothing changes. */
    private static final String STALE = "\"999999\"";

    private AccessModel() {
    }

    /** Returns the cells that do not hold, described; empty when the model holds. */
    static List<String> check(Api gateway, Map<String, String> world) throws IOException {
        Map<String, String> tokens = new HashMap<>();
        COLUMNS.forEach(identity -> tokens.put(identity, Keycloak.shared().tokenOf(identity)));
        List<String> leaks = new ArrayList<>();
        int cells = 0;
        for (String line : Files.readAllLines(Path.of(System.getProperty("moteplass.root"), "docs/access-model.md"))) {
            if (line.startsWith("## Composition")) {
                break; // the composition rules have a table of their own (OwnershipExplorationIT)
            }
            Matcher request = REQUEST.matcher(line);
            if (!line.startsWith("| ") || !request.find()) {
                continue;
            }
            String[] columns = line.split("\\|");
            String method = request.group(1);
            String path = fill(request.group(2), world);
            String listed = method.equals("LIST") ? world.get(listedItem(path)) : null;
            for (int i = 0; i < COLUMNS.size(); i++) {
                boolean allowed = columns[3 + i].strip().equals("✓");
                String identity = COLUMNS.get(i);
                Api.Response response = send(gateway, method, path, request.group(3), tokens.get(identity));
                boolean gotThrough = listed != null ? response.status() == 200 && response.body().contains(listed)
                        : response.status() != 401 && response.status() != 403;
                boolean refused = listed != null ? !response.body().contains(listed) : response.status() == 403;
                cells++;
                if (allowed ? !gotThrough : !refused) {
                    leaks.add(identity + " " + method + " " + request.group(2) + ": expected "
                            + (allowed ? "allowed" : "403") + ", got " + response.status());
                }
            }
        }
        if (cells < 100) {
            leaks.add("only " + cells + " cells read from docs/access-model.md: is the table intact?");
        }
        return leaks;
    }

    private static Api.Response send(Api gateway, String method, String path, String body, String token) {
        return switch (method) {
            case "GET", "LIST" -> gateway.get(path, token);
            case "POST" -> body == null ? gateway.postEmpty(path, token, STALE)
                    : gateway.postWithIfMatch(path, token, STALE, body);
            case "PUT" -> gateway.put(path, token, STALE, body == null ? "" : body);
            default -> gateway.delete(path, token, STALE);
        };
    }

    /** Which item a list row looks for: the meetings list the meeting, the follow-ups list the follow-up. */
    private static String listedItem(String path) {
        return path.contains("/follow-ups") ? "followUp" : "meeting";
    }

    private static String fill(String template, Map<String, String> world) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(filled, world.getOrDefault(placeholder.group(1), placeholder.group()));
        }
        return placeholder.appendTail(filled).toString();
    }
}
