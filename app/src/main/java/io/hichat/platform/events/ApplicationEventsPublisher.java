package io.hichat.platform.events;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.context.ApplicationEventPublisher;

import io.hichat.shared.domain.DomainEventPublisher;
import io.hichat.shared.domain.EventRecordingAggregate;

/**
 * Hands an aggregate's events to Spring's application events, in the caller's transaction: in-transaction
 * listeners run at once, and Spring Modulith's registry records a publication for every transactional listener, so
 * it commits with the change the event reports.
 */
@SecondaryAdapter
record ApplicationEventsPublisher(ApplicationEventPublisher events) implements DomainEventPublisher {

    @Override
    public void publishEventsOf(EventRecordingAggregate aggregate) {
        aggregate.pullEvents().forEach(events::publishEvent);
    }
}
