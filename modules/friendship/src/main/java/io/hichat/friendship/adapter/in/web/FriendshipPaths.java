package io.hichat.friendship.adapter.in.web;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import io.hichat.shared.web.CompatibilityRoutes;

/**
 * Every path the friendship routes answer on: the canonical ones, then the compatibility paths, which the API
 * document lists (with their typos) and existing clients call, served as documented. As a bean it tells the API
 * description which paths are those aliases.
 */
@Component
final class FriendshipPaths implements CompatibilityRoutes {

    /** POST sends a request, PUT handles one. */
    static final String REQUEST = "/v1/social/friend/putIn";
    static final String REQUESTS = "/v1/social/friend/putIns";
    static final String FRIENDS = "/v1/social/friends";
    /** DELETE ends a friendship. */
    static final String FRIEND = "/v1/social/friend";
    static final String REMARK = "/v1/social/friend/remark";
    /** POST blocks a user, DELETE lifts a block, GET lists the users blocked. */
    static final String BLACKLIST = "/v1/social/blacklist";

    interface CompatibilityPaths {

        String SEND_REQUEST = "/friend/putIn";
        String REQUESTS = "/v1/socialfriend/putIns";
    }

    @Override
    public List<Alias> aliases() {
        return List.of(
                new Alias(HttpMethod.POST, CompatibilityPaths.SEND_REQUEST, REQUEST),
                new Alias(HttpMethod.GET, CompatibilityPaths.REQUESTS, REQUESTS));
    }
}
