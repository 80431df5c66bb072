package io.hichat.friendship.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.hichat.friendship.events.FriendshipEnded;
import io.hichat.friendship.events.UserBlocked;
import io.hichat.friendship.events.UserUnblocked;
import io.hichat.shared.domain.UserId;

class FriendshipAndBlockTest {

    private static final UserId ALICE = new UserId(1);
    private static final UserId BOB = new UserId(2);
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final FriendRequestId REQUEST = new FriendRequestId(7);

    @Test
    void aFriendshipIsOnePairWhicheverUserIsNamedFirst() {
        assertThat(Friendship.begin(REQUEST, BOB, ALICE, NOW).getPair())
                .isEqualTo(Friendship.begin(REQUEST, ALICE, BOB, NOW).getPair()).isEqualTo(new UserPair(ALICE, BOB));
        assertThatThrownBy(() -> Friendship.begin(REQUEST, ALICE, ALICE, NOW))
                .isInstanceOf(InvalidFriendRequest.class);
        assertThatThrownBy(() -> new UserPair(BOB, ALICE)).isInstanceOf(InvalidFriendRequest.class);
    }

    @Test
    void endingAFriendshipSaysWhoEndedItWithWhom() {
        Friendship friendship = Friendship.begin(REQUEST, ALICE, BOB, NOW);

        friendship.end(BOB, NOW);

        assertThat(friendship.pullEvents()).singleElement().isInstanceOfSatisfying(FriendshipEnded.class, ended -> {
            assertThat(ended.userId()).isEqualTo(2);
            assertThat(ended.friendId()).isEqualTo(1);
            assertThat(ended.occurredAt()).isEqualTo(NOW.getEpochSecond());
        });
        assertThatThrownBy(() -> friendship.end(new UserId(3), NOW)).isInstanceOf(InvalidFriendRequest.class);
    }

    @Test
    void aBlockIsPlacedOnAnotherUserOnlyAndSaysSoWhenPlacedAndLifted() {
        Block block = Block.place(ALICE, BOB, NOW);
        block.lift(NOW.plusSeconds(5));

        assertThat(block.pullEvents()).satisfiesExactly(
                placed -> assertThat(placed).isInstanceOfSatisfying(UserBlocked.class, blocked -> {
                    assertThat(blocked.blockerId()).isEqualTo(1);
                    assertThat(blocked.blockedId()).isEqualTo(2);
                }),
                lifted -> assertThat(lifted).isInstanceOfSatisfying(UserUnblocked.class,
                        unblocked -> assertThat(unblocked.occurredAt()).isEqualTo(NOW.getEpochSecond() + 5)));
        assertThatThrownBy(() -> Block.place(ALICE, ALICE, NOW)).isInstanceOf(InvalidFriendRequest.class)
                .hasMessage("you cannot block yourself");
    }

    @Test
    void aRemarkIsOneLineOfAtMost64CharactersAndBlankMeansNone() {
        assertThat(Remark.typed(" 一博 ")).contains(new Remark("一博"));
        assertThat(Remark.typed("")).isEmpty();
        assertThat(Remark.typed("   ")).isEmpty();
        assertThat(Remark.typed("字".repeat(64))).isPresent();
        assertThatThrownBy(() -> Remark.typed("字".repeat(65))).hasMessage("remark must be at most 64 characters");
        assertThatThrownBy(() -> Remark.typed("a\\nb".replace("\\n", "\n")))
                .hasMessage("remark must not contain control characters");
    }
}
