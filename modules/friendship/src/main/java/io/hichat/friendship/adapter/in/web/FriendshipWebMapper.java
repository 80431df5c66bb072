package io.hichat.friendship.adapter.in.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

import io.hichat.friendship.application.port.in.HandleFriendRequestCommand;
import io.hichat.friendship.application.port.in.ListedFriend;
import io.hichat.friendship.application.port.in.SendFriendRequestCommand;
import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.friendship.domain.HandleResult;
import io.hichat.friendship.domain.InvalidFriendRequest;
import io.hichat.friendship.domain.RequestMessage;
import io.hichat.friendship.domain.UserId;
import io.hichat.shared.web.RequestIds;

/**
 * Between the friendship routes' JSON and the use cases. Ids arrive as strings or numbers and become value objects
 * here, where a missing or malformed one is refused with the field's name.
 */
@Mapper
interface FriendshipWebMapper {

    @Mapping(target = "applicant", source = "caller")
    @Mapping(target = "recipient", source = "body.userUid", qualifiedByName = "userUid")
    @Mapping(target = "message", source = "body.reqMsg")
    SendFriendRequestCommand toCommand(long caller, SendFriendRequestBody body);

    @Mapping(target = "by", source = "caller")
    @Mapping(target = "request", source = "body.friendReqId")
    @Mapping(target = "decision", source = "body.handleResult")
    HandleFriendRequestCommand toCommand(long caller, HandleFriendRequestBody body);

    @Mapping(target = "id", source = "id")
    @Mapping(target = "userId", source = "applicant")
    @Mapping(target = "reqUid", source = "recipient")
    @Mapping(target = "reqMsg", source = "message")
    @Mapping(target = "reqTime", source = "requestedAt")
    @Mapping(target = "handleResult", source = "result")
    FriendRequestItem toItem(FriendRequest request);

    @Mapping(target = "friendUid", source = "friend")
    FriendItem toItem(ListedFriend friend);

    default UserId user(long id) {
        return new UserId(id);
    }

    @Named("userUid")
    default UserId userUid(@Nullable String userUid) {
        return new UserId(RequestIds.required(userUid, "user_uid"));
    }

    default RequestMessage message(@Nullable String message) {
        return RequestMessage.of(message);
    }

    default FriendRequestId request(@Nullable Long id) {
        if (id == null) {
            throw new InvalidFriendRequest("friend_req_id is required");
        }
        return new FriendRequestId(id);
    }

    /** Only decisions: 1 accept, 2 refuse, 3 cancel. */
    default HandleResult decision(@Nullable Integer code) {
        if (code == null) {
            throw new InvalidFriendRequest("handle_result is required");
        }
        if (code < HandleResult.ACCEPTED.code() || code > HandleResult.CANCELLED.code()) {
            throw new InvalidFriendRequest("handle_result must be 1 (accept), 2 (refuse) or 3 (cancel)");
        }
        return HandleResult.fromCode(code);
    }

    default long id(FriendRequestId id) {
        return id.value();
    }

    default String text(UserId user) {
        return Long.toString(user.value());
    }

    default String text(RequestMessage message) {
        return message.value();
    }

    default long epochSeconds(Instant instant) {
        return instant.getEpochSecond();
    }

    default int code(HandleResult result) {
        return result.code();
    }
}
