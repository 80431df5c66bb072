package io.hichat.group.application.port.in;

import io.hichat.shared.domain.UserId;

public interface ForgetDeletedMemberUseCase {

    /**
     * Removes what group keeps of a deleted account: its requests to join, and its memberships; each group it
     * created passes to the longest-standing manager, else member, or is dismissed when it was alone. Repeating it
     * finds nothing and changes nothing.
     */
    void forgetDeletedMember(UserId user);
}
