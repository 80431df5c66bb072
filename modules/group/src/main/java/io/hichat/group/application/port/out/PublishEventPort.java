package io.hichat.group.application.port.out;

import java.util.List;

import org.jmolecules.event.types.DomainEvent;

public interface PublishEventPort {

    /** Publishes within the caller's transaction, so an event is recorded only if the change it reports commits. */
    void publish(List<DomainEvent> events);
}
