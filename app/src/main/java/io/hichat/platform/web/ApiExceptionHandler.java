package io.hichat.platform.web;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import lombok.RequiredArgsConstructor;

import io.hichat.shared.domain.Invalid;
import io.hichat.shared.domain.NotAllowed;
import io.hichat.shared.domain.NotFound;
import io.hichat.shared.domain.Refusal;
import io.hichat.shared.domain.TooManyAttempts;
import io.hichat.shared.domain.TryLater;
import io.hichat.shared.web.ApiError;
import io.hichat.shared.web.Envelope;
import io.hichat.shared.web.ErrorCode;
import io.hichat.shared.web.InvalidJsonValue;
import io.hichat.shared.web.InvalidRequest;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The error envelope for every failure a controller meets: the domains' refusals by their kind (the shared kernel's
 * taxonomy, mapped once here to the contract's table), Spring MVC's errors (unreadable bodies, unknown routes, wrong
 * methods and media types), then anything unexpected. A context adds advice of its own only for a refusal the
 * contract answers otherwise than its kind.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
@RequiredArgsConstructor
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MeterRegistry metrics;

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> typeMismatch(MethodArgumentTypeMismatchException mismatch) {
        return ApiError.invalidRequest("parameter '" + mismatch.getName() + "' must be "
                + JsonTypes.describe(mismatch.getRequiredType())).toResponse();
    }

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> invalid(InvalidRequest refusal) {
        return ApiError.invalidRequest(refusal.getMessage()).toResponse();
    }

    /** The contract's table (§3) for the domain's refusals: 400, 404, 403 or 409, by their kind. */
    @ExceptionHandler
    ResponseEntity<Envelope<Void>> refused(Refusal refusal) {
        String message = refusal.getMessage();
        ApiError error;
        if (refusal instanceof Invalid) {
            error = ApiError.invalidRequest(message);
        } else if (refusal instanceof NotFound) {
            error = ApiError.notFound(message);
        } else if (refusal instanceof NotAllowed) {
            error = ApiError.forbidden(message);
        } else if (refusal instanceof TryLater later) {
            return tryLater(later);
        } else {
            error = ApiError.conflict(message);
        }
        return error.toResponse();
    }

    /**
     * 429 for the caller's limit, 503 for the server's, each saying in whole seconds when to try again, and counted
     * ({@code hichat.requests.refused}, by reason: {@code throttled} attempts, {@code busy} password hashing).
     */
    private ResponseEntity<Envelope<Void>> tryLater(TryLater later) {
        ApiError error = later instanceof TooManyAttempts
                ? new ApiError(HttpStatus.TOO_MANY_REQUESTS, ErrorCode.TOO_MANY_ATTEMPTS, later.getMessage(),
                        later.retryAfter())
                : ApiError.busy(later.getMessage(), later.retryAfter());
        metrics.counter("hichat.requests.refused", "reason", later instanceof TooManyAttempts ? "throttled" : "busy")
                .increment();
        return error.toResponse();
    }

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> unauthenticated(AuthenticationException refusal) {
        return ApiError.unauthenticated(refusal.getMessage()).toResponse();
    }

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> unexpected(Exception failure, HttpServletRequest request) {
        return Failures.answer(failure, request.getMethod(), request.getRequestURI()).toResponse();
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(ApiError.invalidRequest(describe(unreadable)), headers);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException notFound,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(ApiError.notFound("no route " + notFound.getHttpMethod() + " " + notFound.getRequestURL()),
                headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException wrongMethod, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        String supported = wrongMethod.getSupportedHttpMethods() == null ? ""
                : "; use " + wrongMethod.getSupportedHttpMethods().stream().map(Object::toString)
                        .collect(Collectors.joining(" or "));
        return answer(ApiError.ofStatus(HttpStatus.METHOD_NOT_ALLOWED,
                wrongMethod.getMethod() + " is not supported on " + path(request) + supported), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException wrongType,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(ApiError.ofStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "send the body as JSON, with Content-Type: application/json"), headers);
    }

    /** Every other Spring MVC error keeps its status and gets the envelope with a plain message. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpStatus httpStatus = HttpStatus.valueOf(status.value());
        String message = httpStatus.is5xxServerError() ? "the server could not answer this request"
                : httpStatus.getReasonPhrase().toLowerCase() + ": " + failure.getMessage();
        return answer(ApiError.ofStatus(httpStatus, message), headers);
    }

    private static ResponseEntity<Object> answer(ApiError error, HttpHeaders headers) {
        return ResponseEntity.status(error.status()).headers(headers)
                .body(Envelope.error(error.code(), error.message()));
    }

    /** Names the field and what it must be, never a Java class or a parser's internals. */
    static String describe(HttpMessageNotReadableException unreadable) {
        Throwable cause = unreadable.getCause();
        if (cause instanceof InvalidJsonValue invalid) {
            return "field '" + fieldPath(invalid.getPath()) + "' " + invalid.rule();
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String field = fieldPath(mismatch.getPath());
            return field.isEmpty() ? "request body must be a JSON object"
                    : "field '" + field + "' must be " + JsonTypes.describe(mismatch.getTargetType());
        }
        if (cause instanceof InputCoercionException outOfRange && !outOfRange.getPath().isEmpty()) {
            return "field '" + fieldPath(outOfRange.getPath()) + "' is out of range for "
                    + JsonTypes.describe(outOfRange.getTargetType());
        }
        if (cause instanceof JacksonException) {
            return "request body is not valid JSON";
        }
        return "request body is missing";
    }

    private static String fieldPath(List<JacksonException.Reference> path) {
        return path.stream()
                .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String path(WebRequest request) {
        return request instanceof NativeWebRequest nativeRequest
                && nativeRequest.getNativeRequest() instanceof HttpServletRequest servletRequest
                        ? servletRequest.getRequestURI()
                        : request.getDescription(false);
    }
}
