package io.hichat.platform.broker;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.jmolecules.event.types.DomainEvent;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.util.ClassUtils;

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
        return isPublicType(event.getClass());
    }

    static boolean isPublicType(Class<?> type) {
        return DomainEvent.class.isAssignableFrom(type) && EVENTS_PACKAGE.matcher(type.getPackageName()).matches();
    }

    /** Every public event type, found on the class path; sorted by routing key. */
    static List<Class<?>> all() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(DomainEvent.class));
        return scanner.findCandidateComponents("io.hichat").stream()
                .<Class<?>>map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(),
                        PublicEvents.class.getClassLoader()))
                .filter(PublicEvents::isPublicType)
                .sorted(Comparator.comparing(PublicEvents::routingKeyOf))
                .toList();
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
