package no.lpp.moteplass.portal.staff;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/** What every staff page has: the signed-in user and the form token. */
@ControllerAdvice(basePackageClasses = StaffModel.class)
class StaffModel {

    @ModelAttribute("user")
    SignedIn user(@RequestHeader(name = "Authorization", required = false) String authorization) {
        SignedIn user = SignedIn.fromAuthorization(authorization);
        if (user == null) {
            throw new NotSignedIn();
        }
        return user;
    }

    /**
     * The value every form sends back as _csrf (see FormTokenCheck): the gateway's current token, which is the
     * XSRF-TOKEN cookie's value once this page has arrived (the request may not carry the cookie yet).
     */
    @ModelAttribute("csrf")
    String csrf(@RequestHeader(name = "X-Moteplass-Csrf-Token", required = false) String token,
            HttpServletRequest request) {
        return Objects.requireNonNullElse(token != null ? token : FormTokenCheck.cookie(request), "");
    }
}
