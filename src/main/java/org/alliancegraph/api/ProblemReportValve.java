package org.alliancegraph.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Errors that the servlet container raises itself, before a request reaches Spring (an encoded
 * slash or backslash in the path, a malformed request line, a refused TRACE), as RFC 9457
 * problems instead of Tomcat's HTML page. The type names the status, as Spring's problems do
 * ({@code method-not-allowed}); a 400 is a {@code malformed-request}.
 *
 * <p>Written by hand because Tomcat's own {@code JsonErrorReportValve} writes a body of its own
 * shape, not a problem document, and Spring's handlers never see these requests.
 */
final class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status == 400
                ? "The request could not be read: its path holds a character that is not allowed there "
                        + "(an encoded slash %2F or backslash %5C, a control character) or it is malformed"
                : title;
        String type = status == 400 ? "malformed-request"
                : known == null ? "http-" + status : known.name().toLowerCase().replace('_', '-');
        String body = "{\"type\":\"urn:alliance-graph:problem:" + type
                + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away, or the response can no longer be written: nothing to report to.
        }
    }
}
