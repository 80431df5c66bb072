package io.hichat.friendship.adapter.out.event;

import java.util.List;

import org.jmolecules.event.types.DomainEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.hichat.friendship.application.port.out.PublishEventPort;

@Component
class FriendshipEventPublisher implements PublishEventPort {

    private final ApplicationEventPublisher publisher;

    FriendshipEventPublisher(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(List<DomainEvent> events) {
        events.forEach(publisher::publishEvent);
    }
}
