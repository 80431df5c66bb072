package io.hichat.platform.broker;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The broker's part of readiness: up when no broker is configured (the events stay in the process), else whether
 * RabbitMQ answers. Boot's own RabbitMQ indicator is off: it would ask a broker nobody configured.
 */
@Component("brokerHealthIndicator")
@RequiredArgsConstructor
class BrokerHealthIndicator implements HealthIndicator {

    private final EventsProperties settings;
    private final RabbitTemplate rabbit;

    @Override
    public Health health() {
        if (!settings.publishesToRabbitMq()) {
            return Health.up().withDetail("broker", settings.broker().name().toLowerCase()).build();
        }
        Object version = rabbit.execute(channel -> channel.getConnection().getServerProperties().get("version"));
        return Health.up().withDetail("broker", "rabbitmq").withDetail("version", String.valueOf(version)).build();
    }
}
