package io.hichat.group.application.port.out;

import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.Membership;
import io.hichat.shared.domain.UserId;

public interface SaveMembershipPort {

    /** Stores the membership unless the user is a member already; says whether it did. */
    boolean addIfAbsent(Membership membership);

    /** Ends the membership; says whether there was one. */
    boolean remove(GroupId group, UserId user);

    /** Stores what can change of a membership: its role and its mute. */
    void save(Membership membership);

    /** Memberships of the group that name the user as their inviter name nobody instead. */
    void forgetInviter(GroupId group, UserId inviter);
}
