package io.hichat.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jmolecules.event.types.DomainEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/**
 * Every domain event the application published, from whichever thread published it (the listeners of an event
 * run apart), for a test to count what a request or a clean-up did. Import it into the test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class HeardEvents {

    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(DomainEvent event) {
        events.add(event);
    }

    /** The events of the type heard so far, in the order they were heard. */
    public <E extends DomainEvent> List<E> of(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
