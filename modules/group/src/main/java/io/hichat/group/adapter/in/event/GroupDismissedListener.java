package io.hichat.group.adapter.in.event;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.hichat.group.application.port.in.ExpireInvitationsUseCase;
import io.hichat.group.domain.GroupId;
import io.hichat.group.events.GroupDismissed;

/**
 * A dismissed group's pending invitations end as expired. It runs in the dismissing transaction, under the group's
 * lock, whether the creator dismissed it or it had nobody left to pass to, so no invitation into it stays answerable.
 */
@Component
record GroupDismissedListener(ExpireInvitationsUseCase invitations) {

    static final String ID = "group.expire-invitations-on-group-dismissed";

    @EventListener(id = ID)
    void on(GroupDismissed dismissed) {
        invitations.expireInvitationsInto(new GroupId(dismissed.groupId()));
    }
}
