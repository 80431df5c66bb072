package io.hichat.platform.broker;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the public events go besides this process's own listeners.
 *
 * @param broker {@code none} (the default: the events stay in the process), {@code rabbitmq} (published to the
 *        broker {@code spring.rabbitmq.*} names, after the transaction that made them commits) or {@code kafka}
 *        (selected the same way, for Spring Modulith's Kafka externalizer, once its module is added: see the README)
 * @param exchange the topic exchange they are published to, declared if missing; routing key
 *        {@code <context>.<event>}, such as {@code friendship.friend_request_accepted}
 * @param confirmTimeout how long a publication waits for the broker to confirm it has taken the message; past it,
 *        the publication fails and is resubmitted later
 */
@ConfigurationProperties("hichat.events")
public record EventsProperties(@DefaultValue("none") Broker broker, @DefaultValue("hichat.events") String exchange,
        @DefaultValue("10s") Duration confirmTimeout) {

    public enum Broker {
        NONE, RABBITMQ, KAFKA
    }

    public EventsProperties {
        if (exchange.isBlank()) {
            throw new IllegalArgumentException("hichat.events.exchange must name an exchange");
        }
        if (confirmTimeout.isNegative() || confirmTimeout.isZero()) {
            throw new IllegalArgumentException("hichat.events.confirm-timeout must be a positive duration");
        }
    }

    boolean publishesEvents() {
        return broker != Broker.NONE;
    }

    boolean publishesToRabbitMq() {
        return broker == Broker.RABBITMQ;
    }
}
