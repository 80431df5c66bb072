package io.hichat.platform.web;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

import io.hichat.shared.web.ApiError;
import io.hichat.shared.web.Envelope;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the error envelope where no controller advice can: in servlet filters and the security chain.
 */
@Component
@RequiredArgsConstructor
public class ErrorResponseWriter {

    private final JsonMapper json;

    public void write(HttpServletResponse response, ApiError error) throws IOException {
        response.setStatus(error.status().value());
        String retryAfter = error.retryAfterSeconds();
        if (retryAfter != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Envelope.error(error.code(), error.message()));
    }
}
