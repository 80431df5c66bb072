package io.hichat.shared.domain;

/**
 * The port every context's use cases publish their aggregates' events through; one adapter serves them all.
 */
public interface DomainEventPublisher {

    /**
     * Publishes the events the aggregate recorded, within the caller's transaction, so an event is recorded only if
     * the change it reports commits.
     */
    void publishEventsOf(EventRecordingAggregate aggregate);
}
