package io.hichat.identity.adapter.out.event;

import java.util.List;

import org.jmolecules.event.types.DomainEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.hichat.identity.application.port.out.PublishEventPort;

@Component
class IdentityEventPublisher implements PublishEventPort {

    private final ApplicationEventPublisher publisher;

    IdentityEventPublisher(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(List<DomainEvent> events) {
        events.forEach(publisher::publishEvent);
    }
}
