package no.lpp.moteplass.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A service stand-in on a free local port that reads every request body and counts the bytes it got, and keeps the
 * last {@code traceparent} it was sent.
 */
record CountingUpstream(HttpServer server, AtomicLong bytes, AtomicReference<String> traceparent) {

    static CountingUpstream start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            AtomicLong bytes = new AtomicLong();
            AtomicReference<String> traceparent = new AtomicReference<>();
            server.createContext("/", exchange -> {
                traceparent.set(exchange.getRequestHeaders().getFirst("traceparent"));
                try (InputStream body = exchange.getRequestBody()) {
                    byte[] buffer = new byte[8192];
                    for (int n; (n = body.read(buffer)) > 0; ) {
                        bytes.addAndGet(n);
                    }
                } catch (IOException cutOff) {
                    // the gateway stopped sending: what arrived is counted
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return new CountingUpstream(server, bytes, traceparent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    long received() {
        return bytes.get();
    }
}
