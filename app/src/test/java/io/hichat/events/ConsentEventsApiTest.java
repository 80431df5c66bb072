package io.hichat.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;

import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import io.hichat.friendship.FriendshipApi;
import io.hichat.friendship.events.FriendRequestCancelled;
import io.hichat.friendship.events.FriendRequestRefused;
import io.hichat.group.GroupApi;
import io.hichat.group.events.GroupCreated;
import io.hichat.group.events.GroupInvitationAnswered;
import io.hichat.group.events.GroupInvitationSent;
import io.hichat.group.events.GroupJoinRequestRefused;
import io.hichat.group.events.GroupJoinRequested;
import io.hichat.testing.Accounts;
import io.hichat.testing.Accounts.Account;
import io.hichat.testing.Api;
import io.hichat.testing.HeardEvents;
import io.hichat.testing.HttpApiTest;

/**
 * Contract §12.2 over HTTP: each change the events of §11 did not tell publishes its event, once per change, with
 * the ids it concerns; a repeat that changes nothing publishes nothing.
 */
@HttpApiTest
@Import(HeardEvents.class)
class ConsentEventsApiTest {

    @Autowired
    Api api;
    @Autowired
    HeardEvents heard;
    FriendshipApi friendship;
    GroupApi groups;
    Account alice;
    Account bob;

    @BeforeEach
    void twoUsers() {
        friendship = new FriendshipApi(api);
        groups = new GroupApi(api);
        alice = Accounts.register(api);
        bob = Accounts.register(api);
    }

    private static long id(Account account) {
        return Long.parseLong(account.id());
    }

    /** The one event of the type the predicate picks out; it fails on none or on more than one. */
    private <E extends DomainEvent> E theOne(Class<E> type, Predicate<E> about) {
        List<E> found = heard.of(type).stream().filter(about).toList();
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    private long friendRequestFrom(Account applicant, Account recipient) {
        assertThat(friendship.send(applicant, recipient).status()).isEqualTo(200);
        return friendship.received(recipient).get(0).get("id").asLong();
    }

    @Test
    void aRefusedFriendRequestSaysSoOnce() {
        long request = friendRequestFrom(alice, bob);

        assertThat(friendship.handle(bob, request, 2).status()).isEqualTo(200);
        assertThat(friendship.handle(bob, request, 2).status()).isEqualTo(409);

        FriendRequestRefused refused = theOne(FriendRequestRefused.class, event -> event.friendRequestId() == request);
        assertThat(List.of(refused.applicantId(), refused.recipientId())).containsExactly(id(alice), id(bob));
        assertThat(refused.eventId()).isNotNull();
        assertThat(refused.occurredAt()).isPositive();
    }

    @Test
    void aFriendRequestWithdrawnOrEndedByABlockSaysWhoCancelledItOnce() {
        long withdrawn = friendRequestFrom(alice, bob);
        assertThat(friendship.handle(alice, withdrawn, 3).status()).isEqualTo(200);
        long blockedAway = friendRequestFrom(alice, bob);
        assertThat(friendship.block(bob, alice).status()).isEqualTo(200);
        assertThat(friendship.block(bob, alice).status()).isEqualTo(200);

        assertThat(theOne(FriendRequestCancelled.class, event -> event.friendRequestId() == withdrawn).byUserId())
                .isEqualTo(id(alice));
        FriendRequestCancelled byBlock = theOne(FriendRequestCancelled.class,
                event -> event.friendRequestId() == blockedAway);
        assertThat(List.of(byBlock.applicantId(), byBlock.recipientId(), byBlock.byUserId()))
                .containsExactly(id(alice), id(bob), id(bob));
    }

    @Test
    void aNewGroupSaysWhoCreatedIt() {
        String group = groups.createGroup(alice);

        assertThat(theOne(GroupCreated.class, event -> event.groupId() == Long.parseLong(group)).creatorId())
                .isEqualTo(id(alice));
    }

    @Test
    void aJoinRequestThatWaitsAndItsRefusalSaySoOnceEach() {
        String group = groups.createGroup(alice);
        groups.apply(bob, group);
        groups.apply(bob, group);
        long request = groups.pendingRequestOf(alice, group);
        assertThat(groups.handle(alice, request, group, 2).status()).isEqualTo(200);

        GroupJoinRequested requested = theOne(GroupJoinRequested.class, event -> event.joinRequestId() == request);
        assertThat(List.of(requested.groupId(), requested.userId(), requested.inviterId()))
                .containsExactly(Long.parseLong(group), id(bob), 0L);
        GroupJoinRequestRefused refused = theOne(GroupJoinRequestRefused.class,
                event -> event.joinRequestId() == request);
        assertThat(List.of(refused.groupId(), refused.userId(), refused.handlerId()))
                .containsExactly(Long.parseLong(group), id(bob), id(alice));
    }

    @Test
    void anInvitationSaysItWasSentOnceAndEachEndOnceWithItsResult() {
        String group = groups.createGroup(alice);
        Account carol = Accounts.register(api);
        Account dave = Accounts.register(api);
        String accepted = groups.invitationOf(alice, group, bob);
        assertThat(groups.invitationOf(alice, group, bob)).isEqualTo(accepted);
        String declined = groups.invitationOf(alice, group, carol);
        String cancelled = groups.invitationOf(alice, group, dave);
        assertThat(groups.answer(bob, accepted, 1).status()).isEqualTo(200);
        assertThat(groups.answer(carol, declined, 2).status()).isEqualTo(200);
        assertThat(groups.answer(alice, cancelled, 3).status()).isEqualTo(200);
        assertThat(groups.answer(alice, cancelled, 3).status()).isEqualTo(409);
        String group2 = groups.createGroup(alice);
        String dismissedWith = groups.invitationOf(alice, group2, bob);
        assertThat(groups.dismiss(alice, group2).status()).isEqualTo(200);

        GroupInvitationSent sent = theOne(GroupInvitationSent.class,
                event -> event.invitationId() == Long.parseLong(accepted));
        assertThat(List.of(sent.groupId(), sent.inviteeId(), sent.inviterId()))
                .containsExactly(Long.parseLong(group), id(bob), id(alice));
        assertAnswered(accepted, GroupInvitationAnswered.ACCEPTED, group, bob);
        assertAnswered(declined, GroupInvitationAnswered.DECLINED, group, carol);
        assertAnswered(cancelled, GroupInvitationAnswered.CANCELLED, group, dave);
        assertAnswered(dismissedWith, GroupInvitationAnswered.EXPIRED, group2, bob);
    }

    private void assertAnswered(String invitation, String result, String group, Account invitee) {
        GroupInvitationAnswered answered = theOne(GroupInvitationAnswered.class,
                event -> event.invitationId() == Long.parseLong(invitation));
        assertThat(List.of(answered.result(), answered.groupId(), answered.inviteeId(), answered.inviterId()))
                .containsExactly(result, Long.parseLong(group), id(invitee), id(alice));
    }
}
