package io.hichat.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import io.hichat.friendship.FriendshipApi;
import io.hichat.friendship.events.FriendshipEnded;
import io.hichat.group.GroupApi;
import io.hichat.group.events.GroupDismissed;
import io.hichat.group.events.GroupOwnershipTransferred;
import io.hichat.identity.events.UserDeleted;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Accounts;
import io.hichat.testing.Api;
import io.hichat.testing.ApiResponse;
import io.hichat.testing.HeardEvents;
import io.hichat.testing.HttpApiTest;
import io.hichat.testing.Simultaneously;
import tools.jackson.databind.JsonNode;

/**
 * DELETE /api/v1/user (contract §8.6) across the contexts, over HTTP: after identity's deletion commits, friendship
 * and group clean up through the event publication registry, and within 5 s no list of another user shows the
 * account; the groups it created pass on or are dismissed.
 */
@HttpApiTest
@Import(HeardEvents.class)
class AccountDeletionCleanupApiTest {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HeardEvents heard;

    FriendshipApi friendship;
    GroupApi groups;
    Account deleted;
    Account friend;
    Account earlierMember;
    Account laterManager;
    String createdWithOthers;

    /** An account whose creator will be deleted: an earlier plain member, then a manager who joined later. */
    @BeforeEach
    void anAccountWithAFriendAndAGroupOfItsOwn() {
        friendship = new FriendshipApi(api);
        groups = new GroupApi(api);
        deleted = Accounts.register(api);
        friend = Accounts.register(api);
        earlierMember = Accounts.register(api);
        laterManager = Accounts.register(api);
        friendship.befriend(deleted, friend);
        createdWithOthers = groups.groupWith(deleted, earlierMember, laterManager);
        assertThat(groups.setRole(deleted, createdWithOthers, laterManager, 1).status()).isEqualTo(200);
    }

    private ApiResponse delete(Account account) {
        return api.delete("/api/v1/user?password=" + account.password()).bearer(account.token()).send();
    }

    private static boolean shows(JsonNode list, Account account, String... fields) {
        return list.valueStream().anyMatch(item -> {
            for (String field : fields) {
                JsonNode value = item.at(field);
                if (!value.isMissingNode() && value.asString().equals(account.id())) {
                    return true;
                }
            }
            return false;
        });
    }

    private long incompletePublicationsFor(Account account) {
        return jdbc.queryForObject("select count(*) from modulith.event_publication where completion_date is null "
                + "and event_type = ? and serialized_event like ?", Long.class, UserDeleted.class.getName(),
                "%\"userId\":" + account.id() + "}%");
    }

    private void awaitCleanupOf(Account account) {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> groups.roles(earlierMember, createdWithOthers).get(laterManager.id()) == 2
                        && incompletePublicationsFor(account) == 0);
    }

    @Test
    void withinFiveSecondsNoListOfAnotherUserShowsTheDeletedAccount() {
        Account askedByDeleted = Accounts.register(api);
        Account askingDeleted = Accounts.register(api);
        Account blockedByDeleted = Accounts.register(api);
        Account blockingDeleted = Accounts.register(api);
        Account groupOwner = Accounts.register(api);
        friendship.send(deleted, askedByDeleted);
        friendship.send(askingDeleted, deleted);
        friendship.block(deleted, blockedByDeleted);
        friendship.block(blockingDeleted, deleted);
        String joined = groups.groupWith(groupOwner, deleted);
        String appliedTo = groups.createGroup(groupOwner);
        groups.apply(deleted, appliedTo);
        String alone = groups.createGroup(deleted);

        assertThat(delete(deleted).status()).isEqualTo(200);

        await().atMost(WITHIN).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(shows(friendship.friends(friend), deleted, "/friend_uid")).isFalse();
            assertThat(shows(friendship.received(askedByDeleted), deleted, "/user_id", "/req_uid")).isFalse();
            assertThat(shows(friendship.list(askingDeleted, "/v1/social/friend/putIns?class=1"), deleted,
                    "/user_id", "/req_uid")).isFalse();
            assertThat(shows(friendship.blacklist(blockingDeleted), deleted, "/user_uid")).isFalse();
            assertThat(shows(groups.memberList(groupOwner, joined), deleted, "/user/id")).isFalse();
            assertThat(shows(groups.requestsOfGroup(groupOwner, appliedTo), deleted, "/user/id")).isFalse();
            groups.info(groupOwner, alone).error(404, 100001);
        });
        assertThat(friendship.send(blockedByDeleted, askingDeleted).status()).isEqualTo(200);
    }

    @Test
    void aCreatedGroupPassesToItsLongestStandingManagerBeforeALongerStandingMember() {
        assertThat(delete(deleted).status()).isEqualTo(200);

        awaitCleanupOf(deleted);
        assertThat(groups.roles(earlierMember, createdWithOthers)).isEqualTo(Map.of(earlierMember.id(), 0,
                laterManager.id(), 2));
        JsonNode group = groups.myGroups(laterManager).valueStream()
                .filter(item -> item.get("id").stringValue().equals(createdWithOthers)).findFirst().orElseThrow();
        assertThat(group.get("create_uid").stringValue()).isEqualTo(laterManager.id());
    }

    @Test
    void aMutedMemberWhoTakesOverTheDeletedCreatorsGroupIsMutedNoMore() {
        Account muted = Accounts.register(api);
        String group = groups.groupWith(deleted, muted);
        assertThat(groups.mute(deleted, group, muted.id(), 3600).status()).isEqualTo(200);

        assertThat(delete(deleted).status()).isEqualTo(200);

        await().atMost(WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> groups.roles(muted, group).get(muted.id()) == 2);
        assertThat(groups.memberList(muted, group).get(0).get("mute_until").asLong()).isZero();
    }

    /**
     * Contract §8.6: where another user's answer named the deleted account as a reference (who invited a member,
     * who posted the notice, whom a join request names as inviter, who decided it), it reads "0", as unset.
     */
    @Test
    void whereAnotherUsersAnswerNamedTheDeletedAccountItReadsZero() {
        Account owner = Accounts.register(api);
        Account invited = Accounts.register(api);
        Account approved = Accounts.register(api);
        Account claimant = Accounts.register(api);
        String group = groups.groupWith(owner, deleted);
        assertThat(groups.setRole(owner, group, deleted, 1).status()).isEqualTo(200);
        assertThat(groups.inviteAndAccept(deleted, group, invited).status()).isEqualTo(200);
        Account stillInvited = Accounts.register(api);
        groups.invitationOf(deleted, group, stillInvited);
        assertThat(groups.update(deleted, "{\"group_id\":\"" + group + "\",\"notification\":\"周五见\"}").status())
                .isEqualTo(200);
        groups.apply(approved, group);
        assertThat(groups.handle(deleted, groups.pendingRequestOf(owner, group), group, 1).status()).isEqualTo(200);
        groups.join(claimant, "{\"group_id\":\"" + group + "\",\"join_source\":2,\"inviter_uid\":\""
                + deleted.id() + "\"}");
        assertThat(shows(groups.memberList(owner, group), deleted, "/inviter_uid")).isTrue();
        assertThat(shows(groups.requestsOfGroup(owner, group), deleted, "/inviter_user_id")).isTrue();
        assertThat(shows(groups.requestsOfGroup(owner, group), deleted, "/handle_user_id")).isTrue();

        assertThat(delete(deleted).status()).isEqualTo(200);

        await().atMost(WITHIN).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            JsonNode members = groups.memberList(owner, group);
            assertThat(members.valueStream().map(member -> member.get("inviter_uid").stringValue()))
                    .containsExactlyInAnyOrder(owner.id(), "0", approved.id());
            assertThat(groups.myGroups(owner).get(0).get("notification_uid").stringValue()).isEqualTo("0");
            JsonNode info = groups.info(owner, group).json();
            assertThat(info.get("notification_uid").stringValue()).isEqualTo("0");
            assertThat(info.get("notification").stringValue()).isEqualTo("周五见");
            JsonNode requests = groups.requestsOfGroup(owner, group);
            assertThat(requests.valueStream().map(request -> request.get("inviter_user_id").stringValue()))
                    .containsOnly("0");
            assertThat(requests.valueStream().map(request -> request.get("handle_user_id").stringValue()))
                    .containsOnly("0");
            assertThat(groups.invitationList(stillInvited).valueStream()
                    .map(invitation -> invitation.get("inviter").get("id").stringValue())).containsExactly("0");
        });
    }

    /** One deletion wins; the account's clean-up is published once and done once. */
    @Test
    void ofTwoDeletionsAtOnceOneIs200TheOther401AndNothingIsCleanedTwice() throws Exception {
        String alone = groups.createGroup(deleted);

        List<ApiResponse> answers = Simultaneously.repeat(2, () -> delete(deleted));

        assertThat(Simultaneously.statuses(answers)).containsExactlyInAnyOrder(200, 401);
        awaitCleanupOf(deleted);
        long id = Long.parseLong(deleted.id());
        assertThat(heard.of(UserDeleted.class)).filteredOn(event -> event.userId() == id).hasSize(1);
        assertThat(heard.of(FriendshipEnded.class)).filteredOn(event -> event.userId() == id).hasSize(1);
        assertThat(heard.of(GroupOwnershipTransferred.class)).filteredOn(event -> event.fromUserId() == id)
                .hasSize(1);
        assertThat(heard.of(GroupDismissed.class)).filteredOn(event -> event.groupId() == Long.parseLong(alone))
                .hasSize(1);
        assertThat(groups.roles(earlierMember, createdWithOthers)).isEqualTo(Map.of(earlierMember.id(), 0,
                laterManager.id(), 2));
    }

    /**
     * Friend requests, invitations and the account's own new groups, sent while the deletion runs, each land before
     * it (and are cleaned up) or after it (and are refused): whatever the timing, nothing of the account is left.
     */
    @Test
    void writesRacingTheDeletionLeaveNothingOfTheAccountBehind() throws Exception {
        for (int round = 0; round < 5; round++) {
            Account account = Accounts.register(api);
            List<Callable<ApiResponse>> calls = new ArrayList<>();
            calls.add(() -> delete(account));
            for (int k = 0; k < 12; k++) {
                Account other = Accounts.register(api);
                String group = groups.createGroup(other);
                long pause = 15L * k;
                calls.add(() -> {
                    Thread.sleep(pause);
                    return switch ((int) (pause / 15 % 3)) {
                        case 0 -> friendship.send(other, account);
                        case 1 -> groups.invite(other, group, account.id());
                        default -> groups.create(account, "{\"name\":\"late\",\"icon\":\"\"}");
                    };
                });
            }

            List<Integer> statuses = Simultaneously.statuses(Simultaneously.run(calls));

            assertThat(statuses.get(0)).isEqualTo(200);
            assertThat(statuses).allSatisfy(status -> assertThat(status).isIn(200, 401, 404));
            await().atMost(WITHIN).pollInterval(Duration.ofMillis(50)).until(() -> incompletePublicationsFor(account)
                    == 0);
            long id = Long.parseLong(account.id());
            assertThat(jdbc.queryForObject("""
                    select (select count(*) from friendship.friend_requests where applicant_id = ? or recipient_id = ?)
                         + (select count(*) from groups.members where user_id = ?)
                         + (select count(*) from groups.join_requests where applicant_id = ?)
                         + (select count(*) from groups.chat_groups where creator_id = ?)
                         + (select count(*) from groups.invitations where invitee_id = ? or inviter_id = ?)""",
                    Long.class, id, id, id, id, id, id, id)).as("rows of the deleted account, round %d", round)
                    .isZero();
        }
    }
}
