package no.lpp.moteplass.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written byte by byte, for requests a well-behaved client library refuses to send: raw bytes in a path or a
 * header, invalid UTF-8, chunked bodies of a chosen size. Reads the whole response (the connection is closed after it).
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** A response: status, headers (lower-case names) and body as text. */
    public record Response(int status, Map<String, String> headers, String body) {

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    /**
     * Sends {@code head} (request line and headers, CRLF-separated, without the blank line) and then {@code body},
     * reading the response while still sending, as real clients do: a server may answer (413, 401) before it has read
     * the whole body, and close the connection.
     */
    public static Response send(int port, byte[] head, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            Thread reader = Thread.ofVirtual().start(() -> {
                try (InputStream in = socket.getInputStream()) {
                    byte[] buffer = new byte[8192];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        synchronized (received) {
                            received.write(buffer, 0, n);
                        }
                    }
                } catch (IOException closedOrReset) {
                    // what arrived before the connection ended is the response
                }
            });
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head);
                out.write("\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (IOException refusedMidway) {
                // the server answered and closed before taking the whole body: its answer is what counts
            }
            reader.join(Duration.ofSeconds(30));
            synchronized (received) {
                return parse(received.toByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The request line and headers as ISO-8859-1 bytes, so any byte 0x00–0xFF can be placed. */
    public static byte[] head(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A body in chunks of 8 KiB, ending with the last chunk. */
    public static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int offset = 0; offset < body.length; offset += 8192) {
            int length = Math.min(8192, body.length - offset);
            out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, offset, length);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static Response parse(byte[] all) {
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        String head = new String(all, 0, end < 0 ? all.length : end, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n");
        int status = lines.length > 0 && lines[0].length() >= 12 ? Integer.parseInt(lines[0].substring(9, 12)) : -1;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(all, end + 4, all.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, crlf, at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(body, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].strip();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            int start = lineEnd + 2;
            int stop = Math.min(body.length, start + length);
            out.write(body, start, stop - start);
            at = stop + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
