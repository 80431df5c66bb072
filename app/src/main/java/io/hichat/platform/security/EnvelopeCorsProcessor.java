package io.hichat.platform.security;

import java.io.IOException;

import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

import lombok.RequiredArgsConstructor;

import io.hichat.platform.web.ErrorResponseWriter;
import io.hichat.shared.web.ApiError;

/**
 * Spring's CORS checks, with the refusal of an origin, method or header that is not allowed answered like every
 * other error: the envelope with 403, not Spring's plain-text "Invalid CORS request".
 */
@RequiredArgsConstructor
class EnvelopeCorsProcessor extends DefaultCorsProcessor {

    private final ErrorResponseWriter errors;

    /** The servlet-based {@code CorsFilter} always hands over a servlet response. */
    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        errors.write(((ServletServerHttpResponse) response).getServletResponse(), ApiError.forbidden(
                "this cross-origin request is not allowed: its origin, method or headers are not among those "
                        + "configured (hichat.cors.allowed-origins)"));
    }
}
