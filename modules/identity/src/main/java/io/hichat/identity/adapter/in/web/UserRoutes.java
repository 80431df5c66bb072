package io.hichat.identity.adapter.in.web;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import io.hichat.identity.adapter.in.web.UserPaths.CompatibilityPaths;
import io.hichat.shared.web.CompatibilityRoutes;
import io.hichat.shared.web.PublicRoutes;

/**
 * What the rest of the application must know of the user routes: registering and logging in are how a client gets
 * its first token, so they cannot require one; and which paths are the document's aliases.
 */
@Component
class UserRoutes implements PublicRoutes, CompatibilityRoutes {

    @Override
    public List<Route> routes() {
        return List.of(
                new Route(HttpMethod.POST, UserPaths.REGISTER),
                new Route(HttpMethod.POST, UserPaths.LOGIN),
                new Route(HttpMethod.POST, CompatibilityPaths.LOGIN_V2));
    }

    @Override
    public List<Alias> aliases() {
        return List.of(
                new Alias(HttpMethod.POST, CompatibilityPaths.LOGIN_V2, UserPaths.LOGIN),
                new Alias(HttpMethod.GET, CompatibilityPaths.PROFILE_USER, UserPaths.PROFILE));
    }
}
