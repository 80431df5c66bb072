package io.hichat.shared.web;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * One error answer: its HTTP status, its contract code and its message. Web adapters translate their context's
 * domain exceptions into these, so the HTTP vocabulary stays out of the domain.
 *
 * @param retryAfter for a refusal that may succeed later (429, 503 busy): when to try again, sent as
 *        {@code Retry-After} in whole seconds; {@code null} for none
 */
public record ApiError(HttpStatus status, ErrorCode code, String message, @Nullable Duration retryAfter) {

    public ApiError(HttpStatus status, ErrorCode code, String message) {
        this(status, code, message, null);
    }

    /** The server is busy: a bounded queue of work is full, or every database connection stays taken. */
    public static ApiError busy(String message, Duration retryAfter) {
        return new ApiError(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.BUSY, message, retryAfter);
    }

    /**
     * An error known only by its HTTP status, with the contract's code for that class of error: the request's own
     * faults (malformed, too slow, too large, of the wrong type or protocol version) are 100002, a missing or
     * refused token 100003, an unreachable database 100004, the rest 100001.
     */
    public static ApiError ofStatus(HttpStatus status, String message) {
        ErrorCode code = switch (status) {
            case BAD_REQUEST, REQUEST_TIMEOUT, LENGTH_REQUIRED, CONTENT_TOO_LARGE, PAYLOAD_TOO_LARGE, URI_TOO_LONG,
                    UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE_CONTENT, REQUEST_HEADER_FIELDS_TOO_LARGE,
                    HTTP_VERSION_NOT_SUPPORTED -> ErrorCode.INVALID_REQUEST;
            case UNAUTHORIZED -> ErrorCode.UNAUTHENTICATED;
            case SERVICE_UNAVAILABLE -> ErrorCode.UNAVAILABLE;
            default -> ErrorCode.REFUSED;
        };
        return new ApiError(status, code, message);
    }

    public static ApiError invalidRequest(String message) {
        return new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_REQUEST, message);
    }

    public static ApiError unauthenticated(String message) {
        return new ApiError(HttpStatus.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, message);
    }

    public static ApiError forbidden(String message) {
        return new ApiError(HttpStatus.FORBIDDEN, ErrorCode.REFUSED, message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(HttpStatus.NOT_FOUND, ErrorCode.REFUSED, message);
    }

    public static ApiError conflict(String message) {
        return new ApiError(HttpStatus.CONFLICT, ErrorCode.REFUSED, message);
    }

    /** {@link #retryAfter} in whole seconds, at least 1, or {@code null} for none. */
    public @Nullable String retryAfterSeconds() {
        return retryAfter == null ? null : Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000));
    }

    public ResponseEntity<Envelope<Void>> toResponse() {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        String seconds = retryAfterSeconds();
        if (seconds != null) {
            answer.header(HttpHeaders.RETRY_AFTER, seconds);
        }
        return answer.body(Envelope.error(code, message));
    }
}
