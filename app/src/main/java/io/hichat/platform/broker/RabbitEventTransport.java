package io.hichat.platform.broker;

import java.time.Duration;
import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.modulith.events.RoutingTarget;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import lombok.RequiredArgsConstructor;

/**
 * Sends one event to RabbitMQ and answers when the broker has taken it: the returned future completes on the
 * publisher confirm, and fails when the broker refuses it (a negative confirm: a missing exchange, a broker
 * without room), returns it (no queue is bound for its routing key), or says nothing within the timeout. The
 * event publication registry completes the publication only when the future does, so a refused event stays
 * incomplete and is resubmitted.
 * <p>
 * The body is the event as JSON with snake_case names ({@code event_id}, {@code occurred_at}, ...); the message id
 * is the event id, for consumers to drop repeats, and its type the routing key.
 */
@RequiredArgsConstructor
final class RabbitEventTransport implements BiFunction<RoutingTarget, Object, CompletableFuture<?>> {

    /** How an event looks on the wire; the AsyncAPI description names the fields as this writes them. */
    static final JsonMapper WIRE = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private final RabbitTemplate rabbit;
    private final Duration confirmTimeout;

    @Override
    public CompletableFuture<?> apply(RoutingTarget target, Object event) {
        Message message = messageOf(event, target.getKey());
        CorrelationData correlation = new CorrelationData(message.getMessageProperties().getMessageId());
        rabbit.send(target.getTarget(), target.getKey(), message, correlation);
        return correlation.getFuture()
                .orTimeout(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(confirm -> {
                    if (!confirm.ack()) {
                        throw new IllegalStateException("the broker refused " + target.getKey() + ": "
                                + confirm.reason());
                    }
                    if (correlation.getReturned() != null) {
                        throw new IllegalStateException("the broker routed " + target.getKey() + " to no queue: "
                                + correlation.getReturned().getReplyText());
                    }
                    return confirm;
                });
    }

    static Message messageOf(Object event, String routingKey) {
        var tree = WIRE.valueToTree(event);
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding("UTF-8");
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setType(routingKey);
        properties.setMessageId(tree.path("event_id").asString());
        properties.setTimestamp(new Date(tree.path("occurred_at").asLong() * 1000));
        return new Message(WIRE.writeValueAsBytes(tree), properties);
    }
}
