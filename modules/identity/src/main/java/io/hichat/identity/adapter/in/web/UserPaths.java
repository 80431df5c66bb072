package io.hichat.identity.adapter.in.web;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import io.hichat.shared.web.CompatibilityRoutes;
import io.hichat.shared.web.PublicRoutes;

/**
 * Every path the user routes answer on: the canonical ones, then the compatibility paths, which the API document
 * lists and existing clients call, served as documented. As a bean it tells the rest of the application what it
 * must know of them: registering and logging in are how a client gets its first token, so they cannot require one;
 * and which paths are the document's aliases.
 */
@Component
final class UserPaths implements PublicRoutes, CompatibilityRoutes {

    static final String REGISTER = "/api/v1/user/register";
    static final String LOGIN = "/api/v1/user/login";
    static final String PROFILE = "/api/v1/user/detail";
    static final String UPDATE_PROFILE = "/api/v1/user/update";
    static final String SEARCH = "/api/v1/user/search";
    static final String PASSWORD = "/api/v1/user/password";
    static final String LOGOUT = "/api/v1/user/logout";
    /** DELETE deletes the caller's account. */
    static final String ACCOUNT = "/api/v1/user";

    interface CompatibilityPaths {

        String LOGIN_V2 = "/api/v2/user/login";
        String PROFILE_USER = "/api/v1/user/user";
    }

    @Override
    public List<Route> routes() {
        return List.of(
                new Route(HttpMethod.POST, REGISTER),
                new Route(HttpMethod.POST, LOGIN),
                new Route(HttpMethod.POST, CompatibilityPaths.LOGIN_V2));
    }

    @Override
    public List<Alias> aliases() {
        return List.of(
                new Alias(HttpMethod.POST, CompatibilityPaths.LOGIN_V2, LOGIN),
                new Alias(HttpMethod.GET, CompatibilityPaths.PROFILE_USER, PROFILE));
    }
}
