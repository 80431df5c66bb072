package io.hichat.group.adapter.in.web;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import io.hichat.shared.web.CompatibilityRoutes;

/**
 * Every path the group routes answer on: the canonical ones, then the compatibility paths, which the API document
 * lists (with their typos) and existing clients call, served as documented. As a bean it tells the API description
 * which paths are those aliases.
 */
@Component
final class GroupPaths implements CompatibilityRoutes {

    static final String GROUP = "/v1/social/group";
    static final String MY_GROUPS = "/v1/social/groups";
    /** POST asks to join, PUT decides on a request. */
    static final String JOIN_REQUEST = "/v1/social/group/putIn";
    static final String JOIN_REQUESTS = "/v1/social/group/putIns";
    static final String INVITE = "/v1/social/group/invite";
    static final String INVITATIONS = "/v1/social/group/invitations";
    /** PUT answers an invitation. */
    static final String INVITATION = "/v1/social/group/invitation";
    static final String MEMBERS = "/v1/social/group/users";
    static final String INFO = "/v1/social/group/info";
    static final String QUIT = "/v1/social/group/quit";
    static final String ROLE = "/v1/social/group/role";
    static final String TRANSFER = "/v1/social/group/transfer";
    static final String MUTE = "/v1/social/group/mute";

    interface CompatibilityPaths {

        String MY_GROUPS = "/v1/socail/groups";
        String MEMBERS = "/v/social/group/users";
    }

    @Override
    public List<Alias> aliases() {
        return List.of(
                new Alias(HttpMethod.GET, CompatibilityPaths.MY_GROUPS, MY_GROUPS),
                new Alias(HttpMethod.GET, CompatibilityPaths.MEMBERS, MEMBERS));
    }
}
