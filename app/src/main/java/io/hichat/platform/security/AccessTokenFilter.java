package io.hichat.platform.security;

import java.io.IOException;
import java.util.List;

import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import lombok.RequiredArgsConstructor;

import io.hichat.identity.AccessTokenAuthenticator;
import io.hichat.identity.InvalidAccessToken;
import io.hichat.platform.web.ErrorResponseWriter;
import io.hichat.platform.web.Failures;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates a request by its {@code Authorization} header: {@code Bearer <token>} or, as the original clients
 * send it, the bare token. A refused token leaves the request anonymous and says why, so that a protected route
 * answers 401 with the reason while a public one (login with a stale token) still works.
 */
@RequiredArgsConstructor
class AccessTokenFilter extends OncePerRequestFilter {

    static final String REFUSAL_ATTRIBUTE = AccessTokenFilter.class.getName() + ".refusal";
    static final String USER_ID_MDC_KEY = "userId";
    private static final String BEARER = "Bearer ";

    private final AccessTokenAuthenticator authenticator;
    private final ErrorResponseWriter errors;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    /** The user id joins the request id in the request's log lines (MDC key {@value #USER_ID_MDC_KEY}). */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (header != null && !header.isBlank()) {
                try {
                    authenticate(tokenOf(header));
                } catch (InvalidAccessToken refused) {
                    request.setAttribute(REFUSAL_ATTRIBUTE, refused.getMessage());
                } catch (RuntimeException failure) {
                    errors.write(response, Failures.answer(failure, request.getMethod(), request.getRequestURI()));
                    return;
                }
            }
            chain.doFilter(request, response);
        } finally {
            MDC.remove(USER_ID_MDC_KEY);
        }
    }

    private void authenticate(String token) {
        long userId = authenticator.authenticate(token);
        MDC.put(USER_ID_MDC_KEY, Long.toString(userId));
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, token, List.of()));
        contexts.setContext(context);
    }

    private static String tokenOf(String header) {
        String value = header.strip();
        return value.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? value.substring(BEARER.length()).strip()
                : value;
    }
}
