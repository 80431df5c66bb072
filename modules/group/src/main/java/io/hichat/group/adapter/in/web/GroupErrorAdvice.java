package io.hichat.group.adapter.in.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.hichat.group.domain.GroupNotFound;
import io.hichat.group.domain.InvalidGroupRequest;
import io.hichat.group.domain.JoinRequestAlreadyHandled;
import io.hichat.group.domain.JoinRequestNotFound;
import io.hichat.group.domain.NotAllowedInGroup;
import io.hichat.group.domain.UserNotFound;
import io.hichat.shared.web.ApiError;
import io.hichat.shared.web.Envelope;

/** The group domain's refusals in the contract's terms, ahead of the application-wide handler. */
@RestControllerAdvice(assignableTypes = GroupController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class GroupErrorAdvice {

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> invalid(InvalidGroupRequest refusal) {
        return ApiError.invalidRequest(refusal.getMessage()).toResponse();
    }

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> unknownGroup(GroupNotFound refusal) {
        return ApiError.notFound(refusal.getMessage()).toResponse();
    }

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> unknownUser(UserNotFound refusal) {
        return ApiError.notFound(refusal.getMessage()).toResponse();
    }

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> unknownRequest(JoinRequestNotFound refusal) {
        return ApiError.notFound(refusal.getMessage()).toResponse();
    }

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> notAllowed(NotAllowedInGroup refusal) {
        return ApiError.forbidden(refusal.getMessage()).toResponse();
    }

    @ExceptionHandler
    ResponseEntity<Envelope<Void>> alreadyHandled(JoinRequestAlreadyHandled refusal) {
        return ApiError.conflict(refusal.getMessage()).toResponse();
    }
}
