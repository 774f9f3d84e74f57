package no.lpp.moteplass.portal.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.client.RestClientException;
import org.springframework.web.multipart.MultipartException;

/** Error pages that tell a person what happened and what to do, never a stack trace. */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(PageNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "not-found";
    }

    /**
     * A form the portal cannot read at all (a multipart body without its boundary, say): the browser did not send what
     * the page asks for. The error page says nothing was saved.
     */
    @ExceptionHandler(MultipartException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String unreadableForm(MultipartException e, Model model) {
        model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
        return "error";
    }

    /** A service behind the portal is down or answered with an error: say so, and that nothing was saved. */
    @ExceptionHandler(RestClientException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unavailable(RestClientException e) {
        log.warn("A service the portal needs did not answer as expected: {}", e.getClass().getSimpleName());
        return "unavailable";
    }
}
