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
        // The error page is dispatched as a GET; the failed request's own method and path are kept aside.
        Object failedMethod = request.getAttribute(RequestDispatcher.ERROR_METHOD);
        Object failedPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String method = failedMethod != null ? failedMethod.toString() : request.getMethod();
        String path = failedPath != null ? failedPath.toString() : request.getRequestURI();
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            return Failures.answer(failure, method, path).toResponse();
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null) {
            return ApiError.notFound("no route " + method + " " + path).toResponse();
        }
        return ApiError.ofStatus(status, status.getReasonPhrase().toLowerCase()).toResponse();
    }
}
