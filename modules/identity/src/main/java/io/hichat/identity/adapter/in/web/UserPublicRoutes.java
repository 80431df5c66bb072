package io.hichat.identity.adapter.in.web;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import io.hichat.shared.web.PublicRoutes;

/** Registering and logging in are how a client gets its first token, so they cannot require one. */
@Component
class UserPublicRoutes implements PublicRoutes {

    @Override
    public List<Route> routes() {
        return List.of(
                new Route(HttpMethod.POST, UserPaths.REGISTER),
                new Route(HttpMethod.POST, UserPaths.LOGIN),
                new Route(HttpMethod.POST, UserPaths.CompatibilityPaths.LOGIN_V2));
    }
}
