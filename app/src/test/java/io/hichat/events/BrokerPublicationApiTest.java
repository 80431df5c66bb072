package io.hichat.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.hichat.friendship.FriendshipApi;
import io.hichat.group.GroupApi;
import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.Broker;
import io.hichat.testing.HttpApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Contract §11 with a real RabbitMQ (the machine's, else Testcontainers'): with {@code hichat.events.broker=rabbitmq}
 * every public event a flow makes arrives on a queue bound to the events exchange, after its transaction commits,
 * under its routing key, as snake_case JSON whose message id is its event id.
 */
@HttpApiTest
@TestPropertySource(properties = { "hichat.events.broker=rabbitmq", "hichat.events.exchange=" + Broker.TEST_EXCHANGE })
class BrokerPublicationApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Api api;

    private Broker.TestQueue queue;
    private final Map<String, JsonNode> received = new ConcurrentHashMap<>();

    @BeforeEach
    void aQueueBoundToEveryEvent() {
        queue = new Broker.TestQueue();
    }

    @AfterEach
    void deleteTheQueue() {
        queue.close();
    }

    /** The messages so far, by routing key and the user (or group) they are about. */
    private void drain() {
        for (Message message : queue.drain()) {
            JsonNode body = JSON.readTree(message.getBody());
            assertThat(message.getMessageProperties().getMessageId()).isEqualTo(body.get("event_id").asString());
            assertThat(message.getMessageProperties().getContentType()).isEqualTo("application/json");
            received.put(message.getMessageProperties().getReceivedRoutingKey() + "|" + keyOf(body), body);
        }
    }

    private static String keyOf(JsonNode body) {
        for (String field : List.of("user_id", "applicant_id", "group_id")) {
            if (body.has(field)) {
                return body.get(field).asString();
            }
        }
        return "";
    }

    private JsonNode awaitEvent(String routingKey, String id) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            drain();
            assertThat(received).containsKey(routingKey + "|" + id);
        });
        return received.get(routingKey + "|" + id);
    }

    @Test
    void registeringBefriendingAndJoiningAGroupPublishEachEventWithItsRoutingKeyAndFields() {
        Account alice = Accounts.register(api);
        Account bob = Accounts.register(api);
        new FriendshipApi(api).befriend(alice, bob);
        GroupApi groups = new GroupApi(api);
        String group = groups.createGroup(alice);
        groups.apply(bob, group);
        assertThat(groups.handle(alice, groups.pendingRequestOf(alice, group), group, 1).status()).isEqualTo(200);

        JsonNode registered = awaitEvent("identity.user_registered", alice.id());
        assertThat(fieldsOf(registered)).containsExactly("event_id", "occurred_at", "user_id");
        awaitEvent("identity.user_registered", bob.id());
        JsonNode sent = awaitEvent("friendship.friend_request_sent", alice.id());
        assertThat(sent.get("recipient_id").asString()).isEqualTo(bob.id());
        JsonNode accepted = awaitEvent("friendship.friend_request_accepted", alice.id());
        assertThat(fieldsOf(accepted)).containsExactly("event_id", "occurred_at", "friend_request_id", "applicant_id",
                "recipient_id");
        assertThat(accepted.get("friend_request_id").asLong()).isEqualTo(sent.get("friend_request_id").asLong());
        JsonNode approved = awaitEvent("group.group_join_request_approved", bob.id());
        assertThat(approved.get("group_id").asString()).isEqualTo(group);
        JsonNode joined = awaitEvent("group.group_member_joined", bob.id());
        assertThat(fieldsOf(joined)).containsExactly("event_id", "occurred_at", "group_id", "user_id", "inviter_id");
        assertThat(joined.get("group_id").asString()).isEqualTo(group);
        assertThat(received.values()).extracting(body -> body.get("event_id").asString()).doesNotHaveDuplicates();
    }

    @Test
    void creatingAGroupAndAnAcceptedInvitationPublishTheirEventsWithTheirIds() {
        Account alice = Accounts.register(api);
        Account bob = Accounts.register(api);
        GroupApi groups = new GroupApi(api);
        String group = groups.createGroup(alice);
        String invitation = groups.invitationOf(alice, group, bob);
        assertThat(groups.answer(bob, invitation, 1).status()).isEqualTo(200);

        JsonNode created = awaitEvent("group.group_created", group);
        assertThat(fieldsOf(created)).containsExactly("event_id", "occurred_at", "group_id", "creator_id");
        assertThat(created.get("creator_id").asString()).isEqualTo(alice.id());
        JsonNode sent = awaitEvent("group.group_invitation_sent", group);
        assertThat(fieldsOf(sent)).containsExactly("event_id", "occurred_at", "invitation_id", "group_id",
                "invitee_id", "inviter_id");
        assertThat(sent.get("invitation_id").asString()).isEqualTo(invitation);
        JsonNode answered = awaitEvent("group.group_invitation_answered", group);
        assertThat(fieldsOf(answered)).containsExactly("event_id", "occurred_at", "invitation_id", "group_id",
                "invitee_id", "inviter_id", "result");
        assertThat(answered.get("result").asString()).isEqualTo("accepted");
        assertThat(awaitEvent("group.group_member_joined", bob.id()).get("group_id").asString()).isEqualTo(group);
    }

    private static List<String> fieldsOf(JsonNode body) {
        return body.propertyNames().stream().toList();
    }
}
