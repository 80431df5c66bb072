package io.hichat.identity.adapter.in.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.hichat.identity.domain.InvalidCredentials;
import io.hichat.identity.domain.InvalidUserDetails;
import io.hichat.identity.domain.PhoneAlreadyRegistered;
import io.hichat.identity.domain.UnknownUser;
import io.hichat.shared.web.ApiError;
import io.hichat.shared.web.Envelope;
import io.hichat.shared.web.ErrorCode;

/**
 * The identity domain's refusals in the contract's terms. Ahead of the application-wide handler, which answers
 * everything not named here.
 */
@RestControllerAdvice(assignableTypes = UserController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityErrorAdvice {

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> invalid(InvalidUserDetails refusal) {
        return ApiError.invalidRequest(refusal.getMessage()).toResponse();
    }

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> phoneTaken(PhoneAlreadyRegistered refusal) {
        return ApiError.conflict(refusal.getMessage()).toResponse();
    }

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> wrongCredentials(InvalidCredentials refusal) {
        return new ApiError(HttpStatus.UNAUTHORIZED, ErrorCode.REFUSED, refusal.getMessage()).toResponse();
    }

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> unknownUser(UnknownUser refusal) {
        return ApiError.unauthenticated(refusal.getMessage()).toResponse();
    }
}
