package no.lpp.moteplass.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import no.lpp.moteplass.contracts.ProblemTitles;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details for errors the gateway answers itself (the services write their own). A browser
 * asking for a page gets the same title and detail as a short page in Norwegian instead: the portal that would show
 * its own error page may be the very service that is down.
 */
@Component
public class Problems {

    private static final long DRAIN_LIMIT = 2 * 1024 * 1024;

    private final JsonMapper json;

    Problems(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(ProblemTitles.of(status.value()));
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        boolean page = wantsPage(exchange);
        response.getHeaders().setContentType(page ? new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)
                : MediaType.APPLICATION_PROBLEM_JSON);
        String text = page ? page(problem) : json.writeValueAsString(problem);
        return drain(exchange).then(Mono.defer(() -> response.writeWith(
                Mono.just(response.bufferFactory().wrap(text.getBytes(StandardCharsets.UTF_8))))));
    }

    /**
     * Reads what the client is still sending before answering: a connection closed with unread data in it is reset,
     * and the client loses the answer. Only so much is read (as Tomcat swallows at most 2 MB); a body already read,
     * or passed on, is left as it is.
     */
    private static Mono<Void> drain(ServerWebExchange exchange) {
        AtomicLong read = new AtomicLong();
        return exchange.getRequest().getBody()
                .map(buffer -> {
                    int size = buffer.readableByteCount();
                    DataBufferUtils.release(buffer);
                    return size;
                })
                .takeWhile(size -> read.addAndGet(size) <= DRAIN_LIMIT)
                .then()
                .onErrorResume(e -> Mono.empty());
    }

    /** A browser's navigation asks for HTML first; an API client asks for JSON (or anything). */
    private static boolean wantsPage(ServerWebExchange exchange) {
        List<MediaType> accepted = exchange.getRequest().getHeaders().getAccept();
        return !accepted.isEmpty() && accepted.getFirst().isCompatibleWith(MediaType.TEXT_HTML)
                && !accepted.getFirst().isWildcardType();
    }

    private static String page(ProblemDetail problem) {
        String title = HtmlUtils.htmlEscape(String.valueOf(problem.getTitle()), "UTF-8");
        String detail = HtmlUtils.htmlEscape(String.valueOf(problem.getDetail()), "UTF-8");
        return PAGE.replace("{title}", title).replace("{detail}", detail);
    }

    /** The page a browser gets: the portal's header, footer and stylesheets around the problem's title and detail. */
    private static final String PAGE = readPage();

    private static String readPage() {
        try (var in = Problems.class.getResourceAsStream("/pages/problem.html")) {
            return new String(java.util.Objects.requireNonNull(in, "pages/problem.html").readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
