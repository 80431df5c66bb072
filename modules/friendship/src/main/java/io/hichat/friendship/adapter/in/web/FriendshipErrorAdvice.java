package io.hichat.friendship.adapter.in.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.hichat.friendship.domain.FriendRequestAlreadyHandled;
import io.hichat.friendship.domain.FriendRequestNotFound;
import io.hichat.friendship.domain.InvalidFriendRequest;
import io.hichat.friendship.domain.NotAllowedToHandle;
import io.hichat.friendship.domain.UserNotFound;
import io.hichat.shared.web.ApiError;
import io.hichat.shared.web.Envelope;

/** The friendship domain's refusals in the contract's terms, ahead of the application-wide handler. */
@RestControllerAdvice(assignableTypes = FriendshipController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FriendshipErrorAdvice {

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> invalid(InvalidFriendRequest refusal) {
        return ApiError.invalidRequest(refusal.getMessage()).toResponse();
    }

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> unknownUser(UserNotFound refusal) {
        return ApiError.notFound(refusal.getMessage()).toResponse();
    }

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> unknownRequest(FriendRequestNotFound refusal) {
        return ApiError.notFound(refusal.getMessage()).toResponse();
    }

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> notAllowed(NotAllowedToHandle refusal) {
        return ApiError.forbidden(refusal.getMessage()).toResponse();
    }

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> alreadyHandled(FriendRequestAlreadyHandled refusal) {
        return ApiError.conflict(refusal.getMessage()).toResponse();
    }
}
