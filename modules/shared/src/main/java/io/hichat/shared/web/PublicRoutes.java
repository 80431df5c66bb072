package io.hichat.shared.web;

import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Routes a context serves without an access token. Every other route needs one; a context declares its exceptions
 * here, beside its own path table, so that paths are written in one place only.
 */
public interface PublicRoutes {

    List<Route> routes();

    record Route(HttpMethod method, String path) {
    }
}
