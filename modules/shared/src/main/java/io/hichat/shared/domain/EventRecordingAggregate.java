package io.hichat.shared.domain;

import java.util.ArrayList;
import java.util.List;

import org.jmolecules.event.types.DomainEvent;

/**
 * An aggregate that records domain events as it changes, for its use case to publish once the change is stored.
 */
public abstract class EventRecordingAggregate {

    private final List<DomainEvent> events = new ArrayList<>();

    protected final void record(DomainEvent event) {
        events.add(event);
    }

    /** The events recorded since the last call, each handed out once. */
    public final List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }
}
