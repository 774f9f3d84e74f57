package no.lpp.moteplass.knowledge.feedback.web;

import org.springframework.web.util.HtmlUtils;

/**
 * The anonymous feedback form as a plain HTML page, without scripts. The link and QR code now lead to the portal's
 * form ({@code /tilbakemelding/{token}}); this page keeps QR codes printed before that working. Every field is
 * labelled; nothing is required but the scores.
 */
final class FeedbackPage {

    private FeedbackPage() {
    }

    static String form(String token, String session, String meeting) {
        return page("Hvordan var møtet?", """
                <p>%s</p>
                <p>Svarene er anonyme: vi lagrer ikke hvem du er, IP-adressen din eller når du svarte.</p>
                <form method="post" action="/public/feedback/%s">
                <input type="hidden" name="session" value="%s">
                <fieldset><legend>Jeg kom som</legend>
                <label><input type="radio" name="category" value="RELATIVE" required> pårørende</label>
                <label><input type="radio" name="category" value="PROFESSIONAL"> fagperson</label></fieldset>
                %s%s%s
                <fieldset><legend>Vil du anbefale MØTEPLASS til andre?</legend>
                <label><input type="radio" name="wouldRecommend" value="true" required> Ja</label>
                <label><input type="radio" name="wouldRecommend" value="false"> Nei</label></fieldset>
                <p><label for="freeText">Vil du si noe mer? (valgfritt – ikke skriv navn eller andre
                personopplysninger)</label><br><textarea id="freeText" name="freeText" rows="5" cols="40"
                maxlength="2000"></textarea></p>
                <button type="submit">Send tilbakemelding</button>
                </form>
                """.formatted(html(meeting), html(token), html(session),
                scale("usefulness", "Hvor nyttig var møtet for deg?"),
                scale("feltHeard", "Følte du deg hørt?"),
                scale("learnedAboutServices", "Lærte du noe om tjenestene?")));
    }

    static String thanks() {
        return page("Takk for tilbakemeldingen!", "<p>Svaret ditt hjelper LPP og tjenestene å gjøre møtene bedre.</p>");
    }

    private static String scale(String name, String question) {
        StringBuilder options = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            options.append("<label><input type=\"radio\" name=\"").append(name).append("\" value=\"").append(i)
                    .append("\"").append(i == 1 ? " required" : "").append("> ").append(i).append("</label> ");
        }
        return "<fieldset><legend>" + question + " (1 = lite, 5 = mye)</legend>" + options + "</fieldset>\n";
    }

    private static String page(String title, String body) {
        return """
                <!doctype html>
                <html lang="nb">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="referrer" content="same-origin"><meta name="robots" content="noindex">
                <title>%s – Pårørende MØTEPLASS</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;
                line-height:1.5;color:#1a1a1a}fieldset{margin:1rem 0}label{margin-right:1rem}
                button{font-size:1rem;padding:.6rem 1.2rem}</style></head>
                <body><main><h1>%s</h1>
                %s
                </main></body></html>
                """.formatted(title, title, body);
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
