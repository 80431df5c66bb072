package io.hichat.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import io.hichat.friendship.FriendshipApi;
import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.Broker;
import io.hichat.testing.HttpApiTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * At least once, for real: while the broker refuses the events (their exchange deleted), the writes still answer
 * 200, their publications stay incomplete (none is completed while refused), and once the exchange is back the
 * resubmission delivers every one of them.
 */
@HttpApiTest
@TestPropertySource(properties = { "hichat.events.broker=rabbitmq", "hichat.events.exchange=" + Broker.TEST_EXCHANGE,
        "hichat.events.resubmission-interval=1s", "hichat.events.confirm-timeout=2s" })
class BrokerOutageApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EXTERNALIZER = "%DelegatingEventExternalizer%";

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;

    private Broker.TestQueue queue;

    @BeforeEach
    void aQueueBoundToEveryEvent() {
        queue = new Broker.TestQueue();
    }

    @AfterEach
    void restore() {
        queue.close();
    }

    private long publicationsOf(Set<String> eventIds, String condition) {
        return jdbc.queryForList("select serialized_event from modulith.event_publication where listener_id like ? "
                + "and " + condition, String.class, EXTERNALIZER).stream()
                .filter(event -> eventIds.contains(JSON.readTree(event).get("eventId").asString())).count();
    }

    private Set<String> eventIdsOfUsers(List<Account> users) {
        Set<String> ids = new HashSet<>();
        for (Account user : users) {
            ids.addAll(jdbc.queryForList("select serialized_event from modulith.event_publication where "
                    + "listener_id like ? and serialized_event like ?", String.class, EXTERNALIZER,
                    "%\"userId\":" + user.id() + "%").stream()
                    .map(event -> JSON.readTree(event).get("eventId").asString()).toList());
        }
        return ids;
    }

    @Test
    void eventsRefusedWhileTheExchangeIsGoneAllArriveOnceItIsBack() {
        queue.deleteTheExchange();
        List<Account> users = List.of(Accounts.register(api), Accounts.register(api), Accounts.register(api));
        FriendshipApi friendship = new FriendshipApi(api);
        assertThat(friendship.send(users.get(0), users.get(1)).status()).isEqualTo(200);
        assertThat(friendship.send(users.get(0), users.get(2)).status()).isEqualTo(200);

        Set<String> refused = new HashSet<>();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            refused.clear();
            refused.addAll(eventIdsOfUsers(users));
            assertThat(refused).as("the three registrations' events").hasSizeGreaterThanOrEqualTo(3);
            assertThat(publicationsOf(refused, "status = 'FAILED'")).isEqualTo(refused.size());
        });
        assertThat(queue.drain()).as("nothing reached the queue").isEmpty();
        assertThat(publicationsOf(refused, "completion_date is null")).isEqualTo(refused.size());

        queue.bind();

        Set<String> arrived = new HashSet<>();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            queue.drain().forEach(message -> arrived.add(message.getMessageProperties().getMessageId()));
            assertThat(arrived).containsAll(refused);
            assertThat(publicationsOf(refused, "true")).isZero();
        });
    }
}
