package io.hichat.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * The RabbitMQ the broker tests publish to, found when the run starts: the one answering on 127.0.0.1:5672 (user
 * guest); else a Testcontainers container where Docker runs, whose address becomes the run's
 * {@code spring.rabbitmq.*}; else none, and each broker test fails at once saying so.
 */
public final class Broker {

    /** Not the production default, so a test never publishes where a real consumer listens. */
    public static final String TEST_EXCHANGE = "hichat.events.test";

    private static String host = "127.0.0.1";
    private static int port = 5672;
    private static RabbitMQContainer container;

    private Broker() {
    }

    static synchronized void open() {
        if (answers(host, port) || !DockerClientFactory.instance().isDockerAvailable()) {
            return;
        }
        container = new RabbitMQContainer("rabbitmq:3.13-management-alpine");
        container.start();
        host = container.getHost();
        port = container.getAmqpPort();
        System.setProperty("spring.rabbitmq.host", host);
        System.setProperty("spring.rabbitmq.port", String.valueOf(port));
        System.setProperty("spring.rabbitmq.username", container.getAdminUsername());
        System.setProperty("spring.rabbitmq.password", container.getAdminPassword());
    }

    static synchronized void close() {
        if (container != null) {
            container.stop();
        }
    }

    public static String host() {
        return host;
    }

    public static int port() {
        return port;
    }

    /** Fails at once, saying what to do, when no broker answers: the test would otherwise wait for confirms. */
    public static void requireReachable() {
        if (!answers(host, port)) {
            throw new IllegalStateException("""
                    The broker tests need RabbitMQ: none answered on %s:%d and no Docker engine runs for \
                    Testcontainers. Start the local one (rabbitmq-server -detached; .ci/run does it, user guest, \
                    password guest) and run again.""".formatted(host, port));
        }
    }

    /**
     * A queue of the test's own, bound to every event of the test exchange, on a connection of its own: the
     * server's publishing channels, which a refused publication closes, are never the test's.
     */
    public static final class TestQueue implements AutoCloseable {

        private final CachingConnectionFactory connections = new CachingConnectionFactory(host, port);
        private final RabbitAdmin admin = new RabbitAdmin(connections);
        private final RabbitTemplate rabbit = new RabbitTemplate(connections);
        private final TopicExchange exchange = new TopicExchange(TEST_EXCHANGE, true, false);
        private final Queue queue = new Queue("hichat.test." + UUID.randomUUID(), false, false, false);

        public TestQueue() {
            requireReachable();
            admin.declareQueue(queue);
            bind();
        }

        /** Declares the exchange (again) and binds the queue to it. */
        public void bind() {
            admin.declareExchange(exchange);
            admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with("#"));
        }

        /** Deletes the exchange, and the queue's binding with it: the server's next publications are refused. */
        public void deleteTheExchange() {
            admin.deleteExchange(exchange.getName());
        }

        /** The messages waiting now, in order. */
        public List<Message> drain() {
            List<Message> messages = new ArrayList<>();
            Message message;
            while ((message = rabbit.receive(queue.getName(), 100)) != null) {
                messages.add(message);
            }
            return messages;
        }

        @Override
        public void close() {
            admin.declareExchange(exchange);
            admin.deleteQueue(queue.getName());
            connections.destroy();
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException unreachable) {
            return false;
        }
    }
}
