package no.lpp.moteplass.portal.staff;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every staff page has: the signed-in user (the security chain has verified the token before any page). */
@ControllerAdvice(basePackageClasses = StaffModel.class)
class StaffModel {

    @ModelAttribute("user")
    SignedIn user(@AuthenticationPrincipal Jwt token) {
        return SignedIn.of(token);
    }
}
