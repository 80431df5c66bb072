package io.hichat.friendship.adapter.in.web;

/**
 * Every path the friendship routes answer on: the canonical ones, then the compatibility paths, which the API
 * document lists (with their typos) and existing clients call, served as documented.
 */
interface FriendshipPaths {

    /** POST sends a request, PUT handles one. */
    String REQUEST = "/v1/social/friend/putIn";
    String REQUESTS = "/v1/social/friend/putIns";
    String FRIENDS = "/v1/social/friends";

    interface CompatibilityPaths {

        String SEND_REQUEST = "/friend/putIn";
        String REQUESTS = "/v1/socialfriend/putIns";
    }
}
