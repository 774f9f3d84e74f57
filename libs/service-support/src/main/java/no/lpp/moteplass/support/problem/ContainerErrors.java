package no.lpp.moteplass.support.problem;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report, as a problem detail instead of its HTML page: for what Tomcat refuses before any servlet
 * sees the request (a path it cannot decode, a request line or headers too large). Written by hand, not with the
 * application's JSON mapper, because Tomcat creates this valve itself; the texts are our own and need no escaping.
 */
public class ContainerErrors extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        String detail = status == null ? "Forespørselen kan ikke behandles." : ErrorProblems.detail(status);
        String json = "{\"type\":\"about:blank\",\"title\":\"" + ProblemDetails.title(HttpStatusCode.valueOf(code))
                + "\",\"status\":" + code + ",\"detail\":\"" + detail + "\"}";
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was taken over; nothing more to say
        }
    }
}
