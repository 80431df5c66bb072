package io.hichat.platform.web;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.hichat.shared.web.ApiError;
import io.hichat.shared.web.Envelope;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Replaces Spring Boot's error page: what fails outside a controller (in a filter, in the servlet container) still
 * answers the error envelope.
 */
@RestController
class ErrorEnvelopeController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Envelope<Void>> error(HttpServletRequest request) {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (failure instanceof Throwable throwable) {
            return Failures.answer(throwable, request.getMethod(), path).toResponse();
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null) {
            return ApiError.notFound("no route " + request.getMethod() + " " + request.getRequestURI()).toResponse();
        }
        return ApiError.ofStatus(status, status.getReasonPhrase().toLowerCase()).toResponse();
    }
}
