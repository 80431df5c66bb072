package io.hichat.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

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

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException unreachable) {
            return false;
        }
    }
}
