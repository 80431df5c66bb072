package io.hichat.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import io.hichat.group.events.GroupInvitationAnswered;
import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.HeardEvents;
import io.hichat.testing.HttpApiTest;

/**
 * Contract §12.1: an invitation not answered within {@code hichat.group.invitation-ttl} (here two seconds, swept
 * every 200 ms) ends as refused, says so once, and can no longer be accepted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "hichat.server.additional-port=0",
        "hichat.group.invitation-ttl=2s", "hichat.group.invitation-sweep-interval=200ms" })
@Import({ HttpApiTest.ApiConfiguration.class, HeardEvents.class })
class InvitationExpiryApiTest {

    @Autowired
    Api api;
    @Autowired
    HeardEvents heard;

    @Test
    void anInvitationUnansweredForItsTimeEndsRefusedOnceAndCannotBeAccepted() {
        GroupApi groups = new GroupApi(api);
        Account creator = Accounts.register(api);
        Account late = Accounts.register(api);
        Account prompt = Accounts.register(api);
        String group = groups.createGroup(creator);
        String expiring = groups.invitationOf(creator, group, late);
        String answered = groups.invitationOf(creator, group, prompt);
        assertThat(groups.answer(prompt, answered, 1).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> assertThat(
                groups.invitationList(late).get(0).get("handle_result").asInt()).isEqualTo(2));

        assertThat(groups.answer(late, expiring, 1).error(409, 100001)).contains("no longer pending");
        assertThat(groups.isMember(late, group)).isFalse();
        assertThat(groups.isMember(prompt, group)).isTrue();
        assertThat(groups.invitationList(prompt).get(0).get("handle_result").asInt()).isEqualTo(1);
        assertThat(heard.of(GroupInvitationAnswered.class)).filteredOn(event -> event.invitationId()
                == Long.parseLong(expiring)).singleElement().satisfies(event -> {
                    assertThat(event.result()).isEqualTo(GroupInvitationAnswered.EXPIRED);
                    assertThat(event.inviteeId()).isEqualTo(Long.parseLong(late.id()));
                    assertThat(event.inviterId()).isEqualTo(Long.parseLong(creator.id()));
                    assertThat(event.groupId()).isEqualTo(Long.parseLong(group));
                });
    }
}
