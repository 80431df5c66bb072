package io.hichat.friendship.adapter.in.web;

/**
 * Every path the friendship routes answer on: the canonical ones, then the compatibility paths, which the API
 * document lists (with their typos) and existing clients call, served as documented.
 */
final class FriendshipPaths {

    /** POST sends a request, PUT handles one. */
    static final String REQUEST = "/v1/social/friend/putIn";
    static final String REQUESTS = "/v1/social/friend/putIns";
    static final String FRIENDS = "/v1/social/friends";

    static final class CompatibilityPaths {

        static final String SEND_REQUEST = "/friend/putIn";
        static final String REQUESTS = "/v1/socialfriend/putIns";

        private CompatibilityPaths() {
        }
    }

    private FriendshipPaths() {
    }
}
