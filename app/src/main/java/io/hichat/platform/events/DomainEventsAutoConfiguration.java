package io.hichat.platform.events;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

import io.hichat.shared.domain.DomainEventPublisher;

/**
 * The publisher of every context's domain events. An auto-configuration rather than a scanned component, so a
 * module test, which scans only its own context, has it too.
 */
@AutoConfiguration
public class DomainEventsAutoConfiguration {

    @Bean
    DomainEventPublisher domainEventPublisher(ApplicationEventPublisher events) {
        return new ApplicationEventsPublisher(events);
    }
}
