package no.lpp.moteplass.portal.staff;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * CSRF protection for the staff forms (double submit): the gateway sets the XSRF-TOKEN cookie, every form sends its
 * value back as the field {@code _csrf}, and a page on another site can read neither. The gateway leaves these forms
 * to the portal because reading a form body there would consume it before it is passed on.
 */
class FormTokenCheck implements HandlerInterceptor {

    static final String COOKIE = "XSRF-TOKEN";
    static final String FIELD = "_csrf";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        String cookie = cookie(request);
        String field = request.getParameter(FIELD);
        if (cookie != null && field != null && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
                field.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return false;
    }

    static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }
}
