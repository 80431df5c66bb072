package io.hichat.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The requests some handler serves: each mapping's paths with its methods (all methods where it names none, and
 * HEAD wherever GET is served, as the dispatcher does). Read once, from the handler mappings themselves, so that a
 * route a context adds needs a token without a line here, and a request no route serves is not mistaken for one.
 */
final class ServedRoutes {

    private ServedRoutes() {
    }

    static RequestMatcher of(List<RequestMappingInfoHandlerMapping> handlerMappings) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        List<RequestMatcher> served = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping : handlerMappings) {
            for (RequestMappingInfo route : mapping.getHandlerMethods().keySet()) {
                for (String pattern : route.getPatternValues()) {
                    for (HttpMethod method : methods(route.getMethodsCondition().getMethods())) {
                        served.add(paths.matcher(method, pattern));
                    }
                    if (route.getMethodsCondition().getMethods().isEmpty()) {
                        served.add(paths.matcher(pattern));
                    }
                }
            }
        }
        return new OrRequestMatcher(served);
    }

    private static List<HttpMethod> methods(Set<RequestMethod> declared) {
        List<HttpMethod> methods = new ArrayList<>(declared.stream().map(RequestMethod::asHttpMethod).toList());
        if (declared.contains(RequestMethod.GET) && !declared.contains(RequestMethod.HEAD)) {
            methods.add(HttpMethod.HEAD);
        }
        return methods;
    }
}
