package no.lpp.moteplass.portal.staff;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Before the general error pages: a login a service no longer accepts (the token ran out between the portal's check and
 * the call) sends the browser to log in; a refusal says so. A missing or forged token never gets this far (see
 * PortalSecurity).
 */
@ControllerAdvice(basePackageClasses = StaffErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaffErrors {

    @ExceptionHandler(HttpClientErrorException.Unauthorized.class)
    String logIn() {
        return "redirect:/oauth2/authorization/keycloak";
    }

    @ExceptionHandler({HttpClientErrorException.Forbidden.class, NotAllowed.class})
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "staff/forbidden";
    }

    @ExceptionHandler(HttpClientErrorException.NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "not-found";
    }
}
