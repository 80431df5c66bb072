package io.hichat.friendship.adapter.in.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

import io.hichat.friendship.application.port.in.BlockedUser;
import io.hichat.friendship.application.port.in.HandleFriendRequestCommand;
import io.hichat.friendship.application.port.in.ListedFriend;
import io.hichat.friendship.application.port.in.PairCommand;
import io.hichat.friendship.application.port.in.SendFriendRequestCommand;
import io.hichat.friendship.application.port.in.SetRemarkCommand;
import io.hichat.friendship.domain.FriendRequest;
import io.hichat.friendship.domain.FriendRequestId;
import io.hichat.friendship.domain.HandleResult;
import io.hichat.friendship.domain.Remark;
import io.hichat.friendship.domain.RequestBox;
import io.hichat.shared.codes.Codes;
import io.hichat.shared.domain.UserId;
import io.hichat.shared.web.InvalidRequest;
import io.hichat.shared.web.JsonFields;
import io.hichat.shared.web.RequestIds;
import io.hichat.shared.web.WebMapping;
import io.hichat.shared.web.WireValues;

/**
 * Between the friendship routes' JSON and the use cases. Ids arrive as strings or numbers and become value objects
 * here, where a missing or malformed one is refused with the field's name; {@link WireValues} writes the answers.
 */
@Mapper(config = WebMapping.class)
interface FriendshipWebMapper {

    /** The API document's codes of a friend request's state. */
    Codes<HandleResult> RESULT_CODES = Codes.of(HandleResult.class, Map.of(HandleResult.PENDING, 0,
            HandleResult.ACCEPTED, 1, HandleResult.REFUSED, 2, HandleResult.CANCELLED, 3));

    @Mapping(target = "applicant", source = "caller")
    @Mapping(target = "recipient", source = "body.userUid", qualifiedByName = "userUid")
    @Mapping(target = "message", source = "body.reqMsg")
    SendFriendRequestCommand toCommand(long caller, SendFriendRequestBody body);

    @Mapping(target = "by", source = "caller")
    @Mapping(target = "request", source = "body.friendReqId")
    @Mapping(target = "decision", source = "body.handleResult")
    HandleFriendRequestCommand toCommand(long caller, HandleFriendRequestBody body);

    FriendRequestItem toItem(FriendRequest request);

    @Mapping(target = "id", source = "entry.id")
    @Mapping(target = "friendUid", source = "entry.friend")
    @Mapping(target = "nickname", source = "friend.nickname")
    @Mapping(target = "avatar", source = "friend.avatar")
    @Mapping(target = "remark", expression = "java(friend.remark())")
    FriendItem toItem(ListedFriend friend);

    @Mapping(target = ".", source = "entry")
    @Mapping(target = ".", source = "user")
    BlockedUserItem toItem(BlockedUser blocked);

    /** An empty remark asks for none, so that the friend's own nickname shows again. */
    default SetRemarkCommand toCommand(long caller, RemarkBody body) {
        return new SetRemarkCommand(new UserId(caller), new UserId(RequestIds.required(body.friendUid(),
                "friend_uid")), JsonFields.read("remark", () -> Remark.typed(JsonFields.required(body.remark(),
                "remark"))));
    }

    /** What the caller does about the user the field names. */
    default PairCommand toCommand(long caller, @Nullable String other, String field) {
        return new PairCommand(new UserId(caller), new UserId(RequestIds.required(other, field)));
    }

    default UserId user(long id) {
        return new UserId(id);
    }

    @Named("userUid")
    default UserId userUid(@Nullable String userUid) {
        return new UserId(RequestIds.required(userUid, "user_uid"));
    }

    default FriendRequestId request(@Nullable Long friendReqId) {
        return new FriendRequestId(RequestIds.required(friendReqId, "friend_req_id"));
    }

    /** Only decisions: 1 accept, 2 refuse, 3 cancel. */
    default HandleResult decision(@Nullable Integer handleResult) {
        return RESULT_CODES.find(JsonFields.required(handleResult, "handle_result"))
                .filter(decision -> decision != HandleResult.PENDING)
                .orElseThrow(() -> new InvalidRequest("handle_result must be 1 (accept), 2 (refuse) or 3 (cancel)"));
    }

    /** The results of {@code type=0&type=2}; a list with a hole in it ({@code type=1,}) is refused, not "all". */
    default Set<HandleResult> results(@Nullable List<@Nullable Integer> codes) {
        if (codes == null) {
            return Set.of();
        }
        return codes.stream().map(code -> Optional.ofNullable(code).flatMap(RESULT_CODES::find)
                .orElseThrow(() -> new InvalidRequest("type lists results, each 0 (pending), 1 (accepted), "
                        + "2 (refused) or 3 (cancelled)")))
                .collect(Collectors.toUnmodifiableSet());
    }

    default int code(HandleResult result) {
        return RESULT_CODES.code(result);
    }

    /** {@code class}: 1 the requests I sent, 2 those sent to me (also when left out). */
    default RequestBox box(@Nullable Integer requestClass) {
        if (requestClass == null || requestClass == 2) {
            return RequestBox.RECEIVED;
        }
        if (requestClass == 1) {
            return RequestBox.SENT;
        }
        throw new InvalidRequest("class is 1 (requests I sent) or 2 (requests sent to me), got " + requestClass);
    }
}
