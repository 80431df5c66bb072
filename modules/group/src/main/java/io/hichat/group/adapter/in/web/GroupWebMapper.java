package io.hichat.group.adapter.in.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

import io.hichat.group.application.port.in.AnswerInvitationCommand;
import io.hichat.group.application.port.in.CreateGroupCommand;
import io.hichat.group.application.port.in.GroupCommand;
import io.hichat.group.application.port.in.HandleJoinRequestCommand;
import io.hichat.group.application.port.in.InviteToGroupCommand;
import io.hichat.group.application.port.in.JoinGroupCommand;
import io.hichat.group.application.port.in.ListedInvitation;
import io.hichat.group.application.port.in.ListedJoinRequest;
import io.hichat.group.application.port.in.ListedMember;
import io.hichat.group.application.port.in.MemberCommand;
import io.hichat.group.application.port.in.MuteCommand;
import io.hichat.group.application.port.in.SetRoleCommand;
import io.hichat.group.application.port.in.UpdateGroupCommand;
import io.hichat.group.application.port.in.ViewGroupUseCase.GroupView;
import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.GroupName;
import io.hichat.group.domain.GroupNotice;
import io.hichat.group.domain.GroupUpdate;
import io.hichat.group.domain.Invitation;
import io.hichat.group.domain.InvitationAnswer;
import io.hichat.group.domain.InvitationId;
import io.hichat.group.domain.InvitationState;
import io.hichat.group.domain.JoinRequestId;
import io.hichat.group.domain.JoinResult;
import io.hichat.group.domain.JoinSource;
import io.hichat.group.domain.RequestClass;
import io.hichat.group.domain.RoleLevel;
import io.hichat.shared.codes.Codes;
import io.hichat.shared.domain.UserCard;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.domain.WebUrl;
import io.hichat.shared.web.InvalidRequest;
import io.hichat.shared.web.JsonFields;
import io.hichat.shared.web.RequestIds;
import io.hichat.shared.web.WebMapping;
import io.hichat.shared.web.WireValues;

/**
 * Between the group routes' JSON and the use cases. Ids arrive as strings or numbers and become value objects here,
 * where a missing or malformed one is refused with the field's name; {@link WireValues} writes the answers, with
 * unset ids as {@code "0"} and unset times as 0.
 */
@Mapper(config = WebMapping.class)
interface GroupWebMapper {

    /** The API document's codes of a member's role. */
    Codes<RoleLevel> ROLE_CODES = Codes.of(RoleLevel.class, Map.of(RoleLevel.MEMBER, 0, RoleLevel.MANAGER, 1,
            RoleLevel.CREATOR, 2));
    /** The API document's codes of a join request's state. */
    Codes<JoinResult> RESULT_CODES = Codes.of(JoinResult.class, Map.of(JoinResult.PENDING, 0, JoinResult.APPROVED,
            1, JoinResult.REFUSED, 2));
    /** The codes of an answer to an invitation. */
    Codes<InvitationAnswer> ANSWER_CODES = Codes.of(InvitationAnswer.class, Map.of(InvitationAnswer.ACCEPT, 1,
            InvitationAnswer.DECLINE, 2, InvitationAnswer.CANCEL, 3));
    /** The API document's codes of how a join request came about. */
    Codes<JoinSource> SOURCE_CODES = Codes.of(JoinSource.class, Map.of(JoinSource.APPLIED, 1, JoinSource.INVITED,
            2));

    @Mapping(target = "creator", source = "caller")
    @Mapping(target = "name", source = "body.name")
    @Mapping(target = "icon", source = "body.icon")
    CreateGroupCommand toCommand(long caller, CreateGroupBody body);

    @Mapping(target = "applicant", source = "caller")
    @Mapping(target = "group", source = "body.groupId", qualifiedByName = "groupId")
    @Mapping(target = "message", source = "body.reqMsg")
    @Mapping(target = "source", source = "body.joinSource")
    @Mapping(target = "claimedInviter", source = "body.inviterUid", qualifiedByName = "inviterUid")
    JoinGroupCommand toCommand(long caller, JoinGroupBody body);

    @Mapping(target = "inviter", source = "caller")
    @Mapping(target = "group", source = "body.groupId", qualifiedByName = "groupId")
    @Mapping(target = "invitee", source = "body.userUid", qualifiedByName = "userUid")
    InviteToGroupCommand toInvitation(long caller, MemberBody body);

    @Mapping(target = "by", source = "caller")
    @Mapping(target = "request", source = "body.groupReqId")
    @Mapping(target = "group", source = "body.groupId", qualifiedByName = "groupId")
    @Mapping(target = "decision", source = "body.handleResult")
    HandleJoinRequestCommand toCommand(long caller, HandleJoinRequestBody body);

    @Mapping(target = "notificationUid", expression = "java(WireValues.text(group.noticePosterId()))")
    GroupItem toItem(Group group);

    @Mapping(target = ".", source = "request")
    @Mapping(target = "applicant", source = "applicant")
    @Mapping(target = "group", source = "group")
    JoinRequestItem toItem(ListedJoinRequest listed);

    JoinRequestItem.UserItem toUserItem(UserCard card);

    JoinRequestItem.GroupRef toGroupRef(Group group);

    @Mapping(target = ".", source = "member.membership")
    @Mapping(target = "id", source = "member.id")
    @Mapping(target = "user", source = "listed")
    MemberItem toItem(ListedMember listed);

    /** The whole view for a member, the public part for anyone else. */
    default GroupInfoResponse toInfo(GroupView view) {
        Group group = view.group();
        GroupInfoResponse outside = new GroupInfoResponse(WireValues.text(group.getId()), group.getName().value(),
                group.getIcon().value(), group.isNeedsVerification(), group.getMemberCount(), null, null, null, null,
                null, null, null);
        if (view.viewer() == null) {
            return outside;
        }
        return new GroupInfoResponse(outside.id(), outside.name(), outside.icon(), outside.isVerify(),
                outside.memberCount(), WireValues.text(group.getCreator()), group.getType(),
                group.getNotification().value(), WireValues.text(group.noticePosterId()),
                WireValues.epochSeconds(group.getNotificationAt()), WireValues.epochSeconds(group.getMuteUntil()),
                code(view.viewer().role()));
    }

    default UpdateGroupCommand toCommand(long caller, UpdateGroupBody body) {
        return new UpdateGroupCommand(groupId(body.groupId()), new UserId(caller), new GroupUpdate(
                body.name() == null ? null : JsonFields.read("name", () -> new GroupName(body.name())),
                body.icon() == null ? null : icon(body.icon()),
                body.notification() == null ? null
                        : JsonFields.read("notification", () -> new GroupNotice(body.notification())),
                body.isVerify()));
    }

    default GroupCommand toCommand(long caller, @Nullable String groupId) {
        return new GroupCommand(groupId(groupId), new UserId(caller));
    }

    default MemberCommand toCommand(long caller, MemberBody body) {
        return toCommand(caller, body.groupId(), body.userUid());
    }

    /** Each value given is checked before either is required, so a malformed one is named whichever is missing. */
    default MemberCommand toCommand(long caller, @Nullable String groupId, @Nullable String userUid) {
        Long group = RequestIds.optional(groupId, "group_id");
        Long member = RequestIds.optional(userUid, "user_uid");
        return new MemberCommand(new GroupId(RequestIds.required(group, "group_id")), new UserId(caller),
                new UserId(RequestIds.required(member, "user_uid")));
    }

    default SetRoleCommand toCommand(long caller, RoleBody body) {
        int code = JsonFields.required(body.roleLevel(), "role_level");
        RoleLevel role = ROLE_CODES.find(code).filter(level -> level != RoleLevel.CREATOR)
                .orElseThrow(() -> new InvalidRequest("role_level must be 0 (member) or 1 (manager), got " + code));
        return new SetRoleCommand(groupId(body.groupId()), new UserId(caller), userUid(body.userUid()), role);
    }

    default MuteCommand toCommand(long caller, MuteBody body) {
        long seconds = JsonFields.required(body.seconds(), "seconds");
        if (seconds < 0 || seconds > Group.LONGEST_MUTE.toSeconds()) {
            throw new InvalidRequest("seconds must be 0 (lift the mute) to " + Group.LONGEST_MUTE.toSeconds());
        }
        Long member = RequestIds.optional(body.userUid(), "user_uid");
        return new MuteCommand(groupId(body.groupId()), new UserId(caller), member == null ? null
                : new UserId(member), Duration.ofSeconds(seconds));
    }

    @Mapping(target = ".", source = "user")
    @Mapping(target = "isCurrentUser", source = "caller")
    MemberItem.MemberUser toMemberUser(ListedMember listed);

    default UserId user(long id) {
        return new UserId(id);
    }

    @Named("groupId")
    default GroupId groupId(@Nullable String groupId) {
        return new GroupId(RequestIds.required(groupId, "group_id"));
    }

    @Named("userUid")
    default UserId userUid(@Nullable String userUid) {
        return new UserId(RequestIds.required(userUid, "user_uid"));
    }

    @Named("inviterUid")
    default @Nullable UserId inviterUid(@Nullable String inviterUid) {
        Long inviter = RequestIds.optional(inviterUid, "inviter_uid");
        return inviter == null ? null : new UserId(inviter);
    }

    default GroupName name(@Nullable String name) {
        return GroupName.of(name);
    }

    default WebUrl icon(@Nullable String icon) {
        return WebUrl.of("icon", icon);
    }

    /** {@code join_source}: 1 apply (also when left out), 2 invited. */
    default JoinSource source(@Nullable Integer joinSource) {
        if (joinSource == null) {
            return JoinSource.APPLIED;
        }
        return SOURCE_CODES.find(joinSource).orElseThrow(
                () -> new InvalidRequest("join_source must be 1 (apply) or 2 (invited), got " + joinSource));
    }

    default JoinRequestId request(@Nullable Long groupReqId) {
        return new JoinRequestId(RequestIds.required(groupReqId, "group_req_id"));
    }

    /** Only decisions: 1 approve, 2 refuse. */
    default JoinResult decision(@Nullable Integer handleResult) {
        int code = JsonFields.required(handleResult, "handle_result");
        return RESULT_CODES.find(code).filter(result -> result != JoinResult.PENDING)
                .orElseThrow(() -> new InvalidRequest("handle_result must be 1 (approve) or 2 (refuse)"));
    }

    /** {@code class}: 1 my requests, 2 a group's; left out, a group's when one is named and mine otherwise. */
    default RequestClass requestClass(@Nullable Integer requestClass, @Nullable Long group) {
        if (requestClass == null) {
            return group != null ? RequestClass.OF_GROUP : RequestClass.MINE;
        }
        RequestClass chosen = switch (requestClass) {
            case 1 -> RequestClass.MINE;
            case 2 -> RequestClass.OF_GROUP;
            default -> throw new InvalidRequest(
                    "class must be 1 (my requests) or 2 (requests to a group I manage), got " + requestClass);
        };
        if (chosen == RequestClass.OF_GROUP && group == null) {
            throw new InvalidRequest("group_id is required for class 2, the requests to a group");
        }
        return chosen;
    }

    default AnswerInvitationCommand toCommand(long caller, AnswerInvitationBody body) {
        InvitationId invitation = new InvitationId(RequestIds.required(body.invitationId(), "invitation_id"));
        int code = JsonFields.required(body.handleResult(), "handle_result");
        return new AnswerInvitationCommand(new UserId(caller), invitation, ANSWER_CODES.find(code).orElseThrow(
                () -> new InvalidRequest("handle_result must be 1 (accept), 2 (decline) or 3 (cancel), got " + code)));
    }

    /** An invitation's state as its list shows it: whatever ended it unaccepted and uncancelled reads as refused. */
    default int code(InvitationState state) {
        return switch (state) {
            case PENDING -> 0;
            case ACCEPTED -> 1;
            case DECLINED, EXPIRED -> 2;
            case CANCELLED -> 3;
        };
    }

    /** The join-request results {@code type} names; none named, all of them. */
    default Set<JoinResult> joinResults(@Nullable List<@Nullable String> type) {
        return named(type, 2, "0 (pending), 1 (approved), 2 (refused)", code -> Stream.of(RESULT_CODES.valueOf(code)));
    }

    /** The invitation states {@code type} names (2, refused, names two); none named, all of them. */
    default Set<InvitationState> invitationStates(@Nullable List<@Nullable String> type) {
        return named(type, 3, "0 (pending), 1 (accepted), 2 (refused), 3 (cancelled)",
                code -> Arrays.stream(InvitationState.values()).filter(state -> code(state) == code));
    }

    /**
     * The values a list's {@code type} names, from {@code ["0", 1]} or {@code type=0&type=1}, each a code from 0 to
     * {@code highest}; a list with a hole in it, or another code, is refused.
     */
    private static <E> Set<E> named(@Nullable List<@Nullable String> type, int highest, String codes,
            IntFunction<Stream<E>> valuesOf) {
        if (type == null) {
            return Set.of();
        }
        return type.stream().flatMap(code -> {
            if (code == null || !code.strip().matches("[0-" + highest + "]")) {
                throw new InvalidRequest("type lists results: " + codes);
            }
            return valuesOf.apply(Integer.parseInt(code.strip()));
        }).collect(Collectors.toUnmodifiableSet());
    }

    /** A dismissed group keeps only its id, a deleted inviter reads "0", as references to what is gone do. */
    default InvitationItem toItem(ListedInvitation listed) {
        Invitation invitation = listed.invitation();
        Group group = listed.group();
        UserCard inviter = listed.inviter();
        return new InvitationItem(WireValues.text(invitation.getId()),
                group == null ? new JoinRequestItem.GroupRef(WireValues.text(invitation.getGroup()), "", "",
                        WireValues.NO_ID)
                        : toGroupRef(group),
                inviter == null ? new JoinRequestItem.UserItem(WireValues.NO_ID, "", 0, "", "")
                        : toUserItem(inviter),
                WireValues.epochSeconds(invitation.getSentAt()), code(invitation.getState()));
    }

    default int code(RoleLevel role) {
        return ROLE_CODES.code(role);
    }

    default int code(JoinResult result) {
        return RESULT_CODES.code(result);
    }

    default int code(JoinSource source) {
        return SOURCE_CODES.code(source);
    }

    default int flag(boolean value) {
        return value ? 1 : 0;
    }
}
