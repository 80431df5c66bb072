package io.hichat.platform.openapi;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import io.hichat.shared.web.PublicRoutes;

/** The API description and its browser UI are for anyone, as the API document itself is. */
@Component
class ApiDocsRoutes implements PublicRoutes {

    @Override
    public List<Route> routes() {
        return List.of(
                new Route(HttpMethod.GET, "/v3/api-docs"),
                new Route(HttpMethod.GET, "/v3/api-docs.yaml"),
                new Route(HttpMethod.GET, "/v3/api-docs/**"),
                new Route(HttpMethod.GET, "/swagger-ui.html"),
                new Route(HttpMethod.GET, "/swagger-ui/**"));
    }
}
