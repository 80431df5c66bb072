package io.hichat.platform.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
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
        ApiError error = errorFor(code, request.getMethod(), failure);
        try {
            response.setStatus(error.status().value());
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

    /**
     * Tomcat's own refusals are all the client's doing, so none answers 5xx but a protocol version it does not
     * speak (505). What Tomcat answers 501 is a method no route has (CONNECT: 405) or a transfer coding it does
     * not know (400); headers over the limit (Tomcat's plain 400) say so with 431.
     */
    static ApiError errorFor(int code, @Nullable String method, @Nullable Throwable failure) {
        if (code == HttpStatus.NOT_IMPLEMENTED.value()) {
            return "CONNECT".equals(method)
                    ? ApiError.ofStatus(HttpStatus.METHOD_NOT_ALLOWED, "CONNECT is not supported")
                    : ApiError.invalidRequest("unsupported Transfer-Encoding; send the body with a Content-Length");
        }
        if (code == HttpStatus.BAD_REQUEST.value() && failure != null && failure.getMessage() != null
                && failure.getMessage().contains("header is too large")) {
            return ApiError.ofStatus(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "request headers are too large");
        }
        HttpStatus status = HttpStatus.resolve(code);
        return ApiError.ofStatus(status != null ? status : HttpStatus.BAD_REQUEST,
                status != null ? status.getReasonPhrase().toLowerCase() : "bad request");
    }
}
