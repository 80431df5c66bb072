package io.hichat.platform.web;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every request an id, in the log (MDC key {@value #MDC_KEY}) and in the {@value #HEADER} response header.
 * A caller's own id is kept when it looks like one, so a request can be followed across services. The id is kept
 * on the request too, so the dispatches that follow the first (the body read asynchronously, the error page) log
 * under the same id.
 */
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = idOf(request);
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, id);
        }
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** Runs work for a request outside its filter chain (a container callback) under the request's id. */
    static void runAs(ServletRequest request, Runnable work) {
        MDC.put(MDC_KEY, idOf(request));
        try {
            work.run();
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    static String currentRequestId() {
        String id = MDC.get(MDC_KEY);
        return id != null ? id : newId();
    }

    private static String idOf(ServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String known) {
            return known;
        }
        String offered = request instanceof HttpServletRequest http ? http.getHeader(HEADER) : null;
        String id = offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : newId();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    private static String newId() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
