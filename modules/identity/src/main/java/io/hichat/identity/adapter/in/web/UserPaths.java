package io.hichat.identity.adapter.in.web;

/**
 * Every path the user routes answer on: the canonical ones, then the compatibility paths, which the API document
 * lists and existing clients call, served as documented.
 */
final class UserPaths {

    static final String REGISTER = "/api/v1/user/register";
    static final String LOGIN = "/api/v1/user/login";
    static final String PROFILE = "/api/v1/user/detail";

    static final class CompatibilityPaths {

        static final String LOGIN_V2 = "/api/v2/user/login";
        static final String PROFILE_USER = "/api/v1/user/user";

        private CompatibilityPaths() {
        }
    }

    private UserPaths() {
    }
}
