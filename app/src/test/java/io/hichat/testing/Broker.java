package io.hichat.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** The RabbitMQ the broker tests publish to: the one on this machine, 127.0.0.1:5672, user guest. */
public final class Broker {

    /** Not the production default, so a test never publishes where a real consumer listens. */
    public static final String TEST_EXCHANGE = "hichat.events.test";

    private Broker() {
    }

    /** Fails at once, saying what to do, when no broker answers: the test would otherwise wait for confirms. */
    public static void requireReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5672), 2000);
        } catch (IOException unreachable) {
            throw new IllegalStateException("""
                    The broker tests need RabbitMQ on 127.0.0.1:5672 (user guest, password guest); none answered \
                    (%s). Start it (service rabbitmq-server start; .ci/run does it) and run again."""
                    .formatted(unreachable.getMessage()));
        }
    }
}
