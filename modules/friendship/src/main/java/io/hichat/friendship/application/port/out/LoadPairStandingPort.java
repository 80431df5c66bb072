package io.hichat.friendship.application.port.out;

import io.hichat.friendship.domain.PairStanding;
import io.hichat.shared.domain.UserId;

public interface LoadPairStandingPort {

    /** What stands between the two users: their friendship, the blocks either placed, the request pending. */
    PairStanding standingBetween(UserId one, UserId other);
}
