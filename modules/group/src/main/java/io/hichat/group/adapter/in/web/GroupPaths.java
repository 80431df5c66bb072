package io.hichat.group.adapter.in.web;

/**
 * Every path the group routes answer on: the canonical ones, then the compatibility paths, which the API document
 * lists (with their typos) and existing clients call, served as documented.
 */
final class GroupPaths {

    static final String GROUP = "/v1/social/group";
    static final String MY_GROUPS = "/v1/social/groups";
    /** POST asks to join, PUT decides on a request. */
    static final String JOIN_REQUEST = "/v1/social/group/putIn";
    static final String JOIN_REQUESTS = "/v1/social/group/putIns";
    static final String INVITE = "/v1/social/group/invite";
    static final String MEMBERS = "/v1/social/group/users";

    static final class CompatibilityPaths {

        static final String MY_GROUPS = "/v1/socail/groups";
        static final String MEMBERS = "/v/social/group/users";

        private CompatibilityPaths() {
        }
    }

    private GroupPaths() {
    }
}
