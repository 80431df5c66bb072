package io.hichat.platform.security;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Whether a handler serves a request, asked of the dispatcher's own handler mappings, all of them and in its order:
 * controllers, the API description's resources, and whatever a context adds later, so that nothing a handler
 * serves is missed. A path served only for other methods is not served (the dispatcher answers 405); a route that
 * matches but refuses the request some other way (its content type, say) is. Handler mappings leave attributes on
 * the request they look at, so they look at a copy whose attributes are its own.
 */
final class ServedRequests {

    private final List<HandlerMapping> handlerMappings;

    ServedRequests(List<HandlerMapping> handlerMappings) {
        this.handlerMappings = List.copyOf(handlerMappings);
    }

    boolean isServed(HttpServletRequest request) {
        HttpServletRequest probe = new AttributesOfItsOwn(request);
        ServletRequestPathUtils.parseAndCache(probe);
        for (HandlerMapping mapping : handlerMappings) {
            try {
                if (mapping.getHandler(probe) != null) {
                    return true;
                }
            } catch (HttpRequestMethodNotSupportedException wrongMethod) {
                return false;
            } catch (Exception refusedByAMatchingRoute) {
                return true;
            }
        }
        return false;
    }

    /** The request, with attributes set and removed on the copy only. */
    private static final class AttributesOfItsOwn extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        AttributesOfItsOwn(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (attributes.containsKey(name)) {
                return attributes.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
            names.removeAll(removed);
            names.addAll(attributes.keySet());
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object value) {
            removed.remove(name);
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
            removed.add(name);
        }
    }
}
