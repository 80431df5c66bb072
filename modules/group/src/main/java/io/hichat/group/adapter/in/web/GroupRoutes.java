package io.hichat.group.adapter.in.web;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import io.hichat.group.adapter.in.web.GroupPaths.CompatibilityPaths;
import io.hichat.shared.web.CompatibilityRoutes;

/** Which group paths are the document's aliases, for the API description. */
@Component
class GroupRoutes implements CompatibilityRoutes {

    @Override
    public List<Alias> aliases() {
        return List.of(
                new Alias(HttpMethod.GET, CompatibilityPaths.MY_GROUPS, GroupPaths.MY_GROUPS),
                new Alias(HttpMethod.GET, CompatibilityPaths.MEMBERS, GroupPaths.MEMBERS));
    }
}
