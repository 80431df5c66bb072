package io.hichat.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;

import io.hichat.friendship.FriendshipApi;
import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.Broker;
import io.hichat.testing.ServerProcess;
import io.hichat.testing.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three instances of the packaged server on one database, publishing to the machine's RabbitMQ: what one writes the
 * others read at once; and when one is killed with publications incomplete, the two left take them up (they go
 * stale, one instance resubmits them) and each event reaches the broker once, not once per instance.
 */
class SeveralInstancesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String database = TestDatabase.createScratchDatabase("hichat_instances");
    private final List<ServerProcess> servers = new ArrayList<>();
    private Broker.TestQueue queue;

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (ServerProcess server : servers) {
            server.kill();
        }
        if (queue != null) {
            queue.close();
        }
    }

    private ServerProcess start(String name) throws Exception {
        List<String> settings = new ArrayList<>(ServerProcess.QUICK_RECOVERY);
        settings.addAll(List.of("--hichat.events.broker=rabbitmq", "--hichat.events.exchange=" + Broker.TEST_EXCHANGE,
                "--spring.rabbitmq.host=" + Broker.host(), "--spring.rabbitmq.port=" + Broker.port()));
        ServerProcess server = ServerProcess.start(name, database, settings);
        servers.add(server);
        return server;
    }

    @Test
    void whatOneInstanceWritesTheOthersReadAndWhatAKilledOneLeftIsPublishedOnce() throws Exception {
        queue = new Broker.TestQueue();
        ServerProcess first = start("instance-1");
        ServerProcess second = start("instance-2");
        ServerProcess third = start("instance-3");

        Account alice = Accounts.register(first.api());
        Account bob = Accounts.register(first.api());
        assertThat(second.api().put("/api/v1/user/update").bearer(alice.token())
                .json("{\"nickname\":\"爱丽丝\"}").send().status()).isEqualTo(200);
        assertThat(third.api().get("/api/v1/user/detail").bearer(alice.token()).send().data().get("info")
                .get("nickname").asString()).isEqualTo("爱丽丝");
        new FriendshipApi(first.api()).send(alice, bob);
        FriendshipApi onSecond = new FriendshipApi(second.api());
        assertThat(onSecond.handle(bob, onSecond.received(bob).get(0).get("id").asLong(), 1).status())
                .isEqualTo(200);
        assertThat(new FriendshipApi(third.api()).friends(alice).get(0).get("friend_uid").asString())
                .isEqualTo(bob.id());

        try (Connection holder = TestDatabase.server().connectTo(database)) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.executeQuery("SELECT 1 FROM friendship.friendships WHERE user_low = %d AND user_high = %d "
                        .formatted(Math.min(id(alice), id(bob)), Math.max(id(alice), id(bob))) + "FOR UPDATE");
            }
            ApiResponse deleted = first.api().delete("/api/v1/user?password=" + alice.password())
                    .bearer(alice.token()).send();
            assertThat(deleted.status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> count("SELECT 1 FROM modulith.event_publication "
                    + "WHERE status = 'PROCESSING' AND listener_id = 'friendship.forget-deleted-user'") == 1);
            first.kill();
            holder.rollback();
        }

        List<JsonNode> ended = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            ended.addAll(endingsOf(alice));
            assertThat(ended).hasSize(1);
            assertThat(count("SELECT 1 FROM modulith.event_publication WHERE completion_date IS NULL")).isZero();
        });
        Thread.sleep(5000);
        ended.addAll(endingsOf(alice));
        assertThat(ended).as("friendship_ended messages for the deleted user, from the two instances left")
                .hasSize(1);
        assertThat(ended.get(0).get("friend_id").asString()).isEqualTo(bob.id());
        assertThat(new FriendshipApi(third.api()).friends(bob)).isEmpty();
    }

    private List<JsonNode> endingsOf(Account user) {
        List<JsonNode> endings = new ArrayList<>();
        for (Message message : queue.drain()) {
            JsonNode body = JSON.readTree(message.getBody());
            if (message.getMessageProperties().getReceivedRoutingKey().equals("friendship.friendship_ended")
                    && body.get("user_id").asString().equals(user.id())) {
                endings.add(body);
            }
        }
        return endings;
    }

    private long count(String sql) {
        return TestDatabase.server().count(database, sql);
    }

    private static long id(Account account) {
        return Long.parseLong(account.id());
    }
}
