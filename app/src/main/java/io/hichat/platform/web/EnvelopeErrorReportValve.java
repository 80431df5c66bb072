package io.hichat.platform.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

import io.hichat.shared.web.ApiError;

/**
 * Tomcat's own error page, for requests it refuses before Spring sees them (a malformed URL, a broken header):
 * the error envelope instead of HTML. Its messages are fixed, so the JSON is written without a mapper.
 */
public class EnvelopeErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        ApiError error = ApiError.ofStatus(status != null ? status : HttpStatus.BAD_REQUEST,
                status != null ? status.getReasonPhrase().toLowerCase() : "bad request");
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"code\":" + error.code().value() + ",\"msg\":\"" + error.message()
                        + "\",\"data\":null}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException clientGone) {
            container.getLogger().debug("Could not send the error envelope; the client is gone", clientGone);
        }
    }
}
