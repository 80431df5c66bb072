package io.hichat.platform.events;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.hichat.shared.domain.DomainEventPublisher;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The publisher of every context's domain events, and the upkeep of Spring Modulith's publication registry: failed
 * publications resubmitted on a schedule, incomplete ones counted. An auto-configuration rather than scanned
 * components, so a module test, which scans only its own context, has them too.
 */
@AutoConfiguration
@EnableScheduling
@Import({ FailedPublicationsResubmission.class, IncompletePublications.class })
public class DomainEventsAutoConfiguration {

    @Bean
    DomainEventPublisher domainEventPublisher(ApplicationEventPublisher events) {
        return new ApplicationEventsPublisher(events);
    }

    /** The gauge of publications still owed to a listener, read when the metrics are scraped. */
    @Bean
    MeterBinder incompletePublicationsGauge(IncompletePublications incomplete) {
        return registry -> Gauge.builder("hichat.events.publications.incomplete", incomplete::count)
                .description("event publications not yet completed by their listener: in flight, failed, or "
                        + "left by a process that died")
                .register(registry);
    }
}
