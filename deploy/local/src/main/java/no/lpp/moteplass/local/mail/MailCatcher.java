package no.lpp.moteplass.local.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Catches every email the local platform sends (SMTP on {@code smtpPort}) and shows them in the browser on
 * {@code webPort}: a list, newest first, and each message's text. Nothing leaves the machine.
 */
public final class MailCatcher implements AutoCloseable {

    private final GreenMail smtp;
    private final HttpServer web;

    private MailCatcher(GreenMail smtp, HttpServer web) {
        this.smtp = smtp;
        this.web = web;
    }

    public static MailCatcher start(int smtpPort, int webPort) throws IOException {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
        MailCatcher catcher = new MailCatcher(smtp, web);
        web.createContext("/", catcher::handle);
        web.start();
        return catcher;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            MimeMessage[] messages = smtp.getReceivedMessages();
            String path = exchange.getRequestURI().getPath();
            String body;
            if (path.matches("/\\d+")) {
                int index = Integer.parseInt(path.substring(1));
                body = index < messages.length ? message(messages[index]) : "<p>Finnes ikke.</p>";
            } else {
                body = list(messages);
            }
            byte[] page = ("<!doctype html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>MØTEPLASS e-post"
                    + "</title><style>body{font-family:system-ui,sans-serif;margin:2rem}pre{white-space:pre-wrap}"
                    + "</style></head><body><h1><a href=\"/\">E-post fra den lokale plattformen</a></h1>" + body
                    + "</body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        } catch (MessagingException e) {
            throw new IOException(e);
        }
    }

    private static String list(MimeMessage[] messages) throws MessagingException {
        if (messages.length == 0) {
            return "<p>Ingen e-post ennå. Meld deg på et møte, så dukker bekreftelsen opp her.</p>";
        }
        StringBuilder rows = new StringBuilder("<ol reversed>");
        for (int i = messages.length - 1; i >= 0; i--) {
            rows.append("<li><a href=\"/").append(i).append("\">").append(escape(messages[i].getSubject()))
                    .append("</a> – til ").append(escape(GreenMailUtil.getAddressList(messages[i].getAllRecipients())))
                    .append("</li>");
        }
        return rows.append("</ol>").toString();
    }

    private static String message(MimeMessage message) throws MessagingException, IOException {
        return "<h2>" + escape(message.getSubject()) + "</h2><p>Til: "
                + escape(GreenMailUtil.getAddressList(message.getAllRecipients())) + "</p><pre>"
                + linked(escape(MailText.of(message))) + "</pre>";
    }

    private static String linked(String text) {
        return text.replaceAll("(https?://[^\\s<]+)", "<a href=\"$1\">$1</a>");
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    @Override
    public void close() {
        web.stop(0);
        smtp.stop();
    }
}
