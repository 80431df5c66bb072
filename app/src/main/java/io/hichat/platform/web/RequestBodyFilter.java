package io.hichat.platform.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import lombok.RequiredArgsConstructor;

import io.hichat.shared.web.ApiError;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Receives every request body whole before anything else sees the request, without holding a request thread while
 * the client sends it: the body is read with the servlet container's non-blocking input, and the request goes on
 * (as an async dispatch) only once it is complete. A client that sends slowly or stops half-way holds a
 * connection, never one of the few request threads. The filters after this one see each request once, whole, as
 * an ordinary request.
 * <p>
 * A body over the size limit is refused with 400, one not complete within the read timeout with 408, one the
 * container cannot decode (a broken chunked encoding) with 400; a {@code Content-Type} that names no concrete
 * media type is refused with 415 before any of it is read. Each answer closes the connection, so the container
 * does not wait for the rest of a body nobody will use.
 */
@RequiredArgsConstructor
class RequestBodyFilter implements Filter {

    private static final Logger log = LoggerFactory.getLogger(RequestBodyFilter.class);
    private static final String BODY = RequestBodyFilter.class.getName() + ".body";
    private static final int CHUNK = 8192;

    private final long maxBytes;
    private final Duration readTimeout;
    private final ErrorResponseWriter errors;

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (request.getDispatcherType() == DispatcherType.ASYNC && request.getAttribute(BODY) instanceof byte[] body) {
            request.removeAttribute(BODY);
            chain.doFilter(new ReceivedBodyRequest(request, body), response);
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        String wrongType = contentTypeRefusal(request.getContentType());
        if (wrongType != null) {
            refuse(response, ApiError.ofStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE, wrongType));
            return;
        }
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response, tooLarge());
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(readTimeout.toMillis());
        BodyReader reader = new BodyReader(request, response, async);
        async.addListener(reader);
        request.getInputStream().setReadListener(reader);
    }

    /** A body follows the headers when they declare its length or that it comes in chunks. */
    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /** Why the declared media type cannot be read, or {@code null} when it can (or there is none). */
    private static @Nullable String contentTypeRefusal(@Nullable String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return "Content-Type must name one media type; send the body as JSON, with Content-Type: "
                        + "application/json";
            }
            type.getCharset();
            return null;
        } catch (IllegalArgumentException unreadable) {
            return "Content-Type is not a media type with a known charset; send the body as JSON, with "
                    + "Content-Type: application/json";
        }
    }

    private ApiError tooLarge() {
        return ApiError.invalidRequest("request body is larger than the limit of " + maxBytes + " bytes");
    }

    private void refuse(HttpServletResponse response, ApiError error) throws IOException {
        response.setHeader(HttpHeaders.CONNECTION, "close");
        errors.write(response, error);
    }

    /**
     * Collects one request's body as the container hands it over, then dispatches the request on, or answers the
     * refusal; whichever of data, error and timeout comes first settles it, and the others do nothing.
     */
    private final class BodyReader implements ReadListener, AsyncListener {

        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final AsyncContext async;
        private final ByteArrayOutputStream body;
        private final byte[] chunk = new byte[CHUNK];
        private final AtomicBoolean settled = new AtomicBoolean();

        BodyReader(HttpServletRequest request, HttpServletResponse response, AsyncContext async) {
            this.request = request;
            this.response = response;
            this.async = async;
            long declared = request.getContentLengthLong();
            this.body = new ByteArrayOutputStream(declared > 0 ? (int) declared : CHUNK);
        }

        @Override
        public void onDataAvailable() throws IOException {
            ServletInputStream input = request.getInputStream();
            while (!settled.get() && input.isReady()) {
                int read = input.read(chunk);
                if (read < 0) {
                    return;
                }
                body.write(chunk, 0, read);
                if (body.size() > maxBytes) {
                    answer(tooLarge());
                    async.complete();
                }
            }
        }

        @Override
        public void onAllDataRead() {
            if (settled.compareAndSet(false, true)) {
                request.setAttribute(BODY, body.toByteArray());
                async.dispatch();
            }
        }

        /**
         * The connection failed or idled out while the body came in. The container closes it when this returns, so
         * the answer is flushed now; the container then reports the failure to {@link #onError(AsyncEvent)}, which
         * completes the request.
         */
        @Override
        public void onError(Throwable failure) {
            RequestIdFilter.runAs(request, () -> {
                log.debug("Could not read the body of {} {}: {}", request.getMethod(), request.getRequestURI(),
                        failure.toString());
                answer(failure instanceof SocketTimeoutException ? timedOut()
                        : ApiError.invalidRequest("the request body could not be read: " + failure.getMessage()));
            });
        }

        @Override
        public void onError(AsyncEvent event) {
            Throwable failure = event.getThrowable();
            onError(failure != null ? failure : new IOException("the connection failed"));
            async.complete();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            RequestIdFilter.runAs(request, () -> {
                log.debug("The body of {} {} did not arrive in time", request.getMethod(), request.getRequestURI());
                answer(timedOut());
            });
            async.complete();
        }

        private ApiError timedOut() {
            return ApiError.ofStatus(HttpStatus.REQUEST_TIMEOUT,
                    "the request body did not arrive within " + readTimeout.toMillis() + " ms");
        }

        /** Sends the refusal, unless the request was settled already. */
        private void answer(ApiError error) {
            if (!settled.compareAndSet(false, true)) {
                return;
            }
            try {
                refuse(response, error);
                response.flushBuffer();
            } catch (IOException clientGone) {
                log.debug("Could not answer {} {}; the client is gone", request.getMethod(), request.getRequestURI());
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }

    /**
     * The request as the rest of the chain sees it: its body already received, read from memory, and its dispatch
     * the request's first as far as the filters after this one know, since none of them has seen it yet.
     */
    private static final class ReceivedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;
        private @Nullable ServletInputStream input;

        ReceivedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            if (input == null) {
                input = new ReceivedBody(body);
            }
            return input;
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public DispatcherType getDispatcherType() {
            return DispatcherType.REQUEST;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    private static final class ReceivedBody extends ServletInputStream {

        private final ByteArrayInputStream bytes;

        ReceivedBody(byte[] body) {
            this.bytes = new ByteArrayInputStream(body);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        /** Everything is here already: the listener hears so at once. */
        @Override
        public void setReadListener(ReadListener listener) {
            try {
                if (!isFinished()) {
                    listener.onDataAvailable();
                }
                listener.onAllDataRead();
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
    }
}
