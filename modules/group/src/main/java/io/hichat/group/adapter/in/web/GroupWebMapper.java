package io.hichat.group.adapter.in.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

import io.hichat.group.application.port.in.CreateGroupCommand;
import io.hichat.group.application.port.in.HandleJoinRequestCommand;
import io.hichat.group.application.port.in.InviteToGroupCommand;
import io.hichat.group.application.port.in.JoinGroupCommand;
import io.hichat.group.application.port.in.ListedJoinRequest;
import io.hichat.group.application.port.in.ListedMember;
import io.hichat.group.domain.Group;
import io.hichat.group.domain.GroupIcon;
import io.hichat.group.domain.GroupId;
import io.hichat.group.domain.GroupName;
import io.hichat.group.domain.InvalidGroupRequest;
import io.hichat.group.domain.JoinRequestId;
import io.hichat.group.domain.JoinResult;
import io.hichat.group.domain.JoinSource;
import io.hichat.group.domain.RequestMessage;
import io.hichat.group.domain.RoleLevel;
import io.hichat.group.domain.UserCard;
import io.hichat.group.domain.UserId;
import io.hichat.shared.web.RequestIds;

/**
 * Between the group routes' JSON and the use cases. Ids arrive as strings or numbers and become value objects here,
 * where a missing or malformed one is refused with the field's name; unset ids leave as {@code "0"}, unset times
 * as 0.
 */
@Mapper
interface GroupWebMapper {

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
    InviteToGroupCommand toCommand(long caller, InviteBody body);

    @Mapping(target = "by", source = "caller")
    @Mapping(target = "request", source = "body.groupReqId")
    @Mapping(target = "group", source = "body.groupId", qualifiedByName = "groupId")
    @Mapping(target = "decision", source = "body.handleResult")
    HandleJoinRequestCommand toCommand(long caller, HandleJoinRequestBody body);

    @Mapping(target = "createUid", source = "creator")
    @Mapping(target = "groupType", source = "type")
    @Mapping(target = "isVerify", source = "needsVerification")
    @Mapping(target = "notificationUid", source = "notice")
    GroupItem toItem(Group group);

    @Mapping(target = "id", source = "request.id")
    @Mapping(target = "user", source = "applicant")
    @Mapping(target = "reqMsg", source = "request.message")
    @Mapping(target = "reqTime", source = "request.requestedAt")
    @Mapping(target = "joinSource", source = "request.source")
    @Mapping(target = "inviterUserId", source = "request.inviter")
    @Mapping(target = "handleUserId", source = "request.handler")
    @Mapping(target = "handleTime", source = "request.handledAt")
    @Mapping(target = "handleResult", source = "request.result")
    JoinRequestItem toItem(ListedJoinRequest listed);

    JoinRequestItem.UserItem toUserItem(UserCard card);

    @Mapping(target = "createUid", source = "creator")
    JoinRequestItem.GroupRef toGroupRef(Group group);

    @Mapping(target = "id", source = "listed.member.id")
    @Mapping(target = "groupId", source = "listed.member.membership.group")
    @Mapping(target = "user", expression = "java(toMemberUser(listed.user(), "
            + "listed.member().membership().user().value() == caller ? 1 : 0))")
    @Mapping(target = "roleLevel", source = "listed.member.membership.role")
    @Mapping(target = "inviterUid", source = "listed.member.membership.inviter")
    MemberItem toItem(ListedMember listed, long caller);

    MemberItem.MemberUser toMemberUser(UserCard card, int isCurrentUser);

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

    default GroupIcon icon(@Nullable String icon) {
        return GroupIcon.of(icon);
    }

    default RequestMessage message(@Nullable String message) {
        return RequestMessage.of(message);
    }

    /** Applying is what a client means when it does not say. */
    default JoinSource source(@Nullable Integer joinSource) {
        return JoinSource.fromCode(joinSource == null ? JoinSource.APPLIED.code() : joinSource);
    }

    default JoinRequestId request(@Nullable Long groupReqId) {
        if (groupReqId == null) {
            throw new InvalidGroupRequest("group_req_id is required");
        }
        return new JoinRequestId(groupReqId);
    }

    /** Only decisions: 1 approve, 2 refuse. */
    default JoinResult decision(@Nullable Integer handleResult) {
        if (handleResult == null) {
            throw new InvalidGroupRequest("handle_result is required");
        }
        if (handleResult != JoinResult.APPROVED.code() && handleResult != JoinResult.REFUSED.code()) {
            throw new InvalidGroupRequest("handle_result must be 1 (approve) or 2 (refuse)");
        }
        return JoinResult.fromCode(handleResult);
    }

    default String text(@Nullable UserId user) {
        return user == null ? "0" : Long.toString(user.value());
    }

    default String text(GroupId group) {
        return Long.toString(group.value());
    }

    default long number(JoinRequestId request) {
        return request.value();
    }

    default String text(GroupName name) {
        return name.value();
    }

    default String text(GroupIcon icon) {
        return icon.value();
    }

    default String text(RequestMessage message) {
        return message.value();
    }

    default String text(long id) {
        return Long.toString(id);
    }

    default long epochSeconds(@Nullable Instant instant) {
        return instant == null ? 0 : instant.getEpochSecond();
    }

    default int code(JoinSource source) {
        return source.code();
    }

    default int code(JoinResult result) {
        return result.code();
    }

    default int code(RoleLevel role) {
        return role.code();
    }
}
