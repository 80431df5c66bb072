package io.hichat.friendship.adapter.in.web;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import io.hichat.friendship.adapter.in.web.FriendshipPaths.CompatibilityPaths;
import io.hichat.shared.web.CompatibilityRoutes;

/** Which friendship paths are the document's aliases, for the API description. */
@Component
class FriendshipRoutes implements CompatibilityRoutes {

    @Override
    public List<Alias> aliases() {
        return List.of(
                new Alias(HttpMethod.POST, CompatibilityPaths.SEND_REQUEST, FriendshipPaths.REQUEST),
                new Alias(HttpMethod.GET, CompatibilityPaths.REQUESTS, FriendshipPaths.REQUESTS));
    }
}
