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
    /** DELETE ends a friendship. */
    String FRIEND = "/v1/social/friend";
    String REMARK = "/v1/social/friend/remark";
    /** POST blocks a user, DELETE lifts a block, GET lists the users blocked. */
    String BLACKLIST = "/v1/social/blacklist";

    interface CompatibilityPaths {

        String SEND_REQUEST = "/friend/putIn";
        String REQUESTS = "/v1/socialfriend/putIns";
    }
}
