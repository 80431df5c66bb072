package io.hichat.platform.broker;

import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.hichat.shared.web.PublicRoutes;
import io.swagger.v3.oas.annotations.Hidden;

/** Serves the AsyncAPI description of the public events, open to anyone as the OpenAPI one is. */
@RestController
@Hidden
class AsyncApiController {

    static final String PATH = "/asyncapi.yaml";

    /** Written on the first request, not at start: it scans the class path for the events. */
    private final SingletonSupplier<String> document;

    AsyncApiController(EventsProperties settings) {
        this.document = SingletonSupplier.of(() -> AsyncApiDocument.yaml(PublicEvents.all(), settings.exchange()));
    }

    @GetMapping(path = PATH, produces = "application/yaml")
    String asyncApi() {
        return document.obtain();
    }

    @Component
    static class Routes implements PublicRoutes {

        @Override
        public List<Route> routes() {
            return List.of(new Route(HttpMethod.GET, PATH));
        }
    }
}
