package io.hichat.group.application.port.in;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.hichat.group.domain.InvitationId;
import io.hichat.group.domain.InvitationState;
import io.hichat.shared.domain.UserId;

public interface ListInvitationsUseCase {

    /**
     * The invitations the user received, newest first.
     *
     * @param states the states wanted; empty for all
     * @param before only invitations older than this one, to continue a list; {@code null} from the newest
     * @param only the ids the invitations must have (the changed ones), or {@code null} for all
     */
    List<ListedInvitation> list(UserId invitee, Set<InvitationState> states, int limit,
            @Nullable InvitationId before, @Nullable Collection<Long> only);
}
