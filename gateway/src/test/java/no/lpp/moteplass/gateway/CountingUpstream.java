package no.lpp.moteplass.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A service stand-in on a free local port that reads every request body and counts the bytes it got, keeps the last
 * {@code traceparent} it was sent, and answers paths ending in {@code /slow} after half a second, counting how many
 * requests it held at once at most.
 */
record CountingUpstream(HttpServer server, AtomicLong bytes, AtomicReference<String> traceparent,
        AtomicInteger inFlight, AtomicInteger mostAtOnce) {

    static CountingUpstream start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            AtomicLong bytes = new AtomicLong();
            AtomicReference<String> traceparent = new AtomicReference<>();
            AtomicInteger inFlight = new AtomicInteger();
            AtomicInteger mostAtOnce = new AtomicInteger();
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", exchange -> {
                traceparent.set(exchange.getRequestHeaders().getFirst("traceparent"));
                mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                if (exchange.getRequestURI().getPath().endsWith("/slow")) {
                    pause();
                }
                try (InputStream body = exchange.getRequestBody()) {
                    byte[] buffer = new byte[8192];
                    for (int n; (n = body.read(buffer)) > 0; ) {
                        bytes.addAndGet(n);
                    }
                } catch (IOException cutOff) {
                    // the gateway stopped sending: what arrived is counted
                }
                inFlight.decrementAndGet();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return new CountingUpstream(server, bytes, traceparent, inFlight, mostAtOnce);
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

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
