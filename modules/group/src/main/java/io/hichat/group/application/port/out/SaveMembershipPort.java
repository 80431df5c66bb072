package io.hichat.group.application.port.out;

import io.hichat.group.domain.Membership;

public interface SaveMembershipPort {

    /** Stores the membership unless the user is a member already; says whether it did. */
    boolean addIfAbsent(Membership membership);
}
