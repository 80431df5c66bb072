/**
 * The public events outside the process (contract §11): published to RabbitMQ when {@code hichat.events.broker} is
 * {@code rabbitmq}, through Spring Modulith's event externalization and the publication registry, and described in
 * an AsyncAPI document ({@code /asyncapi.yaml}).
 */
@NullMarked
package io.hichat.platform.broker;

import org.jspecify.annotations.NullMarked;
