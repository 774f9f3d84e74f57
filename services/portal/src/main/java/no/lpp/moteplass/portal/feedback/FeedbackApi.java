package no.lpp.moteplass.portal.feedback;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The knowledge service's public feedback API: open to anyone, called on no one's behalf. Always asking for JSON: the
 * service answers a browser's request for a form's link with a page of its own.
 */
@HttpExchange(url = "/public/feedback", accept = MediaType.APPLICATION_JSON_VALUE)
interface FeedbackApi {

    /** Opens a one-time session for the form behind the link's token. */
    @GetExchange("/{token}")
    FeedbackPages.Form open(@PathVariable String token);

    @PostExchange("/{token}")
    void answer(@PathVariable String token, @RequestBody Map<String, Object> answers);
}
