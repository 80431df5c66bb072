package io.hichat.group.adapter.out.event;

import java.util.List;

import org.jmolecules.event.types.DomainEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.hichat.group.application.port.out.PublishEventPort;

@Component
class GroupEventPublisher implements PublishEventPort {

    private final ApplicationEventPublisher publisher;

    GroupEventPublisher(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(List<DomainEvent> events) {
        events.forEach(publisher::publishEvent);
    }
}
