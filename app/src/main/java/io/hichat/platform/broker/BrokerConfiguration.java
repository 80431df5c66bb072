package io.hichat.platform.broker;

import java.util.concurrent.CompletableFuture;

import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

/**
 * Publishes the public events to RabbitMQ through Spring Modulith's event externalization, when
 * {@code hichat.events.broker} is {@code rabbitmq}: the externalizer is a listener of the publication registry, so
 * an event goes out after its transaction commits and a crash or a refusal in between leaves the publication to be
 * resubmitted. The setting is read when the server starts, not when it is built: the beans always exist (Spring's
 * ahead-of-time processing fixes the bean definitions at build time), and with {@code none} the externalizer
 * selects no event, so no publication is stored and no connection opened. With {@code kafka} the events are
 * selected for Spring Modulith's Kafka externalizer, and this one passes them by.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventsProperties.class)
class BrokerConfiguration {

    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration(EventsProperties settings) {
        return EventExternalizationConfiguration.externalizing()
                .select(event -> settings.publishesEvents() && PublicEvents.isPublic(event))
                .routeAll(event -> PublicEvents.routeOf(event, settings.exchange()))
                .build();
    }

    @Bean
    DelegatingEventExternalizer brokerExternalizer(EventExternalizationConfiguration configuration,
            RabbitTemplate rabbit, EventsProperties settings) {
        RabbitEventTransport transport = new RabbitEventTransport(rabbit, settings.confirmTimeout());
        return new DelegatingEventExternalizer(configuration, (target, event) -> settings.publishesToRabbitMq()
                ? transport.apply(target, event)
                : CompletableFuture.completedFuture(null));
    }

    /** Declared on the broker when the first connection opens, which happens only when events are published. */
    @Bean
    TopicExchange eventsExchange(EventsProperties settings) {
        return new TopicExchange(settings.exchange(), true, false);
    }
}
