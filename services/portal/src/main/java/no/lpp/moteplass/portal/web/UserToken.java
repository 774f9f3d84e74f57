package no.lpp.moteplass.portal.web;

import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Passes the signed-in user's token on with a call to a service, so the service decides what the user may see and do.
 * It is the token the portal verified for the current request (a staff page). A public page has none: the services'
 * public endpoints are called on no one's behalf, even when the visitor happens to be logged in.
 */
final class UserToken implements ClientHttpRequestInterceptor {

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken user) {
            request.getHeaders().setBearerAuth(user.getToken().getTokenValue());
        }
        return execution.execute(request, body);
    }
}
