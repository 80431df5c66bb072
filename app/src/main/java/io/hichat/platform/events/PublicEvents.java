package io.hichat.platform.events;

import java.util.regex.Pattern;

import org.jmolecules.event.types.DomainEvent;
import org.springframework.modulith.events.RoutingTarget;

/**
 * The contexts' public events (contract §11): the classes of a context's {@code events} package. Each goes to one
 * topic exchange under the routing key {@code <context>.<event>}, the event's name in snake case:
 * {@code io.hichat.group.events.GroupMemberJoined} is {@code group.group_member_joined}.
 */
final class PublicEvents {

    private static final Pattern EVENTS_PACKAGE = Pattern.compile("io\\.hichat\\.([a-z]+)\\.events");
    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private PublicEvents() {
    }

    static boolean isPublic(Object event) {
        return event instanceof DomainEvent && EVENTS_PACKAGE.matcher(event.getClass().getPackageName()).matches();
    }

    static String routingKeyOf(Class<?> event) {
        var context = EVENTS_PACKAGE.matcher(event.getPackageName());
        if (!context.matches()) {
            throw new IllegalArgumentException(event.getName() + " is not a public event");
        }
        return context.group(1) + "." + WORD_START.matcher(event.getSimpleName()).replaceAll("_").toLowerCase();
    }

    static RoutingTarget routeOf(Object event, String exchange) {
        return RoutingTarget.forTarget(exchange).andKey(routingKeyOf(event.getClass()));
    }
}
