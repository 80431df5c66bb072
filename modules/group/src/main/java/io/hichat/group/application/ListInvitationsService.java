package io.hichat.group.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import lombok.RequiredArgsConstructor;

import io.hichat.group.application.port.in.ListInvitationsUseCase;
import io.hichat.group.application.port.in.ListedInvitation;
import io.hichat.group.application.port.out.LoadGroupPort;
import io.hichat.group.application.port.out.LoadInvitationPort;
import io.hichat.group.application.port.out.LoadUserCardsPort;
import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.Invitation;
import io.hichat.group.domain.InvitationId;
import io.hichat.group.domain.InvitationState;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;

@RequiredArgsConstructor
public final class ListInvitationsService implements ListInvitationsUseCase {

    private final LoadInvitationPort invitations;
    private final LoadGroupPort groups;
    private final LoadUserCardsPort users;

    /** A fixed number of lookups however long the list: the invitations, then their groups and inviters at once. */
    @Override
    public List<ListedInvitation> list(UserId invitee, Set<InvitationState> states, int limit,
            @Nullable InvitationId before, @Nullable Collection<Long> only) {
        List<Invitation> found = invitations.listOfInvitee(invitee, states, limit, before, only);
        Map<GroupId, Group> groupsById = groups.findAllById(found.stream().map(Invitation::getGroup).toList())
                .stream().collect(Collectors.toMap(Group::getId, Function.identity()));
        Map<UserId, UserCard> cards = users.cardsOf(found.stream().map(Invitation::getInviter)
                .filter(Objects::nonNull).toList());
        return found.stream().map(invitation -> new ListedInvitation(invitation,
                groupsById.get(invitation.getGroup()),
                invitation.getInviter() == null ? null : UserCard.of(invitation.getInviter(), cards))).toList();
    }
}
