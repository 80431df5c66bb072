package io.hichat.group.application.port.out;

import io.hichat.shared.domain.UserId;

/** Who blocked whom, read from the context that owns blocks at the moment a write decides. */
public interface LoadBlocksPort {

    boolean hasBlocked(UserId blocker, UserId blocked);
}
