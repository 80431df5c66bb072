package io.hichat.identity.adapter.in.web;

/**
 * Every path the user routes answer on: the canonical ones, then the compatibility paths, which the API document
 * lists and existing clients call, served as documented.
 */
interface UserPaths {

    String REGISTER = "/api/v1/user/register";
    String LOGIN = "/api/v1/user/login";
    String PROFILE = "/api/v1/user/detail";
    String UPDATE_PROFILE = "/api/v1/user/update";
    String SEARCH = "/api/v1/user/search";
    String PASSWORD = "/api/v1/user/password";
    String LOGOUT = "/api/v1/user/logout";
    /** DELETE deletes the caller's account. */
    String ACCOUNT = "/api/v1/user";

    interface CompatibilityPaths {

        String LOGIN_V2 = "/api/v2/user/login";
        String PROFILE_USER = "/api/v1/user/user";
    }
}
