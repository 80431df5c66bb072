package io.hichat.friendship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import io.hichat.friendship.application.port.in.BlockUserUseCase;
import io.hichat.friendship.application.port.in.EndFriendshipUseCase;
import io.hichat.friendship.application.port.in.HandleFriendRequestCommand;
import io.hichat.friendship.application.port.in.HandleFriendRequestUseCase;
import io.hichat.friendship.application.port.in.PairCommand;
import io.hichat.friendship.application.port.in.SendFriendRequestCommand;
import io.hichat.friendship.application.port.in.SendFriendRequestUseCase;
import io.hichat.friendship.application.port.out.SaveFriendsPort;
import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.friendship.domain.HandleResult;
import io.hichat.friendship.events.FriendRequestAccepted;
import io.hichat.friendship.events.FriendRequestSent;
import io.hichat.friendship.events.FriendshipEnded;
import io.hichat.friendship.events.UserBlocked;
import io.hichat.identity.application.port.in.DeleteAccountUseCase;
import io.hichat.identity.application.port.in.RegisterUserUseCase;
import io.hichat.identity.events.UserDeleted;
import io.hichat.platform.events.FailedPublicationsResubmission;
import io.hichat.platform.events.IncompletePublications;
import io.hichat.shared.domain.RequestMessage;
import io.hichat.shared.domain.UserId;
import io.hichat.testing.Accounts;
import io.hichat.testing.HeardEvents;

/**
 * The friendship module with identity, its one dependency, and nothing else: accepting a request publishes
 * {@link FriendRequestAccepted}, and that event is what makes the two friend entries; identity's
 * {@link UserDeleted} makes friendship forget the user, after the deletion commits.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
// The readiness group names the broker's health, which the platform holds and a module test does not bootstrap.
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
@Import(HeardEvents.class)
class FriendshipModuleTests {

    /** The values of the {@code handle_result} column, by code. */
    private static final List<String> STORED_RESULTS = List.of("PENDING", "ACCEPTED", "REFUSED", "CANCELLED");

    @Autowired
    SendFriendRequestUseCase send;
    @Autowired
    HandleFriendRequestUseCase handle;
    @Autowired
    EndFriendshipUseCase endFriendship;
    @Autowired
    BlockUserUseCase block;
    @Autowired
    RegisterUserUseCase register;
    @Autowired
    DeleteAccountUseCase deleteAccount;
    @Autowired
    FailedPublicationsResubmission resubmission;
    @Autowired
    IncompletePublications incomplete;
    @Autowired
    HeardEvents heard;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoSpyBean
    SaveFriendsPort friends;

    UserId alice;
    UserId bob;
    FriendRequestId request;

    @BeforeEach
    void aliceAsksBob() {
        alice = Accounts.registerThrough(register);
        bob = Accounts.registerThrough(register);
        send.send(new SendFriendRequestCommand(alice, bob, RequestMessage.of("hi")));
        request = new FriendRequestId(jdbc.queryForObject(
                "select id from friendship.friend_requests where applicant_id = ? and recipient_id = ?", Long.class,
                alice.value(), bob.value()));
    }

    private int entriesMadeBy(FriendRequestId request) {
        return jdbc.queryForObject("select count(*) from friendship.friends where friend_request_id = ?",
                Integer.class, request.value());
    }

    private String resultOf(FriendRequestId request) {
        return STORED_RESULTS.get(jdbc.queryForObject(
                "select handle_result from friendship.friend_requests where id = ?", Integer.class, request.value()));
    }

    @Test
    void acceptingPublishesFriendRequestAcceptedAndBothEntriesExistWhenTheCallReturns(Scenario scenario) {
        scenario.stimulate(() -> handle.handle(new HandleFriendRequestCommand(request, bob, HandleResult.ACCEPTED)))
                .andWaitForEventOfType(FriendRequestAccepted.class)
                .matching(accepted -> accepted.friendRequestId() == request.value())
                .toArriveAndVerify(accepted -> {
                    assertThat(accepted.applicantId()).isEqualTo(alice.value());
                    assertThat(accepted.recipientId()).isEqualTo(bob.value());
                    assertThat(entriesMadeBy(request)).isEqualTo(2);
                });
    }

    @Test
    void aPublishedFriendRequestAcceptedMakesTheTwoEntries(Scenario scenario) {
        scenario.publish(new FriendRequestAccepted(UUID.randomUUID(), Instant.now().getEpochSecond(),
                request.value(), alice.value(), bob.value()))
                .andWaitForStateChange(() -> entriesMadeBy(request), entries -> entries == 2)
                .andVerify(entries -> assertThat(entries).isEqualTo(2));
    }

    @Test
    void theSameEventDeliveredTwiceLeavesOnePair(Scenario scenario) {
        FriendRequestAccepted accepted = new FriendRequestAccepted(UUID.randomUUID(), Instant.now().getEpochSecond(),
                request.value(), alice.value(), bob.value());
        scenario.publish(accepted).andWaitForStateChange(() -> entriesMadeBy(request), entries -> entries == 2);

        scenario.publish(accepted)
                .andWaitForStateChange(() -> entriesMadeBy(request))
                .andVerify(entries -> assertThat(entries).isEqualTo(2));
    }

    @Test
    void sendingARequestPublishesFriendRequestSent(Scenario scenario) {
        UserId carol = Accounts.registerThrough(register);

        scenario.stimulate(() -> send.send(new SendFriendRequestCommand(carol, alice, RequestMessage.of("hi"))))
                .andWaitForEventOfType(FriendRequestSent.class)
                .matching(sent -> sent.applicantId() == carol.value())
                .toArriveAndVerify(sent -> assertThat(sent.recipientId()).isEqualTo(alice.value()));
    }

    @Test
    void endingTheFriendshipPublishesFriendshipEndedAndRemovesBothEntries(Scenario scenario) {
        handle.handle(new HandleFriendRequestCommand(request, bob, HandleResult.ACCEPTED));

        scenario.stimulate(() -> endFriendship.endFriendship(new PairCommand(bob, alice)))
                .andWaitForEventOfType(FriendshipEnded.class)
                .matching(ended -> ended.userId() == bob.value())
                .toArriveAndVerify(ended -> {
                    assertThat(ended.friendId()).isEqualTo(alice.value());
                    assertThat(entriesMadeBy(request)).isZero();
                });
    }

    @Test
    void blockingPublishesFriendshipEndedAndUserBlocked(Scenario scenario) {
        handle.handle(new HandleFriendRequestCommand(request, bob, HandleResult.ACCEPTED));

        scenario.stimulate(() -> block.block(new PairCommand(alice, bob)))
                .andWaitForEventOfType(UserBlocked.class)
                .matching(blocked -> blocked.blockerId() == alice.value())
                .toArriveAndVerify((blocked, result) -> {
                    assertThat(blocked.blockedId()).isEqualTo(bob.value());
                    assertThat(entriesMadeBy(request)).isZero();
                });
    }

    @Test
    void refusingPublishesNothingAndMakesNoEntries() {
        handle.handle(new HandleFriendRequestCommand(request, bob, HandleResult.REFUSED));

        assertThat(entriesMadeBy(request)).isZero();
        assertThat(resultOf(request)).isEqualTo("REFUSED");
    }

    /**
     * The listener runs in the publishing transaction: when it fails, the acceptance fails with it and the request
     * stays pending, to be accepted again, rather than leaving an accepted request without friends.
     */
    @Test
    void whenTheListenerFailsTheAcceptanceIsUndone() {
        doThrow(new DataIntegrityViolationException("simulated failure")).when(friends)
                .add(any());

        assertThatThrownBy(() -> handle.handle(new HandleFriendRequestCommand(request, bob, HandleResult.ACCEPTED)))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(resultOf(request)).isEqualTo("PENDING");
        assertThat(entriesMadeBy(request)).isZero();
    }

    private long leftOf(UserId user) {
        return jdbc.queryForObject("""
                select (select count(*) from friendship.friendships where user_low = ? or user_high = ?)
                     + (select count(*) from friendship.friends where user_id = ? or friend_id = ?)
                     + (select count(*) from friendship.friend_requests where applicant_id = ? or recipient_id = ?)
                     + (select count(*) from friendship.blocks where blocker_id = ? or blocked_id = ?)""",
                Long.class, user.value(), user.value(), user.value(), user.value(), user.value(), user.value(),
                user.value(), user.value());
    }

    private String publicationOf(UserDeleted deleted) {
        return jdbc.query("select status from modulith.event_publication where listener_id = ? and "
                + "serialized_event like ?", rows -> rows.next() ? String.valueOf(rows.getString(1)) : "none",
                "friendship.forget-deleted-user", "%" + deleted.eventId() + "%");
    }

    /** Alice: friends with Bob, asked by Carol, blocking Dave; Dave blocks Bob, which stays. */
    private UserId aliceWithEverythingFriendshipKeeps() {
        handle.handle(new HandleFriendRequestCommand(request, bob, HandleResult.ACCEPTED));
        UserId carol = Accounts.registerThrough(register);
        UserId dave = Accounts.registerThrough(register);
        send.send(new SendFriendRequestCommand(carol, alice, RequestMessage.of("hi")));
        block.block(new PairCommand(alice, dave));
        block.block(new PairCommand(dave, bob));
        return dave;
    }

    @Test
    void deletingAnAccountRemovesItsFriendshipsRequestsAndBlocksAfterTheDeletionCommits(Scenario scenario) {
        UserId dave = aliceWithEverythingFriendshipKeeps();

        scenario.stimulate(() -> deleteAccount.deleteAccount(alice, Accounts.PASSWORD))
                .andWaitForStateChange(() -> leftOf(alice), left -> left == 0)
                .andVerify(left -> {
                    assertThat(heard.of(FriendshipEnded.class)).filteredOn(ended -> ended.userId() == alice.value())
                            .singleElement().satisfies(ended -> assertThat(ended.friendId()).isEqualTo(bob.value()));
                    assertThat(jdbc.queryForObject("select count(*) from friendship.blocks where blocker_id = ?",
                            Integer.class, dave.value())).isEqualTo(1);
                });
    }

    @Test
    void theSameDeletionDeliveredTwiceEndsEachFriendshipOnce(Scenario scenario) {
        aliceWithEverythingFriendshipKeeps();
        UserDeleted deleted = new UserDeleted(UUID.randomUUID(), Instant.now().getEpochSecond(), alice.value());

        scenario.publish(deleted).andWaitForStateChange(() -> leftOf(alice), left -> left == 0);
        scenario.publish(deleted)
                .andWaitForStateChange(() -> publicationOf(deleted), "none"::equals)
                .andVerify(publication -> assertThat(heard.of(FriendshipEnded.class))
                        .filteredOn(ended -> ended.userId() == alice.value()).hasSize(1));
    }

    /**
     * A failing listener leaves its publication failed, the deletion stays committed, and the scheduled resubmission
     * hands it over again: then it completes.
     */
    @Test
    void aListenerThatFailsOnceCompletesOnResubmission(Scenario scenario) {
        aliceWithEverythingFriendshipKeeps();
        doThrow(new DataIntegrityViolationException("simulated failure")).doCallRealMethod().when(friends)
                .removeFriendshipsOf(any());
        UserDeleted deleted = new UserDeleted(UUID.randomUUID(), Instant.now().getEpochSecond(), alice.value());

        scenario.publish(deleted)
                .andWaitForStateChange(() -> publicationOf(deleted), "FAILED"::equals)
                .andVerify(status -> {
                    assertThat(leftOf(alice)).isPositive();
                    assertThat(incomplete.count()).as("incomplete publications, this one among them").isPositive();
                });

        await().atMost(Duration.ofSeconds(10)).until(resubmission::resubmitFailed);

        await().atMost(Duration.ofSeconds(10)).until(() -> publicationOf(deleted), "none"::equals);
        assertThat(leftOf(alice)).isZero();
    }
}
