package io.hichat.identity.adapter.in.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;

import io.hichat.identity.InvalidAccessToken;
import io.hichat.identity.domain.InvalidCredentials;
import io.hichat.identity.domain.UnknownUser;
import io.hichat.identity.domain.WrongPassword;
import io.hichat.shared.web.ApiError;
import io.hichat.shared.web.Envelope;
import io.hichat.shared.web.ErrorCode;

/**
 * The identity refusals the contract answers otherwise than their kind: wrong credentials, and a token's user who is
 * gone or a token refused while in use, are all 401, with different codes. Ahead of the application-wide handler,
 * which answers every other refusal by its kind.
 */
@RestControllerAdvice(assignableTypes = UserController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityErrorAdvice {

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> wrongCredentials(InvalidCredentials refusal) {
        return new ApiError(HttpStatus.UNAUTHORIZED, ErrorCode.REFUSED, refusal.getMessage()).toResponse();
    }

    /** Said under the name of the field the route takes the password in. */
    @ExceptionHandler
    ResponseEntity<Envelope<Void>> wrongPassword(WrongPassword refusal, HandlerMethod route) {
        PasswordField field = route.getMethodAnnotation(PasswordField.class);
        String name = field == null ? "password" : field.value();
        return new ApiError(HttpStatus.UNAUTHORIZED, ErrorCode.REFUSED, name + " is not the account's password")
                .toResponse();
    }

    /** A token that was accepted for the request, then logged out by another request before this one used it. */
    @ExceptionHandler
    ResponseEntity<Envelope<Void>> refusedToken(InvalidAccessToken refusal) {
        return ApiError.unauthenticated(refusal.getMessage()).toResponse();
    }

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> unknownUser(UnknownUser refusal) {
        return ApiError.unauthenticated(refusal.getMessage()).toResponse();
    }
}
