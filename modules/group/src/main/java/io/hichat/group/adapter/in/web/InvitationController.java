package io.hichat.group.adapter.in.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

import io.hichat.group.application.port.in.AnswerInvitationUseCase;
import io.hichat.group.application.port.in.InviteToGroupCommand;
import io.hichat.group.application.port.in.InviteToGroupUseCase;
import io.hichat.group.application.port.in.ListInvitationsUseCase;
import io.hichat.group.application.port.in.ListedInvitation;
import io.hichat.group.domain.GroupList;
import io.hichat.group.domain.InvitationId;
import io.hichat.group.domain.InvitationState;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.web.CurrentUserId;
import io.hichat.shared.web.ListResponse;
import io.hichat.shared.web.ListSync;
import io.hichat.shared.web.PageRequest;
import io.hichat.shared.web.WireValues;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** Invitations into groups (contract §12.1): a member invites, the invitee accepts or declines, the inviter cancels. */
@RestController
@RequiredArgsConstructor
class InvitationController {

    private static final Map<String, Object> DONE = Map.of();

    private final InviteToGroupUseCase invite;
    private final AnswerInvitationUseCase answer;
    private final ListInvitationsUseCase list;
    private final GroupWebMapper mapper;
    private final GroupListVersions versions;

    @PostMapping(GroupPaths.INVITE)
    InvitedResponse invite(@CurrentUserId long userId, @RequestBody MemberBody body) {
        InviteToGroupCommand command = mapper.toInvitation(userId, body);
        return new InvitedResponse(command.group().value(),
                WireValues.text(invite.invite(command).orElse(null)));
    }

    @PutMapping(GroupPaths.INVITATION)
    Map<String, Object> answer(@CurrentUserId long userId, @RequestBody AnswerInvitationBody body) {
        answer.answer(mapper.toCommand(userId, body));
        return DONE;
    }

    /** The invitations I received, newest first. */
    @GetMapping(GroupPaths.INVITATIONS)
    ListResponse<InvitationItem> invitations(@CurrentUserId long userId,
            @Parameter(array = @ArraySchema(schema = @Schema(allowableValues = { "0", "1", "2", "3" })),
                    description = "the results wanted: 0 pending, 1 accepted, 2 refused, 3 cancelled; left out for all")
            @RequestParam(name = "type", required = false) @Nullable List<String> type, PageRequest page) {
        Set<InvitationState> states = mapper.invitationStates(type);
        UserId user = new UserId(userId);
        return ListResponse.of(new ListSync<ListedInvitation>(versions.of(GroupList.INVITATIONS, userId),
                whole -> whole.pageByKey(list.list(user, states, whole.fetchSize(), whole.afterKey(InvitationId::new),
                        null), listed -> listed.invitation().getId().value()),
                keys -> list.list(user, states, keys.size(), null, keys),
                listed -> listed.invitation().getId().value()).answer(page).map(mapper::toItem));
    }
}
