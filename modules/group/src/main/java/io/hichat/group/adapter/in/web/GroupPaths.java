package io.hichat.group.adapter.in.web;

/**
 * Every path the group routes answer on: the canonical ones, then the compatibility paths, which the API document
 * lists (with their typos) and existing clients call, served as documented.
 */
interface GroupPaths {

    String GROUP = "/v1/social/group";
    String MY_GROUPS = "/v1/social/groups";
    /** POST asks to join, PUT decides on a request. */
    String JOIN_REQUEST = "/v1/social/group/putIn";
    String JOIN_REQUESTS = "/v1/social/group/putIns";
    String INVITE = "/v1/social/group/invite";
    String MEMBERS = "/v1/social/group/users";
    String INFO = "/v1/social/group/info";
    String QUIT = "/v1/social/group/quit";
    String ROLE = "/v1/social/group/role";
    String TRANSFER = "/v1/social/group/transfer";
    String MUTE = "/v1/social/group/mute";

    interface CompatibilityPaths {

        String MY_GROUPS = "/v1/socail/groups";
        String MEMBERS = "/v/social/group/users";
    }
}
