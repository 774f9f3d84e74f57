package no.lpp.moteplass.gateway;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * No request body larger than {@code moteplass.max-request-size} passes the gateway, however it is sent: a declared
 * length over the limit gets a 413 problem at once, and a streamed (chunked) body is counted as it is passed on and cut
 * off with a 413 as soon as it passes the limit. (Spring Cloud Gateway's RequestSize filter only reads Content-Length,
 * and answers with an empty body.)
 */
@Component
class BodySizeLimit implements WebFilter, Ordered {

    static final String DETAIL = "Forespørselen er for stor.";

    private final long limit;
    private final Problems problems;

    BodySizeLimit(@Value("${moteplass.max-request-size}") DataSize limit, Problems problems) {
        this.limit = limit.toBytes();
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE; // before security: no one's body is read beyond the limit
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getHeaders().getContentLength() > limit) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, DETAIL);
        }
        var counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong read = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (read.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, DETAIL));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }
}
