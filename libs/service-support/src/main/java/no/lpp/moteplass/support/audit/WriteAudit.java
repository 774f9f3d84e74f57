package no.lpp.moteplass.support.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lpp.moteplass.support.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Audits every successful write to the API in every service: who (subject, organisations, client), what (method and
 * path pattern, e.g. {@code POST /api/meetings/meetings/{id}/publication}), which record (the first id in the path, or
 * the created one from {@code Location}), when. Ids and patterns only, never the request body.
 */
class WriteAudit implements HandlerInterceptor {

    private static final Logger logger = LoggerFactory.getLogger(WriteAudit.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final AuditLog audit;

    WriteAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        if (!WRITES.contains(request.getMethod()) || response.getStatus() >= 400 || failure != null
                || !(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            return;
        }
        String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        try {
            audit.record(Caller.of(token.getToken()), request.getMethod() + " " + pattern, recordType(pattern),
                    recordId(request, response));
        } catch (RuntimeException e) {
            logger.error("Could not audit {} {}: {}", request.getMethod(), pattern,
                    e.toString());
        }
    }

    /** The resource a path pattern names: {@code /api/meetings/meetings/{id}/publication} → {@code meetings}. */
    static String recordType(String pattern) {
        String[] parts = pattern.split("/");
        return parts.length > 3 ? parts[3] : pattern;
    }

    private static UUID recordId(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            for (Object value : variables.values()) {
                UUID id = uuidIn(String.valueOf(value));
                if (id != null) {
                    return id;
                }
            }
        }
        String location = response.getHeader("Location");
        return location == null ? null : uuidIn(location);
    }

    private static UUID uuidIn(String text) {
        Matcher matcher = UUID_PATTERN.matcher(text);
        return matcher.find() ? UUID.fromString(matcher.group()) : null;
    }
}
